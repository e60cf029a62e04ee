"""The poverty-alleviation figures as files (CSV, XLSX): one row per station and month of the
period, by township and village, and the total over the whole period (``poverty_view.report``).

One language per file, like the commission statement (``exports.py``, whose exact yuan, column
widths and download headers are used here): the CSV writes plain yuan text, the XLSX exact
``Decimal`` yuan formatted ``#,##0.00``.  The total row's households are counted over the
whole period (a household served in two months is one household), its money is the sum.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ..core.money import format_yuan
from .exports import Lang, _width, content_disposition, yuan
from .poverty_view import COLUMNS

HEADERS: dict[str, tuple[str, ...]] = {
    "zh": (
        "乡镇",
        "村",
        "站点编号",
        "站点名称",
        "月份",
        "服务农户",
        "服务贫困户",
        "为贫困户代购",
        "付给贫困户现金",
        "抵扣贫困户欠款",
        "贫困户收入合计",
        "其中收购货款",
        "其中贫困户加价",
    ),
    "en": (
        "Township",
        "Village",
        "Code",
        "Station",
        "Month",
        "Households served",
        "Poor households served",
        "Purchases for poor households",
        "Income paid in cash",
        "Income paid by offset",
        "Income to poor households",
        "of which produce bought outright",
        "of which poor-household premium",
    ),
}
WORDS = {
    "zh": {"total": "合计", "unset": "（未填写）", "file": "扶贫监测-{start}-{end}"},
    "en": {"total": "Total", "unset": "(not set)", "file": "poverty-{start}-{end}"},
}


def _rows(data: dict[str, Any], start: str, end: str, lang: Lang) -> list[list[Any]]:
    """Text cells and figures (money in fen) of every row, the total last."""
    unset = WORDS[lang]["unset"]
    out = [
        [
            r["township"] or unset,
            r["village"] or unset,
            r["station"],
            r["name"],
            r["month"],
            *(r[k] for k in COLUMNS),
        ]
        for r in data["detail"]
    ]
    out.append(
        [WORDS[lang]["total"], "", "", "", f"{start}~{end}", *(data["total"][k] for k in COLUMNS)]
    )
    return out


def _money(index: int) -> bool:
    return COLUMNS[index - 5].endswith("_fen") if index >= 5 else False


def poverty_csv(data: dict[str, Any], start: str, end: str, lang: Lang = "zh") -> bytes:
    """UTF-8 with a byte-order mark (Excel on Windows needs it for the Chinese)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS[lang])
    for row in _rows(data, start, end, lang):
        writer.writerow(
            [format_yuan(v, grouped=False) if _money(i) else v for i, v in enumerate(row)]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def poverty_xlsx(data: dict[str, Any], start: str, end: str, lang: Lang = "zh") -> bytes:
    """One sheet: the header row (frozen), a row per station and month, the total in bold."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "扶贫监测" if lang == "zh" else "Poverty alleviation"
    book.properties.title = WORDS[lang]["file"].format(start=start, end=end)
    book.properties.creator = "servicepoint"
    bold = Font(bold=True)
    sheet.append(list(HEADERS[lang]))
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="E8EEF4")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = [min(_width(h), 16) for h in HEADERS[lang]]
    rows = _rows(data, start, end, lang)
    for number, row in enumerate(rows):
        sheet.append([yuan(v) if _money(i) else v for i, v in enumerate(row)])
        at = sheet.max_row
        for i in range(len(row)):
            if _money(i):
                sheet.cell(row=at, column=i + 1).number_format = "#,##0.00"
        if number == len(rows) - 1:
            for cell in sheet[at]:
                cell.font = bold
                cell.border = Border(top=Side(style="thin"), bottom=Side(style="double"))
        shown = [format_yuan(v) if _money(i) else str(v) for i, v in enumerate(row)]
        widths = [max(w, _width(c)) for w, c in zip(widths, shown, strict=True)]
    for index, w in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(w + 2, 8), 40)
    sheet.freeze_panes = "A2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def poverty_file(
    data: dict[str, Any], start: str, end: str, fmt: str, lang: Lang = "zh"
) -> tuple[bytes, str, str]:
    """(content, media type, ``Content-Disposition``) of the figures as ``csv`` or ``xlsx``."""
    from .exports import MEDIA_TYPES

    content = (poverty_csv if fmt == "csv" else poverty_xlsx)(data, start, end, lang)
    name = f"{WORDS[lang]['file'].format(start=start, end=end)}.{fmt}"
    plain = f"{WORDS['en']['file'].format(start=start, end=end)}.{fmt}"
    return content, MEDIA_TYPES[fmt], content_disposition(name, plain)
