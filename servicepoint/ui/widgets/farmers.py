"""Finding a farmer as the operator types (pinyin initials, name, phone, last four digits),
and the dialog that adds or edits one.  Shared by Purchase, Consignment and Farmers.

Keyboard: type in the search box, Down/Up move through the matches, Enter takes the
highlighted one (or the only one), Esc clears; Ctrl+N (or the button) adds a new farmer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ServicePointError
from ...core.farmers import Farmer
from ...core.text import mask_phone
from ..i18n import Retranslating
from .forms import Form, commit_on_ctrl_enter, named

if TYPE_CHECKING:
    from ..context import AppContext


def describe(farmer: Farmer) -> str:
    """One line for lists: name, village group, masked phone."""
    parts = [farmer.name]
    if farmer.village_group:
        parts.append(farmer.village_group)
    if farmer.phone:
        parts.append(mask_phone(farmer.phone))
    return " · ".join(parts)


class NumberEdit(QLineEdit):
    """A line edit that asks for room to show ``chars`` digits whole at its current font (an
    18-digit ID number was cut off, issue 12 #10); it follows font and style changes."""

    def __init__(self, chars: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chars = chars

    def _wide_enough(self, hint: QSize) -> QSize:
        fm = self.fontMetrics()
        margins = self.textMargins()
        contents = self.contentsMargins()
        # QLineEdit's own sizeHint sums the same parts: the text, 2 px each side, the text
        # and contents margins; the style adds its frame.  One more digit leaves the cursor room.
        width = (
            fm.horizontalAdvance("0" * (self.chars + 1))
            + 4
            + margins.left()
            + margins.right()
            + contents.left()
            + contents.right()
        )
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        framed = self.style().sizeFromContents(
            QStyle.ContentsType.CT_LineEdit, option, QSize(width, hint.height()), self
        )
        return QSize(max(hint.width(), framed.width()), hint.height())

    def sizeHint(self) -> QSize:
        return self._wide_enough(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._wide_enough(super().minimumSizeHint())


class FarmerPicker(Retranslating, QWidget):
    """Search box + matches; emits ``farmer_chosen`` with the chosen :class:`Farmer`."""

    farmer_chosen = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, name: str = "farmerPicker"
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.chosen: Farmer | None = None
        self.search = named(QLineEdit(), f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.matches = named(QListWidget(), f"{name}Matches")
        self.matches.setMaximumHeight(150)
        self.new_button = named(QPushButton(), f"{name}New")
        self.new_button.clicked.connect(self.add_new)
        self.current = named(QLabel(), f"{name}Current")
        self.current.setStyleSheet("font-weight: bold;")
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.matches)
        layout.addWidget(self.current)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.update_matches)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.installEventFilter(self)
        self.matches.itemActivated.connect(self._take)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_new)
        self.retranslate()

    def retranslate(self) -> None:
        # short enough for the narrow settlement column; the tooltip says it in full
        self.search.setPlaceholderText(self.tr("Initials, name, phone"))
        self.search.setToolTip(self.tr("Farmer: pinyin initials, name or phone"))
        self.new_button.setText(self.tr("New farmer…"))
        self.new_button.setToolTip(self.tr("Add a farmer (Ctrl+N)"))

    def update_matches(self) -> None:
        self.matches.clear()
        text = self.search.text().strip()
        if not text:
            return
        for farmer in self.ctx.station.farmers.search(text, limit=20):
            item = QListWidgetItem(describe(farmer) + ("  ★" if farmer.is_poor else ""))
            item.setData(Qt.ItemDataRole.UserRole, farmer)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
                self.matches.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self._timer.stop()
                    self.update_matches()
                item = self.matches.currentItem()
                if item is not None:
                    self._take(item)
                    return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.matches.clear()
                return True
        return False

    def _take(self, item: QListWidgetItem) -> None:
        self.choose(item.data(Qt.ItemDataRole.UserRole))

    def choose(self, farmer: Farmer | None) -> None:
        self.chosen = farmer
        self.current.setText(describe(farmer) if farmer else "")
        self.matches.clear()
        if farmer is not None:
            self.search.setText(farmer.name)
            self.farmer_chosen.emit(farmer)

    def add_new(self) -> None:
        dialog = FarmerDialog(self.ctx, self, name=self.search.text().strip())
        if dialog.exec() and dialog.farmer is not None:
            self.choose(dialog.farmer)

    def clear(self) -> None:
        self.chosen = None
        self.search.clear()
        self.matches.clear()
        self.current.clear()


class FarmerDialog(QDialog):
    """Add a farmer, or edit one.  The poverty-card and ID numbers are shown only to a
    manager (BRIEF §3 privacy); an operator can still mark a poor household."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        farmer: Farmer | None = None,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = farmer
        self.farmer: Farmer | None = None
        self.setObjectName("farmerDialog")
        self.setWindowTitle(self.tr("Edit farmer") if farmer else self.tr("New farmer"))
        manager = bool(ctx.station.operator and ctx.station.operator.is_manager)
        self.form = Form(ctx, self)
        self.name = self.form.add(
            self.tr("&Name"), named(QLineEdit(), "farmerName"), "farmer_name", "name"
        )
        self.phone = self.form.add(
            self.tr("&Phone"),
            named(NumberEdit(13), "farmerPhone"),  # a landline with its area code and dash
            "phone",
            "phone_taken",
            "phone_malformed",
        )
        self.group = self.form.add(
            self.tr("&Village group"), named(QLineEdit(), "farmerGroup"), "village_group"
        )
        self.poor = self.form.add(
            self.tr("Registered p&oor household"), named(QCheckBox(), "farmerPoor"), "is_poor"
        )
        self.card = named(NumberEdit(20), "farmerCard")
        self.id_number = named(NumberEdit(18), "farmerIdNumber")
        if manager:
            self.form.add(self.tr("Poverty car&d number"), self.card, "poverty_card_no")
            self.form.add(self.tr("&ID number"), self.id_number, "id_number", "id_number_malformed")
        self.note = self.form.add(self.tr("No&te"), named(QLineEdit(), "farmerNote"), "note")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        commit_on_ctrl_enter(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        if farmer is not None:
            self.name.setText(farmer.name)
            self.phone.setText(farmer.phone or "")
            self.group.setText(farmer.village_group or "")
            self.poor.setChecked(farmer.is_poor)
            if manager:  # never hold private numbers in (hidden) widgets for an operator
                self.card.setText(farmer.poverty_card_no or "")
                self.id_number.setText(farmer.id_number or "")
            self.note.setText(farmer.note or "")
        else:
            self.name.setText(name if name and not name.isascii() else "")
        self.manager = manager

    def save(self) -> None:
        values: dict[str, Any] = {
            "name": self.name.text(),
            "phone": self.phone.text() or None,
            "village_group": self.group.text() or None,
            "is_poor": self.poor.isChecked(),
            "note": self.note.text() or None,
        }
        if self.manager:
            values["poverty_card_no"] = self.card.text() or None
            values["id_number"] = self.id_number.text() or None
        original = self.original
        try:
            if original is None:
                name = values.pop("name")
                self.farmer = self.ctx.write(lambda st: st.farmers.add(name, **values))
            else:
                self.farmer = self.ctx.write(lambda st: st.farmers.edit(original.id, **values))
        except ServicePointError as error:
            self.form.show_error(error)
            return
        self.accept()
