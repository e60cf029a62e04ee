"""The window's look and start-up (issue 12): screens built on first visit, navigation with
keys and icons, one style sheet with visible focus, the window inside the work area, and Home
as the operator's to-do list."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QListWidget, QStackedWidget

from servicepoint.ui import i18n, look
from servicepoint.ui.app import build_window
from servicepoint.ui.main_window import NAV_KEYS

from .conftest import find
from .test_print_banner import no_printer  # noqa: F401  (a fixture)


@pytest.fixture
def lazy_window(qtbot, station, tmp_path, printed):
    """The window as ``run()`` builds it: nothing but Home exists until opened."""
    app = QApplication.instance()
    i18n.register_font(app)
    i18n.install("zh_CN")
    ctx, window = build_window(station, tmp_path / "app.json", "zh_CN")
    window.idle.stop()
    window.schedule.stop()
    window.startup_check.stop()
    qtbot.addWidget(window)
    yield ctx, window
    ctx.tasks.wait(30_000)
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_screens_are_built_on_first_visit_and_keep_their_place(lazy_window, qtbot):
    _ctx, window = lazy_window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert list(window.screens.built) == ["home"]
    assert "orders" in window.screens and "orders" not in window.screens.built
    stack = find(window, QStackedWidget, "screens")
    assert stack.count() == len(NAV_KEYS)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert set(window.screens.built) == {"home", "orders"}
    assert stack.currentWidget() is window.screens["orders"]
    assert stack.indexOf(window.screens["orders"]) == 2
    window.go("settings")  # a later screen; the earlier ones stay where they were
    keys = [key for key, _shortcut in NAV_KEYS]
    assert stack.indexOf(window.screens["settings"]) == keys.index("settings")
    assert stack.indexOf(window.screens["orders"]) == 2
    assert stack.currentWidget() is window.screens["settings"]
    assert stack.count() == len(NAV_KEYS)
    # a screen built without being opened (looked up) does not take the screen over
    window.screens["farmers"]
    assert stack.currentWidget() is window.screens["settings"]
    assert stack.indexOf(window.screens["farmers"]) == keys.index("farmers")


def test_a_screen_that_fails_to_import_stops_with_the_error(lazy_window, monkeypatch):
    """Built lazily, a broken screen module still raises when opened; it never vanishes."""
    _ctx, window = lazy_window
    monkeypatch.setitem(sys.modules, "servicepoint.ui.screens.orders", None)
    with pytest.raises(ModuleNotFoundError):
        window.screens["orders"]
    assert "orders" not in window.screens.built
    nav = find(window, QListWidget, "navigation")
    assert nav.count() == len(NAV_KEYS)


def test_navigation_shows_each_key_and_an_icon(lazy_window):
    _ctx, window = lazy_window
    nav = find(window, QListWidget, "navigation")
    for row, (_key, shortcut) in enumerate(NAV_KEYS):
        item = nav.item(row)
        assert item.text().startswith(f"{shortcut}  ")
        assert not item.icon().isNull()
    assert nav.focusPolicy() == Qt.FocusPolicy.NoFocus  # F-keys move; focus stays on fields
    widest = max(nav.fontMetrics().horizontalAdvance(nav.item(r).text()) for r in range(8))
    assert nav.width() >= widest + nav.iconSize().width()


def test_every_icon_is_rendered_in_both_colours():
    svgs = sorted((look.ICONS / "svg").glob("*.svg"))
    assert svgs and (look.ICONS / "LICENSE-tabler-icons.txt").exists()
    names = {svg.stem for svg in svgs}
    assert set(look.NAV_ICONS.values()) <= names
    for name in names:
        for suffix in ("", "-on"):
            image = QImage(str(look.ICONS / f"{name}{suffix}.png"))
            assert image.width() == look.ICON_PX, (name, suffix)


def test_one_style_sheet_with_visible_focus_and_readable_type(lazy_window):
    app = QApplication.instance()
    sheet = app.styleSheet()
    assert sheet == look.style_sheet()
    assert "@" not in sheet.replace("@media", "")  # every colour filled in
    assert "QLineEdit:focus" in sheet and look.COLOURS["@FOCUS"] in sheet
    assert app.font().pointSize() >= 12


def test_the_window_opens_inside_the_screens_work_area(lazy_window, qtbot):
    _ctx, window = lazy_window
    window.show_maximised()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    assert window.windowState() & Qt.WindowState.WindowMaximized
    # (offscreen draws a fake 2-px frame, so only the size is compared here; the xcb run in
    # tests/ui/keyboard checks the position on a real X server)
    assert window.width() <= available.width() and window.height() <= available.height()


def test_home_lists_what_is_waiting_and_enter_opens_its_screen(app_window, qtbot, farmer):
    """An order taken but not yet placed on a platform is Home's first item; Enter on it
    opens Orders.  With nothing waiting, the list says what to do next."""
    from servicepoint.core import payments as pay
    from servicepoint.core.purchasing import LineInput

    ctx, window = app_window
    window.go("home")
    todo = find(window, QListWidget, "homeTodo")
    qtbot.waitUntil(lambda: todo.count() == 1 and "F3" in todo.item(0).text())
    ctx.tasks.wait(10_000)
    ctx.station.purchasing.place(
        farmer.id,
        [LineInput(1000, name="rice", unit_price_fen=500, unit_code="jin", category_code="agri")],
        [pay.cash(1000)],
    )
    window.screens["home"].refresh()
    qtbot.waitUntil(lambda: "F4" in todo.item(0).text())
    assert todo.count() == 1 and "1" in todo.item(0).text()
    assert todo.hasFocus()  # Home puts the keyboard on its to-do list
    qtbot.keyClick(todo, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.screens["orders"]


def test_an_empty_list_says_what_to_do_next_and_goes_once_there_are_rows(app_window, qtbot):
    """Farmers: with none registered the list says how to register one; after a search that
    finds nothing it says so; with rows the words are gone.  The words follow the language."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

    from servicepoint.ui import i18n

    ctx, window = app_window
    window.go("farmers")
    screen = window.screens["farmers"]
    table = find(screen, QTableView, "farmersTable")
    hint = find(table.viewport(), QLabel, "farmersTableEmpty")
    assert table.model().rowCount() == 0
    assert hint.isVisible() and "Ctrl+N" in hint.text()
    ctx.write(lambda st: st.farmers.add("Zhang San", phone="13800001234", village_group="1"))
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert not hint.isVisible()
    search = find(screen, QLineEdit, "farmersSearch")
    search.setText("qqqqq")
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    assert hint.isVisible() and hint.text() == screen.tr("No farmer matches the search.")
    i18n.install("en")
    QApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: hint.text() == "No farmer matches the search.")
    i18n.install("zh_CN")


