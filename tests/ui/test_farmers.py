"""The Farmers screen driven like an operator: add a farmer through the dialog, find them by
pinyin initials, edit them; card and ID numbers only for a manager; the farmer page's account
balance is the core's ledger balance.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
    QTableView,
    QWidget,
)

from servicepoint.core import payments as pay
from servicepoint.core.farmers import Farmer
from servicepoint.core.money import format_yuan
from servicepoint.core.purchasing import LineInput
from servicepoint.ui.screens.farmers import FarmerRow, matcher
from servicepoint.ui.widgets.farmers import FarmerDialog

from .conftest import DialogWaits, find

ID_NUMBER = "11010519491231002X"


def when_dialog(fn: Callable[[QDialog], None]) -> list[Any]:
    """Run ``fn(dialog)`` inside the next modal dialog's own event loop; returns a list that
    holds any failure raised there (re-raise it after the dialog closed)."""
    failures: list[Any] = []
    generation = DialogWaits.generation

    def check() -> None:
        if DialogWaits.generation != generation:  # the test is over: answer no later one
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, check)
            return
        try:
            fn(dialog)
        except BaseException as error:  # keep the test from hanging in exec()
            failures.append(error)
            dialog.reject()

    QTimer.singleShot(0, check)
    return failures


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type like an operator: Latin text as key presses, Chinese as the input method commits
    it (QTest cannot press keys for characters outside Latin-1)."""
    widget.setFocus()
    for chunk in re.findall(r"[\x00-\xff]+|[^\x00-\xff]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def activate(qtbot: Any, window: QWidget) -> None:
    """Make the window active again after a dialog closed (a desktop's window manager does
    this; the offscreen platform does not), so its shortcuts work."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def button(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(which)


def error_next_to(field: QWidget) -> QLabel:
    """The visible error label in the same form row as ``field``."""
    holder = field.parentWidget()
    while holder is not None:
        for label in holder.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if label.isVisible() and "b00020" in label.styleSheet() and label.text():
                return label
        holder = holder.parentWidget()
    raise AssertionError("no error shown next to the field")


def visible_text(root: QWidget) -> str:
    """Every text an operator can see under ``root``: labels, edits, tooltips, table cells."""
    parts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        parts.append(widget.toolTip())
        if isinstance(widget, QLabel | QLineEdit):
            parts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for row in range(model.rowCount()):
                for col in range(columns):
                    parts.append(str(model.data(model.index(row, col)) or ""))
                    parts.append(
                        str(model.data(model.index(row, col), Qt.ItemDataRole.ToolTipRole) or "")
                    )
            for col in range(columns):
                parts.append(str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
    return "\n".join(parts)


def farmers_screen(window: Any, qtbot: Any) -> Any:
    window.go("farmers")
    screen = window.screens["farmers"]
    qtbot.waitUntil(lambda: not screen.loading, timeout=10_000)
    return screen


def search(qtbot: Any, screen: Any, text: str, rows: int) -> None:
    box = find(screen, QLineEdit, "farmersSearch")
    box.clear()
    type_text(qtbot, box, text)
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == rows and not screen._timer.isActive())


def test_new_farmer_through_the_dialog(app_window, qtbot):
    """Ctrl+N's dialog typed into saves a farmer; the list shows them and pinyin initials
    find them; a bad phone is refused under the phone field and writes nothing."""
    ctx, window = app_window
    station = ctx.station
    screen = farmers_screen(window, qtbot)
    before = station.farmers.count()

    def bad_phone_then_cancel(dialog: QDialog) -> None:
        type_text(qtbot, find(dialog, QLineEdit, "farmerName"), "李秀英")
        phone = find(dialog, QLineEdit, "farmerPhone")
        qtbot.keyClicks(phone, "12345")
        qtbot.mouseClick(
            button(dialog, QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        assert dialog.isVisible()
        message = error_next_to(phone).text()
        assert "12345" in message and message == ctx.message(_error(station, "12345"))
        assert station.farmers.count() == before
        qtbot.mouseClick(
            button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )

    failures = when_dialog(bad_phone_then_cancel)
    qtbot.mouseClick(find(screen, QPushButton, "farmersNew"), Qt.MouseButton.LeftButton)
    assert not failures, failures
    assert station.farmers.count() == before

    def fill(dialog: QDialog) -> None:
        type_text(qtbot, find(dialog, QLineEdit, "farmerName"), "李秀英")
        qtbot.keyClicks(find(dialog, QLineEdit, "farmerPhone"), "13912345678")
        type_text(qtbot, find(dialog, QLineEdit, "farmerGroup"), "三组")
        qtbot.mouseClick(
            button(dialog, QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    failures = when_dialog(fill)
    activate(qtbot, window)
    find(screen, QLineEdit, "farmersSearch").setFocus()
    qtbot.keyClick(screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not failures, failures
    activate(qtbot, window)
    added = station.farmers.search("13912345678")[0]
    assert added.name == "李秀英" and added.village_group == "三组"
    qtbot.waitUntil(lambda: not screen.loading and screen.model.rowCount() == before + 1)
    table = find(screen, QTableView, "farmersTable")
    assert screen.page.data is not None and screen.page.data.farmer.id == added.id
    assert find(screen, QLabel, "farmerPageName").text() == "李秀英"

    search(qtbot, screen, "lxy", 1)
    assert screen.proxy.row_at(0).farmer.id == added.id
    qtbot.keyClick(find(screen, QLineEdit, "farmersSearch"), Qt.Key.Key_Return)
    assert table.hasFocus() and screen.page.data.farmer.id == added.id
    search(qtbot, screen, "5678", 1)  # the last digits of the phone
    search(qtbot, screen, "zzz", 0)
    assert "0" in find(screen, QLabel, "farmersCount").text()


def _error(station: Any, phone: str) -> Any:
    from servicepoint.core.errors import ServicePointError

    try:
        station.farmers.add("李秀英", phone=phone)
    except ServicePointError as error:
        return error
    raise AssertionError("the phone was accepted")


def test_edit_farmer_and_private_numbers(app_window, qtbot, farmer):
    """A manager edits a farmer (Ctrl+E) and sees the card and ID numbers; an operator sees
    them nowhere on the Farmers or Consignment screens, nor in the edit dialog."""
    ctx, window = app_window
    station = ctx.station
    station.farmers.edit(farmer.id, id_number=ID_NUMBER)
    ctx.changed.emit({"farmers"})
    screen = farmers_screen(window, qtbot)
    search(qtbot, screen, "zs", 1)
    qtbot.keyClick(find(screen, QLineEdit, "farmersSearch"), Qt.Key.Key_Return)
    private = find(screen, QLabel, "farmerPrivate")
    assert "PK2016001" in private.text() and ID_NUMBER in private.text()

    def edit(dialog: QDialog) -> None:
        assert find(dialog, QLineEdit, "farmerCard").text() == "PK2016001"
        group = find(dialog, QLineEdit, "farmerGroup")
        group.selectAll()
        type_text(qtbot, group, "二组")
        qtbot.keyClick(find(dialog, QLineEdit, "farmerNote"), Qt.Key.Key_Return)

    failures = when_dialog(edit)
    qtbot.mouseClick(find(screen, QPushButton, "farmerEdit"), Qt.MouseButton.LeftButton)
    assert not failures, failures
    assert station.farmers.get(farmer.id).village_group == "二组"
    assert "二组" in find(screen, QLabel, "farmerPageDetails").text()
    qtbot.waitUntil(lambda: not screen.loading and screen.proxy.rowCount() == 1)
    assert screen.proxy.row_at(0).group == "二组"

    clerk = station.operators.add("小李", "5678")
    station.act_as(clerk)
    ctx.operator_did_change.emit()
    ctx.changed.emit({"operator"})
    for key in ("farmers", "consignment"):
        window.go(key)
        qtbot.wait(50)
        text = visible_text(window)
        assert farmer.name in text or key == "consignment"
        assert "PK2016001" not in text and ID_NUMBER not in text, key
    window.go("farmers")
    assert find(screen, QPushButton, "farmerShowPrivate").isVisible()
    seen: dict[str, str] = {}

    def operator_edit(dialog: QDialog) -> None:
        seen["text"] = visible_text(dialog)
        note = find(dialog, QLineEdit, "farmerNote")
        type_text(qtbot, note, "常来")
        qtbot.keyClick(note, Qt.Key.Key_Return)

    failures = when_dialog(operator_edit)
    activate(qtbot, window)
    qtbot.keyClick(screen, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not failures, failures
    assert "二组" in seen["text"]
    assert "PK2016001" not in seen["text"] and ID_NUMBER not in seen["text"]
    # the operator's edit kept the numbers it could not see
    edited = station.farmers.get(farmer.id)
    assert edited.note == "常来"
    assert (edited.poverty_card_no, edited.id_number) == ("PK2016001", ID_NUMBER)

    def manager_pin(dialog: QDialog) -> None:
        qtbot.keyClicks(find(dialog, QLineEdit, "pinEdit"), "1234")
        qtbot.keyClick(find(dialog, QLineEdit, "pinEdit"), Qt.Key.Key_Return)

    failures = when_dialog(manager_pin)
    qtbot.mouseClick(find(screen, QPushButton, "farmerShowPrivate"), Qt.MouseButton.LeftButton)
    assert not failures, failures
    assert "PK2016001" in find(screen, QLabel, "farmerPrivate").text()
    assert station.audit.entries(action="farmer_private_shown")
    ctx.operator_did_change.emit()  # another operator at the counter: hidden again
    assert "PK2016001" not in visible_text(window)


def test_farmer_page_ledger_and_balance(app_window, qtbot, farmer):
    """The page's balance and the ledger's latest running balance are the core's balance;
    orders and entries are listed."""
    ctx, window = app_window
    station = ctx.station
    station.purchasing.place(
        farmer.id, [LineInput(1, name="种子", unit_price_fen=3000)], [pay.on_account(3000)]
    )
    station.purchasing.place(
        farmer.id, [LineInput(2, name="地膜", unit_price_fen=1250)], [pay.on_account(2500)]
    )
    station.ledger.repay(farmer.id, [pay.cash(1000)])
    screen = farmers_screen(window, qtbot)
    search(qtbot, screen, "张", 1)
    table = find(screen, QTableView, "farmersTable")
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(screen.proxy.index(0, 0)).center(),
    )
    balance = station.ledger.balance(farmer.id)
    assert balance == 4500
    assert format_yuan(balance, symbol="¥") in find(screen, QLabel, "farmerBalance").text()
    ledger = find(screen, QTableView, "farmerPageLedger")
    model = ledger.model()
    assert model.rowCount() == len(station.ledger.entries(farmer.id)) == 3
    title = screen.page.tr("Balance")
    balance_col = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    assert model.data(model.index(0, balance_col)) == format_yuan(balance, symbol="¥")
    assert find(screen, QTableView, "farmerPageOrders").model().rowCount() == 2

    station.ledger.repay(farmer.id, [pay.cash(500)])  # a change elsewhere refreshes the page
    ctx.changed.emit({"payments"})
    assert format_yuan(4000, symbol="¥") in find(screen, QLabel, "farmerBalance").text()


def test_search_filters_fifty_thousand_rows_in_memory(app_window, qtbot):
    """50,000 farmers filter by initials, name and phone without a pause (in memory)."""
    _ctx, window = app_window
    screen = farmers_screen(window, qtbot)
    rows = []
    for i in range(50_000):
        f = Farmer(
            f"id{i}",
            f"农户{i}",
            f"139{i:08d}",
            f"{i % 9}组",
            i % 7 == 0,
            None,
            None,
            None,
            f"nonghu{i}",
            "nh" if i % 1000 else "zs",
            1,
            "2026-01-01T00:00:00",
        )
        rows.append(FarmerRow(f, f.phone or "", f.village_group or ""))
    screen.model.set_rows(rows)
    for text, expected in (("zs", 50), ("农户4999", 11), ("00049999", 1), ("", 50_000)):
        started = time.perf_counter()
        screen.proxy.set_predicate(matcher(text))
        elapsed = time.perf_counter() - started
        assert screen.proxy.rowCount() == expected, text
        assert elapsed < 1.0, (text, elapsed)
    table = find(screen, QTableView, "farmersTable")
    started = time.perf_counter()
    table.scrollToBottom()
    table.viewport().repaint()
    assert time.perf_counter() - started < 0.5
    assert table.indexAt(QPoint(5, table.viewport().height() - 5)).row() >= 49_990


def test_new_farmer_dialog_shows_whole_id_phone_and_card_numbers(app_window, qtbot):
    """Issue 12 #10: the 18-digit ID number (and a landline, and a poverty-card number) fit
    whole in their fields at the window's font, and at a larger one: the text area holds
    every digit plus QLineEdit's 2 px on each side, without scrolling."""
    ctx, window = app_window
    dialog = FarmerDialog(ctx, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    for size in (0, 16):
        if size:  # a larger body font (a style sheet's) widens the fields with it
            font = dialog.font()
            font.setPointSize(size)
            dialog.setFont(font)
            QApplication.processEvents()
        for name, digits in (("farmerIdNumber", 18), ("farmerPhone", 12), ("farmerCard", 18)):
            field = find(dialog, QLineEdit, name)
            option = QStyleOptionFrame()
            field.initStyleOption(option)
            text_area = field.style().subElementRect(
                QStyle.SubElement.SE_LineEditContents, option, field
            )
            advance = field.fontMetrics().horizontalAdvance("0" * digits)
            assert text_area.width() >= advance + 4, (name, size, text_area.width(), advance)
            assert field.width() >= advance + 8
    dialog.reject()


def test_a_two_line_error_in_the_farmer_dialog_is_shown_whole(app_window, qtbot):
    """A wrong ID number's message wraps to two lines: the dialog grows, the words are not
    clipped and the field keeps its height (walk-through, issue 12)."""
    from PySide6.QtWidgets import QLabel

    ctx, window = app_window
    dialog = FarmerDialog(ctx, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    find(dialog, QLineEdit, "farmerName").setText("Li")
    id_field = find(dialog, QLineEdit, "farmerIdNumber")
    height = id_field.height()
    id_field.setText("110101199003074515")  # a wrong check digit
    dialog.save()
    shown = [e for e in dialog.findChildren(QLabel) if e.isVisible() and "身份证" in e.text()]
    assert shown, "no message about the ID number"
    label = shown[0]
    qtbot.waitUntil(
        lambda: (
            label.height() >= label.heightForWidth(label.width()) and id_field.height() >= height
        )
    )
    dialog.reject()
