"""Help: F1 opens a one-page help for the screen on show, in the window's language, and
Help → About says which version, which station, and where its files and logs are.

The pages are Markdown files in ``resources/help``, one per screen and language
(``purchase.zh_CN.md``, ``purchase.en.md``), written for the operator at the counter, not for
an engineer: what the screen is for, the steps, its keys, and what to do when the printer or
the network is missing.  A page starts with a ``# Title`` line; ``[text](help:orders)`` links
to another page.  A page missing in English falls back to the Chinese one.  They are found
like the receipt font (``printing/fonts.py``): beside the package when run from the source
tree, in ``sys._MEIPASS`` in the bundle (``installer/bundle_config.py`` lists them).

Nothing here touches the station's data: the help window only reads files, and About reads
the station's identity from ``ctx.station``.  ``install_help(window)`` is the one call the
main window makes; the menu retranslates itself on Qt's LanguageChange.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.paths import default_base_dir, log_dir
from .i18n import Retranslating
from .widgets.forms import named

if TYPE_CHECKING:
    from .context import AppContext
    from .main_window import MainWindow

#: Every page, in the order the help window lists them: the nine screens (main_window's
#: NAV_KEYS), then signing in / the lock and the first run.
TOPICS = (
    "home",
    "purchase",
    "orders",
    "consignment",
    "parcels",
    "buyback",
    "farmers",
    "reports",
    "sync",
    "settings",
    "signin",
    "firstrun",
)
HELP_LANGUAGES = ("zh_CN", "en")
FALLBACK = "zh_CN"


def help_dir() -> Path:
    """The folder of the help pages, in the source tree or inside the bundle."""
    root = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return root / "resources" / "help"


def page_path(key: str, lang: str) -> Path:
    """The page for ``key`` in ``lang``, else in Chinese (the language every page has)."""
    wanted = help_dir() / f"{key}.{lang}.md"
    return wanted if wanted.is_file() else help_dir() / f"{key}.{FALLBACK}.md"


def page_text(key: str, lang: str) -> str:
    try:
        return page_path(key, lang).read_text(encoding="utf-8")
    except OSError:
        return ""


def page_title(text: str) -> str:
    """The page's ``# Title`` line, without the hashes."""
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def window_language(ctx: AppContext) -> Callable[[], str]:
    return lambda: ctx.lang