@pytest.mark.usefixtures("no_printer")
def test_home_lists_unprinted_receipts_and_enter_opens_their_list(
    app_window, qtbot, station, farmer
):
    """A receipt kept as a file because no printer was found is on Home's to-do list; Enter
    on it opens the unprinted list with that receipt."""
    from servicepoint.core import payments as pay
    from servicepoint.core.purchasing import LineInput

    from .test_print_banner import banner, wait_banner

    ctx, window = app_window
    order = station.purchasing.place(
        farmer.id, [LineInput(2, name="seeds", unit_price_fen=3000)], [pay.cash(6000)]
    )
    window.go("home")
    ctx.printer.print(window, order.number)
    wait_banner(qtbot, window, order.number)  # Home follows the print's outcome by itself
    todo = find(window, QListWidget, "homeTodo")
    qtbot.waitUntil(lambda: any("未打印" in todo.item(r).text() for r in range(todo.count())))
    row = next(r for r in range(todo.count()) if "未打印" in todo.item(r).text())
    assert "1" in todo.item(row).text()
    todo.setCurrentRow(row)
    qtbot.keyClick(todo, Qt.Key.Key_Return)
    dialog = banner(window).dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()


@pytest.mark.parametrize(
    "view_name",
    [
        "ordersTable",
        "farmersTable",
        "purchaseLines",
        "consStockTable",
        "consIntakeToday",
        "settleDue",
        "settleSales",
        "reportsMethods",
        "reportsStock",
        "reportsDue",
        "syncHistory",
    ],
)
def test_each_empty_list_of_a_new_station_has_words(app_window, qtbot, view_name):
    """On a new station these lists are empty, and each says something (not just nothing)."""
    from PySide6.QtWidgets import QLabel, QTableView

    ctx, window = app_window
    ctx.tasks.wait(10_000)
    view = find(window, QTableView, view_name)
    qtbot.waitUntil(lambda: view.model().rowCount() == 0)
    hint = find(view.viewport(), QLabel, f"{view_name}Empty")
    assert not hint.isHidden()
    assert len(hint.text()) > 4


