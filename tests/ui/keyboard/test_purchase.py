"""Purchase (F3) by keys alone: the farmer, two lines, Alt+T to the cash tendered, Ctrl+Enter
takes the payment; the order, the cash with its change and the focus back at the start."""

from __future__ import annotations

import io

from .conftest import focused

CATALOGUE = (
    "sku,name,category,unit,price,barcode\n"
    "SEED1,seed,agri,bag,35.00,\n"
    "FERT1,fertiliser,agri,bag,120.00,6901234567890\n"
)


def test_sale_with_cash_and_change_by_keys(keys, station, farmer, qtbot, printed):
    station.catalogue.import_csv(io.StringIO(CATALOGUE))
    screen = keys.open("purchase")
    keys.wait_focus("purchaseFarmerSearch")
    keys.type("zs")
    keys.enter()
    keys.wait_focus("purchaseItemSearch")
    keys.type("seed")
    keys.enter()
    assert focused() == "purchaseQuantity"
    keys.type("2")
    keys.enter()
    keys.type("6901234567890")  # a scanned barcode
    keys.enter()
    assert screen.model.rowCount() == 2
    keys.alt("t")  # straight to the cash tendered, from the item search
    assert focused() == "payTendered"
    keys.type("200")
    assert "10.00" in screen.payment.change.text()
    keys.commit()  # Ctrl+Enter: take the payment and print
    [row] = station.purchasing.list()
    order = station.purchasing.get(row["id"])
    assert order.total_fen == 19000 and len(order.lines) == 2
    cash = station.records.one("SELECT * FROM payments WHERE order_id = ?", (order.id,))
    assert (cash["method"], cash["tendered_fen"], cash["change_fen"]) == ("cash", 20000, 1000)
    assert (printed / f"{order.number}.pdf").exists()
    keys.wait_focus("purchaseFarmerSearch")  # ready for the next farmer
