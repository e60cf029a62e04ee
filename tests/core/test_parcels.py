"""The parcel desk's core (issue 17): check-in by waybill, slots and pickup codes, matching to
an order, notify and overdue lists, pickup, returns and lost/damaged, outgoing parcels with
their fees, courier statements and the daily close; every refusal of the issue's bad-input
list writes nothing."""

from __future__ import annotations

import pytest

from servicepoint.core import parcel_couriers
from servicepoint.core import payments as pay
from servicepoint.core.errors import InvalidAmount, InvalidInput, InvalidState, NotFound
from servicepoint.core.purchasing import LineInput


def _writes(station) -> tuple[int, ...]:
    """Row counts of every table a parcel operation writes."""
    tables = ("parcels", "parcel_events", "parcel_sends", "parcel_days", "payments",
              "receipts", "outbox", "parcel_courier_payments", "ledger_entries")  # fmt: skip
    return tuple(station.records.scalar(f"SELECT COUNT(*) FROM {t}") for t in tables)


@pytest.mark.parametrize(
    ("waybill", "courier"),
    [
        ("SF1234567890123", "sf"),
        ("JDVA12345678901", "jd"),
        ("JT1234567890123", "jt"),
        ("YT1234567890123", "yto"),
        ("EA123456789CN", "ems"),
        ("9876543210123", "ems"),
        ("773123456789012", "sto"),
        ("751234567890", "zto"),
        ("4312345678901", "yunda"),
        ("ABCDEFGH1234", "other"),
    ],
)
def test_the_courier_table_recognises_waybills(waybill, courier):
    assert parcel_couriers.recognise(parcel_couriers.clean_waybill(waybill)).code == courier


def test_check_in_shelves_a_parcel_with_a_code_and_refuses_a_second_scan(station):
    station.set_setting("parcel_shelves", {"shelves": 3, "rows": 2, "positions": 10, "per_slot": 2})
    station.parcel_fees.set_rate("zto", "0.40", "1.5")
    first = station.parcels.check_in("75 1234 567890", "13912345678", "李四").parcel
    assert (first.waybill, first.courier, first.slot, first.fee_fen) == (
        "751234567890", "zto", "1-1", 40,
    )  # fmt: skip
    assert first.code == "1-1-0001"
    assert first.phone_masked == "139****5678"
    second = station.parcels.check_in("SF1234567890123", "139****5678", "王五").parcel
    assert (second.slot, second.code, second.phone_masked) == ("1-1", "1-1-0002", "*******5678")
    third = station.parcels.check_in("SF1234567890124", "1111").parcel
    assert third.slot == "1-2"  # 1-1 holds two: full
    before = _writes(station)
    with pytest.raises(InvalidState) as dup:
        station.parcels.check_in("751234567890", "13912345678", "李四")
    assert dup.value.code == "waybill_duplicate"
    with pytest.raises(InvalidInput) as bad:
        station.parcels.check_in("12-34", "13912345678")
    assert bad.value.code == "waybill_unreadable"
    with pytest.raises(InvalidState) as full:
        station.parcels.check_in("SF1234567890125", "1111", slot="1-1")
    assert full.value.code == "slot_full"
    with pytest.raises(InvalidInput) as missing:
        station.parcels.check_in("SF1234567890125", "1111", slot="4-1")
    assert missing.value.code == "slot_unknown"
    assert _writes(station) == before
    assert station.parcels.check_in("SF1234567890125", "1111", slot="3-20").parcel.code == (
        "3-20-0004"
    )
    assert station.parcels.counts("2026-11-22", "2026-11-22") == [
        {"day": "2026-11-22", "parcels_in": 4, "parcels_out": 0}
    ]
    assert station.check() == []


def test_a_parcel_for_a_farmer_with_an_ordered_order_marks_it_arrived(station, farmer):
    lines = [LineInput(1, name="化肥", unit_price_fen=5000, category_code="agri")]
    order = station.purchasing.place(farmer.id, lines, [pay.cash(5000)])
    station.purchasing.mark_ordered(order.id, "JD123456")
    result = station.parcels.check_in("JDVA12345678901", "1234", "张三")
    assert [m.order_id for m in result.matches] == [order.id]
    assert not result.matches[0].exact
    exact = station.parcels.check_in("JDVA12345678902", "13800001234")
    assert exact.matches[0].exact and exact.parcel.farmer_id == farmer.id
    parcel = station.parcels.arrive_order(result.parcel.id, order.id)
    assert parcel.order_id == order.id and parcel.farmer_id == farmer.id
    assert station.purchasing.get(order.id).status == "arrived"
    assert station.parcels.check_in("JDVA12345678903", "1234").matches == []


