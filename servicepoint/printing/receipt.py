"""ReceiptData → PDF for a 58 mm or 80 mm roll or A4.

One layout serves every kind of receipt: what differs between a purchase receipt and a Z
report is data (``core.receipt_data``), not drawing code.  A roll page is exactly as tall as
its content; A4 breaks onto further pages with the receipt number and page count at the foot.
Reprints, training and voided receipts are marked in words a farmer can read and in English.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.pdfgen.canvas import Canvas

from ..core.money import format_yuan
from ..core.receipt_data import ReceiptData, receipt_data
from . import fonts
from .layout import Flow, Paper, draw, paper, watermark

if TYPE_CHECKING:
    from ..core.station import Station

TRAINING_MARK = "培训 TRAINING"
TRAINING_LINE = "培训 TRAINING · 练习单据，不作为有效凭证"


def yuan(fen: int) -> str:
    """¥ and two decimals, exact (integer fen in, text out)."""
    return format_yuan(fen, symbol=fonts.YUAN)


def reprint_line(count: int) -> str:
    return f"重印 REPRINT 第{count}次"


def layout_receipt(data: ReceiptData, target: str | Paper = "80") -> Flow:
    """Lay a receipt out; the result's pages hold every string and where it goes."""
    fonts.register()
    p = paper(target)
    flow = Flow(p, footer=p.small * 2 if p.height else 0.0)
    s, small = p.size, p.small
    flow.para(data.station_name, p.title * 0.85, align="center", bold=True)
    flow.para(f"站点编号 {data.station_code}", small, align="center")
    flow.gap(s * 0.3)
    flow.para(data.title, p.title, align="center", bold=True)
    if data.reprint:
        flow.para(reprint_line(data.reprint), s * 1.15, align="center", bold=True)
        flow.para(f"重印时间 {data.printed_at}", small, align="center")
    if data.training:
        flow.para(TRAINING_LINE, s, align="center", bold=True)
    if data.voided_by:
        flow.para(f"本单已作废 VOID，见 {data.voided_by}", s, align="center", bold=True)
    flow.rule()
    flow.pair("对账单号" if data.kind.endswith("statement") else "收据号", data.number)
    flow.pair("时间", data.issued_at)
    flow.pair("操作员", data.operator)
    for pair in (*data.party, *data.fields):
        flow.pair(pair.label, pair.value)
    if data.items:
        flow.rule(dashed=True)
        for n, item in enumerate(data.items, start=1):
            flow.para(f"{n}. {item.name}", s)
            detail = "  ".join(x for x in (item.detail, item.note) if x)
            amount = "" if item.amount_fen is None else yuan(item.amount_fen)
            if detail or amount:
                flow.pair(
                    "   " + detail if detail else "", amount, small if p.height is None else s
                )
    if data.totals:
        flow.rule(dashed=True)
        for total in data.totals:
            flow.pair(
                total.label,
                yuan(total.amount_fen),
                s * (1.1 if total.strong else 1),
                bold=total.strong,
            )
    if data.payments:
        flow.rule(dashed=True)
        for pay in data.payments:
            flow.pair(pay.label, yuan(pay.amount_fen))
            if pay.note:
                flow.para(f"单号 {pay.note}", small, indent=s)
    if data.notes:
        flow.rule(dashed=True)
        for note in data.notes:
            flow.para(note, small)
    if data.signature:
        flow.signature(data.signature)
        flow.pair("日期", "      年    月    日", small)
    flow.rule()
    flow.qr(data.qr_text)
    mac = " ".join(data.mac[i : i + 4] for i in range(0, len(data.mac), 4))
    flow.para(f"验证码 {mac}", small, align="center")
    flow.para("扫码可向县电商服务中心验证真伪", small, align="center")
    return flow


def render(data: ReceiptData, target: str | Paper = "80") -> bytes:
    """The PDF of a receipt as bytes."""
    flow = layout_receipt(data, target)
    return finish(flow, data.number, data.training)


def finish(flow: Flow, title: str, training: bool) -> bytes:
    """Draw a laid-out flow into a PDF: one page per roll, or A4 pages with a footer."""
    p = flow.paper
    buf = io.BytesIO()
    height = p.height if p.height is not None else flow.height()
    c = Canvas(
        buf,
        pagesize=(p.width, height),
        invariant=True,
        pageCompression=0,
        initialFontName=fonts.FONT,
        initialFontSize=p.size,
    )
    c.setTitle(title)
    c.setCreator("servicepoint")
    total = len(flow.pages)
    for i, ops in enumerate(flow.pages, start=1):
        if training:
            watermark(c, TRAINING_MARK, p.width, height, p.title * 2.2)
        draw(c, ops, height)
        if p.height is not None:
            c.setFont(fonts.FONT, p.small)
            c.setFillColorRGB(0, 0, 0)
            c.drawCentredString(p.width / 2, p.margin / 2, f"{title}  第 {i}/{total} 页")
        c.showPage()
    c.save()
    return buf.getvalue()


def write(data: ReceiptData, path: str | Path, target: str | Paper = "80") -> Path:
    """Write the PDF of a receipt to ``path``; returns the path."""
    out = Path(path)
    out.write_bytes(render(data, target))
    return out


def receipt_pdf(
    station: Station, number: str, target: str | Paper = "80", *, record_print: bool = True
) -> bytes:
    """The PDF for a receipt number, counting the print (so a second copy says REPRINT)."""
    return render(receipt_data(station, number, record_print=record_print), target)


def save_receipt_pdf(
    station: Station,
    number: str,
    path: str | Path,
    target: str | Paper = "80",
    *,
    record_print: bool = True,
) -> Path:
    """Write the PDF for a receipt number to a file (the CLI's ``receipt pdf``)."""
    out = Path(path)
    out.write_bytes(receipt_pdf(station, number, target, record_print=record_print))
    return out
