"""The purchase screen driven like an operator would: keys into whatever has the focus,
from the farmer search to the printed receipt, with the core checked afterwards."""

from __future__ import annotations

import io
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QTableView

from servicepoint.core.errors import InvalidAmount, InvalidQuantity, PaymentError
from servicepoint.ui import i18n
from servicepoint.ui.widgets.item_add import ScannedItemDialog

from .conftest import find
from .test_farmers import activate, error_next_to, when_dialog

CATALOGUE = (
    "sku,name,category,unit,price,barcode\n"
    "SEED1,玉米种子,agri,bag,35.00,\n"
    "FERT1,复合肥 50kg,agri,bag,120.00,6901234567890\n"
    "RICE1,东北大米,other,jin,12.50,\n"
)


@pytest.fixture
def screen(app_window, station, farmer, qtbot):
    """The purchase screen, opened with F3, over a station with a small county catalogue."""
    station.catalogue.import_csv(io.StringIO(CATALOGUE))
    _ctx, window = app_window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    purchase = window.screens["purchase"]
    assert window.stack.currentWidget() is purchase
    qtbot.waitUntil(lambda: focused() == "purchaseFarmerSearch")
    return purchase


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def type_(qtbot, text: str) -> None:
    """Type into the widget that has the keyboard focus (no mouse anywhere)."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def choose_farmer(qtbot) -> None:
    type_(qtbot, "zs")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() == "purchaseItemSearch"


def test_keyboard_only_purchase_paid_in_cash_is_printed(screen, qtbot, station, farmer, printed):
    """F3, the farmer by pinyin initials, one item by search and one by barcode, cash with
    the change shown, Enter: the order, the cash payment and the printed receipt exist."""
    choose_farmer(qtbot)
    assert find(screen, QLabel, "purchaseFarmerCurrent").text().startswith("张三")
    type_(qtbot, "ymzz")  # 玉米种子 by its pinyin initials
    press(qtbot, Qt.Key.Key_Return)
    assert focused() == "purchaseQuantity"
    type_(qtbot, "2")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() == "purchaseItemSearch"
    type_(qtbot, "6901234567890")  # the scanner: fast typing + Enter
    press(qtbot, Qt.Key.Key_Return)
    lines = find(screen, QTableView, "purchaseLines").model()
    assert lines.rowCount() == 2
    assert "190.00" in find(screen, QLabel, "purchaseTotal").text()
    assert "15.20" in find(screen, QLabel, "purchaseCommission").text()
    press(qtbot, Qt.Key.Key_Return)  # empty search: on to the payment
    assert focused() == "payTendered"
    assert find(screen, QLineEdit, "payCash").text() == "¥190.00"
    type_(qtbot, "200")
    assert find(screen, QLabel, "payChange").text() == "¥10.00"
    press(qtbot, Qt.Key.Key_Return)

    orders = station.purchasing.list()
    assert len(orders) == 1
    order = station.purchasing.get(orders[0]["id"])
    assert order.farmer_id == farmer.id and order.total_fen == 19000
    assert [(li.name, li.quantity_base) for li in order.lines] == [
        ("玉米种子", 2),
        ("复合肥 50kg", 1),
    ]
    assert order.commission_fen == 1520
    cash = station.records.one("SELECT * FROM payments WHERE order_id = ?", (order.id,))
    assert (cash["method"], cash["amount_fen"], cash["tendered_fen"], cash["change_fen"]) == (
        "cash",
        19000,
        20000,
        1000,
    )
    pdf = printed / f"{order.number}.pdf"
    assert pdf.exists()
    assert order.number in pdf_text(pdf)
    result = find(screen, QLabel, "purchaseResult").text()
    assert order.number in result and "10.00" in result
    assert lines.rowCount() == 0 and focused() == "purchaseFarmerSearch"


def test_change_stays_large_until_the_next_sale_and_amounts_have_separators(
    screen, qtbot, station, printed
):
    """Issue 12 #9 and #10, by keys: the total and the change are in large type with
    thousands separators; after Enter records the sale the form clears but the change stays
    on show with the total and the cash received, until the next sale begins (a farmer
    chosen)."""
    body = QApplication.font().pointSizeF()
    choose_farmer(qtbot)
    type_(qtbot, "fhf")  # 复合肥 50kg, ¥120 a bag
    press(qtbot, Qt.Key.Key_Return)
    type_(qtbot, "180")
    press(qtbot, Qt.Key.Key_Return)
    total = find(screen, QLabel, "purchaseTotal")
    assert "¥21,600.00" in total.text()
    total.ensurePolished()
    assert total.font().pointSizeF() >= 1.8 * body
    press(qtbot, Qt.Key.Key_Return)  # on to the payment
    assert find(screen, QLineEdit, "payCash").text() == "¥21,600.00"
    type_(qtbot, "22000")
    change = find(screen, QLabel, "payChange")
    assert change.text() == "¥400.00"
    change.ensurePolished()
    assert change.font().pointSizeF() >= 1.8 * body
    last = find(screen, QLabel, "payLastSale")
    assert not last.isVisible()
    press(qtbot, Qt.Key.Key_Return)

    assert len(station.purchasing.list()) == 1
    assert find(screen, QTableView, "purchaseLines").model().rowCount() == 0
    assert find(screen, QLineEdit, "payTendered").text() == ""
    assert change.text() == "¥400.00"  # still there while the coins are counted out
    assert last.isVisible()
    assert "¥21,600.00" in last.text() and "¥22,000.00" in last.text()
    assert "¥21,600.00" in find(screen, QLabel, "purchaseResult").text()

    choose_farmer(qtbot)  # the next sale begins
    assert change.text() == "—" and not last.isVisible()


def test_platform_item_paid_by_mobile_and_on_account(screen, qtbot, station, farmer, printed):
    """An ad-hoc platform item at the category rate; a split of mobile (with its reference)
    and the farmer's account, confirmed with F12; the commission shows before confirming."""
    choose_farmer(qtbot)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert focused() == "purchaseAdhocName"
    type_(qtbot, "Rain boots 42")
    press(qtbot, Qt.Key.Key_Tab)
    type_(qtbot, "PDD")
    press(qtbot, Qt.Key.Key_Tab)
    type_(qtbot, "PDD-88123")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() == "purchaseAdhocPrice"
    type_(qtbot, "39.90")
    find(screen, QLineEdit, "purchaseAdhocQuantity").setFocus()
    type_(qtbot, "2")
    press(qtbot, Qt.Key.Key_Return)
    assert find(screen, QTableView, "purchaseLines").model().rowCount() == 1
    assert "79.80" in find(screen, QLabel, "purchaseTotal").text()
    assert "7.98" in find(screen, QLabel, "purchaseCommission").text()  # 10 % of "other"
    find(screen, QLineEdit, "payMobile").setFocus()
    type_(qtbot, "50")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() == "payMobileRef"
    type_(qtbot, "WX20261122001")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() == "payAccount"
    type_(qtbot, "29.80")
    assert find(screen, QLineEdit, "payCash").text() == "¥0.00"
    press(qtbot, Qt.Key.Key_F12)

    (row,) = station.purchasing.list()
    order = station.purchasing.get(row["id"])
    assert order.total_fen == 7980 and order.commission_fen == 798
    item = station.catalogue.get(order.lines[0].item_id)
    assert (item.source, item.platform, item.link_ref) == ("adhoc", "PDD", "PDD-88123")
    paid = {
        r["method"]: (r["amount_fen"], r["reference"])
        for r in station.records.all("SELECT * FROM payments WHERE order_id = ?", (order.id,))
    }
    assert paid == {"mobile": (5000, "WX20261122001"), "account": (2980, None)}
    assert station.ledger.balance(farmer.id) == 2980
    assert (printed / f"{order.number}.pdf").exists()


