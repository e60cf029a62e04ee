"""Painting a laid-out :class:`~servicepoint.printing.layout.Flow` with a :class:`QPainter`.

The same ops reportlab draws into the PDF (text, rules, QR codes, the training watermark) are
painted in points with a top-left origin onto any paint device at its own resolution; every
string is stretched by a hair of letter spacing to the width the layout measured.  Pages,
printers and their errors are ``printing.py``'s.
"""

from __future__ import annotations

import math

from PySide6 import QtCore
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..printing import fonts
from ..printing.layout import Flow, Op, Qr, Rule, Text, qr_runs


class FlowPainter:
    """Paints flow ops in points (top-left origin) onto a device at its own resolution."""

    def __init__(self, painter: QPainter, family: str, dpi: float | None = None) -> None:
        self.p = painter
        self.device = painter.device()
        self.k = (dpi or self.device.logicalDpiX()) / 72
        self.family = family
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self._units: dict[tuple[float, bool], float] = {}

    def font(self, size: float, bold: bool) -> QFont:
        key = (size, bold)
        if key not in self._fonts:
            f = QFont(self.family)
            # The font size is in device pixels so it matches ``self.k`` whatever the device.
            f.setPixelSize(max(1, round(size * self.k)))
            f.setBold(bold)  # the face has one weight: Qt embolden it, as reportlab strokes it
            f.setKerning(False)  # reportlab does not kern either
            f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[key] = f
        return self._fonts[key]

    def _spacing_unit(self, size: float, bold: bool) -> float:
        """Device pixels one unit of letter spacing adds per character: Qt scales the unit
        with the device's resolution (12 px at 1200 dpi), so measure it instead of guessing."""
        key = (size, bold)
        if key not in self._units:
            font = self.font(size, bold)
            probe = QFont(font)
            probe.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.0)
            gained = (
                QFontMetricsF(probe, self.device).horizontalAdvance("00")
                - QFontMetricsF(font, self.device).horizontalAdvance("00")
            ) / 2
            self._units[key] = gained if gained > 0 else 1.0
        return self._units[key]

    def text(self, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
        """Draw ``text`` with its baseline at ``y``, spread to the layout's measured width."""
        font = self.font(size, bold)
        want = fonts.width(text, size) * self.k
        have = QFontMetricsF(font, self.device).horizontalAdvance(text)
        if text and abs(want - have) > 0.01:
            spacing = (want - have) / len(text) / self._spacing_unit(size, bold)
            font = QFont(font)
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
        self.p.setFont(font)
        self.p.drawText(QPointF(x * self.k, y * self.k), text)

    def rule(self, op: Rule) -> None:
        pen = QPen(QColor(0, 0, 0), 0.6 * self.k)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if op.dashed:
            pen.setDashPattern([2 / 0.6, 2 / 0.6])  # 2 pt on, 2 pt off, in pen widths
        self.p.setPen(pen)
        self.p.drawLine(QtCore.QLineF(op.x1 * self.k, op.y * self.k, op.x2 * self.k, op.y * self.k))

    def qr(self, code: Qr) -> None:
        """The quiet zone in white, then runs of dark modules in one call (one PDF fill, no
        seams), snapped to whole device pixels: a 203 dpi head draws a module as five dots."""
        k, m = self.k, code.module * self.k
        if abs(m - round(m)) < 0.02:
            m = float(round(m))
        x0, y0 = round(code.x * k), round(code.y * k)
        quiet, side = 4 * m, len(code.modules) * m
        self.p.fillRect(
            QRectF(x0 - quiet, y0 - quiet, side + 2 * quiet, side + 2 * quiet),
            QColor(255, 255, 255),
        )
        rects = [
            QRectF(x0 + start * m, y0 + r * m, length * m, m)
            for r, start, length in qr_runs(code.modules)
        ]
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QColor(0, 0, 0))
        self.p.drawRects(rects)
        self.p.setBrush(Qt.BrushStyle.NoBrush)

    def ops(self, ops: list[Op]) -> None:
        """Rules and codes first, then the text, in the PDF's order."""
        for op in ops:
            if isinstance(op, Rule):
                self.rule(op)
            elif isinstance(op, Qr):
                self.qr(op)
        self.p.setPen(QColor(0, 0, 0))
        for op in ops:
            if isinstance(op, Text):
                self.text(op.x, op.y, op.text, op.size, op.bold)

    def watermark(self, text: str, width: float, height: float, largest: float) -> None:
        """``layout.watermark`` in Qt's top-down coordinates (angle turns the other way)."""
        angle = 28
        rad = math.radians(angle)
        size = min(largest, width * 0.92 / (fonts.width(text, 1) * math.cos(rad)))
        w = fonts.width(text, size)
        step = max(w * math.sin(rad) + size * 2.5, size * 5)
        self.p.save()
        self.p.setPen(QColor.fromRgbF(0.82, 0.82, 0.82))  # reportlab's GRAY
        y = step / 2
        while y < height:
            self.p.save()
            self.p.translate(width / 2 * self.k, (height - y) * self.k)
            self.p.rotate(-angle)
            self.text(-w / 2, size / 3, text, size)
            self.p.restore()
            y += step
        self.p.restore()


def page_height(flow: Flow) -> float:
    """A roll page is exactly as tall as its content; A4 is A4."""
    return flow.paper.height if flow.paper.height is not None else flow.height()
