"""The admin screens: shop settings grouped by the first part of their key, and the users with *Add user…*."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QRegularExpression,
    QSortFilterProxyModel,
    QStringListModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.permissions import Permission
from app.errors import RimedioError
from app.i18n import SUPPORTED_LANGUAGES
from app.services import user_admin, users
from app.services.users import UserInfo
from ui import formatting
from ui.admin.settings_model import COL_HELP, COL_KEY, SettingsModel
from ui.admin.users_model import COL_NAME, UserRole, UsersModel
from ui.errors import show_refusal
from ui.icons import app_icon, icon
from ui.labels import autonym, label
from ui.workspace import Workspace


class SettingsPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.model = SettingsModel(workspace, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(COL_KEY)
        self.groups = QStringListModel(self)
        self.group_view = QListView()
        self.group_view.setObjectName("settingGroups")
        self.group_view.setAccessibleName(self.tr("Groups of settings"))
        self.group_view.setModel(self.groups)
        self.group_view.setMaximumWidth(160)
        self.group_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table = QTableView()
        self.table.setObjectName("settingsTable")
        self.table.setAccessibleName(self.tr("Shop settings"))
        self.table.setModel(self.proxy)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(COL_HELP, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.message = QLabel()
        self.message.setObjectName("settingMessage")
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr("Double-click a value (or press F2) to change it. Shared by every workstation.")
            if self.model.editable
            else self.tr("Only an administrator can change these settings.")
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.group_view)
        row.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        self.model.modelReset.connect(self._groups_changed)
        self.model.refused.connect(self._refused)
        self.model.saved.connect(lambda key: self._say(self.tr("Saved %1.").replace("%1", key), ok=True))
        self.group_view.selectionModel().currentChanged.connect(self._group_chosen)
        self.model.reload()

    def _groups_changed(self) -> None:
        self.groups.setStringList(self.model.groups())
        if self.groups.rowCount():
            self.group_view.selectionModel().setCurrentIndex(
                self.groups.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.table.resizeColumnToContents(COL_KEY)

    def _group_chosen(self, current, _previous) -> None:
        name = current.data() or ""
        self.proxy.setFilterRegularExpression(
            QRegularExpression("^" + QRegularExpression.escape(name) + r"\.")
        )
        self.table.resizeRowsToContents()

    def _refused(self, key: str, error: RimedioError) -> None:
        self._say(error.message, ok=False)

    def _say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("" if ok else "color: #c0392b;")


class AddUserDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Rimedio – add a user"))
        self.setWindowIcon(app_icon())
        self.workspace = workspace
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for r in Role:
            self.role.addItem(label(r), r.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.case_limit = QLineEdit()
        self.case_limit.setPlaceholderText(self.tr("e.g. 30,00 – empty: the role's limit"))
        self.daily_limit = QLineEdit()
        self.language = QComboBox()
        for code in SUPPORTED_LANGUAGES:
            self.language.addItem(autonym(code), code)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        form = QFormLayout()
        for text, widget in (
            (self.tr("&User name:"), self.username),
            (self.tr("&Full name:"), self.display_name),
            (self.tr("&Role:"), self.role),
            (self.tr("&Password:"), self.password),
            (self.tr("Limit per &case:"), self.case_limit),
            (self.tr("&Daily limit:"), self.daily_limit),
            (self.tr("&Language:"), self.language),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.created = None

    def submit(self) -> None:
        self.workspace.runner.submit(
            users.add_user,
            self.workspace.db,
            self.workspace.actor,
            self.username.text(),
            self.role.currentData(),
            self.password.text(),
            self.display_name.text() or None,
            self.case_limit.text().strip() or None,
            self.daily_limit.text().strip() or None,
            self.language.currentData(),
            done=self._done,
            failed=lambda e: self.problem.setText(e.message),
        )

    def _done(self, info) -> None:
        self.created = info
        self.accept()


class EditUserDialog(QDialog):
    """An admin changes a user's name, role, language and limits (the service checks every change)."""

    def __init__(self, workspace: Workspace, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editUserDialog")
        self.setWindowTitle(self.tr("Rimedio – user %1").replace("%1", user.username))
        self.setWindowIcon(app_icon())
        self.workspace, self.user = workspace, user
        self.display_name = QLineEdit(user.display_name)
        self.display_name.setObjectName("editName")
        self.role = QComboBox()
        self.role.setObjectName("editRole")
        for r in Role:
            self.role.addItem(label(r), r.value)
        self.role.setCurrentIndex(self.role.findData(user.role.value))
        self.language = QComboBox()
        self.language.setObjectName("editLanguage")
        for code in SUPPORTED_LANGUAGES:
            self.language.addItem(autonym(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(user.language)))
        self.case_limit = QLineEdit(formatting.amount_text(user.case_limit))
        self.case_limit.setObjectName("editCaseLimit")
        self.case_limit.setPlaceholderText(self.tr("empty: the role's limit"))
        self.daily_limit = QLineEdit(formatting.amount_text(user.daily_limit))
        self.daily_limit.setObjectName("editDailyLimit")
        self.daily_limit.setPlaceholderText(self.tr("empty: the role's limit"))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Full name:"), self.display_name),
            (self.tr("&Role:"), self.role),
            (self.tr("&Language:"), self.language),
            (self.tr("Limit per &case:"), self.case_limit),
            (self.tr("&Daily limit:"), self.daily_limit),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.saved: UserInfo | None = None

    def submit(self) -> None:
        self.workspace.runner.submit(
            user_admin.update_user,
            self.workspace.ctx,
            self.user.id,
            display_name=self.display_name.text(),
            role=self.role.currentData(),
            language=self.language.currentData(),
            case_limit=self.case_limit.text(),
            daily_limit=self.daily_limit.text(),
            done=self._done,
            failed=lambda e: self.problem.setText(e.message),
        )

    def _done(self, info: UserInfo) -> None:
        self.saved = info
        self.accept()


class PasswordDialog(QDialog):
    """A new password typed twice: an admin's temporary one for a user, or the user's own after a reset."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(title)
        self.setWindowIcon(app_icon())
        text = QLabel(explanation)
        text.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.again = QLineEdit()
        self.again.setObjectName("newPasswordAgain")
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        form = QFormLayout()
        for caption_text, widget in (
            (self.tr("New &password:"), self.password),
            (self.tr("&Again:"), self.again),
        ):
            caption = QLabel(caption_text)
            caption.setBuddy(widget)
            widget.setAccessibleName(caption_text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def check(self) -> None:
        if self.password.text() != self.again.text():
            self.problem.setText(self.tr("The two passwords differ."))
            self.again.setFocus()
            self.again.selectAll()
            return
        self.accept()


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
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
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
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents
            )  # headers and roles never cut
            header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
            row = next((i for i, u in enumerate(rows) if u.id == keep), 0 if rows else -1)
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))
            self._update_buttons()

        self.workspace.runner.submit(
            users.list_users, self.workspace.ctx, done=loaded, failed=lambda e: show_refusal(self, e)
        )

    def _changed(self, info: UserInfo, text: str) -> None:
        self.message.setStyleSheet("color: #1e7b45;")
        self.message.setText(text.replace("%1", info.username))
        self.reload(info.id)

    def _refused(self, error: RimedioError) -> None:
        self.message.setStyleSheet("color: #c0392b;")
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


class ImportsPage(QWidget):
    """Where an admin brings the shop's customers and orders in (the same wizard as on the customers screen)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importsPage")
        self.workspace = workspace
        text = QLabel(
            self.tr(
                "Bring in the shop's customers and orders from a CSV export of Shopify, WooCommerce or "
                "PrestaShop, or any CSV with a column mapping. Importing the same file again changes "
                "nothing; a file with refused rows saves nothing unless you keep the good rows."
            )
        )
        text.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Import a file…"))
        self.start_button.setObjectName("startImportWizard")
        self.start_button.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addStretch(1)

    def start(self):
        from ui.imports.wizard import ImportWizard

        wizard = ImportWizard(self.workspace, self.window())
        wizard.open()
        return wizard


class AdminView(QTabWidget):
    """Settings (admin): shop settings, users and imports; more tabs (costs, templates, letterhead) may follow."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminView")
        self.setUsesScrollButtons(True)  # the tabs never make the window wider than a 1024-px screen
        from ui.admin.settings_forms import SettingsForms

        self.forms_page = SettingsForms(workspace)
        self.settings_page = SettingsPage(workspace)
        self.users_page = UsersPage(workspace)
        self.imports_page = ImportsPage(workspace)
        self.addTab(self.forms_page, self.tr("Shop settings"))
        self.addTab(self.users_page, self.tr("Users"))
        self.addTab(self.imports_page, self.tr("Imports"))
        from ui.admin.mail_templates import MailTemplatesPage

        self.mail_page = MailTemplatesPage(workspace)
        self.addTab(self.mail_page, self.tr("Mail and templates"))
        self.addTab(self.settings_page, self.tr("All settings (table)"))
        self.setTabEnabled(2, workspace.can(Permission.IMPORT))
