"""The print banner: one line above the screens that says how each printout ended.

Screens start a print and say nothing about it (only the job knows whether the operating
system took the copy); this banner hears every :class:`~..receipt_printer.PrintOutcome` and
says it once, in the window's language, without a dialog:

- printed: a quiet line that goes away by itself;
- printer set to PDF: the file's name, with *Open folder*;
- failed: what went wrong, that the sale is safe and where the PDF is kept, with *Reprint*,
  *Save as PDF…*, *Preview* and the unprinted list; it stays until closed;
- no printer: the same, but once per session: later copies only update the count (the
  menu's *Unprinted printouts…* and the list always have them).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...core import unprinted
from ...core.changes import Change
from ...core.errors import ServicePointError
from ..i18n import Retranslating
from ..receipt_printer import PrintOutcome, printer_ready
from .forms import named

if TYPE_CHECKING:
    from ..context import AppContext
    from .unprinted_list import UnprintedDialog

PRINTED_SECONDS = 8
CJK_STOPS = ("。", "：", "；", "！", "？")
STYLES = {
    "info": "#printBanner { background: #e6f4ea; border: 1px solid #7cb342; }",
    "warn": "#printBanner { background: #fff4e5; border: 1px solid #f9a825; }",
}


def joined(*sentences: str) -> str:
    """Sentences one after another: a space after English, none after a Chinese full stop."""
    out = ""
    for sentence in filter(None, (s.strip() for s in sentences)):
        out += sentence if not out or out.endswith(CJK_STOPS) else " " + sentence
    return out


def open_url(url: QUrl) -> bool:
    """Open a folder in the system's file manager (tests replace this)."""
    return QDesktopServices.openUrl(url)


def open_folder(path: Path) -> bool:
    """Show the folder holding ``path`` (or ``path`` itself when it is a folder)."""
    folder = path if path.is_dir() else path.parent
    return open_url(QUrl.fromLocalFile(str(folder)))


