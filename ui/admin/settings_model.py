"""Table model of the shop settings: one row per setting, the value editable, saved through the settings service.

A value the service refuses is not kept: the row shows the stored value again and ``refused`` carries the
reason, which the view shows under the table. Rows are grouped by the prefix of their key (``hours.``, ``shop.``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from app.errors import RimedioError
from app.i18n import translate
from app.services import settings
from app.services.settings import SettingRow
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets.row_model import RowTableModel
from ui.workspace import Workspace

COL_KEY, COL_VALUE, COL_DEFAULT, COL_HELP = range(4)
KeyRole = Qt.ItemDataRole.UserRole + 1
GroupRole = Qt.ItemDataRole.UserRole + 2


def group_of(key: str) -> str:
    return key.split(".", 1)[0]


class SettingsModel(RowTableModel):
    CONTEXT = "SettingsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SettingsModel", "Setting"),
        QT_TRANSLATE_NOOP("SettingsModel", "Value"),
        QT_TRANSLATE_NOOP("SettingsModel", "Default"),
        QT_TRANSLATE_NOOP("SettingsModel", "Meaning"),
    )
    rows: list[SettingRow]

    refused = Signal(str, object)  # key, RimedioError
    saved = Signal(str)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.editable = workspace.can_edit_settings()

    def reload(self) -> None:
        self.workspace.runner.submit(
            settings.list_settings,
            self.workspace.ctx,
            done=self._loaded,
            failed=lambda e: self.refused.emit("", e),
        )

    def _loaded(self, rows: list[SettingRow]) -> None:
        self.set_rows(rows)

    def groups(self) -> list[str]:
        return sorted({group_of(r.key) for r in self.rows})

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_VALUE and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        col = index.column()
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return (row.key, row.value, row.default, translate(row.help))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(row.help)
        if role == Qt.ItemDataRole.FontRole and col == COL_VALUE and row.value != row.default:
            font = QFont()
            font.setBold(True)
            return font
        if role == KeyRole:
            return row.key
        if role == GroupRole:
            return group_of(row.key)
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or index.column() != COL_VALUE or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        text = str(value)
        if text == row.value:
            return False
        key = row.key
        self.workspace.runner.submit(
            settings.set_setting,
            self.workspace.ctx,
            key,
            text,
            done=self._stored,
            failed=lambda e: self._refused(key, e),
        )
        return True

    def _stored(self, row: SettingRow) -> None:
        for i, old in enumerate(self.rows):
            if old.key == row.key:
                self.rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, 3))
                self.saved.emit(row.key)

    def _refused(self, key: str, error: RimedioError) -> None:
        for i, old in enumerate(self.rows):
            if old.key == key:
                self.dataChanged.emit(self.index(i, COL_VALUE), self.index(i, COL_VALUE))
        self.refused.emit(key, error)
