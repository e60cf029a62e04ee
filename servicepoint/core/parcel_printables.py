"""The day's pickup list (取件签收单), for the recipients' signatures: every parcel handed over
that day with its pickup code, recipient (phone masked), who collected it and when, and a line
to sign on.  Plain receipt data, laid out by ``printing`` at A4 like a statement; its QR names
the list (station, day, number of pickups) and is signed with the station's key."""

from __future__ import annotations

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
