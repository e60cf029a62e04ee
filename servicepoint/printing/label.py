"""The traceability label stuck on a consignment batch: what, how much, where from, when.

A buyer in town scans the QR to see where the produce came from; the label names the farmer's
village and not the farmer unless the farmer chose to be named (``show_farmer``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.parcel_printables import SlotLabelData
from ..core.printables import label_data
from ..core.receipt_data import LabelData
from . import fonts
from .layout import Flow, Paper, paper
from .receipt import TRAINING_LINE, finish

if TYPE_CHECKING:
    from ..core.station import Station


def layout_label(data: LabelData | SlotLabelData, target: str | Paper = "58") -> Flow:
    fonts.register()
    p = paper(target)
    flow = Flow(p)
    if isinstance(data, SlotLabelData):
        return _slot_label(flow, data, p)
    flow.para("农产品追溯标签", p.size, align="center", bold=True)
    if data.training:
        flow.para(TRAINING_LINE, p.small, align="center", bold=True)
    flow.rule()
    name = data.product + (f"（{data.grade}）" if data.grade else "")
    flow.para(name, p.title * 1.1, align="center", bold=True)
    flow.gap(p.size * 0.3)
    flow.pair("数量", data.quantity)
    flow.pair("产地", data.village)
    if data.farmer_name:
        flow.pair("农户", data.farmer_name)
    flow.pair("入库日期", data.intake_date)
    flow.pair("追溯码", data.trace_code, bold=True)
    flow.pair("服务站", f"{data.station_name} {data.station_code}")
    flow.qr(data.qr_payload)
    flow.para(data.trace_code, p.size, align="center", bold=True)
    flow.para("扫码查询产品来源", p.small, align="center")
    return flow


def _slot_label(flow: Flow, data: SlotLabelData, p: Paper) -> Flow:
    """A parcel's slot label (issue 17): the pickup code large; the phone only masked."""
    flow.para("快递取件标签", p.size, align="center", bold=True)
    if data.training:
        flow.para(TRAINING_LINE, p.small, align="center", bold=True)
    flow.rule()
    flow.para(data.code, p.title * 1.6, align="center", bold=True)
    flow.gap(p.size * 0.3)
    flow.pair("货位", data.slot, bold=True)
    flow.pair("快递", f"{data.courier} 尾号{data.waybill_tail}")
    if data.name:
        flow.pair("收件人", data.name)
    flow.pair("电话", data.phone_masked)
    flow.pair("入库日期", data.checked_in)
    flow.pair("服务站", f"{data.station_name} {data.station_code}")
    return flow


def render_label(data: LabelData | SlotLabelData, target: str | Paper = "58") -> bytes:
    """The PDF of one label (roll widths; on A4 one label at the top of the page)."""
    return finish(layout_label(data, target), data.trace_code, data.training)


def label_pdf(
    station: Station,
    batch_id_or_trace: str,
    target: str | Paper = "58",
    *,
    show_farmer: bool = False,
) -> bytes:
    return render_label(label_data(station, batch_id_or_trace, show_farmer=show_farmer), target)


def save_label_pdf(
    station: Station,
    batch_id_or_trace: str,
    path: str | Path,
    target: str | Paper = "58",
    *,
    show_farmer: bool = False,
) -> Path:
    out = Path(path)
    out.write_bytes(label_pdf(station, batch_id_or_trace, target, show_farmer=show_farmer))
    return out
