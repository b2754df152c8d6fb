"""Small charts of the Reports screen, painted with QPainter: bars per week, a horizontal mix, a line over time.

Each chart is a plain widget fed with ``set_data``; it keeps no service object and never queries anything. Values
are numbers already computed by the service (counts, or minor units for money); ``format_value`` turns them into the
words shown on the axis and in the tooltip-free labels. No QtCharts: the Essentials wheel is enough.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import palette

Formatter = Callable[[float], str]


def _nice_max(value: float) -> float:
    """The smallest 1-2-5 step ceiling at or above ``value`` (at least 1)."""
    if value <= 0:
        return 1.0
    step = 1.0
    while step * 10 <= value:
        step *= 10
    for factor in (1, 2, 5, 10):
        if value <= step * factor:
            return step * factor
    return step * 10  # pragma: no cover - loop always returns


def spaced_labels(
    fm: QFontMetrics,
    labels: Sequence[str],
    centres: Sequence[float],
    top: float,
    left: float,
    right: float,
    gap: float = 10.0,
) -> list[tuple[QRectF, str]]:
    """Where each x-axis label is drawn: every n-th one, n chosen from the widest label so that no two touch (no
    "16/1130/11"), each kept inside ``left``…``right``."""
    if not labels:
        return []
    widest = max(fm.horizontalAdvance(t) for t in labels) + 4
    spacing = (centres[-1] - centres[0]) / (len(centres) - 1) if len(centres) > 1 else widest + gap
    every = max(1, math.ceil((widest + gap) / max(spacing, 1.0)))
    placed: list[tuple[QRectF, str]] = []
    for i in range(0, len(labels), every):
        w = fm.horizontalAdvance(labels[i]) + 4
        x = min(max(centres[i] - w / 2, left), right - w)
        rect = QRectF(x, top, w, fm.height())
        if placed and rect.left() < placed[-1][0].right() + gap / 2:
            continue  # pushed against the edge into its neighbour: leave it out
        placed.append((rect, labels[i]))
    return placed


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.empty_text = ""
        self.format_value: Formatter = lambda v: f"{v:g}"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(150)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(360, 190)

    def _frame(self, painter: QPainter) -> QRectF:
        """Draw the title; return the rectangle left for the plot."""
        pal = self.palette()
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        fm = QFontMetrics(font)
        # a long title wraps (never "… la sfârșitul fiecăr")
        title_h = fm.boundingRect(
            0, 0, max(self.width() - 8, 1), 1000, Qt.TextFlag.TextWordWrap, self.title
        ).height()
        painter.drawText(
            QRectF(4, 2, self.width() - 8, title_h),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            self.title,
        )
        font.setBold(False)
        painter.setFont(font)
        return QRectF(4, title_h + 8, self.width() - 8, self.height() - title_h - 12)

    def _empty(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)


class _WeeklySeries(_Chart):
    """One value per week under ``labels`` (floats: they only decide pixels, the figures themselves are exact)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        #: Where the x-axis labels were last drawn (for tests: they never overlap).
        self.label_rects: list[tuple[QRectF, str]] = []

    def set_data(self, labels: Sequence[str], values: Sequence[float]) -> None:
        self.labels, self.values = list(labels), [float(v) for v in values]
        self.update()


class WeeklyBarChart(_WeeklySeries):
    """One bar per week (``labels`` under the bars); the value axis has a 1-2-5 ceiling."""

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._frame(painter)
        if not self.values or not any(self.values):
            self._empty(painter, rect)
            return
        fm = painter.fontMetrics()
        top = _nice_max(max(self.values))
        axis_w = max(fm.horizontalAdvance(self.format_value(top * f)) for f in (0.0, 0.5, 1.0)) + 6
        plot = QRectF(
            rect.left() + axis_w, rect.top() + 2, rect.width() - axis_w, rect.height() - fm.height() - 6
        )
        text = self.palette().color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(40)
        for frac in (0.0, 0.5, 1.0):
            y = plot.bottom() - frac * plot.height()
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(rect.left(), y - fm.height() / 2, axis_w - 4, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.format_value(top * frac),
            )
        n = len(self.values)
        slot = plot.width() / n
        bar_w = max(1.0, slot * 0.7)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.colours().chart_series[0]))
        for i, v in enumerate(self.values):
            h = plot.height() * v / top
            painter.drawRect(QRectF(plot.left() + i * slot + (slot - bar_w) / 2, plot.bottom() - h, bar_w, h))
        painter.setPen(text)
        centres = [plot.left() + (i + 0.5) * slot for i in range(n)]
        self.label_rects = spaced_labels(
            fm, self.labels[:n], centres, plot.bottom() + 3, rect.left(), rect.right()
        )
        for box, label in self.label_rects:
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, label)


