"""Purchase (F3) by keys alone: the farmer, two lines, Alt+T to the cash tendered, Ctrl+Enter
takes the payment; the order, the cash with its change and the focus back at the start."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt

from .conftest import focused

SHIFT = Qt.KeyboardModifier.ShiftModifier

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


def test_actions_wait_for_lines_and_a_farmer(keys, station, farmer, qtbot):
    """Issue 12 leftovers #3: on an empty order 收款并打印, remove line and clear are disabled
    (in the 操作 menu too) and their shortcuts write nothing; each comes on as soon as it
    can act, and payment only once the order has both a farmer and a line."""
    station.catalogue.import_csv(io.StringIO(CATALOGUE))
    screen = keys.open("purchase")
    acts = {a.objectName(): a for a in screen.actions()}
    menu = keys.window.menu_screen.actions()
    assert acts["actPurchaseConfirm"] in menu and acts["actPurchaseClear"] in menu

    def enabled() -> dict[str, bool]:
        return {
            name: acts[name].isEnabled()
            for name in ("actPurchaseConfirm", "actPurchaseRemove", "actPurchaseClear")
        }

    assert enabled() == dict.fromkeys(enabled(), False)
    assert not screen.confirm_button.isEnabled()
    keys.press(Qt.Key.Key_F12)
    keys.commit()
    keys.press(Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | SHIFT)
    assert not screen.lines_error.isVisible() and not screen.farmer_error.isVisible()
    assert station.purchasing.list() == []
    keys.wait_focus("purchaseFarmerSearch")
    screen.entry.focus_entry()  # an item before the farmer: a line, but nobody to pay for it
    keys.type("seed")
    keys.enter()
    keys.enter()
    assert screen.model.rowCount() == 1
    assert enabled() == {
        "actPurchaseConfirm": False,
        "actPurchaseRemove": True,
        "actPurchaseClear": True,
    }
    keys.press(Qt.Key.Key_F12)
    assert station.purchasing.list() == []
    screen.picker.search.setFocus()
    keys.type("zs")
    keys.enter()
    assert all(enabled().values()) and screen.confirm_button.isEnabled()
    screen.table.setFocus()
    screen.table.selectRow(0)
    keys.press(Qt.Key.Key_Delete)
    assert screen.model.rowCount() == 0
    assert enabled() == {
        "actPurchaseConfirm": False,
        "actPurchaseRemove": False,
        "actPurchaseClear": True,  # the farmer is still chosen
    }


def test_platform_item_by_alt_letters_paid_with_change(keys, station, farmer, qtbot, printed):
    """Issue 12: every field of the platform-item tab has its Alt+letter (名称 N, 平台 P,
    链接 K, 价格 I, 单位 U, 类别 Y, 数量 Q); 7.3 斤 at ¥12.50/斤 is ¥91.25, paid with ¥100."""
    screen = keys.open("purchase")
    keys.wait_focus("purchaseFarmerSearch")
    keys.type("zs")
    keys.enter()
    keys.wait_focus("purchaseItemSearch")
    keys.ctrl(Qt.Key.Key_2)  # the platform tab
    for letter, field, text in (
        ("p", "purchaseAdhocPlatform", "JD"),
        ("k", "purchaseAdhocLink", "JD-10086"),
        ("i", "purchaseAdhocPrice", "12.50"),
        ("n", "purchaseAdhocName", "rice"),
        ("q", "purchaseAdhocQuantity", "7.3"),
    ):
        keys.alt(letter)
        assert focused() == field, letter
        keys.type(text)
    keys.alt("u")
    assert focused() == "purchaseAdhocUnit"
    unit = screen.entry.ad_unit
    while unit.currentData() != "jin":
        keys.press(Qt.Key.Key_Up)
    keys.alt("y")
    assert focused() == "purchaseAdhocCategory"
    category = screen.entry.ad_category
    while category.currentData() != "food":
        keys.press(Qt.Key.Key_Up)
    keys.alt("q")
    keys.enter()  # adds the line
    assert screen.model.rowCount() == 1
    keys.alt("t")
    keys.type("100")
    keys.commit()
    [row] = station.purchasing.list()
    order = station.purchasing.get(row["id"])
    [line] = order.lines
    assert (line.quantity_base, line.unit_price_fen, line.line_total_fen) == (3650, 1250, 9125)
    assert line.commission_fen == 913  # 10 % of ¥91.25, rounded half up
    cash = station.records.one("SELECT * FROM payments WHERE order_id = ?", (order.id,))
    assert (cash["tendered_fen"], cash["change_fen"]) == (10000, 875)