def test_bad_input_is_shown_next_to_the_field_and_nothing_is_written(
    screen, qtbot, station, ctx_message
):
    """Quantity 0, a price with three decimals, cash short of what is due, no farmer: each
    message appears under its own field, and no order or payment is written."""
    message = ctx_message
    assert not find(screen, QPushButton, "purchaseConfirm").isEnabled()  # nothing to pay yet
    find(screen, QLineEdit, "payTendered").setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Enter in the payment says what is missing
    farmer_error = find(screen, QLabel, "purchaseFarmerError")
    assert farmer_error.isVisible() and farmer_error.text()
    choose_farmer(qtbot)
    assert not farmer_error.isVisible()

    type_(qtbot, "ymzz")
    press(qtbot, Qt.Key.Key_Return)
    type_(qtbot, "0")
    press(qtbot, Qt.Key.Key_Return)
    quantity = find(screen, QLineEdit, "purchaseQuantity")
    error = screen.entry.cat_form.errors["quantity"]
    assert error.isVisible()
    assert error.text() == message(InvalidQuantity("quantity_not_positive", value="0"))
    assert error.parentWidget() is quantity.parentWidget().parentWidget()  # same form row
    assert focused() == "purchaseQuantity"
    assert find(screen, QTableView, "purchaseLines").model().rowCount() == 0

    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    type_(qtbot, "Bucket")
    price = find(screen, QLineEdit, "purchaseAdhocPrice")
    price.setFocus()
    type_(qtbot, "12.345")
    press(qtbot, Qt.Key.Key_Return)
    price_error = screen.entry.ad_form.errors["price"]
    assert price_error.isVisible()
    assert price_error.text() == message(InvalidAmount("too_many_decimals", value="12.345"))
    assert price_error.parentWidget() is price.parentWidget().parentWidget()
    assert find(screen, QTableView, "purchaseLines").model().rowCount() == 0

    price.clear()
    type_(qtbot, "12.50")
    press(qtbot, Qt.Key.Key_Return)
    assert not price_error.isVisible()
    assert find(screen, QTableView, "purchaseLines").model().rowCount() == 1
    tendered = find(screen, QLineEdit, "payTendered")
    tendered.setFocus()
    type_(qtbot, "10")
    assert "2.50" in find(screen, QLabel, "payChange").text()  # short by ¥2.50
    press(qtbot, Qt.Key.Key_Return)
    short = screen.payment.cash_form.errors["tendered"]
    assert short.isVisible()
    assert short.text() == message(PaymentError("cash_short", tendered="10.00", due="12.50"))
    assert short.parentWidget() is tendered.parentWidget()
    assert focused() == "payTendered"
    assert station.records.scalar("SELECT COUNT(*) FROM orders") == 0
    assert station.records.scalar("SELECT COUNT(*) FROM payments") == 0
    assert station.records.scalar("SELECT COUNT(*) FROM receipts") == 0


