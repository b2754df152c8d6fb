"""Settings (admin), the users: edit, unlock, deactivate or reactivate, reset a password, add a user."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RimedioError
from app.services import user_admin, users
from app.services.users import UserInfo
from ui import palette
from ui.admin.add_user_dialog import AddUserDialog
from ui.admin.edit_user_dialog import EditUserDialog
from ui.admin.password_dialog import PasswordDialog
from ui.admin.users_model import COL_NAME, UserRole, UsersModel
from ui.errors import show_refusal
from ui.icons import icon
from ui.layout_memory import remember_header
from ui.workspace import Workspace


class UsersPage(QWidget):
    """The users; an admin edits one (Enter on the row), unlocks, deactivates or reactivates, resets a password.
    Users are never deleted: cases, credit and the audit log keep naming them."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.workspace = workspace
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)  # the name takes the room left
        self._columns_restored = remember_header(header, workspace.actor.username, "admin/users/columns")
        manage = workspace.can_manage_users()
        self.add_button = QPushButton(icon("action-user-add"), self.tr("&Add user…"))
        self.add_button.setObjectName("addUser")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editUser")
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlockUser")
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.setObjectName("deactivateUser")
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.reset_button.setObjectName("resetPassword")
        self.message = QLabel()
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        self.add_button.setEnabled(manage)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.unlock_button.clicked.connect(self.unlock_user)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.table.activated.connect(lambda _index: self.edit_user())
        row = QHBoxLayout()
        for button in (self.edit_button, self.unlock_button, self.active_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.reload()

    def current(self) -> UserInfo | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(UserRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        user = self.current()
        manage = self.workspace.can_manage_users() and user is not None
        for button in (self.edit_button, self.reset_button, self.active_button):
            button.setEnabled(manage)
        self.unlock_button.setEnabled(manage and bool(user and user.locked))
        self.active_button.setText(
            self.tr("&Deactivate") if user is None or user.active else self.tr("Re&activate")
        )

    def reload(self, keep: int | None = None) -> None:
        def loaded(rows) -> None:
            self.model.set_users(rows)
            if (
                not self._columns_restored and rows
            ):  # headers and roles not cut, unless the user left them otherwise
                self.table.resizeColumnsToContents()
                self._columns_restored = True  # sized once: from here on the widths are the user's
            row = next((i for i, u in enumerate(rows) if u.id == keep), 0 if rows else -1)
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))
            self._update_buttons()

        self.workspace.runner.submit(
            users.list_users, self.workspace.ctx, done=loaded, failed=lambda e: show_refusal(self, e)
        )

    def _changed(self, info: UserInfo, text: str) -> None:
        palette.tone(self.message, "success")
        self.message.setText(text.replace("%1", info.username))
        self.reload(info.id)

    def _refused(self, error: RimedioError) -> None:
        palette.tone(self.message, "error")
        self.message.setText(error.message)

    def add_user(self) -> None:
        dialog = AddUserDialog(self.workspace, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit_user(self) -> None:
        user = self.current()
        if user is None or not self.edit_button.isEnabled():
            return
        dialog = EditUserDialog(self.workspace, user, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._changed(dialog.saved, self.tr("Saved %1."))

    def unlock_user(self) -> None:
        user = self.current()
        if user is not None:
            self.workspace.runner.submit(
                user_admin.unlock_user,
                self.workspace.ctx,
                user.id,
                done=lambda info: self._changed(info, self.tr("%1 can log in again.")),
                failed=self._refused,
            )

    def toggle_active(self) -> None:
        user = self.current()
        if user is None:
            return
        text = (
            self.tr("%1 can no longer log in (their cases and history stay).")
            if user.active
            else self.tr("%1 can log in again.")
        )
        self.workspace.runner.submit(
            user_admin.set_active,
            self.workspace.ctx,
            user.id,
            not user.active,
            done=lambda info: self._changed(info, text),
            failed=self._refused,
        )

    def reset_password(self) -> None:
        user = self.current()
        if user is None:
            return
        dialog = PasswordDialog(
            self.tr("Rimedio – reset %1's password").replace("%1", user.username),
            self.tr("Give %1 this temporary password; they choose their own at the next login.").replace(
                "%1", user.display_name
            ),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.workspace.runner.submit(
            user_admin.reset_password,
            self.workspace.ctx,
            user.id,
            dialog.password.text(),
            done=lambda info: self._changed(
                info, self.tr("%1 must choose a new password at the next login.")
            ),
            failed=self._refused,
        )
