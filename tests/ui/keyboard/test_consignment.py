"""Consignment (F5) by keys alone (issue 12 #4): intake, a cash sale with change chosen by
Enter in the batch list and recorded by Enter on the payment drop-down, and the settlement
by Ctrl+Enter; the money is checked in the core."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import answer_next_dialog, focused


def visible_focus() -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and widget.isVisible() and widget.isEnabled()


def test_intake_sell_and_settle_by_keys(keys, station, farmer, qtbot, printed):
    screen = keys.open("consignment")
    keys.wait_focus("consIntakeFarmerSearch")  # F5: typing goes into the first field
    menu = [a.text() for a in screen.actions() if a.text()]
    assert len(menu) >= 6  # the 操作 menu has the screen's tasks

    # -- intake: farmer, product, quantity, Enter -------------------------------------------
    keys.type("zs")
    keys.enter()
    keys.wait_focus("consIntakeProduct")
    keys.type("eggs")
    keys.enter()
    assert focused() == "consIntakeQty"  # Enter goes to the next required field
    keys.type("10")
    keys.enter()
    [batch] = station.consignment.batches()
    assert (batch.product, batch.quantity_base, batch.unit) == ("eggs", 5000, "jin")
    assert (printed / f"{station.receipts.get(batch.receipt_id).number}.pdf").exists()
    assert focused() == "consIntakeProduct" and visible_focus()

    # -- sell: find the batch, Enter chooses it, Enter on the payment records the sale -----
    qtbot.waitUntil(lambda: not screen.loading)
    keys.ctrl(Qt.Key.Key_F)
    assert focused() == "consStockFilter"
    keys.type("eggs")
    keys.enter()
    assert focused() == "consStockTable"
    keys.enter()  # no Tab, no Space
    assert focused() == "consSellQty"
    assert screen.stock.batch is not None and screen.stock.batch.id == batch.id
    keys.type("3")
    keys.tab()
    assert focused() == "consSellPrice"
    keys.type("12.5")
    keys.tab(3)  # buyer, channel, payment method
    assert focused() == "consSellMethod"
    keys.tab()
    assert focused() == "consSellTendered"
    keys.type("50")
    assert "12.50" in screen.stock.sell.total.text()  # the change
    keys.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() == "consSellMethod"
    keys.enter()
    [sale] = station.consignment.sales(batch.id)
    assert (sale.quantity_base, sale.amount_fen) == (1500, 3750)
    cash = station.records.one("SELECT * FROM payments WHERE receipt_id = ?", (sale.receipt_id,))
    assert (cash["method"], cash["amount_fen"], cash["tendered_fen"], cash["change_fen"]) == (
        "cash",
        3750,
        5000,
        1250,
    )
    qtbot.waitUntil(lambda: focused() in ("consSellQty", "consStockTable", "consStockFilter"))
    assert visible_focus()
    last = screen.stock.sell.last_change  # the change stays on screen, large, after the sale
    assert last.isVisible() and last.text().endswith("¥12.50")

    # -- settle: Ctrl+3, the farmer, Ctrl+Enter, confirm with Y -----------------------------
    keys.ctrl(Qt.Key.Key_3)
    keys.wait_focus("settleFarmerSearch")
    keys.type("zs")
    keys.enter()
    qtbot.waitUntil(lambda: screen.settle.figures is not None)
    answer_next_dialog(Qt.Key.Key_Y)
    keys.commit()
    [row] = station.records.all("SELECT * FROM settlements")
    assert row["farmer_id"] == farmer.id
    assert row["payout_fen"] == 3750 - sale.commission_fen
    keys.wait_focus("settleFarmerSearch")
