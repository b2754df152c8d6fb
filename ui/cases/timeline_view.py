"""The case view's timeline table: the details column wraps and keeps at least 40% of the width, so nothing is
pushed out of sight; rows as tall as their text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.cases.timeline import COL_TEXT, COL_WHAT, COL_WHEN, COL_WHO, TimelineModel


class TimelineView(QTableView):
    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setModel(model)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)  # the details wrap; they are never pushed out of sight
        self.setMinimumHeight(self.fontMetrics().height() * 8)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
        ):  # before the view lays itself out, as the columns were always fitted
            self.fit_columns()
        return super().event(event)

    def fit_columns(self) -> None:
        """When, who and what as wide as they need up to a cap; the details always keep at least 40% of the
        width (they wrap, so nothing is pushed out of sight)."""
        header = self.horizontalHeader()
        available = self.viewport().width()
        if available <= 0 or not self.model().rowCount():
            return
        caps = {COL_WHEN: 10_000, COL_WHO: 130, COL_WHAT: 180}
        widths = {
            col: min(max(self.sizeHintForColumn(col), header.sectionSizeFromContents(col).width()), cap)
            for col, cap in caps.items()
        }
        room = available * 0.6 - widths[COL_WHEN]  # the time keeps its width; who and what wrap
        shrinkable = widths[COL_WHO] + widths[COL_WHAT]
        if shrinkable > room:
            scale = max(room, 0) / shrinkable
            for col in (COL_WHO, COL_WHAT):
                widths[col] = max(int(widths[col] * scale), 60)
        for col, width in widths.items():
            header.resizeSection(col, width)
        self.resizeRowsToContents()
