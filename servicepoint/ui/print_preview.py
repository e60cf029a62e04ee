"""A picture of a printout before it prints: the same layout, painted into an image.

The image comes from the very code that paints the printer (``printing.paint_page`` over
``print_painter.FlowPainter``), so what the operator sees is what the printer gets: the same
line breaks, the same right-aligned amounts, the QR and the TRAINING mark.  Painting an image
asks nothing of a printer, so a preview never waits on one.  Reading the receipt counts no
copy: the preview shows the copy number the next print will have only once it is counted.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.printables import label_data
from ..core.receipt_data import receipt_data
from ..printing.label import layout_label, render_label
from ..printing.layout import Flow
from ..printing.receipt import layout_receipt, render
from .print_painter import page_height
from .printing import paint_page, test_page_flow
from .widgets.forms import named

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from ..core.station import Station
    from ..core.unprinted import Kind

# screen resolution of a preview: a 80 mm roll is ~470 px wide, readable at 1366×768
PREVIEW_DPI = 150
PAGE_GAP = 12  # px of grey between the pages of an A4 printout


def flow_image(
    flow: Flow, *, title: str = "", training: bool = False, dpi: float = PREVIEW_DPI
) -> QImage:
    """Every page of ``flow`` one under the other on white paper, at ``dpi``."""
    k = dpi / 72
    width = math.ceil(flow.paper.width * k)
    page = math.ceil(page_height(flow) * k)
    count = len(flow.pages)
    image = QImage(width, page * count + PAGE_GAP * (count - 1), QImage.Format.Format_RGB32)
    image.fill(QColor("#c8c8c8"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for index in range(count):
            top = index * (page + PAGE_GAP)
            painter.fillRect(0, top, width, page, QColor("white"))
            painter.save()
            painter.translate(0, top)
            paint_page(painter, flow, index, title=title, training=training, dpi=dpi)
            painter.restore()
    finally:
        painter.end()
    return image


def printout_flow(station: Station, kind: Kind, number: str, width: str) -> tuple[Flow, bool]:
    """The layout of a receipt (by number) or a trace label (by trace code), and whether it
    is a training copy.  A read: nothing is counted."""
    if kind == "label":
        label = label_data(station, number)
        return layout_label(label, width), label.training
    data = receipt_data(station, number)
    return layout_receipt(data, width), data.training


def printout_image(station: Station, kind: Kind, number: str, width: str) -> QImage:
    flow, training = printout_flow(station, kind, number, width)
    return flow_image(flow, title=number, training=training)


def printout_pdf(station: Station, kind: Kind, number: str, width: str) -> bytes:
    """The PDF of a printout, for "save as PDF" when no kept copy is left.  Counts nothing."""
    if kind == "label":
        return render_label(label_data(station, number), width)
    return render(receipt_data(station, number), width)


def test_page_image(station_name: str, width: str, when: datetime | None = None) -> QImage:
    """The test page as it prints; ``when`` defaults to now on the station's clock (China
    time, as on every receipt), never the PC's own time zone."""
    return flow_image(test_page_flow(station_name, width, when), title=station_name)


class PreviewDialog(QDialog):
    """The picture of a printout, scrollable, with Print (when given) and Close.

    Opened window-modal with ``open()``; the picture is already painted, so nothing waits."""

    def __init__(
        self,
        image: QImage,
        title: str,
        parent: QWidget | None = None,
        on_print: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(title)
        self.image = image
        self.picture = named(QLabel(), "printPreviewImage")
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button: QPushButton | None = None
        if on_print is not None:
            self.print_button = named(QPushButton(self.tr("&Print")), "printPreviewPrint")
            self.print_button.setDefault(True)
            buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.print_button.clicked.connect(self.accept)
            self.print_button.clicked.connect(on_print)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        high = screen.height() - 120 if screen is not None else 640
        self.resize(min(image.width() + 60, 900), min(image.height() + 90, high))
