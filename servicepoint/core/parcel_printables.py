"""The day's pickup list (取件签收单), for the recipients' signatures: every parcel handed over
that day with its pickup code, recipient (phone masked), who collected it and when, and a line
to sign on.  Plain receipt data, laid out by ``printing`` at A4 like a statement; its QR names
the list (station, day, number of pickups) and is signed with the station's key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .receipt_data import Item, Pair, ReceiptData, _when, receipt_payload

if TYPE_CHECKING:
    from .station import Station


def pickup_list_data(station: Station, day: str) -> ReceiptData:
    """The pickups of ``day`` (``YYYY-MM-DD``) as printable data."""
    from .day_close import check_day

    check_day(day)
    parcels = station.parcels.picked_up_on(day)
    identity = station.identity
    number = f"{identity.code}-{day.replace('-', '')}-PICKUP"
    now = station.clock.stamp()
    payload = receipt_payload(
        station.secret, identity.code, number, len(parcels), day.replace("-", "")
    )
    items = tuple(
        Item(
            f"{p.code}  {p.name or ''}  {p.phone_masked}",
            f"{(p.closed_at or '')[11:16]}  "
            + (f"代取：{p.collected_by}" if p.on_behalf else "本人领取")
            + "    签字：____________",
        )
        for p in parcels
    )
    return ReceiptData(
        kind="parcel_pickups",
        title="快递取件签收单",
        number=number,
        station_code=identity.code,
        station_name=identity.name,
        operator=station.operator.name if station.operator else "",
        issued_at=_when(now),
        printed_at=_when(now),
        amount_fen=0,
        mac=payload.rsplit(":", 1)[1],
        qr_payload=payload,
        fields=(Pair("日期", day), Pair("取件", f"{len(parcels)} 件")),
        items=items,
        notes=("电话只显示后四位；收件人或代取人在本人那一行签字。",),
        training=identity.training,
    )


@dataclass(frozen=True)
class SlotLabelData:
    """The small label stuck on a parcel at check-in: the pickup code large, the slot, the
    courier and the waybill's last digits, the recipient's name as printed and the phone
    masked (never the full number), and the check-in date.  Printed like a trace label."""

    code: str
    slot: str
    courier: str
    waybill_tail: str
    name: str | None
    phone_masked: str
    checked_in: str
    station_code: str
    station_name: str
    training: bool = False

    @property
    def trace_code(self) -> str:
        """The name its print job and kept PDF go by (as a trace label's code)."""
        return f"slot-{self.code}"


def slot_label_data(station: Station, parcel_id: str) -> SlotLabelData:
    """The slot label of a parcel (by id) as printable data."""
    from . import parcel_couriers

    p = station.parcels.get(parcel_id)
    identity = station.identity
    return SlotLabelData(
        code=p.code,
        slot=p.slot,
        courier=parcel_couriers.name(p.courier, "zh_CN"),
        waybill_tail=p.waybill[-4:],
        name=p.name,
        phone_masked=p.phone_masked,
        checked_in=p.checked_in_at[:10],
        station_code=identity.code,
        station_name=identity.name,
        training=identity.training,
    )