class HelpWindow(Retranslating, QWidget):
    """The help pages in a window of their own, beside the main window (never modal, so the
    operator can read and work at once).  Esc closes it; the list on the left goes to any
    page; links in a page go to the page they name."""

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.language = language
        self.key = TOPICS[0]
        self.topics = named(QListWidget(), "helpTopics")
        self.topics.setFixedWidth(170)
        for key in TOPICS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.topics.addItem(item)
        self.topics.currentRowChanged.connect(self._topic_chosen)
        self.text = named(QTextBrowser(), "helpText")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._follow)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.text.setFont(font)
        self.close_button = named(QPushButton(), "helpClose")
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addLayout(buttons)
        self.resize(820, 600)
        self.retranslate()

    def show_page(self, key: str) -> None:
        """Show ``key``'s page in the window's language, and bring the window forward."""
        self.key = key if key in TOPICS else TOPICS[0]
        text = page_text(self.key, self.language())
        self.text.setMarkdown(text)
        self.setWindowTitle(self.tr("Help — %1").replace("%1", page_title(text)))
        row = TOPICS.index(self.key)
        if self.topics.currentRow() != row:
            self.topics.blockSignals(True)
            self.topics.setCurrentRow(row)
            self.topics.blockSignals(False)
        self.show()
        self.raise_()
        self.activateWindow()
        self.text.setFocus()

    def retranslate(self) -> None:
        lang = self.language()
        for row, key in enumerate(TOPICS):
            item = self.topics.item(row)
            item.setText(page_title(page_text(key, lang)) or key)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the help (Esc)"))
        if self.isVisible():
            self.show_page(self.key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes, wherever the focus is in the window (the page, the list, the button)."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """The keyboard goes back to the window it came from: with no window manager (a kiosk,
        Xvfb) nothing else would give it back, and the next keys were lost."""
        super().hideEvent(event)
        owner = self.parentWidget()
        if owner is not None and owner.isVisible():
            owner.window().activateWindow()

    def _topic_chosen(self, row: int) -> None:
        if 0 <= row < len(TOPICS):
            self.show_page(TOPICS[row])

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "help":
            self.show_page(url.path())
        else:
            QDesktopServices.openUrl(url)


def data_folder(ctx: AppContext) -> Path:
    """The data folder as Settings shows it: the station file's folder (backups, receipts)."""
    return ctx.station.path.parent


def log_folder() -> Path:
    """Where the window writes its log (``app.run``: ``log_dir(default_base_dir())``)."""
    return log_dir(default_base_dir())


class AboutDialog(Retranslating, QDialog):
    """Help → About: the facts in a box that can be selected and copied, a Copy button, and
    buttons that open the data and log folders in the file manager."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.ctx = ctx
        self.text = named(QPlainTextEdit(), "aboutText")
        self.text.setReadOnly(True)
        self.text.setMinimumSize(640, 190)
        self.copy_button = named(QPushButton(), "aboutCopy")
        self.copy_button.clicked.connect(self.copy)
        self.data_button = named(QPushButton(), "aboutOpenData")
        self.data_button.clicked.connect(lambda: _open_folder(data_folder(ctx)))
        self.log_button = named(QPushButton(), "aboutOpenLogs")
        self.log_button.clicked.connect(lambda: _open_folder(log_folder()))
        self.close_button = named(QPushButton(), "aboutClose")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.data_button, self.log_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About the service point"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy these lines, e.g. for a technician"))
        self.data_button.setText(self.tr("Open data folder"))
        self.log_button.setText(self.tr("Open log folder"))
        self.close_button.setText(self.tr("Close"))
        self.text.setPlainText(self.about_text())

    def about_text(self) -> str:
        """What a technician on the phone asks first: the version, the station, where its
        files and logs are, and the Qt and Python under it.  Plain text, copied whole."""
        ctx = self.ctx
        ident = ctx.station.identity
        station = f"{ident.name}（{ident.code}）"
        if ident.training:
            station += " · " + self.tr("training station")
        lines = [
            self.tr("Service point %1").replace("%1", __version__),
            self.tr("Station: %1").replace("%1", station),
            self.tr("Data folder: %1").replace("%1", str(data_folder(ctx))),
            self.tr("Station file: %1").replace("%1", str(ctx.station.path)),
            self.tr("Log folder: %1").replace("%1", str(log_folder())),
            f"Qt {qVersion()} · PySide6 {PYSIDE_VERSION} · Python {platform.python_version()}",
            platform.platform(),
        ]
        return "\n".join(lines)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())


def _open_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def current_key(window: MainWindow) -> str:
    """The navigation key of the screen on show (Home when it cannot tell)."""
    from .main_window import NAV_KEYS

    current = window.stack.currentWidget()
    for key, screen in window.screens.items():
        if screen is current:
            return key
    keys = [key for key, _shortcut in NAV_KEYS if key in window.screens]
    index = window.stack.currentIndex()
    return keys[index] if 0 <= index < len(keys) else "home"


class HelpMenu(Retranslating, QMenu):
    """The Help menu (帮助): the current screen's help (F1) and About."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("menuHelp")
        self.window_ = window
        self.help_window: HelpWindow | None = None
        self.about_dialog: AboutDialog | None = None
        self.act_help = named(QAction(window), "actHelp")
        self.act_help.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.act_help.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_help.triggered.connect(self.show_help)
        self.act_about = named(QAction(window), "actAbout")
        self.act_about.triggered.connect(self.show_about)
        self.addAction(self.act_help)
        self.addAction(self.act_about)
        window.addAction(self.act_help)  # F1 works with the menu bar closed too
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Help"))
        self.act_help.setText(self.tr("&Help for this screen"))
        self.act_about.setText(self.tr("&About…"))

    def show_help(self) -> HelpWindow:
        if self.help_window is None:
            self.help_window = HelpWindow(window_language(self.window_.ctx), self.window_)
        self.help_window.show_page(current_key(self.window_))
        return self.help_window

    def show_about(self) -> AboutDialog:
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self.window_.ctx, self.window_)
        else:
            self.about_dialog.retranslate()  # the station's name may have changed
        self.about_dialog.show()
        self.about_dialog.raise_()
        self.about_dialog.activateWindow()
        return self.about_dialog


def install_help(window: MainWindow) -> HelpMenu:
    """Add the Help menu with F1 and About to the main window (the one call it makes).
    A second call returns the first menu: two F1 actions in one window would make the key
    ambiguous, and Qt then triggers neither."""
    existing = window.findChild(HelpMenu, "menuHelp")
    if existing is not None:
        return existing
    menu = HelpMenu(window)
    window.menuBar().addMenu(menu)
    return menu


def add_help_key(widget: QWidget, key: str, language: Callable[[], str]) -> HelpWindow:
    """F1 on a dialog outside the main window (sign-in, the first run) opens ``key``'s page:
    ``add_help_key(self, "firstrun", lambda: lang)`` in the dialog's ``__init__``."""
    help_window = HelpWindow(language, widget)
    QShortcut(QKeySequence(Qt.Key.Key_F1), widget, lambda: help_window.show_page(key))
    return help_window