def test_notify_call_overdue_pickup_return_and_loss(station, clock):
    p = station.parcels
    a = p.check_in("SF1234567890123", "13912345678", "李四").parcel
    b = p.check_in("SF1234567890124", "13700001111", "李小红").parcel
    c = p.check_in("SF1234567890125", "2222", "赵六").parcel
    assert [x.id for x in p.to_notify()] == [a.id, b.id, c.id]
    assert p.call(a.id) == "13912345678"
    assert p.call(c.id) == "2222"
    assert [x.id for x in p.to_notify()] == [b.id]
    assert p.overdue() == []
    clock.advance(days=3, minutes=1)
    assert len(p.overdue()) == 3
    # Find by code, last four, waybill scan and name.
    assert [x.id for x in p.find(a.code)] == [a.id]
    assert [x.id for x in p.find("5678")] == [a.id]
    assert [x.id for x in p.find("sf1234567890124")] == [b.id]
    assert [x.id for x in p.find("李")] == [a.id, b.id]
    before = _writes(station)
    with pytest.raises(InvalidInput) as wrong:
        p.pickup(a.id, "SF1234567890124")
    assert wrong.value.code == "pickup_waybill_mismatch"
    with pytest.raises(NotFound) as unknown:
        p.find_for_pickup("9-9-9999")
    assert unknown.value.code == "pickup_code_unknown"
    assert _writes(station) == before
    done = p.pickup(a.id, "SF1234567890123")
    assert (done.state, done.collected_by, done.on_behalf) == ("picked_up", "李四", False)
    proxy = p.pickup(b.id, "SF1234567890124", on_behalf_name="李大山")
    assert (proxy.collected_by, proxy.on_behalf) == ("李大山", True)
    p.report_damaged(c.id, "外箱压坏")
    assert p.get(c.id).damaged and p.get(c.id).state == "shelved"
    assert p.return_to_courier(c.id, "收件人拒收").state == "returned"
    before = _writes(station)
    for act in (
        lambda: p.pickup(a.id, "SF1234567890123"),
        lambda: p.return_to_courier(c.id, "again"),
        lambda: p.report_lost(a.id, "?"),
    ):
        with pytest.raises(InvalidState) as gone:
            act()
        assert gone.value.code == "parcel_not_on_shelf"
    with pytest.raises(InvalidState):
        p.find_for_pickup("SF1234567890123")
    assert _writes(station) == before
    assert [e["event"] for e in p.events(c.id)] == ["checked_in", "notified", "damaged", "returned"]
    assert [x.id for x in p.picked_up_on(clock.now().date().isoformat())] == [a.id, b.id]
    with pytest.raises(Exception, match="never deleted"):
        station.db.execute("DELETE FROM parcels")


def test_outgoing_parcels_take_their_fee_through_payments(station, farmer):
    station.parcel_fees.set_rate("yto", "0.40", "2.00")
    s = station.parcel_sends
    before = _writes(station)
    for fee, code in (("-1", "negative_amount"), ("1.234", "too_many_decimals")):
        with pytest.raises(InvalidAmount) as bad:
            s.send(courier="yto", tracking_no="YT1234567890123", weight_g=1500,
                   province="广东省", fee=fee, farmer_id=farmer.id)  # fmt: skip
        assert bad.value.code == code
    assert _writes(station) == before
    sent, receipt = s.send(
        courier="yto", tracking_no="YT1234567890123", weight_g=1500, province="广东省",
        fee="12.5", tenders=[pay.cash(1250, 2000)], farmer_id=farmer.id,
    )  # fmt: skip
    assert (sent.province, sent.fee_fen, sent.margin_fen, sent.sender_name) == (
        "广东", 1250, 200, "张三",
    )  # fmt: skip
    assert receipt.kind == "parcel_send" and receipt.amount_fen == 1250
    s.send(
        courier="yto", tracking_no="YT1234567890124", weight_g=800, province="北京",
        fee=900, tenders=[pay.on_account(900)], farmer_id=farmer.id,
    )  # fmt: skip
    assert station.ledger.balance(farmer.id) == 900
    with pytest.raises(InvalidState):
        s.send(courier="yto", tracking_no="YT1234567890124", weight_g=800, province="北京",
               fee=0, sender_name="路人")  # fmt: skip
    from servicepoint.core.receipt_data import receipt_data

    data = receipt_data(station, receipt.number)
    assert ("运单号", "YT1234567890123") in [(f.label, f.value) for f in data.fields]
    day = station.reports.daily("2026-11-22")
    assert day.parcels is not None
    assert (day.parcels.sent, day.parcels.send_fees_fen, day.parcels.courier_fees_fen) == (
        2, 2150, 400,
    )  # fmt: skip
    assert day.by_kind["parcel_send"] == 2150
    assert station.check() == []


