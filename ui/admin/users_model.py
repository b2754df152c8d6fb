"""Table model of the users: name, role, language, limits, whether the account is active or locked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from app.services.users import UserInfo
from ui import formatting
from ui.labels import label, language_name

COL_USERNAME, COL_NAME, COL_ROLE, COL_LANGUAGE, COL_CASE_LIMIT, COL_DAILY_LIMIT, COL_STATE = range(7)
_HEADERS = (QT_TRANSLATE_NOOP("UsersModel", "User"), QT_TRANSLATE_NOOP("UsersModel", "Name"),
            QT_TRANSLATE_NOOP("UsersModel", "Role"), QT_TRANSLATE_NOOP("UsersModel", "Language"),
            QT_TRANSLATE_NOOP("UsersModel", "Limit per case"), QT_TRANSLATE_NOOP("UsersModel", "Daily limit"),
            QT_TRANSLATE_NOOP("UsersModel", "State"))
UserRole = Qt.ItemDataRole.UserRole + 1


class UsersModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.users: list[UserInfo] = []

    def set_users(self, users) -> None:
        self.beginResetModel()
        self.users = list(users)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 7:
            return QCoreApplication.translate("UsersModel", _HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.users):
            return None
        u = self.users[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if u.locked:
                state = QCoreApplication.translate("UsersModel", "locked")
            elif u.active:
                state = QCoreApplication.translate("UsersModel", "active")
            else:
                state = QCoreApplication.translate("UsersModel", "inactive")
            return (u.username, u.display_name, label(u.role), language_name(u.language),
                    formatting.money(u.case_limit), formatting.money(u.daily_limit), state)[index.column()]
        if role == UserRole:
            return u
        return None
