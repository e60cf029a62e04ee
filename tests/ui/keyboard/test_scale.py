"""The scale by keys alone (issue 15): a scale simulated on a pty sends its weight; on the
Consignment screen F10 puts the stable weight into the intake quantity (in 斤) and the batch
is taken in with exactly those grams; in a sale F10 fills the quantity and the total follows.
A moving or overloaded scale is refused with a message and fills nothing."""

from __future__ import annotations

import io

import pytest
from devices.simscale import SimScale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from .conftest import focused


@pytest.fixture
def scale(station):
    """A continuous-output scale on a pty, saved as the station's scale."""
    sim = SimScale("continuous", every=0.05)
    station.set_setting("scale_protocol", "continuous")
    station.set_setting("scale_port", sim.path)
    yield sim
    sim.close()


def test_f10_takes_the_weight_into_intake_and_sale(scale, keys, station, farmer, qtbot, printed):
    scale.set_answer(b"US,GS,+  3.600kg\r\n")
    screen = keys.open("consignment")
    keys.wait_focus("consIntakeFarmerSearch")
    weight = screen.intake.scale
    qtbot.waitUntil(lambda: weight.weight.text() == "7.2斤")  # live, in the field's unit
    keys.type("zs")
    keys.enter()
    keys.wait_focus("consIntakeProduct")
    keys.type("walnuts")
    keys.press(Qt.Key.Key_F10)  # still moving: refused, nothing filled
    assert screen.intake.qty.text() == ""
    assert weight.message.isVisible() and "稳定" in weight.message.text()
    scale.set_answer(b"ST,GS,+  3.650kg\r\n")
    qtbot.waitUntil(lambda: weight.weight.text() == "7.3斤" and weight.state.text() == "稳定")
    keys.press(Qt.Key.Key_F10)
    assert screen.intake.qty.text() == "7.3"
    assert not weight.message.isVisible()
    assert focused() == "consIntakeProduct"  # F10 leaves the cursor where it was
    keys.enter()
    [batch] = station.consignment.batches()
    assert (batch.product, batch.quantity_base, batch.unit) == ("walnuts", 3650, "jin")

    # -- a sale by weight: choose the batch, F10, the price; the total follows ------------------
    qtbot.waitUntil(lambda: not screen.loading)
    keys.ctrl(Qt.Key.Key_2)
    keys.ctrl(Qt.Key.Key_F)
    keys.type("walnuts")
    keys.enter()
    keys.wait_focus("consStockTable")
    keys.enter()
    keys.wait_focus("consSellQty")
    sell = screen.stock.sell
    scale.set_answer(b"OL,GS,+9999999kg\r\n")
    qtbot.waitUntil(lambda: sell.scale.weight.text() == "超载")
    keys.press(Qt.Key.Key_F10)
    assert sell.qty.text() == "" and "超载" in sell.scale.message.text()
    scale.set_answer(b"ST,GS,+  1.250kg\r\n")
    qtbot.waitUntil(lambda: sell.scale.weight.text() == "2.5斤")
    keys.press(Qt.Key.Key_F10)
    assert sell.qty.text() == "2.5"
    keys.tab()
    assert focused() == "consSellPrice"
    keys.type("12.5")
    assert sell.total.text().startswith("合计 ¥31.25")  # 1250 g × ¥12.50 / 500 g
    scale.set_answer(b"ST,GS,+  1.500kg\r\n")
    qtbot.waitUntil(lambda: sell.scale.weight.text() == "3斤")
    keys.press(Qt.Key.Key_F10)  # weighed again: the quantity and the total follow
    assert sell.qty.text() == "3"
    assert sell.total.text().startswith("合计 ¥37.50")


def test_f10_weighs_a_purchase_line_sold_by_weight(scale, keys, station, farmer, qtbot):
    """A catalogue item sold by the 斤 shows the scale when chosen; a counted one does not."""
    station.catalogue.import_csv(
        io.StringIO(
            "sku,name,category,unit,price,barcode\nRICE1,rice,agri,jin,3.20,\nSEED1,seed,agri,bag,35.00,\n"
        )
    )
    scale.set_answer(b"ST,GS,+  5.150kg\r\n")
    screen = keys.open("purchase")
    keys.wait_focus("purchaseFarmerSearch")
    keys.type("zs")
    keys.enter()
    keys.wait_focus("purchaseItemSearch")
    weight = screen.findChild(QWidget, "purchaseScale")
    assert not weight.isVisible()
    keys.type("seed")
    keys.enter()
    assert focused() == "purchaseQuantity" and not weight.isVisible()
    keys.press(Qt.Key.Key_Escape)  # back to the search
    keys.type("rice")
    keys.enter()
    assert focused() == "purchaseQuantity" and weight.isVisible()
    qtbot.waitUntil(lambda: weight.weight.text() == "10.3斤")
    keys.press(Qt.Key.Key_F10)
    assert screen.findChild(QLineEdit, "purchaseQuantity").text() == "10.3"
    keys.enter()
    [line] = screen.inputs
    assert line.quantity_base == 5150  # 10.3 斤, line total 5150 g × ¥3.20 / 500 g
    assert screen.model.rowCount() == 1
