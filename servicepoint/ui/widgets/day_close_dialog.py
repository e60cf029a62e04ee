"""The day close (日结…): what the drawer should hold against what was counted, then a
confirmation, then the close (issue 12 #13).

The Reports panel only shows the day; closing it is this dialog.  It shows the opening float
(editable while no day has been closed, so a new point need not find the setting first), the
cash taken in and paid out and the cash expected; the operator types the cash counted, or
counts the drawer note by note (100/50/20/10/5/1 yuan, 5 and 1 jiao, other coins as one
total) and the core's ``count_cash`` fills the field.  The difference shows at once, over in
green and short in red, with a note field for the reason when there is one.  Nothing is
written until the operator confirms (the default answer is No) and a manager approves; the
close then goes through ``ctx.write`` as one core call, the float with it.

Keys: Tab walks float → counted → note by note → each pile → coins → note → buttons; Enter
anywhere asks to close; Esc cancels.
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.cashdrawer import DENOMINATIONS_FEN, MAX_PIECES, count_cash
from ...core.day_close import check_close_note
from ...core.errors import ServicePointError
from ...core.money import format_yuan
from ...core.reports import DailyClose, Drawer
from .forms import Form, MoneyEdit, commit_on_ctrl_enter, named

if TYPE_CHECKING:
    from ..context import AppContext

OVER, SHORT, EXACT = "#1b5e20", "#b00020", "#333333"
BIG = "font-size: 16pt; font-weight: bold;"


def yuan(fen: int) -> str:
    return format_yuan(fen, symbol="¥")


def describe_difference(fen: int) -> str:
    """Counted − expected in words: over, short or exactly right."""
    if fen > 0:
        return QCoreApplication.translate("DayCloseDialog", "over by %1").replace("%1", yuan(fen))
    if fen < 0:
        return QCoreApplication.translate("DayCloseDialog", "short by %1").replace("%1", yuan(-fen))
    return QCoreApplication.translate("DayCloseDialog", "exactly right")


def difference_colour(fen: int) -> str:
    return OVER if fen > 0 else SHORT if fen < 0 else EXACT


def drawer_lines(drawer: Drawer) -> list[str]:
    """What a count made now covers: from which count or float, and cash of other days."""
    lines = [
        QCoreApplication.translate(
            "DayCloseDialog", "The drawer counts from the opening float (no close yet)."
        )
        if drawer.since is None
        else QCoreApplication.translate(
            "DayCloseDialog", "The drawer counts from the last count, %1 (close of %2)."
        )
        .replace("%1", drawer.since[:16].replace("T", " "))
        .replace("%2", drawer.since_day or "")
    ]
    if drawer.earlier_days:
        lines.append(
            QCoreApplication.translate(
                "DayCloseDialog", "It includes %1 from earlier days nobody closed (%2)."
            )
            .replace("%1", yuan(drawer.earlier_cash_fen))
            .replace("%2", ", ".join(x[5:] for x in drawer.earlier_days))
        )
    if drawer.later_days:
        lines.append(
            QCoreApplication.translate(
                "DayCloseDialog",
                "A count now covers the cash up to now, including %1 taken after this day (%2).",
            )
            .replace("%1", yuan(drawer.later_cash_fen))
            .replace("%2", ", ".join(x[5:] for x in drawer.later_days))
        )
    return lines


class DayCloseDialog(QDialog):
    """Expected against counted for one day; ``receipt_number`` is the Z report once closed."""

    def __init__(self, ctx: AppContext, daily: DailyClose, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.day = daily.day
        self.drawer = daily.drawer
        self.receipt_number: str | None = None
        self.setObjectName("dayCloseDialog")
        stored = ctx.station.setting("opening_float_fen")
        self.stored_float: int | None = None if stored is None else int(stored)
        # The float only means something before the first close: afterwards the drawer starts
        # from the last count (the core refuses to change it then).
        self.float_editable = self.drawer.since is None
        self.intro = named(QLabel(), "dayCloseIntro")
        self.intro.setWordWrap(True)
        self.covers = named(QLabel("\n".join(drawer_lines(self.drawer))), "dayCloseCovers")
        self.covers.setWordWrap(True)
        self.covers.setStyleSheet("color: #555;")
        self.form = Form(ctx, self)
        if self.float_editable:
            self.float_edit: MoneyEdit | None = named(MoneyEdit(allow_zero=True), "dayCloseFloat")
            self.float_edit.set_fen(self.stored_float)  # empty (placeholder 0.00) when never set
            self.float_edit.textChanged.connect(lambda _t: self.update_figures())
            self.opening: QWidget = self.form.add(
                " ", self.float_edit, "float", "float_after_close", "setting_value"
            )
        else:
            self.float_edit = None
            self.opening = self.form.add(
                " ", named(QLabel(yuan(self.drawer.opening_cash_fen)), "dayCloseOpening")
            )
        self.cash_in = self.form.add(
            " ", named(QLabel(yuan(self.drawer.cash_in_fen)), "dayCloseIn")
        )
        self.cash_out = self.form.add(
            " ", named(QLabel(yuan(self.drawer.cash_out_fen)), "dayCloseOut")
        )
        self.expected = self.form.add(" ", named(QLabel(), "dayCloseExpected"))
        self.expected.setStyleSheet(BIG)
        self.counted = named(MoneyEdit(allow_zero=True), "dayCloseCounted")
        self.counted.textChanged.connect(lambda _t: self.update_difference())
        self.form.add(" ", self.counted, "counted", checked_live=True)
        self.by_note = named(QCheckBox(), "dayCloseByNote")
        self.by_note.toggled.connect(self._count_by_note)
        self.form.add(" ", self.by_note)
        self.piles = self._piles()
        self.form.add(" ", self.piles_box, "coins", "pieces", checked_live=True)
        self.difference = self.form.add(" ", named(QLabel(), "dayCloseDifference"))
        self.note = named(QLineEdit(), "dayCloseNote")
        self.note.setMaxLength(200)
        self.form.add(" ", self.note, "note")
        self.buttons = QDialogButtonBox()
        self.close_button = named(
            self.buttons.addButton(" ", QDialogButtonBox.ButtonRole.AcceptRole), "dayCloseOk"
        )
        self.cancel_button = named(
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel), "dayCloseCancel"
        )
        assert isinstance(self.close_button, QPushButton)
        self.close_button.setDefault(True)
        self.buttons.accepted.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.covers)
        layout.addWidget(self.buttons)
        self._tab_order()
        self.retranslate()
        self._set_row_visible(self.piles_box, False)
        self.update_figures()
        # The count first: what the operator types at once is the cash in the drawer, never
        # (by mistake) the opening float, which Alt+O or Shift+Tab reach.
        self.first_field: QLineEdit = self.counted
        commit_on_ctrl_enter(self, self.commit)
        self.first_field.setFocus()
        self.first_field.selectAll()

    def _piles(self) -> dict[int, QSpinBox]:
        """A spin box per note and coin, and a field for the other coins' total."""
        self.piles_box = named(QWidget(), "dayClosePiles")
        grid = QGridLayout(self.piles_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.pile_labels: dict[int, QLabel] = {}
        piles: dict[int, QSpinBox] = {}
        for index, fen in enumerate(DENOMINATIONS_FEN):
            spin = named(QSpinBox(), f"dayClosePieces{fen}")
            spin.setRange(0, MAX_PIECES)
            spin.setAccelerated(True)
            spin.valueChanged.connect(lambda _v: self.fill_from_piles())
            label = QLabel()
            label.setBuddy(spin)
            row, col = divmod(index, 4)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(spin, row, col * 2 + 1)
            self.pile_labels[fen], piles[fen] = label, spin
        self.coins = named(MoneyEdit(allow_zero=True), "dayCloseCoins")
        self.coins.textChanged.connect(lambda _t: self.fill_from_piles())
        self.coins_label = QLabel()
        self.coins_label.setBuddy(self.coins)
        grid.addWidget(self.coins_label, 2, 0, 1, 2)
        grid.addWidget(self.coins, 2, 2, 1, 2)
        return piles

    def _tab_order(self) -> None:
        chain: list[QWidget] = [w for w in (self.float_edit,) if w is not None]
        chain += [self.counted, self.by_note, *self.piles.values(), self.coins, self.note]
        chain += [self.close_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close the day %1").replace("%1", self.day))
        self.intro.setText(
            self.tr(
                "Count the notes and coins in the drawer and type the total, or count them "
                "note by note. Nothing is recorded until you confirm."
            )
        )
        labels = {
            self.opening: (
                self.tr("&Opening float") if self.float_editable else self.tr("Opening cash")
            ),
            self.cash_in: self.tr("+ Cash taken in"),
            self.cash_out: self.tr("− Cash paid out"),
            self.expected: self.tr("= Cash expected in the drawer"),
            self.counted: self.tr("Cash &counted"),
            self.by_note: " ",
            self.piles_box: " ",
            self.difference: self.tr("Difference"),
            self.note: self.tr("&Why"),
        }
        for widget, text in labels.items():
            label = self.form.label_for(widget)
            if label is not None:
                label.setText(text)
                label.setBuddy(widget)
        if self.float_edit is not None:
            self.float_edit.setToolTip(
                self.tr(
                    "The change money that was in the drawer before the first day close; "
                    "it is saved with this close (Alt+O)"
                )
            )
        self.counted.setToolTip(self.tr("The total of the notes and coins counted (Alt+C)"))
        self.by_note.setText(self.tr("Count &note by note"))
        for fen, label in self.pile_labels.items():
            label.setText(
                self.tr("%1 yuan").replace("%1", str(fen // 100))
                if fen >= 100
                else self.tr("%1 jiao").replace("%1", str(fen // 10))
            )
        self.coins_label.setText(self.tr("Other coins, total"))
        self.note.setPlaceholderText(self.tr("e.g. wrong change given"))
        self.close_button.setText(self.tr("Close the day…"))
        self.close_button.setToolTip(
            self.tr("Asks again, then needs a manager; prints the Z report")
        )
        self.update_figures()

    # -- the figures ----------------------------------------------------------------------------

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        holder = widget.parentWidget()
        if holder is not None:
            self.form.layout_.setRowVisible(holder, visible)

    def opening_fen(self) -> int | None:
        """The float typed (or the stored start of the drawer); None while it does not parse."""
        if self.float_edit is None:
            return self.drawer.opening_cash_fen
        try:
            return self.float_edit.fen() if self.float_edit.text().strip() else 0
        except ServicePointError:
            return None

    def expected_fen(self) -> int | None:
        opening = self.opening_fen()
        if opening is None:
            return None
        return dataclasses.replace(self.drawer, opening_cash_fen=opening).expected_cash_fen

    def update_figures(self) -> None:
        expected = self.expected_fen()
        self.expected.setText("-" if expected is None else yuan(expected))
        self.update_difference()

    def counted_fen(self) -> int | None:
        try:
            return self.counted.fen() if self.counted.text().strip() else None
        except ServicePointError:
            return None

    def difference_fen(self) -> int | None:
        """Counted − expected, or None while either is empty or not an amount."""
        counted, expected = self.counted_fen(), self.expected_fen()
        return None if counted is None or expected is None else counted - expected

    def update_difference(self) -> None:
        error = self.form.errors["counted"]
        error.hide()
        diff = self.difference_fen()
        if diff is None:
            if self.counted.text().strip() and self.counted_fen() is None:
                try:
                    self.counted.fen()
                except ServicePointError as refusal:
                    error.setText(self.ctx.message(refusal))
                    error.show()
            self.difference.setText(self.tr("Type the cash counted"))
            self.difference.setStyleSheet("font-size: 12pt; color: #666;")
            self._set_row_visible(self.note, False)
            return
        self.difference.setStyleSheet(f"{BIG} color: {difference_colour(diff)};")
        # 「-¥4.25（少 ¥4.25）」: the brackets of the language
        brackets = "{} ({})" if self.ctx.lang == "en" else "{}（{}）"
        self.difference.setText(brackets.format(yuan(diff), describe_difference(diff)))
        self._set_row_visible(self.note, diff != 0)

    # -- note by note ---------------------------------------------------------------------------

    def _count_by_note(self, on: bool) -> None:
        self._set_row_visible(self.piles_box, on)
        self.counted.setReadOnly(on)
        if on:
            self.fill_from_piles()
            first = self.piles[DENOMINATIONS_FEN[0]]
            first.setFocus()
            first.selectAll()
        self.adjustSize()

    def fill_from_piles(self) -> None:
        """The counted field becomes the core's sum of the piles (the coins total too)."""
        if not self.by_note.isChecked():
            return
        error = self.form.errors["coins"]
        error.hide()
        try:
            coins = self.coins.fen() if self.coins.text().strip() else 0
            total = count_cash({fen: spin.value() for fen, spin in self.piles.items()}, coins)
        except ServicePointError as refusal:
            error.setText(self.ctx.message(refusal))
            error.show()
            self.counted.clear()
            return
        self.counted.setText(format_yuan(total))  # read-only here: grouped like the figures

    # -- closing --------------------------------------------------------------------------------

    def commit(self) -> None:
        """Check both amounts, ask once more (default No), get a manager, then close."""
        self.form.clear_errors()
        float_fen: int | None = None
        if self.float_edit is not None:
            try:
                float_fen = self.float_edit.fen() if self.float_edit.text().strip() else 0
            except ServicePointError as error:
                self.form.show_error(error, "float")
                self.float_edit.setFocus()
                return
        try:
            counted = self.counted.fen()
        except ServicePointError as error:
            self.form.show_error(error, "counted")
            self.counted.setFocus()
            return
        expected = self.expected_fen()
        assert expected is not None  # the float parsed
        try:
            check_close_note(counted, expected, self.note.text())
        except ServicePointError as error:
            self.form.show_error(error, "note")
            self.note.setFocus()
            return
        question = (
            self.tr(
                "Close the day %1?\n\nExpected %2, counted %3: %4.\n\n"
                "The count is recorded and the Z report printed; it cannot be undone "
                "(counting again adds a new close)."
            )
            .replace("%1", self.day)
            .replace("%2", yuan(expected))
            .replace("%3", yuan(counted))
            .replace("%4", describe_difference(counted - expected))
        )
        if not self.ctx.confirm(self, self.tr("Close the day"), question):
            return
        action = (
            self.tr("close the day %1 with %2 counted")
            .replace("%1", self.day)
            .replace("%2", yuan(counted))
        )
        approver = self.ctx.ask_manager(self, action)
        if approver is None:
            return
        # Only a float that changes is written (the first close sets it with the count).
        new_float = float_fen if float_fen != (self.stored_float or 0) else None
        note = self.note.text().strip() if counted != expected else ""
        day = self.day
        try:
            receipt = self.ctx.write(
                lambda st: st.reports.close_day(
                    day, counted, note or None, approver=approver, opening_float_fen=new_float
                )
            )
        except ServicePointError as error:
            self.form.show_error(error)
            return
        self.receipt_number = receipt.number
        self.accept()