def save_copy(parent: QWidget, ctx: AppContext, kind: unprinted.Kind, number: str) -> Path | None:
    """Ask where to save a printout as PDF and write it there (the kept copy, or a fresh one
    when none is kept); None when the operator cancelled.  Raises OSError/ServicePointError."""
    kept = next(
        (e.path for e in unprinted.entries(ctx.station) if (e.kind, e.number) == (kind, number)),
        None,
    )
    name = unprinted.file_name(number, kind=kind)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrintBanner", "Save as PDF"),
        str(Path.home() / name),
        QCoreApplication.translate("PrintBanner", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    if kept is not None and kept.is_file():
        shutil.copyfile(kept, target)
    else:
        from ..print_preview import printout_pdf
        from ..printing import PrintSettings

        width = PrintSettings.of(ctx.station).width
        target.write_bytes(printout_pdf(ctx.station, kind, number, width))
    return target


def preview(parent: QWidget, ctx: AppContext, kind: unprinted.Kind, number: str) -> None:
    """Show the printout as it will print, with a Print button that prints it again."""
    from ..print_preview import PreviewDialog, printout_image
    from ..printing import PrintSettings

    try:
        image = printout_image(ctx.station, kind, number, PrintSettings.of(ctx.station).width)
    except ServicePointError as error:
        from PySide6.QtWidgets import QMessageBox

        title = QCoreApplication.translate("PrintBanner", "No preview")
        QMessageBox.warning(parent, title, ctx.message(error))
        return
    dialog = PreviewDialog(
        image,
        QCoreApplication.translate("PrintBanner", "Preview of %1").replace("%1", number),
        parent,
        lambda: ctx.printer.retry(parent, kind, number),
    )
    dialog.open()


class PrintBanner(Retranslating, QFrame):
    """Says how each printout ended, above the screens; never modal."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("printBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.outcome: PrintOutcome | None = None
        self.told_no_printer = False  # the no-printer message is said once per session
        self.dialog: UnprintedDialog | None = None
        self.saved_to: Path | None = None  # where "Save as PDF…" put the shown printout
        self.text = named(QLabel(), "printBannerText")
        self.text.setWordWrap(True)
        self.reprint = named(QPushButton(), "printBannerReprint")
        self.reprint.clicked.connect(self.do_reprint)
        self.save_pdf = named(QPushButton(), "printBannerSavePdf")
        self.save_pdf.clicked.connect(self.do_save_pdf)
        self.preview = named(QPushButton(), "printBannerPreview")
        self.preview.clicked.connect(self.do_preview)
        self.open_folder = named(QPushButton(), "printBannerOpenFolder")
        self.open_folder.clicked.connect(self.do_open_folder)
        self.show_list = named(QPushButton(), "printBannerList")
        self.show_list.clicked.connect(self.open_list)
        self.close_button = named(QPushButton("×"), "printBannerClose")
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.text, 1)
        for button in (
            self.reprint,
            self.save_pdf,
            self.preview,
            self.open_folder,
            self.show_list,
            self.close_button,
        ):
            row.addWidget(button)
        self.list_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+P"))
        self.list_action.setObjectName("actionUnprinted")
        self.list_action.triggered.connect(self.open_list)
        self.timer = QTimer(self, singleShot=True, interval=PRINTED_SECONDS * 1000)
        self.timer.timeout.connect(self.hide)
        self.count = unprinted.unprinted_count(ctx.station)
        ctx.printer.did_finish.connect(self.show_outcome)
        ctx.changed.connect(self._heard_change)
        self.hide()
        self.retranslate()

    # -- what it says ----------------------------------------------------------------------

    def show_outcome(self, outcome: PrintOutcome) -> None:
        self.count = unprinted.unprinted_count(self.ctx.station)
        shown = self.outcome
        older_failure = (
            shown is not None
            and shown.unprinted
            and shown.number != outcome.number
            and unprinted.is_unprinted(self.ctx.station, shown.number, shown.kind)
        )
        if outcome.printed and self.isVisible() and older_failure:
            self.retranslate()  # an older failure is still news: keep it, update the count
            return
        if outcome.state == "no_printer":
            if self.told_no_printer and not self.isVisible():
                self.retranslate()  # said once this session; the count still moves
                return
            self.told_no_printer = True
        self.outcome, self.saved_to = outcome, None
        self.timer.stop()
        self.retranslate()
        self.show()
        if outcome.printed:
            self.timer.start()

    def _heard_change(self, names: set[str]) -> None:
        """Settings were saved: a no-printer message that no longer holds (the printer is
        now set to PDF, or the chosen printer is there) goes away, and would be said again
        if the printer went missing.  The kept copies stay on the list and in the menu."""
        if Change.SETTINGS not in names:
            return
        self.count = unprinted.unprinted_count(self.ctx.station)
        shown = self.outcome
        if shown is not None and shown.state == "no_printer" and printer_ready(self.ctx):
            self.outcome, self.saved_to = None, None
            self.told_no_printer = False
            self.timer.stop()
            self.hide()
        self.retranslate()

    def _what(self, outcome: PrintOutcome) -> str:
        receipt = outcome.kind == "receipt"
        n = outcome.number
        if outcome.state == "printed":
            text = self.tr("Receipt %1 printed.") if receipt else self.tr("Label %1 printed.")
            return text.replace("%1", n)
        if outcome.state == "saved":
            text = (
                self.tr("Receipt %1 saved as a PDF file: %2")
                if receipt
                else self.tr("Label %1 saved as a PDF file: %2")
            )
            return text.replace("%1", n).replace("%2", str(outcome.path or ""))
        if outcome.state == "no_printer":
            if self.count <= 1:
                text = (
                    self.tr("No printer found: receipt %1 was not printed.")
                    if receipt
                    else self.tr("No printer found: label %1 was not printed.")
                )
            else:
                text = self.tr("No printer found: %2 printouts wait, the latest is %1.")
            return joined(
                text.replace("%1", n).replace("%2", str(self.count)),
                self.tr(
                    "Until a printer is connected, receipts and labels are kept as PDF "
                    "files in the unprinted folder; reprint them from the list."
                ),
            )
        text = (
            self.tr("Receipt %1 was not printed.")
            if receipt
            else self.tr("Label %1 was not printed.")
        )
        return joined(text.replace("%1", n), *outcome.message.split("\n"))

    def retranslate(self) -> None:
        self.reprint.setText(self.tr("Reprint"))
        self.save_pdf.setText(self.tr("Save as PDF…"))
        self.preview.setText(self.tr("Preview"))
        self.open_folder.setText(self.tr("Open folder"))
        self.show_list.setText(self.tr("Unprinted (%1)…").replace("%1", str(self.count)))
        self.close_button.setToolTip(self.tr("Close this message"))
        self.list_action.setText(
            self.tr("&Unprinted printouts (%1)…").replace("%1", str(self.count))
        )
        outcome = self.outcome
        if outcome is None:
            return
        saved = self.tr("Saved as %1.").replace("%1", str(self.saved_to or ""))
        self.text.setText(joined(self._what(outcome), saved if self.saved_to else ""))
        self.setStyleSheet(STYLES["info" if outcome.state in ("printed", "saved") else "warn"])
        waiting = outcome.unprinted
        self.reprint.setVisible(waiting)
        self.save_pdf.setVisible(waiting)
        self.preview.setVisible(waiting)
        self.show_list.setVisible(waiting or self.count > 0)
        self.open_folder.setVisible(outcome.state == "saved" or self.saved_to is not None)

    # -- what it does ----------------------------------------------------------------------

    def do_reprint(self) -> None:
        if self.outcome is not None:
            self.ctx.printer.retry(self.window(), self.outcome.kind, self.outcome.number)

    def do_save_pdf(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        try:
            saved = save_copy(self, self.ctx, outcome.kind, outcome.number)
        except (OSError, ServicePointError) as error:
            message = self.ctx.message(error) if isinstance(error, ServicePointError) else error
            self.text.setText(self.tr("Not saved: %1").replace("%1", str(message)))
            return
        if saved is not None:
            self.saved_to = saved
            self.retranslate()

    def do_preview(self) -> None:
        if self.outcome is not None:
            preview(self.window(), self.ctx, self.outcome.kind, self.outcome.number)

    def do_open_folder(self) -> None:
        path = self.saved_to or (self.outcome.path if self.outcome is not None else None)
        if path is not None:
            open_folder(path)

    def open_list(self) -> None:
        """The unprinted list (one window, raised when it is already open)."""
        from .unprinted_list import UnprintedDialog

        if self.dialog is None:
            self.dialog = UnprintedDialog(self.ctx, self.window())
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
