"""The Consignment screen driven like an operator: intake with its receipt and trace label,
a cash sale, spoilage and a return (both confirmed), then settlement with a fee and an offset
against the farmer's account; the payout statement prints.  Bad input is refused at the field
where it was typed and writes nothing.
"""

from __future__ import annotations

import subprocess
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from servicepoint.core import payments as pay
from servicepoint.core.money import format_yuan
from servicepoint.core.printables import label_data
from servicepoint.core.purchasing import LineInput
from servicepoint.core.receipt_data import verify_payload
from servicepoint.core.settlement import Fee
from servicepoint.ui.printing import print_pool
from servicepoint.ui.widgets.consignment_label import LabelJob

from .conftest import find
from .test_farmers import error_next_to, type_text
from .test_printing import pdf_printer, qr_payloads


def pdf_text(path) -> str:
    assert path.exists(), path
    return subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def click(qtbot: Any, widget: QPushButton) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def go_tab(qtbot: Any, screen: Any, index: int) -> None:
    bar = screen.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert screen.tabs.currentIndex() == index


def click_row(qtbot: Any, table: QTableView, row: int) -> None:
    index = table.model().index(row, 0)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def open_batch(qtbot: Any, screen: Any) -> QTableView:
    """The stock tab with its one batch chosen; returns the list of the batch's sales."""
    go_tab(qtbot, screen, 1)
    table = find(screen, QTableView, "consStockTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    click_row(qtbot, table, 0)
    return find(screen, QTableView, "consBatchSales")


def choose_farmer(qtbot: Any, screen: Any, name: str, initials: str) -> None:
    search = find(screen, QLineEdit, name + "Search")
    search.setFocus()
    qtbot.keyClicks(search, initials)
    qtbot.keyClick(search, Qt.Key.Key_Return)


def consignment(window: Any, qtbot: Any) -> Any:
    window.go("consignment")
    screen = window.screens["consignment"]
    qtbot.waitUntil(lambda: not screen.loading, timeout=10_000)
    return screen


def intake_chickens(qtbot: Any, screen: Any) -> None:
    """张三's ten chickens, floor price ¥128, typed into the intake tab."""
    go_tab(qtbot, screen, 0)
    choose_farmer(qtbot, screen, "consIntakeFarmer", "zs")
    type_text(qtbot, find(screen, QLineEdit, "consIntakeProduct"), "散养土鸡")
    type_text(qtbot, find(screen, QLineEdit, "consIntakeGrade"), "一级")
    qtbot.keyClicks(find(screen, QLineEdit, "consIntakeQty"), "10")
    unit = find(screen, QComboBox, "consIntakeUnit")
    unit.setFocus()
    qtbot.keyClick(unit, Qt.Key.Key_End)  # 只 (bird), the last unit
    assert unit.currentData() == "bird"
    qtbot.keyClicks(find(screen, QLineEdit, "consIntakeFloor"), "128")
    click(qtbot, find(screen, QPushButton, "consIntakeConfirm"))


def test_intake_sale_spoilage_return_and_settlement(
    app_window, qtbot, printed, auto_answer, farmer
):
    """The whole consignment round through the widgets, checked against the core."""
    ctx, window = app_window
    station = ctx.station
    station.purchasing.place(
        farmer.id, [LineInput(1, name="种子", unit_price_fen=3000)], [pay.on_account(3000)]
    )  # the farmer owes ¥30 on account
    screen = consignment(window, qtbot)

    # -- intake: receipt and trace label ----------------------------------------------------
    intake_chickens(qtbot, screen)
    [batch] = station.consignment.batches()
    assert (batch.product, batch.grade, batch.unit, batch.quantity_base, batch.floor_price_fen) == (
        "散养土鸡",
        "一级",
        "bird",
        10,
        12800,
    )
    intake = station.receipts.get(batch.receipt_id)
    assert intake.number in pdf_text(printed / f"{intake.number}.pdf")
    label = pdf_text(printed / f"{batch.trace_code}-label.pdf")
    assert batch.trace_code in label and "散养土鸡" in label
    assert "张三" not in label  # the village, not the farmer, unless asked
    assert batch.trace_code in find(screen, QLabel, "consIntakeResult").text()
    today = find(screen, QTableView, "consIntakeToday")
    qtbot.waitUntil(lambda: today.model().rowCount() == 1)
    assert today.model().index(0, 3).data() == batch.trace_code

    # -- sale with cash ------------------------------------------------------------------------
    go_tab(qtbot, screen, 1)
    table = find(screen, QTableView, "consStockTable")
    qtbot.waitUntil(lambda: not screen.loading and table.model().rowCount() == 1)
    click_row(qtbot, table, 0)
    assert screen.stock.batch is not None and screen.stock.batch.id == batch.id
    qtbot.keyClicks(find(screen, QLineEdit, "consSellQty"), "3")
    qtbot.keyClicks(find(screen, QLineEdit, "consSellPrice"), "168")
    qtbot.keyClicks(find(screen, QLineEdit, "consSellTendered"), "600")
    total = find(screen, QLabel, "consSellTotal").text()
    assert "¥504.00" in total and "¥50.40" in total and "¥96.00" in total
    qtbot.keyClick(find(screen, QLineEdit, "consSellTendered"), Qt.Key.Key_Return)
    [sale] = station.consignment.sales(batch.id)
    assert (sale.quantity_base, sale.unit_price_fen, sale.amount_fen) == (3, 16800, 50400)
    sale_receipt = station.receipts.get(sale.receipt_id)
    assert sale_receipt.number in pdf_text(printed / f"{sale_receipt.number}.pdf")
    qtbot.waitUntil(lambda: not screen.loading)
    assert "7" in table.model().index(0, 3).data()  # on hand

    # -- spoilage, confirmed -------------------------------------------------------------------
    qtbot.keyClicks(find(screen, QLineEdit, "consMoveQty"), "1")
    type_text(qtbot, find(screen, QLineEdit, "consMoveReason"), "运输途中死亡")
    click(qtbot, find(screen, QPushButton, "consSpoil"))
    assert [kind for kind, _text in auto_answer] == ["question"]
    assert station.consignment.stock(batch.id).spoiled == 1

    # -- return to the farmer, confirmed -------------------------------------------------------
    qtbot.keyClicks(find(screen, QLineEdit, "consMoveQty"), "1")
    type_text(qtbot, find(screen, QLineEdit, "consMoveReason"), "农户自留")
    click(qtbot, find(screen, QPushButton, "consReturn"))
    assert len(auto_answer) == 2
    stock = station.consignment.stock(batch.id)
    assert (stock.intake, stock.sold, stock.spoiled, stock.returned, stock.on_hand) == (
        10,
        3,
        1,
        1,
        5,
    )
    qtbot.waitUntil(lambda: not screen.loading)
    assert "5" in table.model().index(0, 3).data()

    # -- settlement: fee, offset against the account, payout -----------------------------------
    go_tab(qtbot, screen, 2)
    choose_farmer(qtbot, screen, "settleFarmer", "zs")
    sales = find(screen, QTableView, "settleSales")
    assert sales.model().rowCount() == 1
    assert "¥30.00" in find(screen, QLabel, "settleOwed").text()
    type_text(qtbot, find(screen, QLineEdit, "settleFeeDesc"), "包装费")
    qtbot.keyClicks(find(screen, QLineEdit, "settleFees"), "6")
    click(qtbot, find(screen, QPushButton, "settleAddFee"))
    assert screen.settle.fee_list.count() == 1
    click(qtbot, find(screen, QPushButton, "settleOffsetAll"))
    assert find(screen, QLineEdit, "settleOffset").text() == "30.00"

    # untick the sale with the keyboard: nothing to pay; tick it again
    sales.setFocus()
    sales.setCurrentIndex(sales.model().index(0, 0))
    qtbot.keyClick(sales, Qt.Key.Key_Space)
    assert not find(screen, QPushButton, "settleConfirm").isEnabled()
    assert find(screen, QLabel, "settleSalesError").isVisible()
    qtbot.keyClick(sales, Qt.Key.Key_Space)
    assert find(screen, QPushButton, "settleConfirm").isEnabled()

    fig = station.settlement.preview(farmer.id, [sale.id], [Fee("包装费", 600)], 3000)
    assert fig.payout_fen == 50400 - 5040 - 600 - 3000
    shown = {
        key: find(screen, QLabel, f"settle{key}").text()
        for key in ("Proceeds", "Commission", "FeesTotal", "OffsetAmount", "Payout")
    }
    assert shown == {
        key: format_yuan(value, symbol="¥")
        for key, value in (
            ("Proceeds", fig.proceeds_fen),
            ("Commission", fig.commission_fen),
            ("FeesTotal", fig.fees_fen),
            ("OffsetAmount", fig.offset_fen),
            ("Payout", fig.payout_fen),
        )
    }
    click(qtbot, find(screen, QPushButton, "settleConfirm"))
    assert len(auto_answer) == 3 and format_yuan(fig.payout_fen, symbol="¥") in auto_answer[-1][1]
    assert station.settlement.due(farmer.id) == []
    assert station.ledger.balance(farmer.id) == 0
    payout = station.receipts.recent(1)[0]
    assert payout.kind == "settlement" and payout.amount_fen == fig.payout_fen
    text = pdf_text(printed / f"{payout.number}.pdf")
    assert payout.number in text and format_yuan(fig.payout_fen, symbol="¥") in text
    assert payout.number in find(screen, QLabel, "settleResult").text()
    assert station.check() == []


def no_error_next_to(field) -> None:
    with pytest.raises(AssertionError, match="no error shown"):
        error_next_to(field)


def test_bad_input_is_refused_at_the_field(app_window, qtbot, printed, auto_answer, farmer):
    """A sale above the stock, a price of "abc", a fraction of a chicken and an intake with
    no farmer: each message appears under its field, and nothing is written."""
    ctx, window = app_window
    station = ctx.station
    screen = consignment(window, qtbot)

    go_tab(qtbot, screen, 0)
    click(qtbot, find(screen, QPushButton, "consIntakeConfirm"))
    assert find(screen, QLabel, "consIntakeFarmerError").isVisible()
    intake_chickens(qtbot, screen)
    [batch] = station.consignment.batches()

    def count() -> tuple[int, ...]:
        return (
            len(station.consignment.sales(batch.id)),
            len(station.receipts.recent(100)),
            station.consignment.stock(batch.id).on_hand,
        )

    before = count()
    go_tab(qtbot, screen, 1)
    table = find(screen, QTableView, "consStockTable")
    qtbot.waitUntil(lambda: not screen.loading and table.model().rowCount() == 1)
    search = find(screen, QLineEdit, "consStockFilter")  # keyboard only: filter, Enter, Enter
    qtbot.keyClicks(search, "GJ01")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert table.hasFocus() and screen.stock.batch is not None
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qty = find(screen, QLineEdit, "consSellQty")
    price = find(screen, QLineEdit, "consSellPrice")
    assert qty.hasFocus()

    qtbot.keyClicks(qty, "11")
    qtbot.keyClicks(price, "168")
    click(qtbot, find(screen, QPushButton, "consSellConfirm"))
    message = error_next_to(qty).text()
    assert "10" in message and "11" in message  # asked 11, 10 on hand
    assert qty.hasFocus()
    assert count() == before

    qty.clear()
    qtbot.keyClicks(qty, "2")
    price.clear()
    qtbot.keyClicks(price, "abc")
    qtbot.keyClick(price, Qt.Key.Key_Return)
    assert "abc" in error_next_to(price).text()
    assert count() == before

    price.clear()
    qtbot.keyClicks(price, "100")  # below the farmer's floor price of ¥128
    click(qtbot, find(screen, QPushButton, "consSellConfirm"))
    assert "128.00" in error_next_to(price).text()
    assert count() == before
    qtbot.keyClicks(price, "0")  # the operator corrects the price: the message goes
    no_error_next_to(price)
    qtbot.keyClick(price, Qt.Key.Key_Backspace)

    qty.clear()
    qtbot.keyClicks(qty, "1.5")
    click(qtbot, find(screen, QPushButton, "consSellConfirm"))
    assert "1.5" in error_next_to(qty).text()
    assert count() == before

    move = find(screen, QLineEdit, "consMoveQty")
    qtbot.keyClicks(move, "2")
    click(qtbot, find(screen, QPushButton, "consSpoil"))  # no reason given
    reason = find(screen, QLineEdit, "consMoveReason")
    assert error_next_to(reason).text() and error_next_to(reason).isVisible()
    qtbot.keyClicks(reason, "mould")  # a reason typed: "say why" goes away at once
    no_error_next_to(reason)
    assert auto_answer == [] and count() == before

    go_tab(qtbot, screen, 2)
    choose_farmer(qtbot, screen, "settleFarmer", "zs")
    # nothing sold yet: the list says so in its own words, with no red error
    assert not find(screen, QLabel, "settleSalesError").isVisible()
    sales = find(screen, QTableView, "settleSales")
    hint = find(sales.viewport(), QLabel, "settleSalesEmpty")
    assert hint.isVisible() and hint.text() == screen.settle.tr(
        "This farmer has no sales waiting to be settled."
    )
    assert not find(screen, QPushButton, "settleConfirm").isEnabled()


def test_settlement_refuses_fees_and_offsets_at_their_fields(
    app_window, qtbot, printed, auto_answer, farmer
):
    """Fees above the proceeds and an offset above the debt are shown where they were typed;
    confirming is not possible until they are fixed."""
    ctx, window = app_window
    station = ctx.station
    batch = station.consignment.intake(farmer.id, "土鸡蛋", 5000, "jin")
    station.consignment.sell(batch.id, 1000, 1500, [pay.cash(3000)])
    screen = consignment(window, qtbot)
    go_tab(qtbot, screen, 2)
    choose_farmer(qtbot, screen, "settleFarmer", "zs")
    fee = find(screen, QLineEdit, "settleFees")
    type_text(qtbot, find(screen, QLineEdit, "settleFeeDesc"), "运费")
    qtbot.keyClicks(fee, "40")
    assert error_next_to(fee).text() and not find(screen, QPushButton, "settleConfirm").isEnabled()
    fee.clear()
    qtbot.keyClicks(fee, "2")
    offset = find(screen, QLineEdit, "settleOffset")
    qtbot.keyClicks(offset, "5")  # the farmer owes nothing
    assert "5.00" in error_next_to(offset).text()
    offset.clear()
    assert find(screen, QPushButton, "settleConfirm").isEnabled()
    assert find(screen, QLabel, "settlePayout").text() == format_yuan(3000 - 300 - 200, symbol="¥")
    click(qtbot, find(screen, QPushButton, "settleConfirm"))
    assert station.settlement.due(farmer.id) == []
    assert auto_answer and auto_answer[0][0] == "question"


def test_label_prints_through_qt(app_window, qtbot, tmp_path, farmer):
    """Without a PDF folder the label is painted by a LabelJob on the print thread: the
    printed page reads back with the trace code, and its QR decodes to the signed payload."""
    ctx, _window = app_window
    station = ctx.station
    batch = station.consignment.intake(farmer.id, "土蜂蜜", 10_000, "jin")
    data = label_data(station, batch.id)
    out = tmp_path / "label.pdf"
    job = LabelJob(data, "58", pdf_printer(out, 203))
    with qtbot.waitSignal(job.signals.print_did_finish, timeout=10_000) as blocker:
        print_pool().start(job)
    assert blocker.args[:2] == [batch.trace_code, True]
    text = pdf_text(out)
    assert batch.trace_code in text and "土蜂蜜" in text and "20斤" in text
    assert qr_payloads(out, tmp_path) == [data.qr_payload]
    assert verify_payload(data.qr_payload, station.secret) is not None


def test_void_sale_is_a_reversal(app_window, qtbot, printed, monkeypatch, farmer):
    """A wrong sale is voided by a manager with a reason: a void slip prints, the goods come
    back to stock, and the sale stays listed as voided (nothing deleted)."""
    ctx, window = app_window
    station = ctx.station
    batch = station.consignment.intake(farmer.id, "散养土鸡", 10, "bird")
    sale, receipt = station.consignment.sell(batch.id, 2, 16800, [pay.cash(33600)])
    screen = consignment(window, qtbot)
    sales = open_batch(qtbot, screen)
    assert sales.model().rowCount() == 1
    click_row(qtbot, sales, 0)
    asked: list[str] = []
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        lambda _parent, _title, label, *a, **k: asked.append(label) or ("买家退货", True),
    )
    click(qtbot, find(screen, QPushButton, "consVoidSale"))
    assert receipt.number in asked[0]
    assert station.consignment.is_sale_voided(sale)
    assert station.consignment.stock(batch.id).on_hand == 10
    void = station.receipts.void_of(receipt.id)
    assert void is not None and void.number in pdf_text(printed / f"{void.number}.pdf")
    assert sales.model().index(0, 5).data() == screen.stock.tr("voided")
    assert station.consignment.sales(batch.id) == [sale]
    assert station.check() == []


