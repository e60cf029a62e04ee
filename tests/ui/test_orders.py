"""The order list and an order's steps, driven through the widgets: ordered with the
platform's number, arrived, picked up with its slip; cancel and return with their receipts;
a manager's PIN for a late return and for a void; filters that stay fast at 50,000 rows."""

from __future__ import annotations

import dataclasses
import subprocess
import time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
)

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput
from servicepoint.ui import dialogs
from servicepoint.ui.widgets.purchase_orders import OrderRow

from .conftest import find


def rice(qty_g: int = 3650) -> LineInput:
    return LineInput(
        qty_g,
        name="东北大米",
        unit_price_fen=1250,
        unit_code="jin",
        category_code="agri",
        platform="京东",
    )


def settle(qtbot, screen) -> None:
    """Wait for the list's background load (and any reload queued behind it)."""
    qtbot.waitUntil(lambda: screen.loaded_once and not screen.loading, timeout=10_000)


def click_row(qtbot, screen, order_id: str) -> None:
    table = find(screen, QTableView, "ordersTable")
    row = screen.model.position(order_id)
    assert row >= 0, "the order is not in the list"
    rect = table.visualRect(screen.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.detail.order is not None and screen.detail.order.id == order_id


def click(qtbot, screen, name: str) -> None:
    button = find(screen, QToolButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_lifecycle_to_pickup_and_status_filter(
    app_window, station, farmer, qtbot, printed, auto_answer
):
    """Ordered (platform number typed, Enter), arrived, picked up after a confirmation that
    names the order, the amount and the farmer: the pickup slip prints; the status filter then
    finds the order among the picked-up ones only."""
    order = station.purchasing.place(farmer.id, [rice()], [pay.cash(9125, 10000)])
    other = station.purchasing.place(farmer.id, [rice(1000)], [pay.cash(2500)])
    ctx, _window = app_window
    screen = orders_screen(app_window, qtbot)
    count = screen.tr("%1 of %2 orders").replace("%1", "2").replace("%2", "2")
    assert find(screen, QLabel, "ordersCount").text() == count
    click_row(qtbot, screen, order.id)
    assert order.number in find(screen, QLabel, "orderTitle").text()
    platform_no = find(screen, QLineEdit, "orderPlatformNo")
    platform_no.setFocus()
    qtbot.keyClicks(platform_no, "JD-778899")
    qtbot.keyClick(platform_no, Qt.Key.Key_Return)
    assert station.purchasing.get(order.id).platform_order_no == "JD-778899"
    assert station.purchasing.get(order.id).status == "ordered"
    click(qtbot, screen, "orderArrived")
    assert station.purchasing.get(order.id).status == "arrived"
    assert not find(screen, QToolButton, "orderArrived").isEnabled()
    click(qtbot, screen, "orderPickup")
    assert auto_answer[-1][0] == "question"
    assert all(t in auto_answer[-1][1] for t in (order.number, "¥91.25", farmer.name))
    done = station.purchasing.get(order.id)
    assert done.status == "completed"
    slip = next(r for r in station.receipts.for_ref(order.id) if r.kind == "pickup")
    pdf = printed / f"{slip.number}.pdf"
    assert pdf.exists() and slip.number in pdf_text(pdf)
    assert slip.number in find(screen, QLabel, "orderMessage").text()
    settle(qtbot, screen)

    status = find(screen, QComboBox, "ordersStatusFilter")
    status.setCurrentIndex(status.findData("completed"))
    assert [r.id for r in screen.model.rows] == [order.id]
    assert screen.model.rows[0].platform_order_no == "JD-778899"
    status.setCurrentIndex(status.findData("placed"))
    assert [r.id for r in screen.model.rows] == [other.id]
    status.setCurrentIndex(status.findData("open"))
    assert [r.id for r in screen.model.rows] == [other.id]
    status.setCurrentIndex(status.findData(None))
    assert len(screen.model.rows) == 2
    assert ctx.station.check() == []


def orders_screen(app_window, qtbot):
    """Open Orders after the test made its data (the list loads on first show)."""
    _ctx, window = app_window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    screen = window.screens["orders"]
    settle(qtbot, screen)
    return screen


def test_keyboard_steps_from_the_list(app_window, station, farmer, qtbot, monkeypatch):
    """Ctrl+F finds by platform number, Enter goes to the next step, Ctrl+2 / Ctrl+3 mark
    arrived and picked up; the shortcuts are in the tooltips and the right-click menu."""
    order = station.purchasing.place(farmer.id, [rice()], [pay.cash(9125)])
    station.purchasing.mark_ordered(order.id, "PDD-5566")
    station.purchasing.place(farmer.id, [rice(1000)], [pay.cash(2500)])
    screen = orders_screen(app_window, qtbot)
    table = find(screen, QTableView, "ordersTable")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = find(screen, QLineEdit, "ordersSearch")
    assert QApplication.focusWidget() is search
    qtbot.keyClicks(search, "pdd-55")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert [r.id for r in screen.model.rows] == [order.id]
    assert QApplication.focusWidget() is table and screen.detail.order.id == order.id
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is find(screen, QToolButton, "orderArrived")
    qtbot.keyClick(table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert station.purchasing.get(order.id).status == "arrived"
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    qtbot.keyClick(table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert station.purchasing.get(order.id).status == "arrived"  # "No": nothing handed over
    assert station.receipts.for_ref(order.id)[-1].kind != "pickup"
    qtbot.keyClick(table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert station.purchasing.get(order.id).status == "completed"
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is search
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and len(screen.model.rows) == 2
    assert "Ctrl+3" in find(screen, QToolButton, "orderPickup").toolTip()
    assert {a.shortcut().toString() for a in table.actions()} >= {
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+P",
    }


def test_cancel_asks_then_refunds_with_a_receipt(
    app_window, station, farmer, qtbot, printed, auto_answer
):
    """Cancel needs a reason (shown next to the field), asks to confirm, refunds the way it
    was paid and prints the cancel receipt; the money is reversed, not deleted."""
    order = station.purchasing.place(
        farmer.id,
        [LineInput(2, name="化肥", unit_price_fen=5000, category_code="agri")],
        [pay.on_account(6000), pay.cash(4000, 5000)],
    )
    screen = orders_screen(app_window, qtbot)
    click_row(qtbot, screen, order.id)
    click(qtbot, screen, "orderCancel")
    reason_error = screen.detail.form.errors["reason"]
    assert reason_error.isVisible() and not auto_answer
    assert station.purchasing.get(order.id).status == "placed"
    reason = find(screen, QLineEdit, "orderReason")
    qtbot.keyClicks(reason, "changed mind")
    qtbot.keyClick(reason, Qt.Key.Key_Return)  # Enter in the reason: cancel (confirmed)
    assert auto_answer[-1][0] == "question" and order.number in auto_answer[-1][1]
    assert station.purchasing.get(order.id).status == "cancelled"
    cancel = next(r for r in station.receipts.for_ref(order.id) if r.kind == "cancel")
    assert cancel.amount_fen == -10000
    assert (printed / f"{cancel.number}.pdf").exists()
    assert station.ledger.balance(farmer.id) == 0
    rows = station.records.all("SELECT amount_fen FROM payments WHERE order_id = ?", (order.id,))
    assert len(rows) == 4 and sum(r["amount_fen"] for r in rows) == 0
    assert not find(screen, QToolButton, "orderCancel").isEnabled()
    receipts = find(screen, QListWidget, "orderReceipts")
    assert receipts.count() == 2


def test_return_after_pickup_and_late_return_needs_a_manager(
    app_window, station, farmer, qtbot, printed, auto_answer, monkeypatch
):
    """One line returned the same day needs no manager; two days later an operator's
    return of the rest asks a manager's PIN (refused: nothing written; approved: done)."""
    order = station.purchasing.place(farmer.id, [rice(), rice(1000)], [pay.cash(11625)])
    station.purchasing.mark_ordered(order.id, "JD-1")  # arrives once ordered
    station.purchasing.mark_arrived(order.id)
    station.purchasing.complete(order.id)
    screen = orders_screen(app_window, qtbot)
    click_row(qtbot, screen, order.id)
    lines = find(screen, QListWidget, "orderLines")
    lines.item(1).setCheckState(Qt.CheckState.Unchecked)
    qtbot.keyClicks(find(screen, QLineEdit, "orderReason"), "mouldy")
    click(qtbot, screen, "orderReturn")
    first = station.purchasing.get(order.id)
    assert [li.returned for li in first.lines] == [True, False]
    returned = next(r for r in station.receipts.for_ref(order.id) if r.kind == "return")
    assert returned.amount_fen == -9125 and (printed / f"{returned.number}.pdf").exists()
    assert (
        station.records.scalar(
            "SELECT SUM(amount_fen) FROM commission_entries WHERE order_id = ?", (order.id,)
        )
        == 200
    )

    clerk = station.operators.add("小李", "5678")
    station.act_as(clerk)
    station.clock.advance(days=2)
    asked: list[str] = []

    def refuse(self) -> int:
        asked.append(self.intro.text())
        return 0

    monkeypatch.setattr(dialogs.ManagerApproval, "exec", refuse)
    screen.detail.show_order(order.id)
    qtbot.keyClicks(find(screen, QLineEdit, "orderReason"), "broken")
    click(qtbot, screen, "orderReturn")
    assert asked and order.number in asked[0]
    assert station.purchasing.get(order.id).status == "completed"

    def approve(self) -> int:
        asked.append(self.intro.text())
        self.who.setCurrentIndex(self.who.findData("王站长"))
        find(self, QLineEdit, "pinEdit").setText("1234")
        self.check()
        return int(self.result())

    monkeypatch.setattr(dialogs.ManagerApproval, "exec", approve)
    click(qtbot, screen, "orderReturn")
    assert len(asked) == 2
    assert station.purchasing.get(order.id).status == "returned"
    assert (
        station.records.scalar(
            "SELECT SUM(amount_fen) FROM commission_entries WHERE order_id = ?", (order.id,)
        )
        == 0
    )
    assert (
        station.records.scalar(
            "SELECT SUM(amount_fen) FROM payments WHERE order_id = ?", (order.id,)
        )
        == 0
    )
    assert station.check() == []


def test_void_asks_a_manager_and_prints_the_void_slip(
    app_window, station, farmer, qtbot, printed, auto_answer, monkeypatch
):
    """An operator voids a purchase receipt only with a manager's PIN; the payment is
    reversed, the order cancelled, and the void slip printed beside the kept original."""
    order = station.purchasing.place(farmer.id, [rice()], [pay.cash(9125)])
    station.act_as(station.operators.add("小李", "5678"))
    approvals: list[str] = []

    def approve(self) -> int:
        approvals.append(self.intro.text())
        self.who.setCurrentIndex(self.who.findData("王站长"))
        find(self, QLineEdit, "pinEdit").setText("1234")
        self.check()
        return int(self.result())

    monkeypatch.setattr(dialogs.ManagerApproval, "exec", approve)
    screen = orders_screen(app_window, qtbot)
    click_row(qtbot, screen, order.id)
    qtbot.keyClicks(find(screen, QLineEdit, "orderReason"), "wrong farmer")
    click(qtbot, screen, "orderVoid")
    assert approvals and order.number in approvals[0]
    void = station.receipts.void_of(station.receipts.get(order.number).id)
    assert void is not None and (printed / f"{void.number}.pdf").exists()
    assert station.purchasing.get(order.id).status == "cancelled"
    assert (
        station.records.scalar(
            "SELECT SUM(amount_fen) FROM payments WHERE order_id = ?", (order.id,)
        )
        == 0
    )


def test_date_filter_and_reprint(app_window, station, farmer, qtbot, printed):
    """From/To keep the orders of those days; Reprint prints the selected receipt again."""
    first = station.purchasing.place(farmer.id, [rice()], [pay.cash(9125)])
    station.clock.advance(days=3)
    second = station.purchasing.place(farmer.id, [rice(1000)], [pay.cash(2500)])
    screen = orders_screen(app_window, qtbot)
    find(screen, QDateEdit, "ordersFrom").setDate(QDate(2026, 11, 23))
    assert [r.id for r in screen.model.rows] == [second.id]
    find(screen, QDateEdit, "ordersTo").setDate(QDate(2026, 11, 24))
    assert screen.model.rows == []
    find(screen, QDateEdit, "ordersFrom").setDate(QDate(2026, 11, 22))
    assert [r.id for r in screen.model.rows] == [first.id]
    qtbot.mouseClick(find(screen, QPushButton, "ordersAllDates"), Qt.MouseButton.LeftButton)
    assert len(screen.model.rows) == 2
    click_row(qtbot, screen, first.id)
    click(qtbot, screen, "orderReprint")
    click(qtbot, screen, "orderReprint")
    assert (printed / f"{first.number}.pdf").exists()
    assert (printed / f"{first.number}-copy2.pdf").exists()
    assert station.receipts.reprint_count(first.number) == 1


def test_fifty_thousand_rows_filter_and_sort_without_a_pause(app_window, qtbot):
    """50,000 orders: a status, date or text filter and a sort each finish well under a
    second (the list is filtered in memory, not through a proxy per row)."""
    screen = orders_screen(app_window, qtbot)
    statuses = ("placed", "ordered", "arrived", "completed", "cancelled", "returned")
    rows = [
        OrderRow(
            {
                "id": f"id{n}",
                "number": f"GJ01-2025-{n:06d}",
                "status": statuses[n % 6],
                "total_fen": n * 13,
                "created_at": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T10:00:00.000+08:00",
                "platform_order_no": f"JD{n:08d}" if n % 3 else None,
                "farmer_name": f"农户{n % 997}",
                "farmer_id": f"f{n % 997}",
            }
        )
        for n in range(50_000)
    ]
    started = time.perf_counter()
    screen.model.set_all(rows)
    timings = {"load": time.perf_counter() - started}
    status = find(screen, QComboBox, "ordersStatusFilter")
    for label, act in (
        ("status", lambda: status.setCurrentIndex(status.findData("open"))),
        ("from", lambda: find(screen, QDateEdit, "ordersFrom").setDate(QDate(2025, 6, 1))),
        (
            "text",
            lambda: (
                find(screen, QLineEdit, "ordersSearch").setText("jd0000"),
                screen.apply_filter(),
            ),
        ),
        (
            "sort",
            lambda: find(screen, QTableView, "ordersTable").sortByColumn(
                4, Qt.SortOrder.AscendingOrder
            ),
        ),
    ):
        started = time.perf_counter()
        act()
        QApplication.processEvents()
        timings[label] = time.perf_counter() - started
    assert screen.model.rowCount() > 0
    totals = [r.total_fen for r in screen.model.rows]
    assert totals == sorted(totals)
    assert max(timings.values()) < 1.0, timings


# -- issue 12 #12: several platform numbers, partial returns, actions by state, widths -------


def test_two_platform_numbers_when_ordered_and_another_later(app_window, station, farmer, qtbot):
    """One number per field (a space is refused); Ctrl+Shift+A keeps a 京东 number in the
    list, Enter marks the order ordered with it and a 拼多多 one; after arrival Enter adds a
    third at once.  The detail lists them, the list's column shows them compactly."""
    order = station.purchasing.place(farmer.id, [rice(), rice(1000)], [pay.cash(11625)])
    screen = orders_screen(app_window, qtbot)
    click_row(qtbot, screen, order.id)
    platform = find(screen, QComboBox, "orderRefPlatform")
    number = find(screen, QLineEdit, "orderPlatformNo")
    refs = find(screen, QLabel, "orderPlatformRefs")
    add = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    assert platform.currentData() == "jd"  # the lines were bought on 京东
    number.setFocus()
    qtbot.keyClicks(number, "JD778899 JD778900")
    qtbot.keyClick(number, Qt.Key.Key_A, add)
    assert screen.detail.form.errors["platform_order_no"].isVisible()
    number.clear()
    qtbot.keyClicks(number, "JD778899")
    qtbot.keyClick(number, Qt.Key.Key_A, add)
    assert number.text() == "" and "JD778899" in refs.text()
    assert station.purchasing.get(order.id).platform_refs == []  # kept until Ctrl+1 / Enter
    platform.setCurrentIndex(platform.findData("pdd"))
    qtbot.keyClicks(number, "240101-88")
    qtbot.keyClick(number, Qt.Key.Key_Return)
    saved = station.purchasing.get(order.id)
    assert saved.status == "ordered"
    assert [(r.platform, r.number) for r in saved.platform_refs] == [
        ("jd", "JD778899"),
        ("pdd", "240101-88"),
    ]
    shown = refs.text().splitlines()
    assert len(shown) == 2 and "拼多多 240101-88" in shown[1] and "王站长" in shown[1]
    click(qtbot, screen, "orderArrived")
    platform.setCurrentIndex(platform.findData("jd"))
    qtbot.keyClicks(number, "JD778900")
    qtbot.keyClick(number, Qt.Key.Key_Return)
    later = station.purchasing.get(order.id)
    assert later.status == "arrived" and len(later.platform_refs) == 3
    assert "京东 JD778900" in refs.text().splitlines()[2]
    n = screen.model.position(order.id)
    cell = screen.model.index(n, 5)
    assert screen.model.data(cell) == "京东 JD778899; 拼多多 240101-88; 京东 JD778900"
    assert screen.model.data(cell, Qt.ItemDataRole.ToolTipRole) == screen.model.data(cell)
    assert station.check() == []


def test_a_partial_return_shows_the_net_and_partly_returned(app_window, station, farmer, qtbot):
    """After one of two lines comes back, the list shows 部分退货 and the net amount, and so
    does the order's detail; a full return still reads 已退货."""
    order = station.purchasing.place(farmer.id, [rice(), rice(1000)], [pay.cash(11625)])
    whole = station.purchasing.place(farmer.id, [rice(1000)], [pay.cash(2500)])
    for o in (order, whole):
        station.purchasing.mark_ordered(o.id, [("jd", "JD-" + o.number[-3:])])
        station.purchasing.mark_arrived(o.id)
        station.purchasing.complete(o.id)
    station.purchasing.return_lines(order.id, "坏了", [order.lines[1].id])
    station.purchasing.return_lines(whole.id, "坏了")
    screen = orders_screen(app_window, qtbot)
    model = screen.model
    n, m = model.position(order.id), model.position(whole.id)
    assert model.data(model.index(n, 3)) == "部分退货"
    assert model.data(model.index(n, 4)) == "¥91.25"  # 116.25 less the 25.00 returned
    assert model.data(model.index(m, 3)) == "已退货"
    click_row(qtbot, screen, order.id)
    assert "部分退货" in find(screen, QLabel, "orderTitle").text()
    assert "¥91.25" in find(screen, QLabel, "orderInfo").text()


def test_each_action_is_enabled_only_in_the_states_that_allow_it(
    app_window, station, farmer, qtbot
):
    """标为已到货 waits for the platform order; pickup for arrival; returns for pickup; a
    cancelled order can only be reprinted.  A disabled step's shortcut does nothing."""
    p = station.purchasing
    orders = {s: p.place(farmer.id, [rice()], [pay.cash(9125)]) for s in ("placed", "ordered")}
    orders["arrived"] = p.place(farmer.id, [rice()], [pay.cash(9125)])
    orders["completed"] = p.place(farmer.id, [rice()], [pay.cash(9125)])
    orders["cancelled"] = p.place(farmer.id, [rice()], [pay.cash(9125)])
    for status in ("ordered", "arrived", "completed"):
        p.mark_ordered(orders[status].id, [("jd", "JD-" + status)])
    for status in ("arrived", "completed"):
        p.mark_arrived(orders[status].id)
    p.complete(orders["completed"].id)
    p.cancel(orders["cancelled"].id, "不要了")
    always = {"orderReprint", "orderPreview"}
    expected = {
        "placed": {"orderMarkOrdered", "orderAddRef", "orderCancel", "orderVoid"},
        "ordered": {"orderAddRef", "orderArrived", "orderCancel", "orderVoid"},
        "arrived": {"orderAddRef", "orderPickup", "orderCancel", "orderVoid"},
        "completed": {"orderReturn"},  # picked up: no number to add any more
        "cancelled": set(),
    }
    screen = orders_screen(app_window, qtbot)
    for status, order in orders.items():
        click_row(qtbot, screen, order.id)
        enabled = {name for name, button in screen.detail.buttons.items() if button.isEnabled()}
        assert enabled == expected[status] | always, status
        assert find(screen, QLineEdit, "orderPlatformNo").isEnabled() == (
            "orderAddRef" in expected[status]
        )
    click_row(qtbot, screen, orders["placed"].id)
    table = find(screen, QTableView, "ordersTable")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert p.get(orders["placed"].id).status == "placed"


def test_money_columns_show_large_amounts_whole(app_window, station, farmer, qtbot):
    """At 1366 px, in the window's 12 pt body type, the amount column fits ¥21,220.03 and
    each column its header, with room left for the platform numbers (finding #10)."""
    big = station.purchasing.place(
        farmer.id,
        [LineInput(1, name="电动三轮车", unit_price_fen=2_122_003, category_code="agri")],
        [pay.cash(2_122_003)],
    )
    screen = orders_screen(app_window, qtbot)
    table = find(screen, QTableView, "ordersTable")
    assert table.font().pointSize() >= 12  # the window's body type (ui/look.py)
    n = screen.model.position(big.id)
    text = screen.model.data(screen.model.index(n, 4))
    assert "21" in text and "220.03" in text
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    assert header.sectionSize(4) >= metrics.horizontalAdvance(text) + 8
    for column in range(5):
        title = str(screen.model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title)
    assert header.sectionViewportPosition(5) + 40 < table.viewport().width()


def test_an_order_on_two_platforms_shows_how_far_it_got(app_window, station, farmer, qtbot):
    """Issue 12 leftovers #1: the 京东 number of a 京东 + 拼多多 order is saved with Enter, the
    order stays to be ordered: the list and the detail read 已下单 1/2 个平台, the detail
    names 拼多多 as still waiting, and 已到货 stays off; the 拼多多 number makes it 已下单."""
    pdd = dataclasses.replace(rice(1000), platform="拼多多")
    order = station.purchasing.place(farmer.id, [rice(), pdd], [pay.cash(11625)])
    screen = orders_screen(app_window, qtbot)
    click_row(qtbot, screen, order.id)
    platform = find(screen, QComboBox, "orderRefPlatform")
    number = find(screen, QLineEdit, "orderPlatformNo")
    platform.setCurrentIndex(platform.findData("jd"))
    number.setFocus()
    qtbot.keyClicks(number, "JD1")
    qtbot.keyClick(number, Qt.Key.Key_Return)
    assert station.purchasing.get(order.id).status == "placed"
    n = screen.model.position(order.id)
    assert screen.model.data(screen.model.index(n, 3)) == "已下单 1/2 个平台"
    assert "已下单 1/2 个平台" in find(screen, QLabel, "orderTitle").text()
    assert "还缺这些平台的订单号：拼多多" in find(screen, QLabel, "orderInfo").text()
    assert not screen.detail.act["orderArrived"].isEnabled()
    assert screen.detail.act["orderMarkOrdered"].isEnabled()
    platform.setCurrentIndex(platform.findData("pdd"))
    number.setFocus()
    qtbot.keyClicks(number, "P2")
    qtbot.keyClick(number, Qt.Key.Key_Return)
    assert station.purchasing.get(order.id).status == "ordered"
    assert screen.model.data(screen.model.index(n, 3)) == "已下单"
    assert "还缺" not in find(screen, QLabel, "orderInfo").text()
    assert screen.detail.act["orderArrived"].isEnabled()
    screen.refresh()
    settle(qtbot, screen)
    assert screen.model.data(screen.model.index(screen.model.position(order.id), 3)) == "已下单"


def test_a_voided_order_reads_voided_and_nets_nothing(app_window, station, farmer, qtbot):
    """Issue 12 leftovers #2: the list shows a voided order as 已作废 with ¥0.00, as read
    from the database and as changed in place; the detail says what was refunded."""
    voided = station.purchasing.place(farmer.id, [rice()], [pay.cash(9125)])
    station.receipts.void(voided.number, "录错了")
    kept = station.purchasing.place(farmer.id, [rice(1000)], [pay.cash(2500)])
    screen = orders_screen(app_window, qtbot)
    model = screen.model
    n, m = model.position(voided.id), model.position(kept.id)
    assert [model.data(model.index(n, c)) for c in (3, 4)] == ["已作废", "¥0.00"]
    assert [model.data(model.index(m, c)) for c in (3, 4)] == ["已付款待下单", "¥25.00"]
    click_row(qtbot, screen, voided.id)
    assert "已作废" in find(screen, QLabel, "orderTitle").text()
    assert "已退款：¥91.25   净额：¥0.00" in find(screen, QLabel, "orderInfo").text()
    screen.model.update_order(voided.id, status="cancelled", shown_status="cancelled")
    screen._order_changed(voided.id)  # an action's in-place change keeps 已作废
    assert model.data(model.index(n, 3)) == "已作废"


def test_order_numbers_as_the_walk_entered_them(app_window, station, farmer, qtbot):
    """Issue 12 walk-through: catalogue rice (no platform) and a 拼多多 sprayer.  Ctrl+Shift+A
    with nothing typed goes to the number without a red error; the 京东 number (the rice) is
    a part ordered: the list row reads 已下单 1/2 个平台 and the box moves to 拼多多, the
    platform still missing; after pickup the number entry is off."""
    catalogue_rice = dataclasses.replace(rice(), platform=None)
    pdd = dataclasses.replace(rice(1000), platform="拼多多")
    order = station.purchasing.place(farmer.id, [catalogue_rice, pdd], [pay.cash(11625)])
    screen = orders_screen(app_window, qtbot)
    click_row(qtbot, screen, order.id)
    platform = find(screen, QComboBox, "orderRefPlatform")
    number = find(screen, QLineEdit, "orderPlatformNo")
    add = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    platform.setFocus()
    qtbot.keyClick(platform, Qt.Key.Key_A, add)
    assert QApplication.focusWidget() is number
    assert not any(label.isVisible() for label in screen.detail.form.errors.values())
    platform.setCurrentIndex(platform.findData("jd"))
    number.setFocus()
    qtbot.keyClicks(number, "JD-778899")
    qtbot.keyClick(number, Qt.Key.Key_Return)
    assert station.purchasing.get(order.id).status == "placed"
    n = screen.model.position(order.id)
    assert screen.model.data(screen.model.index(n, 3)) == "已下单 1/2 个平台"
    assert platform.currentData() == "pdd"
    qtbot.keyClicks(number, "240601-1")
    qtbot.keyClick(number, Qt.Key.Key_Return)
    assert station.purchasing.get(order.id).status == "ordered"
    station.purchasing.mark_arrived(order.id)
    station.purchasing.complete(order.id)
    screen.detail.show_order(order.id)
    assert not number.isEnabled() and not platform.isEnabled()
    assert not screen.detail.act["orderAddRef"].isEnabled()


def test_a_number_kept_aside_moves_the_box_to_the_missing_platform(
    app_window, station, farmer, qtbot
):
    """Ctrl+Shift+A keeps the 京东 number of a 京东 + 拼多多 order: the box goes to 拼多多."""
    pdd = dataclasses.replace(rice(1000), platform="拼多多")
    order = station.purchasing.place(farmer.id, [rice(), pdd], [pay.cash(11625)])
    screen = orders_screen(app_window, qtbot)
    click_row(qtbot, screen, order.id)
    platform = find(screen, QComboBox, "orderRefPlatform")
    number = find(screen, QLineEdit, "orderPlatformNo")
    assert platform.currentData() == "jd"
    number.setFocus()
    qtbot.keyClicks(number, "JD1")
    qtbot.keyClick(
        number,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert number.text() == "" and platform.currentData() == "pdd"
