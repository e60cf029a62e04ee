"""Help (issue 12 #16): F1 opens the current screen's page from ``resources/help`` in the UI
language, the Help menu has About with the version, the station and its folders, and the
pages ship in the bundle where the window looks for them."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
)

from servicepoint import __version__
from servicepoint.core.paths import default_base_dir, log_dir
from servicepoint.ui import help as helpmod
from servicepoint.ui import i18n
from servicepoint.ui.help import HELP_LANGUAGES, TOPICS, install_help
from servicepoint.ui.main_window import NAV_KEYS
from servicepoint.ui.widgets.forms import COMMIT_KEYS

from .conftest import find

ROOT = Path(__file__).resolve().parents[2]
HAN = re.compile(r"[\u4e00-\u9fff]")
SCREENS = [key for key, _shortcut in NAV_KEYS]
#: How the menus write the Enter key in each language (Qt's own translation): the pages say it
#: the same way, so the operator reads one name for one key.
ENTER_SHOWN = {"zh_CN": "回车", "en": "Enter"}


def _page(key: str, lang: str) -> str:
    return (ROOT / "resources" / "help" / f"{key}.{lang}.md").read_text(encoding="utf-8")


def _title(text: str) -> str:
    return next(line[2:].strip() for line in text.splitlines() if line.startswith("# "))


@pytest.fixture
def helped(app_window):
    """The window with the Help menu installed, as MainWindow.__init__ will do."""
    ctx, window = app_window
    menu = install_help(window)
    return ctx, window, menu


def _f1_on(qtbot, window, key):
    """Go to screen ``key`` in the (active) main window and press F1 there: the help window
    and its page."""
    window.go(key)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.screens[key])
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_F1)
    help_window = window.findChild(helpmod.HelpWindow, "helpWindow")
    assert help_window is not None, "F1 opened no help"
    qtbot.waitUntil(help_window.isVisible)
    return help_window, find(help_window, QTextBrowser, "helpText")


# -- the pages -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", HELP_LANGUAGES)
def test_every_screen_has_a_one_page_help_in_both_languages(lang):
    assert set(SCREENS) <= set(TOPICS)
    for key in TOPICS:
        path = ROOT / "resources" / "help" / f"{key}.{lang}.md"
        assert path.is_file(), path
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        assert lines[0].startswith("# ") and len(lines[0]) > 3, path
        assert 25 <= len(lines) <= 70, f"{path}: {len(lines)} lines, not one page"
        body = "\n".join(lines[1:])
        if lang == "zh_CN":
            assert HAN.search(lines[0]) and len(HAN.findall(body)) > 200, path
        else:  # English, apart from Chinese names given as examples
            assert not HAN.search(lines[0]) and len(HAN.findall(body)) < 10, path


def test_links_between_pages_name_pages_that_exist():
    for key in TOPICS:
        for lang in HELP_LANGUAGES:
            for target in re.findall(r"\]\(help:([a-z_]+)\)", _page(key, lang)):
                assert target in TOPICS, (key, lang, target)


def _keys_of(widget) -> set[str]:
    """Every shortcut a screen answers to: its QActions and QShortcuts, with their children."""
    found = set()
    actions = [*widget.actions(), *widget.findChildren(QAction)]
    sequences = [s for a in actions for s in a.shortcuts()]
    sequences += [s.key() for s in widget.findChildren(QShortcut)]
    for sequence in sequences:
        text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        if text:
            found.add(text.replace("Del", "Delete").replace("Return", "Enter"))
    return found


def test_each_page_names_every_key_of_its_screen(helped):
    """The keys on a page are the screen's real ones: a shortcut the screen has and its page
    does not mention fails here (so a new shortcut gets its line in the help)."""
    _ctx, window, _menu = helped
    for key in SCREENS:
        keys = _keys_of(window.screens[key])
        for lang in HELP_LANGUAGES:
            page = _page(key, lang)
            missing = sorted(k for k in keys if k.replace("Enter", ENTER_SHOWN[lang]) not in page)
            assert not missing, (key, lang, missing)
    for key, shortcut in NAV_KEYS:  # the home page lists F2 … F9, each page its own key
        assert f"（{shortcut}）" in _title(_page(key, "zh_CN"))
        assert f"({shortcut})" in _title(_page(key, "en"))


def test_pages_write_the_commit_key_as_the_menu_shows_it(qapp):
    """Walk-through: the 操作 menu said Ctrl+回车 where the help said Ctrl+Enter."""
    try:
        for lang in HELP_LANGUAGES:
            i18n.install(lang)
            shown = QKeySequence(COMMIT_KEYS[0]).toString(QKeySequence.SequenceFormat.NativeText)
            assert shown == "Ctrl+" + ENTER_SHOWN[lang]
            other = "Ctrl+" + next(v for k, v in ENTER_SHOWN.items() if k != lang)
            for key in TOPICS:
                assert other not in _page(key, lang), (key, lang)
    finally:
        i18n.install("zh_CN")


# -- F1 and the help window ------------------------------------------------------------------


def test_help_menu_has_help_for_this_screen_on_f1_and_about(helped):
    _ctx, window, _menu = helped
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    help_menu = next(m for m in menus if m.objectName() == "menuHelp")
    assert isinstance(help_menu, QMenu) and help_menu.title() == "帮助(&H)"
    names = [a.objectName() for a in help_menu.actions()]
    assert names == ["actHelp", "actAbout"]
    f1 = help_menu.actions()[0]
    assert f1.shortcut() == QKeySequence(Qt.Key.Key_F1)
    assert f1.text() == "本页帮助(&H)" and help_menu.actions()[1].text() == "关于(&A)…"
    # MainWindow.__init__ installs it; a second call must not add a second F1 (ambiguous)
    assert install_help(window) is help_menu
    assert len(window.findChildren(helpmod.HelpMenu)) == 1


@pytest.mark.parametrize("key", SCREENS)
def test_f1_on_each_screen_opens_that_screens_page(helped, qtbot, key):
    _ctx, window, _menu = helped
    help_window, text = _f1_on(qtbot, window, key)
    page = _page(key, "zh_CN")
    shown = text.toPlainText()
    assert shown.startswith(_title(page))
    step = next(line for line in page.splitlines() if line.startswith("1. "))
    assert re.sub(r"[*`]|\(help:\w+\)|\[|\]", "", step[3:])[:12] in shown
    assert _title(page) in help_window.windowTitle()
    assert help_window.key == key and not help_window.isModal()


def test_help_follows_the_screen_links_and_closes_on_esc(helped, qtbot):
    _ctx, window, _menu = helped
    help_window, text = _f1_on(qtbot, window, "purchase")
    assert text.toPlainText().startswith("代购（F3）")
    assert 'href="help:orders"' in text.toHtml()
    text.anchorClicked.emit(QUrl("help:orders"))
    assert text.toPlainText().startswith("订单（F4）")
    topics = find(help_window, helpmod.QListWidget, "helpTopics")
    assert topics.currentItem().text() == "订单（F4）"
    topics.setCurrentRow(TOPICS.index("signin"))
    assert text.toPlainText().startswith("登录和锁屏")
    # the window stays usable behind it, and F1 there shows the new screen's page
    assert _f1_on(qtbot, window, "farmers")[0] is help_window
    assert text.toPlainText().startswith("农户（F6）")
    qtbot.keyClick(text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not help_window.isVisible())


def test_language_switch_shows_the_english_page_and_menu(helped, qtbot):
    ctx, window, menu = helped
    help_window, text = _f1_on(qtbot, window, "orders")
    assert text.toPlainText().startswith("订单（F4）")
    try:
        ctx.language_did_change.emit("en")
        qtbot.waitUntil(lambda: menu.title() == "&Help")
        qtbot.waitUntil(lambda: text.toPlainText().startswith("Orders (F4)"))
        assert not HAN.search(text.toPlainText().splitlines()[0])
        assert menu.actions()[0].text() == "&Help for this screen"
        assert menu.actions()[1].text() == "&About…"
        topics = find(help_window, helpmod.QListWidget, "helpTopics")
        assert topics.item(0).text() == "Home (F2)"
        _f1_on(qtbot, window, "settings")
        assert text.toPlainText().startswith("Settings (F9)")
    finally:
        ctx.language_did_change.emit("zh_CN")
    qtbot.waitUntil(lambda: menu.title() == "帮助(&H)")
    qtbot.waitUntil(lambda: text.toPlainText().startswith("设置（F9）"))


def test_f1_on_a_dialog_outside_the_window_opens_its_page(qtbot):
    """Sign-in and the first run are dialogs before the window exists: ``add_help_key``."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    help_window = helpmod.add_help_key(dialog, "firstrun", lambda: "en")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    qtbot.waitUntil(help_window.isVisible)
    assert find(help_window, QTextBrowser, "helpText").toPlainText().startswith("First run")
    help_window.close()


