"""The parcel desk (快递, F11) by keyboard alone (issue 17): waybills scanned into the queue,
a parcel checked in with a phone that has an ordered assisted-purchase order, the order marked
arrived with one Enter, a second parcel by the last four digits and a name; then a pickup by
pickup code confirmed by a waybill scan, and a return to the courier with a reason.  And 200
scans in a row at scanner speed (a keystroke every 5 ms, then Enter): none lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput

from .conftest import focused


def test_check_in_match_pickup_and_return_by_keyboard(keys, station, farmer, qtbot):
    lines = [LineInput(1, name="化肥", unit_price_fen=5000, category_code="agri")]
    order = station.purchasing.place(farmer.id, lines, [pay.cash(5000)])
    station.purchasing.mark_ordered(order.id, "JD123456")
    screen = keys.open("parcels")
    keys.wait_focus("parcelScan")
    keys.type("JDVA12345678901")
    keys.enter()
    keys.type("sf 1234 5678 90123")
    keys.enter()
    assert screen.checkin.queued() == ["JDVA12345678901", "SF1234567890123"]
    assert screen.checkin.courier.currentData() == "jd"
    keys.tab()
    keys.wait_focus("parcelPhone")
    keys.type("13800001234")
    keys.enter()
    keys.wait_focus("parcelMatches")  # the farmer's ordered order is offered
    assert screen.checkin.result.text().endswith("1-1-0001")
    keys.enter()
    keys.wait_focus("parcelPhone")  # the next queued parcel
    assert station.purchasing.get(order.id).status == "arrived"
    assert screen.checkin.courier.currentData() == "sf"
    keys.type("5678")
    keys.tab()
    keys.wait_focus("parcelName")
    keys.type("Li Si")
    keys.enter()
    keys.wait_focus("parcelScan")
    shelved = {p.waybill: p for p in station.parcels.shelved()}
    assert set(shelved) == {"JDVA12345678901", "SF1234567890123"}
    assert shelved["JDVA12345678901"].order_id == order.id
    assert shelved["SF1234567890123"].name == "Li Si"

    keys.ctrl(Qt.Key.Key_2)  # pick up
    keys.wait_focus("parcelFind")
    keys.type(shelved["JDVA12345678901"].code)
    keys.enter()
    keys.wait_focus("parcelConfirm")
    keys.type("JDVA12345678901")
    keys.enter()
    keys.wait_focus("parcelFind")
    picked = station.parcels.get(shelved["JDVA12345678901"].id)
    assert (picked.state, picked.on_behalf) == ("picked_up", False)

    keys.type("5678")  # the other parcel, by the last four digits: back to the courier
    keys.enter()
    keys.wait_focus("parcelConfirm")
    keys.tab(3)
    keys.wait_focus("parcelReason")
    keys.type("refused by recipient")
    keys.tab()
    keys.wait_focus("parcelReturn")
    keys.enter()
    qtbot.waitUntil(lambda: station.parcels.get(shelved["SF1234567890123"].id).state == "returned")
    events = station.parcels.events(shelved["SF1234567890123"].id)
    assert events[-1]["event"] == "returned" and events[-1]["detail"] == "refused by recipient"
    assert focused() == "parcelFind"
    assert station.check() == []


def test_two_hundred_scans_at_scanner_speed_lose_none(keys, qtbot):
    screen = keys.open("parcels")
    keys.wait_focus("parcelScan")
    numbers = [f"SF{1_000_000_000_000 + i * 7919}" for i in range(200)]
    for number in numbers:
        QTest.keyClicks(keys.target(), number, Qt.KeyboardModifier.NoModifier, 5)
        QTest.keyClick(keys.target(), Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 5)
    qtbot.waitUntil(lambda: len(screen.checkin.queued()) == 200)
    assert screen.checkin.queued() == numbers
    assert focused() == "parcelScan" and screen.checkin.scan.text() == ""


def test_a_consignment_sale_ships_to_its_buyer_from_its_receipt_number(keys, station, farmer):
    """Send (Ctrl+4): a sale's receipt number fills the farmer and the weight sold; the fee
    goes on the farmer's account and the county's day count of parcels out moves on."""
    batch = station.consignment.intake(farmer.id, "walnuts", 10_000, "jin")
    sale, receipt = station.consignment.sell(batch.id, 2500, 1500, [pay.cash(7500)], buyer="Chen")
    screen = keys.open("parcels")
    keys.ctrl(Qt.Key.Key_4)
    keys.wait_focus("parcelSaleReceipt")
    keys.type(receipt.number)
    keys.enter()
    keys.wait_focus("parcelTracking")
    assert screen.send.farmer.chosen.id == farmer.id
    assert screen.send.weight.text() == "2.5"
    keys.type("SF1234567890123")
    keys.tab(4)
    keys.wait_focus("parcelFee")
    keys.type("18")
    keys.enter()
    keys.wait_focus("parcelTracking")
    sent = station.parcel_sends.recent()
    assert [(s.sale_id, s.weight_g, s.fee_fen, s.buyer) for s in sent] == [
        (sale.id, 2500, 1800, "Chen")
    ]
    assert station.ledger.balance(farmer.id) == 1800
    assert station.parcels.counts("2026-11-22", "2026-11-22")[0]["parcels_out"] == 1


def test_f10_takes_the_parcels_weight_from_the_scale(keys, station, farmer, qtbot):
    """Send (Ctrl+4): with a scale set up, F10 puts its stable weight into the weight (kg) and
    the parcel is recorded with exactly those grams."""
    from devices.simscale import SimScale

    sim = SimScale("continuous", every=0.05)
    try:
        station.set_setting("scale_protocol", "continuous")
        station.set_setting("scale_port", sim.path)
        sim.set_answer(b"ST,GS,+  2.350kg\r\n")
        screen = keys.open("parcels")
        keys.ctrl(Qt.Key.Key_4)
        keys.wait_focus("parcelSaleReceipt")
        send = screen.send
        qtbot.waitUntil(lambda: send.scale.weight.text() == "2.35公斤")
        send.sender_edit.setFocus()
        keys.wait_focus("parcelSenderName")
        keys.type("Li Si")
        keys.tab()
        keys.wait_focus("parcelTracking")
        keys.type("YT1234567890123")
        keys.press(Qt.Key.Key_F10)
        assert send.weight.text() == "2.35"
        keys.tab(4)
        keys.wait_focus("parcelFee")
        keys.type("10")
        keys.enter()
        keys.wait_focus("parcelTracking")
        [sent] = station.parcel_sends.recent()
        assert (sent.weight_g, sent.courier, sent.sender_name, sent.fee_fen) == (
            2350, "yto", "Li Si", 1000,
        )  # fmt: skip
    finally:
        sim.close()