class MixChart(_Chart):
    """Horizontal bars, one per name, each with its count and share (the resolution mix)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, float]] = []

    def set_data(self, items: Sequence[tuple[str, float]]) -> None:
        self.items = [(name, float(v)) for name, v in items if v]
        #: Where each name was last drawn (for tests: each fits its box whole).
        self.name_rects: list[tuple[QRectF, str]] = []
        self.updateGeometry()
        self.update()

    def _layout(self, fm: QFontMetrics, width: float) -> tuple[float, float]:
        """The width of the names' column and the height of a row: names wrap onto more lines rather than being
        cut ("Keep the ite…"); every row is as tall as the tallest wrapped name."""
        widest = max(fm.horizontalAdvance(n) for n, _ in self.items) + 8
        name_w = min(width * 0.55, widest)
        tallest = max(
            fm.boundingRect(0, 0, max(int(name_w - 6), 1), 1000, Qt.TextFlag.TextWordWrap, n).height()
            for n, _ in self.items
        )
        return name_w, max(tallest + 4, fm.height() * 1.6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        fm = self.fontMetrics()
        if not self.items:
            return QSize(200, 150)
        _, row_h = self._layout(fm, max(self.width() - 8, 200))
        return QSize(200, int(fm.height() * 3 + len(self.items) * row_h + 16))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.updateGeometry()  # narrower: names wrap more, the chart needs more height

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._frame(painter)
        self.name_rects = []
        if not self.items:
            self._empty(painter, rect)
            return
        fm = painter.fontMetrics()
        total = sum(v for _, v in self.items)
        name_w, row_h = self._layout(fm, rect.width())
        text = self.palette().color(QPalette.ColorRole.WindowText)
        series = palette.colours().chart_series
        biggest = max(v for _, v in self.items)
        for i, (name, v) in enumerate(self.items):
            y = rect.top() + i * row_h
            painter.setPen(text)
            box = QRectF(rect.left(), y, name_w - 6, row_h)
            self.name_rects.append((box, name))
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                name,
            )
            caption = f"{self.format_value(v)} · {round(100 * v / total)} %"
            room = rect.width() - name_w - fm.horizontalAdvance(caption) - 10
            w = max(2.0, room * v / biggest)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(series[i % len(series)]))
            painter.drawRoundedRect(QRectF(rect.left() + name_w, y + row_h * 0.25, w, row_h * 0.5), 2, 2)
            painter.setPen(text)
            painter.drawText(
                QRectF(rect.left() + name_w + w + 6, y, fm.horizontalAdvance(caption) + 4, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                caption,
            )


class LineChart(_WeeklySeries):
    """A line through one value per week (the credit still owed at the end of each week)."""

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._frame(painter)
        if not self.values or not any(self.values):
            self._empty(painter, rect)
            return
        fm = painter.fontMetrics()
        low = min(0.0, min(self.values))
        top = _nice_max(max(self.values))
        axis_w = (
            max(fm.horizontalAdvance(self.format_value(top)), fm.horizontalAdvance(self.format_value(low)))
            + 6
        )
        plot = QRectF(
            rect.left() + axis_w, rect.top() + 4, rect.width() - axis_w - 4, rect.height() - fm.height() - 8
        )
        text = self.palette().color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(40)

        def y_of(v: float) -> float:
            return plot.bottom() - (v - low) / (top - low) * plot.height()

        for v in (low, (low + top) / 2, top):
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y_of(v)), QPointF(plot.right(), y_of(v)))
            painter.setPen(text)
            painter.drawText(
                QRectF(rect.left(), y_of(v) - fm.height() / 2, axis_w - 4, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.format_value(v),
            )
        n = len(self.values)
        step = plot.width() / max(1, n - 1)
        points = [
            QPointF(plot.left() + (i * step if n > 1 else plot.width() / 2), y_of(v))
            for i, v in enumerate(self.values)
        ]
        path = QPainterPath(points[0])
        for p in points[1:]:
            path.lineTo(p)
        painter.setPen(QPen(QColor(palette.colours().chart_series[1]), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(QColor(palette.colours().chart_series[1]))
        for p in points:
            painter.drawEllipse(p, 2.5, 2.5)
        painter.setPen(text)
        self.label_rects = spaced_labels(
            fm, self.labels[:n], [p.x() for p in points], plot.bottom() + 3, rect.left(), rect.right()
        )
        for box, label in self.label_rects:
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, label)