def test_a_consignment_sale_ships_in_one_step(station, farmer):
    batch = station.consignment.intake(farmer.id, "核桃", 10_000, "jin")
    sale, _ = station.consignment.sell(batch.id, 2500, 1500, [pay.cash(7500)], buyer="陈老板")
    sent, _receipt = station.parcel_sends.from_sale(
        sale.id, courier="sf", tracking_no="SF1234567890123", province="上海", fee="18"
    )
    assert (sent.weight_g, sent.buyer, sent.farmer_id, sent.sale_id) == (
        2500, "陈老板", farmer.id, sale.id,
    )  # fmt: skip
    assert station.ledger.balance(farmer.id) == 1800
    with pytest.raises(InvalidState):
        station.parcel_sends.from_sale(
            sale.id, courier="sf", tracking_no="SF1234567890124", province="上海", fee="18"
        )


def test_courier_statement_counts_fees_and_payments(station):
    station.parcel_fees.set_rate("zto", "0.40", "1.00")
    for i in range(3):
        station.parcels.check_in(f"75123456789{i}", "1234")
    station.parcel_sends.send(courier="zto", tracking_no="751234567899", weight_g=500,
                              province="四川", fee=0, sender_name="李四")  # fmt: skip
    station.parcel_fees.record_payment("zto", "2026-11", "1.00")
    st = station.parcel_fees.statement("2026-11", "zto")
    assert (st.parcels_in, st.parcels_out, st.earned_fen, st.paid_fen, st.outstanding_fen) == (
        3, 1, 220, 100, 120,
    )  # fmt: skip
    assert [s.courier for s in station.parcel_fees.statements("2026-11")] == ["zto"]
    before = _writes(station)
    with pytest.raises(InvalidAmount):
        station.parcel_fees.set_rate("zto", "0.401", "1")
    with pytest.raises(InvalidAmount):
        station.parcel_fees.record_payment("zto", "2026-11", "-3")
    assert _writes(station) == before
    assert station.check() == []


def test_the_z_report_states_the_parcels_as_they_stood_at_the_close(station, clock):
    from servicepoint.core.receipt_data import receipt_data

    station.parcels.check_in("SF1234567890123", "1234")
    station.parcel_sends.send(courier="sf", tracking_no="SF1234567890999", weight_g=500,
                              province="云南", fee="8", tenders=[pay.cash(800)],
                              sender_name="李四")  # fmt: skip
    day = clock.now().date().isoformat()
    z = station.reports.close_day(day, station.reports.daily(day).expected_cash_fen)
    fields = {f.label: f.value for f in receipt_data(station, z.number).fields}
    assert fields["快递代收/取件/退件"] == "1/0/0"
    assert fields["快递代发"] == "1 件，运费 ¥8.00"
    clock.advance(minutes=5)
    station.parcels.check_in("SF1234567890124", "1234")
    again = {f.label: f.value for f in receipt_data(station, z.number).fields}
    assert again == fields
    assert station.reports.daily(day).parcels.checked_in == 2


def test_check_finds_parcel_counts_that_differ_from_the_parcels(station):
    station.parcels.check_in("SF1234567890123", "1234")
    assert station.check() == []
    station.db.execute("UPDATE parcel_days SET parcels_in = 5")
    assert any("parcel counts of 2026-11-22" in p for p in station.check())
