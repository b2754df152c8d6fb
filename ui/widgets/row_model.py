"""The common ground of the client's flat table models: a list of rows under a tuple of translated headers.

A subclass names its translation context and headers (marked for lupdate where they are written)::

    class UsersModel(RowTableModel):
        CONTEXT = "UsersModel"
        HEADERS = (QT_TRANSLATE_NOOP("UsersModel", "User"), ...)

and only says what a row shows in :meth:`data`, starting from :meth:`row_at`. The context must stay the one the
``.ts`` files use, or the headers are no longer translated.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt


class RowTableModel(QAbstractTableModel):
    """Rows of records, one per line; the columns are the :attr:`HEADERS`, translated in :attr:`CONTEXT`.

    With an empty ``CONTEXT`` the headers are shown as they are (a file's own column names, say).
    """

    CONTEXT: str = ""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        """The untranslated header texts; one column each."""
        return self.HEADERS

    def row_at(self, index: QModelIndex | QPersistentModelIndex) -> Any | None:
        """The row behind ``index``, or None when the index is not one of this model's cells."""
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self.rows)
            or not 0 <= index.column() < len(self.headers())
        ):
            return None
        return self.rows[index.row()]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = self.headers()
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)
        ):
            text = headers[section]
            return QCoreApplication.translate(self.CONTEXT, text) if self.CONTEXT else text
        return None
