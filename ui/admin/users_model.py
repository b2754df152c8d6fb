"""Table model of the users: name, role, language, limits, whether the account is active or locked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.services.users import UserInfo
from ui import formatting
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label, language_name
from ui.widgets.row_model import RowTableModel

COL_USERNAME, COL_NAME, COL_ROLE, COL_LANGUAGE, COL_CASE_LIMIT, COL_DAILY_LIMIT, COL_STATE = range(7)
UserRole = Qt.ItemDataRole.UserRole + 1


class UsersModel(RowTableModel):
    CONTEXT = "UsersModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("UsersModel", "User"),
        QT_TRANSLATE_NOOP("UsersModel", "Name"),
        QT_TRANSLATE_NOOP("UsersModel", "Role"),
        QT_TRANSLATE_NOOP("UsersModel", "Language"),
        QT_TRANSLATE_NOOP("UsersModel", "Limit per case"),
        QT_TRANSLATE_NOOP("UsersModel", "Daily limit"),
        QT_TRANSLATE_NOOP("UsersModel", "State"),
    )

    @property
    def users(self) -> list[UserInfo]:
        return self.rows

    def set_users(self, users) -> None:
        self.set_rows(users)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        u = self.row_at(index)
        if u is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if u.locked:
                state = QCoreApplication.translate("UsersModel", "locked")
            elif u.active:
                state = QCoreApplication.translate("UsersModel", "active")
            else:
                state = QCoreApplication.translate("UsersModel", "inactive")
            return (
                u.username,
                u.display_name,
                label(u.role),
                language_name(u.language),
                formatting.money(u.case_limit),
                formatting.money(u.daily_limit),
                state,
            )[index.column()]
        if role == UserRole:
            return u
        return None
