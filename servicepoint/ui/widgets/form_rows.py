"""Rows of a ``Form`` whose labels are set later (on retranslation) and messages of the
window's own next to a field: what the purchase screen's forms share.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from .forms import Form


def add_row(
    form: Form,
    rows: dict[str, QWidget],
    key: str,
    widget: QWidget,
    *fields: str,
    focus: QWidget | None = None,
) -> None:
    """``form.add`` with a placeholder label (set by ``set_labels``); the row's holder hands
    focus to the editor, so the label's Alt+letter and Tab reach it."""
    form.add(key, widget, *fields)
    holder = widget.parentWidget()
    if holder is not None:
        holder.setFocusProxy(focus or widget)
        rows[key] = holder


def set_labels(form: Form, rows: dict[str, QWidget], texts: dict[str, str]) -> None:
    for key, text in texts.items():
        label = form.layout_.labelForField(rows[key])
        if isinstance(label, QLabel):
            label.setText(text)


def show_message(form: Form, field: str, text: str) -> None:
    """A message of the window's own (not a core refusal) next to ``field``."""
    form.clear_errors()
    label = form.errors.get(field, form.general)
    label.setText(text)
    label.show()
