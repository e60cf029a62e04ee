"""Alt+letter on a field's label puts the cursor in that field (issue 12 #3): on the purchase
screen Alt+T took the cash tendered "200" into the item search instead."""

from __future__ import annotations

import io

from PySide6.QtWidgets import QApplication

from .conftest import focused

CATALOGUE = "sku,name,category,unit,price,barcode\nRICE1,东北大米,other,jin,12.50,\n"


def test_alt_t_then_200_lands_in_cash_tendered(keys, station, farmer, qtbot):
    station.catalogue.import_csv(io.StringIO(CATALOGUE))
    screen = keys.open("purchase")
    keys.wait_focus("purchaseFarmerSearch")
    keys.type("zs")
    keys.enter()
    keys.wait_focus("purchaseItemSearch")
    keys.type("dbdm")
    keys.enter()
    keys.wait_focus("purchaseQuantity")
    keys.type("2")
    keys.enter()
    keys.wait_focus("purchaseItemSearch")
    keys.alt("t")
    assert focused() == "payTendered"
    keys.type("200")
    assert screen.payment.tendered.text() == "200"
    assert screen.entry.search.text() == ""
    assert "175.00" in screen.payment.change.text()
    for letter, name in (("m", "payMobile"), ("c", "payAccount"), ("f", "purchaseItemSearch")):
        keys.alt(letter)
        assert focused() == name, letter
    assert QApplication.focusWidget() is not None