def test_undo_and_remove_lines_before_confirming(screen, qtbot, station, auto_answer):
    """Ctrl+Z takes back the last line (a scanned repeat adds to its quantity first), the
    Undo button the one before; Delete removes the selected line; Clear asks first."""
    choose_farmer(qtbot)
    for code in ("ymzz", "dbdm"):
        type_(qtbot, code)
        press(qtbot, Qt.Key.Key_Return)
        press(qtbot, Qt.Key.Key_Return)  # quantity 1
    type_(qtbot, "6901234567890")
    press(qtbot, Qt.Key.Key_Return)
    type_(qtbot, "6901234567890")
    press(qtbot, Qt.Key.Key_Return)
    model = find(screen, QTableView, "purchaseLines").model()
    assert model.rowCount() == 3
    assert model.row(2).quantity_base == 2  # the same item scanned twice
    assert focused() == "purchaseItemSearch"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 3 and model.row(2).quantity_base == 1
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [model.row(n).name for n in range(model.rowCount())] == ["玉米种子", "东北大米"]
    undo = find(screen, QPushButton, "purchaseUndo")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert [model.row(n).name for n in range(model.rowCount())] == ["玉米种子"]
    assert "35.00" in find(screen, QLabel, "purchaseTotal").text()

    type_(qtbot, "dbdm")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    table = find(screen, QTableView, "purchaseLines")
    table.setFocus()
    table.selectRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    assert [model.row(n).name for n in range(model.rowCount())] == ["东北大米"]
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() == "purchaseItemSearch"

    qtbot.mouseClick(find(screen, QPushButton, "purchaseClear"), Qt.MouseButton.LeftButton)
    assert auto_answer and auto_answer[-1][0] == "question"
    assert model.rowCount() == 0 and screen.picker.chosen is None
    assert station.records.scalar("SELECT COUNT(*) FROM orders") == 0


def test_escape_backs_out_of_the_quantity_and_clears_fields(screen, qtbot):
    """Esc in the quantity drops the picked item; Esc in a filled field clears it."""
    choose_farmer(qtbot)
    type_(qtbot, "ymzz")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() == "purchaseQuantity"
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() == "purchaseItemSearch" and screen.entry.chosen is None
    type_(qtbot, "abc")
    press(qtbot, Qt.Key.Key_Escape)
    assert find(screen, QLineEdit, "purchaseItemSearch").text() == ""


