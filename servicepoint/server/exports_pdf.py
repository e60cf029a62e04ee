"""The commission statement as a printable A4 PDF (landscape: nine columns fit one line each).

The bundled font (``printing/fonts.py``, the one the station's receipts use) draws the
Chinese; reportlab embeds only the glyphs used, so the file stays small.  Each page carries
the title and column headers again, and a footer with the page number out of the total and
the time the statement was read; the total count of pages needs a first pass to learn it.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..core.money import format_yuan
from ..printing import fonts
from .exports import HEADERS, Lang, lines, month_line, text, title
from .statements import Statement

PAGE = landscape(A4)
MARGIN = 14 * mm
#: Code, name, then the seven money columns (points; 842 − 2 × 14 mm ≈ 762 pt usable).
WIDTHS = (62, 170, *(75.0,) * 7)
STRIPE = colors.HexColor("#F7F7F7")


def _styles() -> dict[str, ParagraphStyle]:
    font = fonts.FONT
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=10, leading=14, alignment=1),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=9, leading=11),
        "head": ParagraphStyle("head", fontName=font, fontSize=9, leading=11, alignment=1),
        "note": ParagraphStyle("note", fontName=font, fontSize=9, leading=13),
    }


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(statement: Statement, lang: Lang, styles: dict[str, ParagraphStyle]) -> Table:
    data: list[list[Any]] = [[Paragraph(_escape(h), styles["head"]) for h in HEADERS[lang]]]
    for line in lines(statement, lang):
        data.append(
            [
                line.code,
                Paragraph(_escape(line.name), styles["cell"]),
                *(format_yuan(f) for f in line.money),
            ]
        )
    last = len(data) - 1
    table = Table(data, colWidths=WIDTHS, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("ROWBACKGROUNDS", (0, 1), (-1, last - 1), [colors.white, STRIPE]),
                ("LINEABOVE", (0, last), (-1, last), 1.2, colors.black),
                ("BACKGROUND", (0, last), (-1, last), colors.HexColor("#EFEFEF")),
            ]
        )
    )
    return table


def _build(statement: Statement, lang: Lang, pages: int) -> tuple[bytes, int]:
    """The PDF, with ``pages`` as the total in each footer; returns it and its page count."""
    fonts.register()
    styles = _styles()
    out = io.BytesIO()
    heading = title(statement, lang)
    doc = SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 6 * mm,
        bottomMargin=MARGIN + 6 * mm,
        title=f"{heading} {statement.month}",
        author="servicepoint",
    )
    printed = text(lang, "printed", at=statement.made_at[:16].replace("T", " "))
    count = [0]

    running = f"{heading}  {month_line(statement, lang)}"

    def footer(canvas: Any, _doc: Any) -> None:
        count[0] += 1
        canvas.saveState()
        canvas.setFont(fonts.FONT, 8)
        if count[0] > 1:  # the first page has the title in full
            canvas.drawString(MARGIN, PAGE[1] - MARGIN - 2 * mm, running)
        y = MARGIN
        canvas.drawString(MARGIN, y, printed)
        canvas.drawRightString(
            PAGE[0] - MARGIN, y, text(lang, "page", page=count[0], pages=max(pages, count[0]))
        )
        canvas.restoreState()

    story: list[Any] = [
        Paragraph(_escape(heading), styles["title"]),
        Paragraph(_escape(month_line(statement, lang)), styles["sub"]),
        Spacer(1, 3 * mm),
        Paragraph(
            _escape(
                f"{text(lang, 'stations', count=len(statement.stations))}；{text(lang, 'unit')}"
            ),
            styles["note"],
        ),
        Spacer(1, 2 * mm),
        _table(statement, lang, styles),
        Spacer(1, 10 * mm),
        Paragraph(_escape(text(lang, "sign")), styles["note"]),
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue(), count[0]


def statement_pdf(statement: Statement, lang: Lang = "zh") -> bytes:
    """The printable statement: title, month, a row per station, the total, page numbers
    ("第 1 页，共 2 页") and when it was read."""
    _, pages = _build(statement, lang, 0)
    content, _ = _build(statement, lang, pages)
    return content
