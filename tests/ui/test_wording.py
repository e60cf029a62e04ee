"""One way of writing in each language, on every screen (issue 12 walk-through): Chinese uses
the full-width colon 「：」 and English the ASCII one, and no message mixes the two languages'
punctuation.  The screens are read as the operator sees them, with a farmer, an order and a
consignment batch on the station so that lists and detail panels have text in them."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput
from servicepoint.ui.main_window import NAV_KEYS

HAN = r"[\u4e00-\u9fff）」”]"
ZH_HALF_COLON = re.compile(HAN + r"\s?:(?!//)|:\s?" + HAN)
EN_FULL_COLON = re.compile("：")


def _texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of text a screen shows: labels, buttons, group titles,
    tabs, placeholders, combo items and the headers and cells of its lists."""
    found: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        where = w.objectName() or type(w).__name__
        if isinstance(w, QLabel | QAbstractButton):
            found.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((where, w.title()))
        elif isinstance(w, QLineEdit):
            found.append((where, w.placeholderText()))
        elif isinstance(w, QComboBox):
            found += [(where, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            found += [(where, w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            columns = 1 if isinstance(m, QAbstractListModel) else m.columnCount(QModelIndex())
            for c in range(columns):
                found.append((where, str(m.headerData(c, Qt.Orientation.Horizontal) or "")))
            for r in range(min(m.rowCount(QModelIndex()), 20)):
                for c in range(columns):
                    found.append((where, str(m.data(m.index(r, c)) or "")))
        if w.toolTip():
            found.append((where + " tooltip", w.toolTip()))
    return [(where, t) for where, t in found if t]


def test_the_scan_finds_a_mixed_colon(qapp):
    """The check itself: a Chinese label with an ASCII colon is found, a time is not."""
    assert ZH_HALF_COLON.search("农户: 张三") and ZH_HALF_COLON.search("实收:")
    assert not ZH_HALF_COLON.search("下午 14:30") and not ZH_HALF_COLON.search("http://县")
    label = QLabel("农户: 张三")
    assert ("QLabel", "农户: 张三") in _texts(label)


@pytest.fixture
def busy_window(app_window, qtbot, farmer):
    ctx, window = app_window
    ctx.write(
        lambda st: st.purchasing.place(
            farmer.id,
            [LineInput(1, name="化肥", unit_price_fen=12000, category_code="agri", platform="JD")],
            [pay.cash(12000)],
        )
    )
    ctx.write(lambda st: st.consignment.intake(farmer.id, "eggs", 5000, "jin"))
    return ctx, window


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_screen_writes_colons_the_way_its_language_does(busy_window, qtbot, lang):
    ctx, window = busy_window
    if lang != "zh_CN":
        ctx.language_did_change.emit(lang)
    wrong = []
    for key, _shortcut in NAV_KEYS:
        window.go(key)
        screen = window.screens[key]
        qtbot.wait(50)
        pattern = ZH_HALF_COLON if lang == "zh_CN" else EN_FULL_COLON
        shown = _texts(screen) + _texts(window.statusBar())
        menus = window.menuBar().findChildren(QMenu)
        shown += [("menu", a.text()) for m in menus for a in m.actions()]
        wrong += [(key, where, t) for where, t in shown if pattern.search(t)]
    try:
        assert not wrong, "\n".join(map(str, wrong))
    finally:
        if lang != "zh_CN":
            ctx.language_did_change.emit("zh_CN")