def test_new_farmer_inline(screen, qtbot, station, monkeypatch):
    """Ctrl+N in the farmer search registers a farmer without leaving the purchase; the new
    farmer is chosen and the cursor moves on to the items."""
    from servicepoint.ui.widgets import farmers

    def fill(dialog) -> int:
        find(dialog, QLineEdit, "farmerName").setText("王五")
        find(dialog, QLineEdit, "farmerPhone").setText("13900005678")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(farmers.FarmerDialog, "exec", fill)
    type_(qtbot, "ww")
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.picker.chosen is not None and screen.picker.chosen.name == "王五"
    assert station.farmers.search("13900005678")[0].name == "王五"
    assert focused() == "purchaseItemSearch"


def test_shortcuts_are_in_tooltips_and_the_lines_menu(screen):
    """Every action says its shortcut: on the buttons, and in the lines' right-click menu."""
    assert "Ctrl+回车" in find(screen, QPushButton, "purchaseConfirm").toolTip()  # as the menu says
    assert "Ctrl+Z" in find(screen, QPushButton, "purchaseUndo").toolTip()
    menu = find(screen, QTableView, "purchaseLines").actions()
    assert {a.shortcut().toString() for a in menu} >= {"Del", "Ctrl+Z"}


@pytest.fixture
def ctx_message(app_window):
    ctx, _window = app_window
    return ctx.message


def test_unknown_barcode_is_added_as_a_platform_item_by_keyboard(
    screen, qtbot, station, monkeypatch
):
    """Issue 12 #5: a scan the catalogue does not know shows 找不到商品 with 作为平台商品添加
    (Alt+P); its form has the code filled in, refuses a missing name writing nothing, then
    saves the item in the chosen category; it goes on the order, and the next scan finds it."""
    monkeypatch.setattr(ScannedItemDialog, "last_category", None)  # no earlier choice
    code = "6920174736731"
    choose_farmer(qtbot)
    type_(qtbot, code)  # the scanner: fast typing + Enter
    press(qtbot, Qt.Key.Key_Return)
    offer = find(screen, QPushButton, "purchaseAddScanned")
    message = screen.entry.cat_form.errors["item_not_found"]
    assert offer.isVisible() and message.isVisible() and "找不到商品" in message.text()
    assert focused() == "purchaseItemSearch"  # a next scan still lands in the search
    items_before = station.records.scalar("SELECT COUNT(*) FROM catalogue_items")

    def fill(dialog) -> None:
        assert find(dialog, QLineEdit, "scannedBarcode").text() == code
        qtbot.waitUntil(lambda: focused() == "scannedName")
        press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
        assert focused() == "scannedPrice"
        type_(qtbot, "8.50")
        press(qtbot, Qt.Key.Key_Return)  # no name yet: refused under the name
        name = find(dialog, QLineEdit, "scannedName")
        assert dialog.isVisible() and "商品名称" in error_next_to(name).text()
        assert station.records.scalar("SELECT COUNT(*) FROM catalogue_items") == items_before
        press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        type_(qtbot, "Soap 200g")
        press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        assert focused() == "scannedCategory"
        press(qtbot, Qt.Key.Key_Up)  # 其他 → 食品
        press(qtbot, Qt.Key.Key_Up)  # → 日用品
        press(qtbot, Qt.Key.Key_Return)  # Save

    failures = when_dialog(fill)
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # clicks after a short flash
    model = find(screen, QTableView, "purchaseLines").model()
    qtbot.waitUntil(lambda: failures or model.rowCount() == 1)
    assert not failures, failures
    activate(qtbot, screen.window())
    item = station.catalogue.by_barcode(code)
    assert (item.name, item.source, item.category_code, item.unit, item.price_fen) == (
        "Soap 200g",
        "adhoc",
        "daily",
        "piece",
        850,
    )
    assert model.rowCount() == 1 and model.row(0).item_id == item.id
    assert not offer.isVisible() and focused() == "purchaseItemSearch"
    type_(qtbot, code)  # the same code again: found now, one more of it
    press(qtbot, Qt.Key.Key_Return)
    assert model.rowCount() == 1 and model.row(0).quantity_base == 2
    assert not offer.isVisible()
    assert "17.00" in find(screen, QLabel, "purchaseTotal").text()


