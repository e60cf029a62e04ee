"""The one window: a navigation bar, the screens, menus with shortcuts, and a status bar that
always says which station, who, training or not, online or not, what waits to sync and when
the last sync succeeded.  Also the idle lock and the sync schedule's timer."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import Change
from .context import AppContext
from .help import install_help
from .look import NAV_ICONS, icon
from .screens.base import Screen
from .widgets.forms import named
from .widgets.print_banner import PrintBanner

log = logging.getLogger(__name__)

#: (key, shortcut) in navigation order; titles in MainWindow.titles (translated).
NAV_KEYS = (
    ("home", "F2"),
    ("purchase", "F3"),
    ("orders", "F4"),
    ("consignment", "F5"),
    ("parcels", "F11"),
    # beside consignment (F5), its produce sibling; F10 is the scale, F12 the purchase's "pay"
    ("buyback", "Ctrl+F5"),
    ("farmers", "F6"),
    ("reports", "F7"),
    ("sync", "F8"),
    ("settings", "F9"),
)
DEFAULT_IDLE_MIN = 10


class ActivityFilter(QObject):
    """Restarts the idle timer on any key or mouse input anywhere in the application."""

    def __init__(self, on_activity: Callable[[], None]) -> None:
        super().__init__()
        self.on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.on_activity()
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return press_focused_button(watched, event)
        return False


def press_focused_button(watched: QObject, event: QKeyEvent) -> bool:
    """Enter on a focused button presses it, as Space does.  Qt does that only in dialogs
    (auto-default buttons); in the main window Enter on 日结… or 登记… did nothing."""
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.modifiers() & ~(
        Qt.KeyboardModifier.KeypadModifier
    ):
        return False
    if not isinstance(watched, QPushButton) or not watched.hasFocus():
        return False
    if not watched.isEnabled() or watched.autoDefault() or watched.isDefault():
        return False  # a dialog's buttons already answer Enter themselves
    watched.animateClick()
    return True


class Screens(Mapping[str, Screen]):
    """The screens by navigation key, each built the first time it is asked for (opened, or
    looked up by a test): the window answers before all eight screens exist."""

    def __init__(
        self,
        factories: Mapping[str, Callable[[], Screen]],
        on_built: Callable[[str, Screen], None],
    ) -> None:
        self._factories = factories
        self._on_built = on_built
        self.built: dict[str, Screen] = {}

    def __getitem__(self, key: str) -> Screen:
        if key not in self.built:
            screen = self._factories[key]()
            self.built[key] = screen
            self._on_built(key, screen)
        return self.built[key]

    def __contains__(self, key: object) -> bool:  # Mapping's would build the screen
        return key in self._factories

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, screens: Mapping[str, Callable[[], Screen]]) -> None:
        super().__init__()
        self.ctx = ctx
        self.closed = False
        self.setObjectName("mainWindow")
        self.keys = [key for key, _shortcut in NAV_KEYS if key in screens]
        self.nav = named(QListWidget(), "navigation")
        self.nav.setIconSize(QSize(24, 24))
        # F2…F9 move between screens; the keyboard's focus stays on the screen's own fields
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = named(QStackedWidget(), "screens")
        for key in self.keys:
            self.stack.addWidget(QWidget())  # a place held until the screen is first opened
            self.nav.addItem(QListWidgetItem(icon(NAV_ICONS[key]), ""))
        self.screens = Screens(screens, self._place_screen)
        self.body = body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.nav)
        self.print_banner = PrintBanner(ctx)  # how each printout ended, above the screens
        column = QVBoxLayout()
        column.addWidget(self.print_banner)
        column.addWidget(self.stack, 1)
        row.addLayout(column, 1)
        self.setCentralWidget(body)
        self._build_status_bar()
        self._build_menus()
        install_help(self)
        self.retranslate()
        self.nav.currentRowChanged.connect(self._open_row)
        self.nav.setCurrentRow(0)
        ctx.changed.connect(lambda _names: self.update_status())
        ctx.operator_did_change.connect(self.update_status)
        ctx.sync_did_finish.connect(lambda _r: self.update_status())
        ctx.sync_did_progress.connect(self._sync_progress)  # (retranslate showed the status)
        # Idle lock
        self.idle = QTimer(self, singleShot=True)
        self.idle.timeout.connect(lambda: self.lock(idle=True))
        self.activity = ActivityFilter(self._restart_idle)
        app = QApplication.instance()
        if app is not None:  # always, once a window exists
            app.installEventFilter(self.activity)
        self._restart_idle()
        # Sync schedule: check once a minute (and once at start-up)
        self.schedule = QTimer(self, interval=60_000)
        self.schedule.timeout.connect(lambda: self.check_schedule(starting=False))
        self.schedule.start()
        self.startup_check = QTimer(self, singleShot=True, interval=3000)
        self.startup_check.timeout.connect(lambda: self.check_schedule(starting=True))
        self.startup_check.start()

    # -- layout ------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.st_station = named(QLabel(), "statusStation")
        self.st_operator = named(QLabel(), "statusOperator")
        self.st_training = named(QLabel(), "statusTraining")
        self.st_training.setStyleSheet("background:#f9a825;color:#000;padding:0 6px;")
        self.st_online = named(QLabel(), "statusOnline")
        self.st_waiting = named(QLabel(), "statusWaiting")
        self.st_last = named(QLabel(), "statusLastSync")
        for label in (
            self.st_station,
            self.st_operator,
            self.st_training,
            self.st_online,
            self.st_waiting,
            self.st_last,
        ):
            bar.addPermanentWidget(label)

    def _build_menus(self) -> None:
        self.menu_go = self.menuBar().addMenu("")
        self.go_actions: list[QAction] = []
        for index, (key, shortcut) in enumerate(NAV_KEYS):
            if key not in self.screens:
                continue
            action = QAction(self, shortcut=QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, i=index: self.go(i))
            self.menu_go.addAction(action)
            self.addAction(action)
            self.go_actions.append(action)
        self.menu_station = self.menuBar().addMenu("")
        self.act_sync = QAction(self, shortcut=QKeySequence("Ctrl+Shift+S"))
        self.act_sync.triggered.connect(lambda: self.ctx.start_sync("manual"))
        self.act_lock = QAction(self, shortcut=QKeySequence("Ctrl+L"))
        self.act_lock.triggered.connect(self.lock)
        self.act_switch = QAction(self)
        self.act_switch.triggered.connect(self.switch_operator)
        self.menu_screen = self.menuBar().addMenu("")
        self.stack.currentChanged.connect(self._fill_screen_menu)
        self.act_quit = QAction(self, shortcut=QKeySequence("Ctrl+Q"))
        self.act_quit.triggered.connect(self.close)
        self.menu_station.addAction(self.print_banner.list_action)  # Unprinted printouts…
        for action in (self.act_sync, self.act_lock, self.act_switch, self.act_quit):
            self.menu_station.addAction(action)

    def titles(self) -> dict[str, str]:
        """Each screen's name, known before the screen is built (the screens say the same)."""
        return {
            "home": self.tr("Home"),
            "purchase": self.tr("Purchase"),
            "orders": self.tr("Orders"),
            "consignment": self.tr("Consignment"),
            "parcels": self.tr("Parcels"),
            "buyback": self.tr("Buy-back"),
            "farmers": self.tr("Farmers"),
            "reports": self.tr("Reports"),
            "sync": self.tr("Sync"),
            "settings": self.tr("Settings"),
        }

    def retranslate(self) -> None:
        ident = self.ctx.station.identity
        self.setWindowTitle(self.tr("Service point — %1").replace("%1", ident.name))
        shortcuts = dict(NAV_KEYS)
        titles = self.titles()
        widest = 0
        for row, key in enumerate(self.keys):
            title = titles[key]
            item = self.nav.item(row)
            item.setText(f"{shortcuts[key]}  {title}")
            item.setToolTip(f"{title} ({shortcuts[key]})")
            self.go_actions[row].setText(title)
            widest = max(widest, self.nav.fontMetrics().horizontalAdvance(item.text()))
        # the item's margins and padding (servicepoint.qss: 2 × 4 + 2 × 6), the icon's gap
        # and a few pixels to spare; not more, or the longest title ("Ctrl+F5  Buy-back")
        # takes width the screens need at 1366 px
        self.nav.setFixedWidth(widest + self.nav.iconSize().width() + 35)
        self.menu_go.setTitle(self.tr("&Go"))
        self.menu_station.setTitle(self.tr("&Station"))
        self.menu_screen.setTitle(self.tr("&Actions"))
        self._fill_screen_menu()
        self.act_sync.setText(self.tr("&Sync now"))
        self.act_lock.setText(self.tr("&Lock"))
        self.act_switch.setText(self.tr("S&witch operator…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.update_status()

    def _fill_screen_menu(self, _index: int = 0) -> None:
        """The current screen's own actions (with their shortcuts) in the menu bar."""
        self.menu_screen.clear()
        current = self.stack.currentWidget()
        for action in current.actions() if current is not None else []:
            if action.text():
                self.menu_screen.addAction(action)
        self.menu_screen.menuAction().setVisible(bool(self.menu_screen.actions()))

    def go(self, index_or_key: int | str) -> None:
        if isinstance(index_or_key, str):
            index_or_key = self.keys.index(index_or_key)
        self.nav.setCurrentRow(index_or_key)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.keys):
            self.screens[self.keys[row]]  # built on first visit
            self.stack.setCurrentIndex(row)

    def _place_screen(self, key: str, screen: Screen) -> None:
        """Swap a newly built screen in for its place holder, keeping the current screen."""
        row = self.keys.index(key)
        current = self.stack.currentIndex()
        holder = self.stack.widget(row)
        assert holder is not None  # one place per navigation row, made in __init__
        self.stack.blockSignals(True)
        self.stack.insertWidget(row, screen)
        self.stack.removeWidget(holder)
        self.stack.setCurrentIndex(current)
        self.stack.blockSignals(False)
        holder.deleteLater()
        if row == current:
            self._fill_screen_menu()

    def show_maximised(self) -> None:
        """Open filling the screen's work area, never under a taskbar: maximised where a
        window manager does it, and sized to the available geometry where none does."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.availableGeometry())
        self.showMaximized()

    # -- status --------------------------------------------------------------------------------

    def update_status(self) -> None:
        if self.closed:
            return
        s = self.ctx.station
        ident = s.identity
        self.setWindowTitle(self.tr("Service point — %1").replace("%1", ident.name))
        self.st_station.setText(f"{ident.name}（{ident.code}）")
        op = s.operator
        self.st_operator.setText(self.tr("Operator: %1").replace("%1", op.name if op else "-"))
        self.st_training.setVisible(ident.training)
        self.st_training.setText(self.tr("TRAINING"))
        st = s.sync_status()
        self.st_waiting.setVisible(not ident.training)
        self.st_last.setVisible(not ident.training)
        if ident.training:
            self.st_online.setText(self.tr("Practice data: never sent to the county"))
            self.st_online.setToolTip("")
            return
        if not st.enrolled:
            online = self.tr("Not enrolled")
        elif self.ctx.sync_running:
            online = self.tr("Syncing…")
        elif st.error_code in ("sync_offline", "sync_timeout"):
            online = self.tr("Offline")
        elif st.error_code:
            online = self.tr("Sync problem")
        else:
            online = self.tr("Online")
        self.st_online.setText(online)
        self.st_online.setToolTip(st.last_error(self.ctx.lang) or "")
        self.st_waiting.setText(self.tr("Waiting to sync: %1").replace("%1", str(st.waiting)))
        last = st.last_success[:16].replace("T", " ") if st.last_success else self.tr("never")
        self.st_last.setText(self.tr("Last sync: %1").replace("%1", last))
        self.st_waiting.setStyleSheet("color:#b00020;" if st.stuck else "")

    def _sync_progress(self, stage: str, done: int, total: int) -> None:
        self.st_online.setText(
            self.tr("Syncing… %1/%2").replace("%1", str(done)).replace("%2", str(total))
        )

    # -- idle lock, operators, schedule -----------------------------------------------------

    def _restart_idle(self) -> None:
        minutes = int(self.ctx.station.setting("idle_lock_minutes", DEFAULT_IDLE_MIN) or 0)
        if minutes > 0:
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()

    def lock(self, *, idle: bool = False) -> None:
        """Hide what is on screen until someone signs in again (Ctrl+L, or the idle timer:
        the words say which, so an operator who pressed Ctrl+L is not told they were idle)."""
        from .dialogs import SignIn  # imported when first needed: a quick start-up

        self.body.setVisible(False)
        dialog = SignIn(self.ctx, self, locked="idle" if idle else "by_hand")
        while not dialog.exec():
            pass
        assert dialog.operator is not None  # exec() accepts only once someone signed in
        self.ctx.station.act_as(dialog.operator)
        self.body.setVisible(True)
        self.ctx.operator_did_change.emit()
        self._restart_idle()

    def switch_operator(self) -> None:
        from .dialogs import SignIn

        dialog = SignIn(self.ctx, self)
        if dialog.exec() and dialog.operator is not None:
            self.ctx.station.act_as(dialog.operator)
            self.ctx.operator_did_change.emit()
            self.ctx.changed.emit({Change.OPERATOR})

    def check_schedule(self, starting: bool) -> None:
        if self.closed:
            return
        trigger = self.ctx.station.sync.due(starting=starting)
        if trigger:
            self.ctx.start_sync(trigger)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed = True
        self.schedule.stop()
        self.startup_check.stop()
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.activity)
        self.ctx.tasks.wait(10_000)
        try:
            self.ctx.write(lambda st: st.backups.ensure_daily())
        except Exception:  # a failed backup must never stop the window closing
            log.exception("daily backup at close failed")
        self.ctx.close()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.closed:
            self.retranslate()
        super().changeEvent(event)