def test_home_money_adds_up_and_the_drawer_is_live_after_a_close(app_window, qtbot, farmer):
    """The lines under 今日收款 add up to it, and 钱箱应有现金 follows sales made after the
    day's close (it stayed at the close's figure)."""
    from PySide6.QtWidgets import QLabel

    from servicepoint.core import payments as pay
    from servicepoint.core.purchasing import LineInput

    ctx, window = app_window

    def sell(fen: int):
        line = LineInput(1, name="seed", unit_price_fen=fen, category_code="agri")
        return ctx.write(lambda st: st.purchasing.place(farmer.id, [line], [pay.cash(fen)]))

    sell(1000)
    day = ctx.station.clock.now().date().isoformat()
    ctx.write(lambda st: st.reports.close_day(day, 1000))
    sell(550)
    window.go("home")
    window.screens["home"].refresh()
    total = find(window, QLabel, "homeTakingsTotal")
    lines = find(window, QLabel, "home_takings")
    qtbot.waitUntil(lambda: total.text() == "¥15.50")
    assert "¥15.50" in lines.text().splitlines()[0]  # cash taken in: the one method
    # counted ¥10.00 at the close, then ¥5.50 more: the drawer box starts from that count
    drawer = find(window, QLabel, "home_drawer").text().splitlines()
    assert drawer[0].endswith("¥10.00") and drawer[-1].endswith("¥15.50")


def test_home_shows_county_notices_only_when_there_are_some(app_window, qtbot):
    """No notices: no empty box taking the screen.  A notice in force: its title and words."""
    from PySide6.QtWidgets import QGroupBox, QLabel

    ctx, window = app_window
    home = window.screens["home"]
    window.go("home")
    ctx.tasks.wait(10_000)
    qtbot.waitUntil(lambda: "…" not in find(window, QLabel, "home_takings").text())
    box = find(window, QLabel, "homeNotices").parent()
    assert isinstance(box, QGroupBox) and box.isHidden()
    ctx.station.db.execute(
        "INSERT INTO notices (id, title, body, published_at) VALUES (?, ?, ?, ?)",
        ("n1", "Seed prices", "New prices from Monday.", "2026-11-20T08:00:00"),
    )
    ctx.station.db.conn.commit()
    home.refresh()
    qtbot.waitUntil(lambda: not box.isHidden())
    assert "Seed prices" in find(window, QLabel, "homeNotices").text()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_screen_fits_a_1366_by_728_work_area_in_both_languages(qtbot, tmp_path, lang):
    """Walk-through: in English the window grew to 1,456 px, wider than the screen, because
    the settings and orders screens asked for more than the room beside the navigation.  On
    the practice station (lists and details full of real-looking rows), started in each
    language, no screen may ask for more than the room beside the navigation, and the
    window's minimum must fit the work area of a 1366×768 screen with a taskbar, less a
    30-px title bar."""
    from servicepoint.core.training import build_training_station

    app = QApplication.instance()
    i18n.register_font(app)
    i18n.install(lang)
    station = build_training_station(tmp_path / "training", farmers=30)
    station.act_as(next(o for o in station.operators.list() if o.is_manager))
    ctx, window = build_window(station, tmp_path / "app.json", lang)
    for timer in (window.idle, window.schedule, window.startup_check):
        timer.stop()
    try:
        window.show_maximised()
        qtbot.waitExposed(window)
        for key, _shortcut in NAV_KEYS:
            window.go(key)
            qtbot.waitUntil(lambda key=key: not getattr(window.screens[key], "loading", False))
        room = 1366 - 40 - window.nav.width()
        wanted = {key: window.screens[key].minimumSizeHint().width() for key, _ in NAV_KEYS}
        assert all(width <= room for width in wanted.values()), (room, wanted)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 728 - 30, hint
    finally:
        ctx.tasks.wait(30_000)
        i18n.install("zh_CN")  # while the station is open: the screens retranslate
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        station.close()
