"""The commission statement as files: CSV and XLSX here, the printable PDF in
``exports_pdf.py``; the labels both share, and the HTTP headers a download needs.

One language per document: Chinese by default, English with ``lang="en"``.  Money is exact:
the CSV writes plain yuan text ("1234.50", what other programs read back), the XLSX writes
``Decimal`` yuan with a ``#,##0.00`` format (never a float on the way), the PDF grouped yuan.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal
from urllib.parse import quote

from ..core.money import format_yuan
from .statements import MONEY, Statement, StationStatement

Lang = Literal["zh", "en"]
Format = Literal["csv", "xlsx", "pdf"]

#: Column headers: code, name, then one per ``statements.MONEY`` column.
HEADERS: dict[str, tuple[str, ...]] = {
    "zh": (
        "站点编号",
        "站点名称",
        "上月结转",
        "代收货款",
        "本站佣金",
        "应交县中心",
        "已上缴",
        "未结清",
        "县中心已付",
    ),
    "en": (
        "Code",
        "Station",
        "Brought forward",
        "Collected",
        "Commission kept",
        "Due to county",
        "Remitted",
        "Outstanding",
        "County paid",
    ),
}
TEXTS: dict[str, dict[str, str]] = {
    "zh": {
        "total": "合计",
        "title": "佣金对账单",
        "month": "对账月份：{year}年{mon}月",
        "unit": "金额单位：元",
        "printed": "打印时间：{at}",
        "page": "第 {page} 页，共 {pages} 页",
        "stations": "服务站 {count} 个",
        "sign": "县中心经办人：____________    复核：____________    日期：____________",
        "file": "佣金对账单-{month}",
    },
    "en": {
        "total": "Total",
        "title": "Commission statement",
        "month": "Month: {year}-{mon}",
        "unit": "Amounts in yuan",
        "printed": "Printed at {at}",
        "page": "Page {page} of {pages}",
        "stations": "{count} stations",
        "sign": "Prepared by: ____________    Checked by: ____________    Date: ____________",
        "file": "commission-statement-{month}",
    },
}

MEDIA_TYPES: dict[str, str] = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def text(lang: Lang, key: str, **params: object) -> str:
    return TEXTS[lang][key].format(**params)


def title(statement: Statement, lang: Lang) -> str:
    """ "某某县佣金对账单" when the stations name their county, else the plain title."""
    if lang == "zh":
        return f"{statement.county}{text(lang, 'title')}"
    return f"{statement.county} {text(lang, 'title')}".strip()


def month_line(statement: Statement, lang: Lang) -> str:
    year, mon = statement.month.split("-")
    return text(lang, "month", year=year, mon=mon if lang == "en" else int(mon))


def yuan(fen: int) -> Decimal:
    """Exact yuan with two places: 123456 → Decimal("1234.56"), 0 → Decimal("0.00")."""
    return Decimal(fen).scaleb(-2)


@dataclass(frozen=True)
class Line:
    """A row as the exports lay it out: the two text cells and the money in fen."""

    code: str
    name: str
    money: tuple[int, ...]
    total: bool = False


def lines(statement: Statement, lang: Lang) -> Iterator[Line]:
    """The station rows, then the total row."""

    def money(row: StationStatement) -> tuple[int, ...]:
        return tuple(int(getattr(row, key)) for key in MONEY)

    for row in statement.stations:
        yield Line(row.station, row.name, money(row))
    yield Line(text(lang, "total"), "", money(statement.total), total=True)


def statement_csv(statement: Statement, lang: Lang = "zh") -> bytes:
    """UTF-8 with a byte-order mark, which Excel on Windows needs to read the Chinese."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS[lang])
    for line in lines(statement, lang):
        plain = (format_yuan(f, grouped=False) for f in line.money)
        writer.writerow([line.code, line.name, *plain])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _width(value: str) -> int:
    """Display width in Excel's character units: a Chinese character is two."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in value)


def statement_xlsx(statement: Statement, lang: Lang = "zh") -> bytes:
    """One sheet named by the month: the header row (frozen), a row per station and the total
    row, money as exact ``Decimal`` yuan formatted ``#,##0.00``."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = statement.month
    book.properties.title = f"{title(statement, lang)} {statement.month}"
    book.properties.creator = "servicepoint"
    bold = Font(bold=True)
    sheet.append(list(HEADERS[lang]))
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="E8EEF4")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = [_width(h) for h in HEADERS[lang]]
    for line in lines(statement, lang):
        sheet.append([line.code, line.name, *(yuan(f) for f in line.money)])
        row = sheet.max_row
        for col in range(3, 3 + len(line.money)):
            sheet.cell(row=row, column=col).number_format = "#,##0.00"
        if line.total:
            for cell in sheet[row]:
                cell.font = bold
                cell.border = Border(top=Side(style="thin"), bottom=Side(style="double"))
        cells = (line.code, line.name, *(format_yuan(f) for f in line.money))
        widths = [max(w, _width(c)) for w, c in zip(widths, cells, strict=True)]
    for index, w in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(w + 2, 8), 40)
    sheet.freeze_panes = "A2"
    sheet.print_options.gridLines = True
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def filename(statement: Statement, fmt: Format, lang: Lang = "zh") -> str:
    """佣金对账单-2026-11.xlsx (commission-statement-2026-11.xlsx in English)."""
    return f"{text(lang, 'file', month=statement.month)}.{fmt}"


def content_disposition(name: str, fallback: str | None = None, *, inline: bool = False) -> str:
    """``attachment`` (or ``inline``) with an ASCII ``filename`` for old browsers (``fallback``,
    or the ASCII part of ``name``) and the real name as RFC 5987 ``filename*`` (UTF-8,
    percent-encoded)."""
    plain = (fallback or name).encode("ascii", "ignore").decode()
    plain = "".join(ch for ch in plain if ch.isalnum() or ch in "-_.").strip("-.") or "download"
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe='')}"


def statement_file(statement: Statement, fmt: Format, lang: Lang = "zh") -> tuple[bytes, str, str]:
    """(content, media type, ``Content-Disposition``) of the statement in ``fmt``: the PDF
    opens in the browser to be printed, the tables download."""
    if fmt == "csv":
        content = statement_csv(statement, lang)
    elif fmt == "xlsx":
        content = statement_xlsx(statement, lang)
    else:
        from .exports_pdf import statement_pdf

        content = statement_pdf(statement, lang)
    disposition = content_disposition(
        filename(statement, fmt, lang), filename(statement, fmt, "en"), inline=fmt == "pdf"
    )
    return content, MEDIA_TYPES[fmt], disposition
