"""An admin adds a user: name, role, first password, limits and language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from app.services import users
from ui.admin.user_form import labelled_form, language_combo, problem_label, role_combo
from ui.icons import app_icon
from ui.workspace import Workspace


class AddUserDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Rimedio – add a user"))
        self.setWindowIcon(app_icon())
        self.workspace = workspace
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = role_combo()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.case_limit = QLineEdit()
        self.case_limit.setPlaceholderText(self.tr("e.g. 30,00 – empty: the role's limit"))
        self.daily_limit = QLineEdit()
        self.language = language_combo()
        self.problem = problem_label()
        form = labelled_form(
            (
                (self.tr("&User name:"), self.username),
                (self.tr("&Full name:"), self.display_name),
                (self.tr("&Role:"), self.role),
                (self.tr("&Password:"), self.password),
                (self.tr("Limit per &case:"), self.case_limit),
                (self.tr("&Daily limit:"), self.daily_limit),
                (self.tr("&Language:"), self.language),
            )
        )
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
