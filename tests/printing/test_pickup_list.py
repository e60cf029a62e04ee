"""The day's parcel pickup list (issue 17) printed at A4: every pickup of the day with its code,
recipient and who collected it, a line to sign; phones only masked; its QR verifies."""

from __future__ import annotations

from servicepoint.core.parcel_printables import pickup_list_data
from servicepoint.core.protocol import verify_payload
from servicepoint.printing.receipt import render


def test_pickup_list_names_each_pickup_and_no_full_phone(station, clock, pdf):
    p = station.parcels
    a = p.check_in("SF1234567890123", "13912345678", "李四").parcel
    b = p.check_in("SF1234567890124", "13700001111", "王五").parcel
    p.check_in("SF1234567890125", "2222", "赵六")  # still on the shelf: not listed
    clock.advance(hours=2)
    p.pickup(a.id, "SF1234567890123")
    p.pickup(b.id, "SF1234567890124", on_behalf_name="王大山")
    data = pickup_list_data(station, clock.now().date().isoformat())
    assert [i.name.split()[0] for i in data.items] == [a.code, b.code]
    assert "代取：王大山" in data.items[1].detail and "本人领取" in data.items[0].detail
    out = render(data, "a4")
    flat = pdf.flat(out)
    for shown in ("快递取件签收单", a.code, b.code, "139****5678", "王大山", "签字"):
        assert shown in flat, shown
    assert "13912345678" not in flat and "13700001111" not in flat
    assert verify_payload(pdf.qr(out)[0], station.secret) is not None