def test_actions_menu_and_the_focus_never_on_a_hidden_field(app_window, qtbot, farmer):
    """Issue 12 #4: Consignment had no 操作 menu and no shortcuts, and the cursor could stay on
    a field that had just been hidden (the cash tendered, when the payment became mobile)."""
    ctx, window = app_window
    batch = ctx.write(lambda st: st.consignment.intake(farmer.id, "eggs", 5000, "jin"))
    screen = consignment(window, qtbot)
    menu = window.menu_screen
    assert menu.menuAction().isVisible()
    shortcuts = {a.shortcut().toString() for a in menu.actions() if a.text()}
    assert {"Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+F", "Ctrl+P", "Ctrl+Enter"} <= shortcuts
    qtbot.waitUntil(lambda: not screen.loading)
    screen.tabs.setCurrentIndex(1)
    assert screen.stock.select(batch.id)
    sell = screen.stock.sell
    sell.tendered.setFocus()
    qtbot.waitUntil(sell.tendered.hasFocus)
    sell.method.setCurrentIndex(1)  # mobile: the cash tendered goes away
    assert not sell.tendered.isVisible()
    assert QApplication.focusWidget() is sell.method


def test_each_consignment_sale_starts_in_cash(app_window, qtbot, printed, farmer):
    """A sale paid by mobile leaves the next one in cash, with its change shown only for cash
    (walk-through, issue 12: 移动支付 stayed chosen for the next sale)."""
    from PySide6.QtWidgets import QComboBox

    ctx, window = app_window
    screen = consignment(window, qtbot)
    intake_chickens(qtbot, screen)
    go_tab(qtbot, screen, 1)
    table = find(screen, QTableView, "consStockTable")
    qtbot.waitUntil(lambda: not screen.loading and table.model().rowCount() == 1)
    click_row(qtbot, table, 0)
    method = find(screen, QComboBox, "consSellMethod")
    method.setCurrentIndex(method.findData("mobile"))
    qtbot.keyClicks(find(screen, QLineEdit, "consSellQty"), "1")
    qtbot.keyClicks(find(screen, QLineEdit, "consSellPrice"), "168")
    qtbot.keyClicks(find(screen, QLineEdit, "consSellRef"), "WX123")
    screen.stock.sell.sell()
    [batch] = ctx.station.consignment.batches()
    [sale] = ctx.station.consignment.sales(batch.id)  # recorded, paid by mobile
    assert sale.amount_fen == 16800
    assert screen.stock.sell.last_change.isHidden()  # no change for a mobile payment
    assert method.currentData() == "cash"
