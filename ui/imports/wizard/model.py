"""The import wizard's table model: the file's first rows, or the refused rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ui.widgets.row_model import RowTableModel


class TableModel(RowTableModel):
    """Rows of strings under a header: the file's first rows, or the refused rows."""

    rows: list[tuple[str, ...]]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.header: tuple[str, ...] = ()

    def set_table(self, header, rows) -> None:
        self.beginResetModel()
        self.header = tuple(header)
        self.rows = [tuple(r) for r in rows]
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return self.header  # the file's own column names: no CONTEXT, shown as they are

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row_at(index)
        if row is not None and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()] if index.column() < len(row) else ""
        return None
