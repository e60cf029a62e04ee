"""The composition root of the desktop app (like Mu's ``app.run``): build everything here.

``run()`` makes the QApplication, registers the bundled font, installs the translators,
opens the station (the first-run wizard when there is none), asks who is at the counter and
shows the window.  ``build_window()`` wires a context and the screens for an already open
station — the tests and the screenshot script use it directly.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from .. import __version__
from ..core import Station
from ..core.changes import Change
from ..core.errors import ServicePointError
from ..core.logs import setup_logging
from ..core.paths import log_dir
from . import crash, i18n, look, scanner
from .context import AppContext
from .main_window import MainWindow
from .screens.base import Screen

APP_NAME = "servicepoint"
log = logging.getLogger(__name__)


#: Every screen by navigation key, in navigation order: its module and class.  A screen's
#: module is imported, and the screen built, the first time the operator opens it, so the
#: window answers before all eight exist (issue 12: start-up within 3× a bare window).
SCREENS: dict[str, tuple[str, str]] = {
    "home": (".screens.home", "HomeScreen"),
    "purchase": (".screens.purchase", "PurchaseScreen"),
    "orders": (".screens.orders", "OrdersScreen"),
    "consignment": (".screens.consignment", "ConsignmentScreen"),
    "parcels": (".screens.parcels", "ParcelsScreen"),
    "buyback": (".screens.buyback", "BuybackScreen"),
    "farmers": (".screens.farmers", "FarmersScreen"),
    "reports": (".screens.reports", "ReportsScreen"),
    "sync": (".screens.sync_screen", "SyncScreen"),
    "settings": (".screens.settings", "SettingsScreen"),
}


def screen_class(key: str) -> type[Screen]:
    """Imported plainly: a screen whose import fails must stop with the error, never vanish
    from the navigation (catching ModuleNotFoundError here once hid such breakage)."""
    module_name, class_name = SCREENS[key]
    cls: type[Screen] = getattr(importlib.import_module(module_name, __package__), class_name)
    return cls


def build_window(
    station: Station, config_path: Path, language: str = "zh_CN"
) -> tuple[AppContext, MainWindow]:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        look.apply(app)
    ctx = AppContext(station, config_path, language)
    factories = {key: partial(_build_screen, key, ctx) for key in SCREENS}
    window = MainWindow(ctx, factories)
    scanner.install(ctx, window)  # a scanner that ends its codes with Tab (issue 15)
    ctx.language_did_change.connect(lambda lang: _switch_language(ctx, lang))
    return ctx, window


def _build_screen(key: str, ctx: AppContext) -> Screen:
    return screen_class(key)(ctx)


def _switch_language(ctx: AppContext, language: str) -> None:
    """Install the other translators; every widget gets a LanguageChange and retranslates."""
    ctx.language = i18n.install(language)
    ctx.save_config(language=ctx.language)
    ctx.changed.emit({Change.LANGUAGE})


def _base_dir() -> Path:
    from ..core.paths import default_base_dir

    return default_base_dir()


def _open_station(base: Path, lang: str, training: bool) -> Station | None:
    """The real station if there is one; else the first-run wizard decides."""
    if training:
        return _open_training(base)
    if (base / "station" / "station.db").exists():
        return Station.open(base / "station")
    from .wizard import FirstRun

    wizard = FirstRun(base, lang)
    if not wizard.exec() or wizard.station_dir is None:
        return None
    if wizard.training:
        return _open_training(base)
    return Station.open(wizard.station_dir)


def _open_training(base: Path) -> Station:
    target = base / "training"
    if (target / "station.db").exists():
        return Station.open(target)
    from ..core.training import build_training_station

    dialog = QProgressDialog(
        QCoreApplication.translate("app", "Building the training station…"), "", 0, 0
    )
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    QApplication.processEvents()

    def progress(_stage: str, _done: int, _total: int) -> None:
        QApplication.processEvents()

    station = build_training_station(target, progress=progress)
    dialog.close()
    return station


def run(argv: Sequence[str] | None = None, *, training: bool = False) -> int:
    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    i18n.register_font(app)
    look.apply(app)
    base = _base_dir()
    log_file = setup_logging(log_dir(base), "window")
    language_now = {"lang": "zh_CN"}
    crash.install(log_file, lambda: language_now["lang"])
    log.info("window starting (servicepoint %s)", __version__)
    config_path = base / "app.json"
    import json

    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        config = {}
    language = i18n.install(config.get("language", i18n.DEFAULT_LANGUAGE))
    lang = "en" if language == "en" else "zh_CN"
    language_now["lang"] = lang
    try:
        station = _open_station(base, lang, training or config.get("training", False))
    except ServicePointError as error:
        QMessageBox.critical(None, "servicepoint", error.message(lang))
        return 2
    if station is None:
        return 0
    from .dialogs import SignIn

    if station.identity.training and not (base / "station" / "station.db").exists():
        config["training"] = True  # practising: reopen the training station next time

    ctx, window = build_window(station, config_path, language)
    crash.install(log_file, lambda: ctx.lang)
    ctx.save_config(language=language, training=bool(config.get("training")))
    sign_in = SignIn(ctx)
    if not sign_in.exec() or sign_in.operator is None:
        ctx.close()
        station.close()
        return 0
    station.act_as(sign_in.operator)
    ctx.operator_did_change.emit()
    window.show_maximised()
    window.raise_()
    window.activateWindow()  # the keyboard's, after the sign-in dialog (no window manager too)
    code = app.exec()
    ctx.close()
    station.close()
    log.info("window closed")
    return int(code)
