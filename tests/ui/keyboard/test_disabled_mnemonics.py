"""Alt+letter of a disabled field types nothing and moves nothing (issue 12: "Alt letters of
disabled sale fields are typed into the filter").

Qt takes no shortcut whose label is disabled, so before a batch (or a farmer to settle with)
was chosen, Alt+Q of the sale's 数量(&Q) reached the focus widget as a plain key and the stock
filter got a "q".  The letters are read from the disabled labels themselves, in the window's
language, so a new field is checked too."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from .conftest import focused


def disabled_letters(root: QWidget) -> list[str]:
    """The Alt letters of the visible, disabled field labels under ``root``."""
    letters = []
    for label in root.findChildren(QLabel):
        text = label.text().replace("&&", "")
        if "&" in text and label.buddy() is not None and label.isVisible():
            assert not label.isEnabled(), text  # the test's premise: every field is disabled
            letters.append(text[text.index("&") + 1].lower())
    return letters


def focus_text() -> str:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def press_each(keys, letters: list[str], where: str, text: str) -> None:
    for letter in letters:
        keys.alt(letter)
        assert (focused(), focus_text()) == (where, text), f"Alt+{letter}"


def test_sale_letters_before_a_batch_is_chosen(keys, station, farmer, qtbot):
    batch = station.consignment.intake(farmer.id, "eggs", 5000, "jin")
    screen = keys.open("consignment")
    qtbot.waitUntil(lambda: not screen.loading)
    keys.ctrl(Qt.Key.Key_F)
    keys.type("eg")
    assert screen.stock.batch is None and not screen.stock.sell.isEnabled()
    letters = disabled_letters(screen.stock)
    assert {"q", "p", "b", "y"} <= set(letters)  # quantity, price, buyer, payment (and move's)
    press_each(keys, letters, "consStockFilter", "eg")
    assert screen.stock.batch is None
    # once a batch is chosen the same letters go to their fields
    keys.enter()
    keys.enter()
    assert screen.stock.sell.batch is not None and screen.stock.sell.batch.id == batch.id
    keys.alt("p")
    assert focused() == "consSellPrice"
    keys.alt("q")
    assert focused() == "consSellQty"


def test_settlement_letters_before_a_farmer_is_chosen(keys, station, farmer, qtbot):
    screen = keys.open("consignment")
    keys.ctrl(Qt.Key.Key_3)
    keys.wait_focus("settleFarmerSearch")
    keys.type("zs")
    assert screen.settle.farmer is None
    letters = disabled_letters(screen.settle)
    assert letters  # fees, offset, payment method
    press_each(keys, letters, "settleFarmerSearch", "zs")


def test_an_alt_letter_no_field_has_types_nothing(keys, station, farmer, qtbot):
    """Purchase and Orders disable no lettered field; an Alt letter that is nobody's (Z) is
    dropped in their search fields all the same."""
    station.catalogue.import_csv(
        io.StringIO("sku,name,category,unit,price,barcode\nSEED1,seed,agri,bag,35.00,\n")
    )
    keys.open("purchase")
    keys.wait_focus("purchaseFarmerSearch")
    keys.type("zs")
    keys.enter()
    keys.wait_focus("purchaseItemSearch")
    keys.type("se")
    press_each(keys, ["z"], "purchaseItemSearch", "se")
    keys.open("orders")
    keys.ctrl(Qt.Key.Key_F)
    keys.wait_focus("ordersSearch")
    keys.type("a1")
    press_each(keys, ["z"], "ordersSearch", "a1")
