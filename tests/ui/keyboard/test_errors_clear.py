"""Errors clear when the field is fixed (issue 12 #9), by keys alone: 售价低于最低价 goes at
the first key of the corrected price and the corrected sale is recorded with its money; a
wrong PIN's message goes once the PIN is typed again; a missing reason's message goes once a
reason is typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from servicepoint.ui import dialogs

from ..test_farmers import error_next_to
from .conftest import focused


def no_error_next_to(field) -> None:
    with pytest.raises(AssertionError, match="no error shown"):
        error_next_to(field)


def test_a_price_below_the_floor_is_refused_then_fixed_and_sold(keys, station, farmer, qtbot):
    batch = station.consignment.intake(farmer.id, "eggs", 5000, "jin", floor_price_fen=800)
    screen = keys.open("consignment")
    keys.ctrl(Qt.Key.Key_2)
    qtbot.waitUntil(lambda: not screen.loading)
    keys.ctrl(Qt.Key.Key_F)
    keys.type("eggs")
    keys.enter()
    keys.enter()  # Enter chooses the batch
    keys.wait_focus("consSellQty")
    keys.type("2")
    keys.tab()
    price = QApplication.focusWidget()
    assert isinstance(price, QLineEdit) and price.objectName() == "consSellPrice"
    keys.type("7")  # ¥7.00/斤, below the farmer's ¥8.00
    keys.commit()
    assert "8.00" in error_next_to(price).text()
    assert station.consignment.sales(batch.id) == []
    price.setFocus()
    keys.wait_focus("consSellPrice")
    keys.press(Qt.Key.Key_Backspace)  # the operator corrects the price: the message goes
    no_error_next_to(price)
    keys.type("9")
    keys.commit()
    [sale] = station.consignment.sales(batch.id)
    assert (sale.quantity_base, sale.amount_fen) == (1000, 1800)  # 2 斤 × ¥9.00


def test_a_wrong_pin_message_goes_when_the_pin_is_typed_again(keys, qtbot):
    window = keys.window
    dialog = dialogs.ManagerApproval(window.ctx, "test", window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() == "pinEdit")
    keys.type("9999")
    keys.enter()
    error = dialog.findChild(QLabel, "pinError")
    assert error.text() and dialog.operator is None
    keys.type("1")
    assert error.text() == ""
    dialog.reject()


def tab_to(keys, name: str, most: int = 8) -> None:
    for _ in range(most):
        if focused() == name:
            return
        keys.tab()
    assert focused() == name


def test_a_missing_reason_goes_when_a_reason_is_typed(keys, station, farmer, qtbot):
    batch = station.consignment.intake(farmer.id, "eggs", 5000, "jin")
    screen = keys.open("consignment")
    keys.ctrl(Qt.Key.Key_F)
    qtbot.waitUntil(lambda: not screen.loading)
    keys.type("eggs")
    keys.enter()
    keys.enter()  # Enter chooses the batch
    keys.wait_focus("consSellQty")
    keys.ctrl(Qt.Key.Key_4)  # return to the farmer or spoilage
    keys.wait_focus("consMoveQty")
    keys.type("1")
    tab_to(keys, "consSpoil")
    keys.enter()  # spoilage with no reason: refused under the reason (a click a moment later)
    reason = screen.findChild(QLineEdit, "consMoveReason")
    qtbot.waitUntil(lambda: focused() == "consMoveReason")  # the refusal puts the cursor there
    assert error_next_to(reason).isVisible()
    assert station.consignment.batch(batch.id).stock.on_hand == 5000
    keys.type("m")
    no_error_next_to(reason)  # "say why" goes at the first letter of a reason
