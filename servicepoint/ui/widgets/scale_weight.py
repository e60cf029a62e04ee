"""The live weight from the station's scale, large enough to read across the counter, and F10
(取重) to put the stable weight into a quantity field.

Use it beside any quantity that may be weighed (consignment intake and sales, buying produce,
parcels)::

    weight = ScaleWeight(ctx, target=self.qty, unit=lambda: self.unit.currentData(),
                         scope=self, name="consIntakeScale")
    layout.addWidget(weight)

- ``target``: the QLineEdit the weight goes into, as the number in the field's unit (3650 g
  in 斤 → "7.3"; ``money.parse_quantity`` gives the same grams back).  Its ``textChanged``
  fires, so a total computed from the field follows.
- ``unit``: returns the unit code the field is in now ("jin", "kg", "g"); a counted unit
  (件, 个…) or None refuses F10 with a message.
- ``scope``: the widget within which F10 works (``WidgetWithChildrenShortcut``); two weight
  widgets on one screen need scopes that do not contain each other.
- ``take() -> int | None``: what F10 and the 取重 button do: fills ``target`` and returns the
  grams, or shows why not (no scale, moving, overload, underload, negative, nothing on the
  pan, a unit that is not weight) under the weight and returns None; nothing is filled then.
- ``tare() -> int | None``: the 去皮 button: the present stable weight becomes the tare (an
  empty pan clears it); the weight shown and taken is then net.
- ``redraw()``: show the weight again in the field's unit after that unit changed.
- ``weight_did_fill(int)``: emitted with the grams after ``target`` was filled.
- ``feed``: the :class:`~servicepoint.ui.scale_feed.ScaleFeed` read (default: the station's,
  ``ScaleFeed.of(ctx)``); the port is open only while a weight widget is on screen.

The port is read on the feed's worker thread; this widget only reacts to its signals, so the
GUI thread never waits on the scale.  No scale set up: a short line says where to set one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import money
from ...devices.scale_frames import Reading, Status
from ...devices.scale_reader import Refused
from ..i18n import Retranslating
from ..scale_feed import ScaleFeed
from .forms import named

if TYPE_CHECKING:
    from ..context import AppContext

#: Point size of the weight: readable from the farmer's side of the counter.
WEIGHT_POINTS = 30
TAKE_KEY = "F10"


class ScaleWeight(Retranslating, QFrame):
    """The live weight and F10 (module docstring has the whole API)."""

    weight_did_fill = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        target: QLineEdit,
        unit: Callable[[], str | None],
        *,
        scope: QWidget,
        name: str = "scaleWeight",
        feed: ScaleFeed | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target = target
        self.unit = unit
        self.feed = feed or ScaleFeed.of(ctx)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.weight = named(QLabel(), f"{name}Value")
        font = QFont(self.weight.font())
        font.setPointSize(WEIGHT_POINTS)
        font.setBold(True)
        self.weight.setFont(font)
        self.weight.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.state = named(QLabel(), f"{name}State")
        self.state.setWordWrap(True)
        self.state.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.message = named(QLabel(), f"{name}Message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.tare_button = named(QPushButton(), f"{name}Tare")
        self.tare_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays in the form
        self.tare_button.clicked.connect(self.tare)
        self.take_button = named(QPushButton(), f"{name}Take")
        self.take_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.take_button.clicked.connect(self.take)
        self.action = QAction(scope)
        self.action.setObjectName(f"{name}Action")
        self.action.setShortcut(QKeySequence(TAKE_KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(lambda _checked=False: self.take())
        scope.addAction(self.action)
        # one row (the state under the weight, the buttons beside it): a form keeps its height
        shown = QVBoxLayout()
        shown.setSpacing(0)
        shown.addWidget(self.weight)
        shown.addWidget(self.state)
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.tare_button)
        row = QHBoxLayout()
        row.addLayout(shown, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.feed.reading_did_arrive.connect(self.redraw)
        self.feed.state_did_change.connect(lambda _s: self.redraw())
        self.retranslate()

    # -- on screen or not: the port is open only while someone shows a weight --------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.feed.hold(self)
        self.redraw()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.feed.release(self)

    # -- what it shows ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tare_button.setText(self.tr("Tare"))
        self.tare_button.setToolTip(
            self.tr("The weight on the scale now (the empty basket) is taken off what follows")
        )
        self.take_button.setText(self.tr("Take weight (%1)").replace("%1", TAKE_KEY))
        self.take_button.setToolTip(
            self.tr("Puts the stable weight into the quantity (%1)").replace("%1", TAKE_KEY)
        )
        self.message.hide()  # a refusal in the old language
        self.redraw()

    def _unit_code(self) -> str | None:
        code = self.unit()
        return code if code in money.UNITS and money.unit(code).base == "g" else None

    def redraw(self, _reading: Reading | None = None) -> None:
        """Show the feed's latest weight again (call it when the field's unit changed)."""
        feed = self.feed
        reading = feed.scale.latest if feed.state == "reading" else None
        english = self.ctx.lang == "en"
        if reading is not None and reading.grams is not None:
            code = self._unit_code() or "kg"
            self.weight.setText(money.format_quantity(reading.grams, code, english=english))
        elif reading is not None and reading.status is Status.OVERLOAD:
            self.weight.setText(self.tr("Overload"))
        else:
            self.weight.setText("—")
        stable = reading is not None and reading.status is Status.STABLE
        self.weight.setStyleSheet("" if stable else "color: #777;")
        self.state.setText(self._state_text(reading))
        self.tare_button.setEnabled(feed.state == "reading")
        self.take_button.setEnabled(feed.state == "reading")

    def _state_text(self, reading: Reading | None) -> str:
        feed = self.feed
        if feed.config is None and feed.state == "off":
            return self.tr("No scale set up (Settings, F9)")
        if feed.state == "lost":
            return self.tr("Scale not connected: %1").replace("%1", feed.detail)
        if feed.state in ("off", "opening"):
            return self.tr("Connecting to the scale…")
        if reading is None:
            return self.tr("No weight from the scale")
        texts = {
            Status.STABLE: self.tr("Stable"),
            Status.MOVING: self.tr("Moving…"),
            Status.OVERLOAD: self.tr("Overload"),
            Status.UNDERLOAD: self.tr("Underload"),
            Status.BAD_UNIT: self.tr("Unit %1 not taken").replace("%1", reading.unit),
        }
        text = texts.get(reading.status, "")
        if reading.tare_g:
            tare = money.format_quantity(reading.tare_g, "g", english=self.ctx.lang == "en")
            text += "  " + self.tr("tare %1").replace("%1", tare)
        return text

    def refusal_text(self, code: str) -> str:
        """Why F10 (or 去皮) did nothing, in the operator's language."""
        latest = self.feed.scale.latest
        texts = {
            "no_reading": self.tr("No weight from the scale: check its cable and Settings."),
            "moving": self.tr("The scale is still moving: wait until it is stable."),
            "overload": self.tr("The scale is overloaded: take some off."),
            "underload": self.tr("The scale reads below its range: zero the scale."),
            "negative": self.tr("The weight is below zero: tare again or zero the scale."),
            "empty": self.tr("Nothing on the scale."),
            "bad_unit": self.tr("The scale weighs in %1: set it to kg, g or jin.").replace(
                "%1", latest.unit if latest is not None else "?"
            ),
            "counted": self.tr("This quantity is counted, not weighed."),
            "no_scale": self.tr("No scale is set up: choose it in Settings (F9)."),
        }
        return texts.get(code, code)

    def _refuse(self, code: str) -> None:
        self.message.setText(self.refusal_text(code))
        self.message.show()

    # -- what the operator does --------------------------------------------------------------

    def take(self) -> int | None:
        """F10: the stable weight into ``target`` (module docstring); None when refused."""
        if not self.isVisible():
            return None
        code = self._unit_code()
        if code is None:
            self._refuse("counted")
            return None
        if self.feed.config is None:
            self._refuse("no_scale")
            return None
        try:
            grams = self.feed.stable_grams()
        except Refused as why:
            self._refuse(why.code)
            return None
        text = money.quantity_number(grams, code)
        assert money.parse_quantity(text, code) == grams  # 斤, kg and g hold any whole gram
        self.message.hide()
        self.target.setText(text)
        self.weight_did_fill.emit(grams)
        return grams

    def tare(self) -> int | None:
        """去皮: the present stable weight becomes the tare; None when refused."""
        try:
            grams = self.feed.tare()
        except Refused as why:
            self._refuse(why.code)
            return None
        self.message.hide()
        return grams
