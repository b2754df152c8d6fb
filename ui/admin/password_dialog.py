"""A new password typed twice: an admin's temporary one for a user, or the user's own after a reset."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.admin.user_form import labelled_form, problem_label
from ui.icons import app_icon


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
        self.problem = problem_label()
        form = labelled_form(
            (
                (self.tr("New &password:"), self.password),
                (self.tr("&Again:"), self.again),
            )
        )
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
