"""Orders (F4) by keys alone: find the order (Ctrl+F), Enter to its next step, the platform
order number and Enter, then Ctrl+Enter for arrived and for the pickup, which asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput

from .conftest import answer_next_dialog, focused

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_order_placed_arrived_and_picked_up_by_keys(keys, station, farmer, qtbot, printed):
    line = LineInput(2, name="seed", unit_price_fen=3000, platform="JD", category_code="agri")
    order = station.purchasing.place(farmer.id, [line], [pay.cash(6000, 10000)])
    screen = keys.open("orders")
    qtbot.waitUntil(lambda: screen.loaded_once and not screen.loading, timeout=10_000)
    keys.ctrl(Qt.Key.Key_F)  # issue 12: did nothing under X when the focus was elsewhere
    assert focused() == "ordersSearch"
    keys.type(order.number)
    keys.enter()
    assert focused() == "ordersTable" and screen.detail.order.id == order.id
    keys.enter()  # to the next step: the platform's order number
    assert focused() == "orderPlatformNo"
    keys.type("PDD-778899")
    keys.enter()
    assert station.purchasing.get(order.id).status == "ordered"
    keys.commit()  # Ctrl+Enter: the next step, arrived
    assert station.purchasing.get(order.id).status == "arrived"
    answer_next_dialog(Qt.Key.Key_N)  # the pickup asks first: No hands nothing over
    keys.commit()
    assert station.purchasing.get(order.id).status == "arrived"
    answer_next_dialog(Qt.Key.Key_Y)
    keys.commit()
    done = station.purchasing.get(order.id)
    assert done.status == "completed" and done.total_fen == 6000
    [cash] = station.records.all("SELECT * FROM payments WHERE order_id = ?", (order.id,))
    assert (cash["amount_fen"], cash["tendered_fen"], cash["change_fen"]) == (6000, 10000, 4000)
    assert station.receipts.for_ref(order.id)[-1].kind == "pickup"
    qtbot.waitUntil(lambda: focused() != "")  # the keyboard is back in the window


def test_ctrl_f_after_f4_from_the_navigation_list(keys, qtbot):
    """Issue 12: under X, Ctrl+F did nothing on Orders: the keyboard was still on the list of
    screens (outside Orders, where its Ctrl+F lives).  A screen now takes the keyboard."""
    keys.window.nav.setFocus()
    keys.wait_focus("navigation")
    keys.press(Qt.Key.Key_F4)
    keys.ctrl(Qt.Key.Key_F)
    assert focused() == "ordersSearch"


def test_alt_letters_reach_the_reason_and_the_refund_way(keys, station, farmer, qtbot):
    """An open order's cancel needs a reason and a refund way: Alt+R and Alt+N reach them."""
    line = LineInput(1, name="seed", unit_price_fen=3000, platform="JD", category_code="agri")
    order = station.purchasing.place(farmer.id, [line], [pay.cash(3000, 3000)])
    screen = keys.open("orders")
    qtbot.waitUntil(lambda: screen.loaded_once and not screen.loading, timeout=10_000)
    keys.ctrl(Qt.Key.Key_F)
    keys.type(order.number)
    keys.enter()
    assert screen.detail.order.id == order.id
    keys.alt("r")
    assert focused() == "orderReason"
    keys.alt("n")
    assert focused() == "orderRefundMethod"
    from .test_mnemonic_walk import shown_mnemonics

    letters = [letter for letter, _owner in shown_mnemonics(keys.window, screen)]
    assert len(letters) == len(set(letters)), letters