def test_a_page_missing_in_english_falls_back_to_chinese(tmp_path, monkeypatch):
    (tmp_path / "home.zh_CN.md").write_text("# 首页（F2）\n\n中文\n", encoding="utf-8")
    monkeypatch.setattr(helpmod, "help_dir", lambda: tmp_path)
    assert helpmod.page_path("home", "en") == tmp_path / "home.zh_CN.md"
    assert helpmod.page_title(helpmod.page_text("home", "en")) == "首页（F2）"


# -- About ------------------------------------------------------------------------------------


def test_about_shows_version_station_and_folders_copies_and_opens_the_data_folder(
    helped, qtbot, monkeypatch
):
    ctx, window, menu = helped
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    menu.act_about.trigger()
    about = window.findChild(helpmod.AboutDialog, "aboutDialog")
    assert about is not None
    qtbot.waitUntil(about.isVisible)
    assert not about.isModal()
    shown = find(about, QPlainTextEdit, "aboutText").toPlainText()
    station = ctx.station
    data = station.path.parent
    assert f"服务站 {__version__}" in shown
    assert f"站点：{station.identity.name}（GJ01）" in shown
    assert f"数据文件夹：{data}" in shown
    assert f"日志文件夹：{log_dir(default_base_dir())}" in shown
    assert "Qt 6." in shown and "Python 3." in shown
    find(about, QPushButton, "aboutCopy").click()
    assert QApplication.clipboard().text() == shown
    find(about, QPushButton, "aboutOpenData").click()
    assert opened == [str(data)]
    find(about, QPushButton, "aboutOpenLogs").click()
    assert opened[-1] == str(log_dir(default_base_dir()))


# -- the pages ship ---------------------------------------------------------------------------


def _bundle_config():
    spec = importlib.util.spec_from_file_location(
        "bundle_config_for_help", ROOT / "installer" / "bundle_config.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_help_pages_are_bundled_where_the_window_finds_them(tmp_path, monkeypatch):
    """Lay out the bundle's contents folder as the spec does (``RESOURCES``), then look for
    every page the way the window does inside the bundle (``sys._MEIPASS``)."""
    for src, dest in _bundle_config().RESOURCES:
        (tmp_path / dest).mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / src, tmp_path / dest)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert helpmod.help_dir() == tmp_path / "resources" / "help"
    for key in TOPICS:
        for lang in HELP_LANGUAGES:
            path = helpmod.page_path(key, lang)
            assert path == tmp_path / "resources" / "help" / f"{key}.{lang}.md"
            assert helpmod.page_text(key, lang) == _page(key, lang)
