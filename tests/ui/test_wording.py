"""One way of writing in each language, on every screen (issue 12 walk-through): Chinese uses
the full-width colon 「：」 and English the ASCII one, and no message mixes the two languages'
punctuation.  The screens are read as the operator sees them, with a farmer, an order and a
consignment batch on the station so that lists and detail panels have text in them."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

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


# -- the translations, read whole (texts shown only after an action are in them too) --------

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "servicepoint_zh_CN.ts"
CURLY = re.compile("[“”]")  # Chinese quotes: the window's CJK font draws them full-width
ZH_STOP_SPACE = re.compile(r"[。：；！？] \S")  # 「收据已作废。 收据…」
ZH_HALF_COMMA = re.compile(r"[\u4e00-\u9fff%][,;] ?[\u4e00-\u9fff¥]")  # 「佣金 10%, 最低价」


def _messages() -> list[tuple[str, str]]:
    """(English source, Chinese translation) of every message the window uses."""
    found = []
    for message in ET.parse(TS).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        found.append((message.findtext("source") or "", translation.text or ""))
    return found


def test_the_scan_finds_wrong_punctuation():
    assert ZH_STOP_SPACE.search("收据已作废。 收据 GJ01") and not ZH_STOP_SPACE.search("作废。收据")
    assert ZH_HALF_COMMA.search("佣金 10%, 最低价") and not ZH_HALF_COMMA.search("佣金 10%，最低价")
    assert not ZH_HALF_COMMA.search("¥1,305.10") and CURLY.search("“Save settings”")


def test_english_has_ascii_quotes_and_chinese_its_own_punctuation():
    """Issue 12 walk-through: “Save settings” in English, 「。 找零」 and 「10%, 最低价」 in
    Chinese."""
    messages = _messages()
    assert len(messages) > 500
    curly = [s for s, _t in messages if CURLY.search(s)]
    spaced = [t for _s, t in messages if ZH_STOP_SPACE.search(t)]
    commas = [t for _s, t in messages if ZH_HALF_COMMA.search(t)]
    assert not curly and not spaced and not commas, (curly, spaced, commas)