def test_a_partial_return_by_keys(keys, station, farmer, qtbot, printed):
    """Issue 12: Alt+L reaches the order's lines, Space unticks one, Alt+R takes the reason and
    Ctrl+Shift+R returns the other (asking first); the list reads 部分退货 with the net amount,
    the refund is the returned line's money and its commission is reversed."""
    seed = LineInput(2, name="seed", unit_price_fen=3000, platform="JD", category_code="agri")
    rice = LineInput(3650, name="rice", unit_price_fen=1250, unit_code="jin", category_code="food")
    p = station.purchasing
    order = p.place(farmer.id, [seed, rice], [pay.cash(15125, 20000)])
    p.mark_ordered(order.id, [("jd", "JD-1")])
    p.mark_arrived(order.id)
    p.complete(order.id)
    screen = keys.open("orders")
    qtbot.waitUntil(lambda: screen.loaded_once and not screen.loading, timeout=10_000)
    keys.ctrl(Qt.Key.Key_F)
    keys.type(order.number)
    keys.enter()
    assert screen.detail.order.id == order.id
    keys.alt("l")
    assert focused() == "orderLines"
    keys.press(Qt.Key.Key_Home)
    keys.press(Qt.Key.Key_Space)  # the seed stays with the farmer
    keys.alt("r")
    keys.type("damp")
    answer_next_dialog(Qt.Key.Key_Y)
    keys.press(
        Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    after = p.get(order.id)
    assert after.returned_fen == 9125 and after.total_fen - after.returned_fen == 6000
    refund = station.records.one(
        "SELECT SUM(amount_fen) AS s FROM payments WHERE order_id = ? AND amount_fen < 0",
        (order.id,),
    )
    assert refund["s"] == -9125
    commission = station.records.one(
        "SELECT SUM(amount_fen) AS s FROM commission_entries WHERE order_id = ?", (order.id,)
    )
    kept, returned = order.lines
    assert returned.commission_fen > 0  # the rice's commission accrued, then reversed
    assert commission["s"] == kept.commission_fen
    row = screen.model.position(order.id)
    assert screen.model.data(screen.model.index(row, 3)) == "部分退货"
    assert screen.model.data(screen.model.index(row, 4)) == "¥60.00"


def test_ctrl_shift_v_on_a_picked_up_order_says_why_it_cannot_be_voided(
    keys, station, farmer, qtbot, printed
):
    """Issue 12 walk-through: Ctrl+Shift+V on an order whose receipt cannot be voided did
    nothing at all; it says why on the order's error line, and voids nothing."""
    line = LineInput(1, name="seed", unit_price_fen=3000, platform="JD", category_code="agri")
    order = station.purchasing.place(farmer.id, [line], [pay.cash(3000, 3000)])
    station.purchasing.mark_ordered(order.id, "JD-1")
    station.purchasing.mark_arrived(order.id)
    station.purchasing.complete(order.id)
    screen = keys.open("orders")
    qtbot.waitUntil(lambda: screen.loaded_once and not screen.loading, timeout=10_000)
    keys.ctrl(Qt.Key.Key_F)
    keys.type(order.number)
    keys.enter()
    assert focused() == "ordersTable" and screen.detail.order.id == order.id
    error = screen.detail.form.general
    assert not error.isVisible()
    keys.press(Qt.Key.Key_V, CTRL_SHIFT)
    assert error.isVisible()
    assert order.number in error.text() and "Ctrl+Shift+R" in error.text()
    assert "退货" in error.text()  # the operator's language (the window is in Chinese)
    assert [r.kind for r in station.receipts.for_ref(order.id)].count("void") == 0


def test_the_next_step_is_offered_only_when_the_order_has_one(
    keys, station, farmer, qtbot, printed
):
    """Issue 12: Orders' 下一步 (Ctrl+Enter, in the 操作 menu) stayed on for a picked-up
    order, where it did nothing."""
    line = LineInput(1, name="seed", unit_price_fen=3000, platform="JD", category_code="agri")
    done = station.purchasing.place(farmer.id, [line], [pay.cash(3000, 3000)])
    station.purchasing.mark_ordered(done.id, "JD-1")
    station.purchasing.mark_arrived(done.id)
    station.purchasing.complete(done.id)
    fresh = station.purchasing.place(farmer.id, [line], [pay.cash(3000, 3000)])
    screen = keys.open("orders")
    qtbot.waitUntil(lambda: screen.loaded_once and not screen.loading, timeout=10_000)
    for number, on in ((done.number, False), (fresh.number, True), (done.number, False)):
        keys.ctrl(Qt.Key.Key_F)
        keys.type(number)
        keys.enter()
        assert screen.detail.order.number == number
        assert screen.act_commit.isEnabled() is on, number
