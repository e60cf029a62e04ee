"""A small bar chart painted with QPainter: takings per day, commission per category.

Why not QtCharts: it ships in PySide6-Addons, which the installer leaves out to stay within
its size budget (≤150 MB unpacked).  These charts need bars, a zero line, a few gridlines and
a tooltip, which is a page of painting code.

Values are integer fen.  Heights and gridlines are computed in integers too (a bar is
``value × plot height ÷ top of the scale`` pixels, rounded down), so a chart never needs a
float of money; amounts on the axis and in tooltips are made by ``format_yuan``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...core.money import format_yuan

BAR = QColor("#2e7d32")
BAR_NEGATIVE = QColor("#c62828")
BAR_HIGHLIGHT = QColor("#f9a825")
GRID = QColor("#d0d0d0")
TEXT = QColor("#333333")


def nice_step(top: int, ticks: int = 4) -> int:
    """A gridline step of 1, 2 or 5 × 10^k fen that covers ``top`` in about ``ticks`` steps."""
    if top <= 0:
        return 100
    raw = -(-top // ticks)
    magnitude = 1
    while magnitude * 10 <= raw:
        magnitude *= 10
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover - the loop always returns


def axis_label(fen: int) -> str:
    """Whole yuan on the axis when the value is whole ("¥1,200"), else "¥0.50"."""
    if fen % 100 == 0:
        return f"¥{fen // 100:,}"
    return format_yuan(fen, symbol="¥")


class BarChart(QWidget):
    """Bars for (label, fen) pairs; hover a bar to read its exact amount."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(260, 160))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.title = ""
        self.empty_text = ""
        self.bars: list[tuple[str, int]] = []
        self.highlight: int | None = None
        self._slots: list[QRect] = []

    # -- data ---------------------------------------------------------------------------------

    def set_bars(self, bars: Sequence[tuple[str, int]], highlight: int | None = None) -> None:
        self.bars = [(str(label), int(value)) for label, value in bars]
        self.highlight = highlight
        self.setAccessibleDescription(self.summary())
        self.update()

    def set_texts(self, title: str, empty_text: str) -> None:
        self.title, self.empty_text = title, empty_text
        self.setAccessibleName(title)
        self.update()

    def summary(self) -> str:
        """The chart as text (tooltips, screen readers, tests)."""
        return "; ".join(f"{label}: {format_yuan(value, symbol='¥')}" for label, value in self.bars)

    def scale(self) -> tuple[int, int, int]:
        """(bottom, top, step) of the value axis in fen; zero is always on the axis."""
        values = [v for _l, v in self.bars] or [0]
        high, low = max(max(values), 0), min(min(values), 0)
        step = nice_step(max(high - low, 1))
        top = -(-high // step) * step
        bottom = (low // step) * step
        if top == bottom:
            top = bottom + step
        return bottom, top, step

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        area = self.rect().adjusted(4, 4, -6, -4)
        painter.setPen(TEXT)
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(
            QRect(area.left(), area.top(), area.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        painter.setFont(self.font())
        if not self.bars or all(v == 0 for _l, v in self.bars):
            painter.drawText(
                area.adjusted(0, line, 0, 0), Qt.AlignmentFlag.AlignCenter, self.empty_text
            )
            self._slots = []
            painter.end()
            return
        bottom, top, step = self.scale()
        ticks = list(range(bottom, top + 1, step))
        left = max(metrics.horizontalAdvance(axis_label(t)) for t in ticks) + 8
        plot = QRect(
            area.left() + left,
            area.top() + line + 6,
            area.width() - left,
            area.height() - 2 * line - 12,
        )
        if plot.height() < 20 or plot.width() < 20:
            painter.end()
            return
        span = top - bottom

        def y_of(value: int) -> int:
            return plot.bottom() - (value - bottom) * plot.height() // span

        for tick in ticks:  # gridlines and their amounts
            y = y_of(tick)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(TEXT)
            painter.drawText(
                QRect(area.left(), y - line // 2, left - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                axis_label(tick),
            )
        count = len(self.bars)
        slot = plot.width() // count
        zero = y_of(0)
        widest = max(metrics.horizontalAdvance(label) for label, _v in self.bars) + 6
        every = max(1, -(-widest // max(slot, 1)))  # label every n-th bar so none overlap
        self._slots = []
        for index, (label, value) in enumerate(self.bars):
            x = plot.left() + index * slot
            self._slots.append(QRect(x, plot.top(), slot, plot.height()))
            width = max(2, min(slot * 7 // 10, 90))
            bar_x = x + (slot - width) // 2
            y = y_of(value)
            colour = (
                BAR_HIGHLIGHT if index == self.highlight else BAR_NEGATIVE if value < 0 else BAR
            )
            painter.fillRect(QRect(bar_x, min(y, zero), width, max(abs(zero - y), 1)), colour)
            if index % every == 0:
                painter.setPen(TEXT)
                painter.drawText(
                    QRect(x + slot // 2 - widest // 2, plot.bottom() + 4, widest, line),
                    Qt.AlignmentFlag.AlignHCenter,
                    label,
                )
        painter.setPen(QPen(TEXT, 1))
        painter.drawLine(plot.left(), zero, plot.right(), zero)
        painter.end()

    def bar_at(self, point: QPoint) -> int | None:
        for index, rect in enumerate(self._slots):
            if rect.contains(point):
                return index
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position().toPoint())
        if index is None:
            QToolTip.hideText()
        else:
            label, value = self.bars[index]
            QToolTip.showText(
                event.globalPosition().toPoint(), f"{label}: {format_yuan(value, symbol='¥')}", self
            )
        super().mouseMoveEvent(event)
