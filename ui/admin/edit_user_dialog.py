"""An admin changes a user's name, role, language and limits."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from app.services import user_admin
from app.services.users import UserInfo
from ui import formatting
from ui.admin.user_form import labelled_form, language_combo, problem_label, role_combo
from ui.icons import app_icon
from ui.workspace import Workspace


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
        self.role = role_combo()
        self.role.setObjectName("editRole")
        self.role.setCurrentIndex(self.role.findData(user.role.value))
        self.language = language_combo()
        self.language.setObjectName("editLanguage")
        self.language.setCurrentIndex(max(0, self.language.findData(user.language)))
        self.case_limit = QLineEdit(formatting.amount_text(user.case_limit))
        self.case_limit.setObjectName("editCaseLimit")
        self.case_limit.setPlaceholderText(self.tr("empty: the role's limit"))
        self.daily_limit = QLineEdit(formatting.amount_text(user.daily_limit))
        self.daily_limit.setObjectName("editDailyLimit")
        self.daily_limit.setPlaceholderText(self.tr("empty: the role's limit"))
        self.problem = problem_label()
        form = labelled_form(
            (
                (self.tr("&Full name:"), self.display_name),
                (self.tr("&Role:"), self.role),
                (self.tr("&Language:"), self.language),
                (self.tr("Limit per &case:"), self.case_limit),
                (self.tr("&Daily limit:"), self.daily_limit),
            )
        )
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
