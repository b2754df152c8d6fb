"""The remedies panel's table of options: every option visible without scrolling, rows as tall as their (wrapped)
names at the current width, and never narrower than its figures and headers whole beside a readable name."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.cases.remedy_model import COL_REMEDY, RemedyModel


class RemedyTable(QTableView):
    def __init__(self, model: RemedyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remedyTable")
        self.setModel(model)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REMEDY, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(self.fontMetrics().height() * 6)
        self.setWordWrap(True)  # a long remedy name takes a second line rather than being cut
        # rows are re-measured once the widths have settled (the remedy column follows the panel's width)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit_height)
        header.sectionResized.connect(self._refit.start)

    #: The remedy's name keeps at least this many average characters a line (it wraps within them).
    NAME_CHARS = 14

    def minimumSizeHint(self) -> QSize:
        """Wide enough for every figure column and its header whole, and a readable column of names: the panel
        (and the case view's side pane, which follows it) cannot squeeze the table until headers are cut."""
        hint = super().minimumSizeHint()
        header = self.horizontalHeader()
        model = self.model()
        width = 2 * self.frameWidth()
        for column in range(model.columnCount()):
            if self.isColumnHidden(column):
                continue
            if column == COL_REMEDY:
                width += max(
                    self.fontMetrics().averageCharWidth() * self.NAME_CHARS, header.sectionSizeHint(column)
                )
            else:
                width += max(header.sectionSizeHint(column), self.sizeHintForColumn(column))
        return QSize(max(hint.width(), width), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._refit.start()

    def fit_height(self) -> None:
        """Every option visible without scrolling: rows as tall as their (wrapped) names, at the current width."""
        # measured here rather than by the delegate's size hint, which can leave a name one line high and cut
        model = self.model()
        width = max(self.columnWidth(COL_REMEDY) - 12, 40)  # the cell's text margins, and some slack
        for r in range(model.rowCount()):
            font = model.index(r, COL_REMEDY).data(Qt.ItemDataRole.FontRole) or self.font()
            metrics = QFontMetrics(font)
            text = model.index(r, COL_REMEDY).data() or ""
            height = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()
            self.setRowHeight(r, max(height, metrics.height()) + 8)
        self.updateGeometry()  # the figures may be wider now: the minimum width follows them
        rows_height = sum(self.rowHeight(r) for r in range(model.rowCount()))
        self.setFixedHeight(
            max(
                self.horizontalHeader().sizeHint().height() + rows_height + 4, self.fontMetrics().height() * 4
            )
        )
