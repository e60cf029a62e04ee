"""The window's look in one place: the accent colour, the body text size, the style sheet in
``resources/style`` and the navigation icons in ``resources/icons``.

Qt's Fusion style under one style sheet looks the same on Windows 7 and a Linux desktop, so a
screenshot in the docs is what the operator sees.  Icons are Tabler Icons (MIT), rendered to
PNG by ``scripts/icons.py`` so that neither QtSvg nor any SVG work is needed at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
STYLE = ROOT / "resources" / "style" / "servicepoint.qss"
ICON_PX = 48

ACCENT = "#1f7a4d"
COLOURS = {
    "@ACCENT_DARK": "#17603c",
    "@ACCENT": ACCENT,
    "@FOCUS": "#e08a00",
    "@SELECTED": "#cfe8d9",
    "@BACKGROUND": "#f3f6f4",
    "@NAV": "#e6efe9",
    "@LINE": "#c9d4ce",
}
#: Body text in points: 12 pt is 16 px at 96 dpi, the size a 40-year-old reads at arm's length
#: on a 1366×768 screen (the Qt default is 9 pt).
BODY_PT = 12

#: The icon of each navigation key, and of the to-do items on Home.
NAV_ICONS = {
    "home": "home",
    "purchase": "shopping-cart",
    "orders": "clipboard-list",
    "consignment": "plant-2",
    "parcels": "package",
    "buyback": "cash-register",
    "farmers": "users",
    "reports": "chart-bar",
    "sync": "refresh",
    "settings": "settings",
}


def style_sheet() -> str:
    text = STYLE.read_text(encoding="utf-8")
    for name, colour in COLOURS.items():  # @ACCENT_DARK before @ACCENT: longest name first
        text = text.replace(name, colour)
    return text


def apply(app: QApplication) -> None:
    """Fusion, the style sheet and the body size; once per application (idempotent)."""
    if app.property("servicepointLook"):
        return
    app.setStyle("Fusion")
    palette = app.palette()  # Fusion draws a focused spin box or date field in this colour
    palette.setColor(QPalette.ColorRole.Highlight, QColor(COLOURS["@FOCUS"]))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSize(BODY_PT)
    app.setFont(font)
    app.setStyleSheet(style_sheet())
    app.setProperty("servicepointLook", True)


@cache
def icon(name: str) -> QIcon:
    """The accent-coloured icon, white when its row or button is selected."""
    result = QIcon()
    for suffix, mode in (("", QIcon.Mode.Normal), ("-on", QIcon.Mode.Selected)):
        pixmap = QPixmap(str(ICONS / f"{name}{suffix}.png"))
        if not pixmap.isNull():
            result.addPixmap(pixmap, mode)
    return result


def role(widget: QWidget, name: str) -> QWidget:
    """Give a widget one of the style sheet's roles (``big``, ``hint``, ``heading``)."""
    widget.setProperty("role", name)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    return widget


class EmptyHint(QLabel):
    """The words over an empty list that say what to do next ("no orders yet: take one with
    F3"), shown only while the list has no rows and kept in the window's language.

    A label on the view's viewport rather than a painted overlay, so it wraps, follows the
    style sheet's ``hint`` role and is read by accessibility tools like any other text.
    """

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view.viewport())
        self.setObjectName(f"{view.objectName()}Empty")
        self.view, self.text_of = view, text
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        role(self, "hint")
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.update_hint)
        view.viewport().installEventFilter(self)
        self.update_hint()

    def update_hint(self, *_args: object) -> None:
        model = self.view.model()
        empty = model is not None and model.rowCount() == 0
        if empty:
            self.setText(self.text_of())
            self.setGeometry(self._area())
        self.setVisible(empty)

    def _area(self) -> QRect:
        """The viewport less a margin that never eats a short list's one line of words."""
        rect = self.view.viewport().rect()
        return rect.adjusted(12, min(16, rect.height() // 8), -12, -min(16, rect.height() // 8))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._area())
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update_hint()
        super().changeEvent(event)