def test_unknown_barcode_offer_by_tab_and_enter_and_cancel_writes_nothing(screen, qtbot, station):
    """Tab from the search reaches 作为平台商品添加 and Enter opens its form; Esc there writes
    nothing; typing in the search takes the offer away with the message."""
    choose_farmer(qtbot)
    type_(qtbot, "6920174736731")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() == "purchaseAddScanned"
    items_before = station.records.scalar("SELECT COUNT(*) FROM catalogue_items")
    seen: list[str] = []

    def cancel(dialog) -> None:
        seen.append(find(dialog, QLineEdit, "scannedBarcode").text())
        qtbot.waitUntil(lambda: focused() == "scannedName")
        press(qtbot, Qt.Key.Key_Escape)

    failures = when_dialog(cancel)
    press(qtbot, Qt.Key.Key_Return)
    assert not failures, failures
    assert seen == ["6920174736731"]
    assert station.records.scalar("SELECT COUNT(*) FROM catalogue_items") == items_before
    assert find(screen, QTableView, "purchaseLines").model().rowCount() == 0
    activate(qtbot, screen.window())
    find(screen, QLineEdit, "purchaseItemSearch").setFocus()
    type_(qtbot, "x")
    assert not find(screen, QPushButton, "purchaseAddScanned").isVisible()


def test_the_last_sale_line_follows_a_language_switch(screen, qtbot, station, farmer, printed):
    """Issue 12 leftovers #4: the line about the last sale is said again in English after a
    switch, with the same order number, farmer, amount and change, and back in Chinese."""
    choose_farmer(qtbot)
    type_(qtbot, "ymzz")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # quantity 1
    find(screen, QLineEdit, "payTendered").setFocus()
    type_(qtbot, "100")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [row] = station.purchasing.list()
    result = find(screen, QLabel, "purchaseResult")
    chinese = result.text()
    assert row["number"] in chinese and "张三" in chinese and "。找零" in chinese  # no space
    assert "¥35.00" in chinese and "¥65.00" in chinese
    try:
        assert i18n.install("en") == "en"
        qtbot.waitUntil(lambda: "Give change" in result.text())
        english = result.text()
        assert english == f"Order {row['number']} taken for 张三: ¥35.00. Give change: ¥65.00."
    finally:
        i18n.install("zh_CN")
    qtbot.waitUntil(lambda: result.text() == chinese)


def test_a_platform_item_keeps_its_category_and_resets_its_unit(screen, qtbot):
    """Issue 12 leftovers #5: after a platform item is added the platform and the category
    stay for the next item of the same kind; the unit goes back to 件 (it decides how the
    next price and quantity are read).  A new order starts from the defaults."""
    choose_farmer(qtbot)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    entry = screen.entry
    entry.ad_platform.setText("JD")
    entry.ad_unit.setCurrentIndex(entry.ad_unit.findData("jin"))
    entry.ad_category.setCurrentIndex(entry.ad_category.findData("agri"))
    entry.ad_name.setFocus()
    type_(qtbot, "Rice")
    entry.ad_price.setFocus()
    type_(qtbot, "2.50")
    entry.ad_quantity.setFocus()
    type_(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return)
    assert screen.model.rowCount() == 1 and screen.inputs[0].unit_code == "jin"
    assert entry.ad_unit.currentData() == "piece"
    assert entry.ad_category.currentData() == "agri"
    assert entry.ad_platform.text() == "JD" and entry.ad_name.text() == ""
    screen.reset()
    assert entry.ad_category.currentData() == "other" and entry.ad_platform.text() == ""


def test_the_platform_units_follow_a_language_switch(screen, qtbot, app_window):
    """Issue 12 walk: after a switch to English the platform tab's units read jin and piece
    (件 stayed), and back in Chinese."""
    ctx, _window = app_window
    unit = find(screen, QComboBox, "purchaseAdhocUnit")
    jin = unit.findData("jin")
    assert unit.itemText(jin) == "斤"
    try:
        ctx.language = i18n.install("en")
        qtbot.waitUntil(lambda: unit.itemText(jin) == "jin")
        assert unit.itemText(unit.findData("piece")) == "piece"
    finally:
        ctx.language = i18n.install("zh_CN")
    qtbot.waitUntil(lambda: unit.itemText(jin) == "斤")
