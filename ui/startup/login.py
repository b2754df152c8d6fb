"""The login dialog: user name and password, *remember me* through the system keyring where there is one.

The password is kept under the keyring account ``user:NAME`` — the same one the ``rimedio`` command reads — and
never in a file. Where no keyring exists the box is disabled and the dialog says why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import PasswordChangeRequired, RimedioError
from app.secrets_store import delete_secret, get_secret, keyring_available, set_secret
from app.services.context import Actor
from ui import palette, prefs
from ui.icons import app_icon, icon
from ui.runner import Runner
from ui.widgets.common import BusyBar, heading

if TYPE_CHECKING:
    from app.services.database import Database


def _login(db: Database, username: str, password: str) -> Actor:
    from app.services import users  # on the runner's thread: the dialog shows before the services are loaded

    return users.login(db, username, password)


def _account(username: str) -> str:
    return f"user:{username.strip()}"


class LoginDialog(QDialog):
    loggedIn = Signal(object)  # Actor
    connectionRequested = Signal()
    profileChosen = Signal(str)  # the name of a connection profile (app.profiles) to log in to instead

    def __init__(self, db: Database, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Rimedio – log in"))
        self.setWindowIcon(app_icon())
        self.db = db
        self.runner = runner
        self.actor: Actor | None = None

        title = heading(self.tr("Welcome to Rimedio"))
        where = QLabel(self.tr("Database: %1").replace("%1", db.description))
        where.setObjectName("loginDatabase")
        where.setWordWrap(True)
        self.username = QLineEdit(prefs.get("login/username"))
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember me on this computer"))
        self.remember.setObjectName("remember")
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        available, reason = keyring_available()
        if available:
            self.remember.setChecked(prefs.get("login/remember"))
            self.keyring_note.setVisible(False)
        else:
            self.remember.setEnabled(False)
            self.remember.setChecked(False)
            self.keyring_note.setText(reason)
        if self.remember.isChecked() and self.username.text():
            self.password.setText(get_secret(_account(self.username.text())) or "")

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        palette.tone(self.problem, "error")
        self.problem.setVisible(False)
        self.busy = BusyBar()
        form = QFormLayout()
        self.profile = self._profile_picker(db)
        if self.profile is not None:
            caption = QLabel(self.tr("Pr&ofile:"))
            caption.setBuddy(self.profile)
            self.profile.setAccessibleName(self.tr("Profile"))
            form.addRow(caption, self.profile)
        for text, widget in ((self.tr("&User name:"), self.username), (self.tr("&Password:"), self.password)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox()
        self.login_button = QPushButton(self.tr("&Log in"))
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        connection = QPushButton(icon("action-database"), self.tr("&Connection…"))
        buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(connection, QDialogButtonBox.ButtonRole.ResetRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter always means *Log in*: a button that focus passed over must not become the default one (Qt's
        # auto-default), so only *Log in* may be default, and Enter in either field logs in.
        for button in (connection, cancel):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.login_button.setAutoDefault(True)
        buttons.rejected.connect(self.reject)
        self.login_button.clicked.connect(self.submit)

        connection.clicked.connect(self.connectionRequested)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        (self.password if self.username.text() else self.username).setFocus()
        self.setMinimumWidth(420)

    def _profile_picker(self, db: Database) -> QComboBox | None:
        """The workstation's connection profiles (``rimedio db profile add``), the one in use selected; ``None``
        without profiles (the *Connection…* button still chooses a database)."""
        from app.profiles import load_profiles

        profiles = load_profiles()
        if not profiles:
            return None
        box = QComboBox()
        box.setObjectName("profile")
        chosen = -1
        for i, p in enumerate(profiles):
            box.addItem(p.describe(), p.name)
            if p.where() == db.description:
                chosen = i
        if chosen < 0:
            box.insertItem(0, self.tr("This database (no profile)"), "")
            chosen = 0
        box.setCurrentIndex(chosen)

        def activated(index: int) -> None:
            if profile := box.itemData(index):
                self.profileChosen.emit(profile)

        box.activated.connect(activated)
        return box

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field always logs in (in the user name with no password yet it moves to the password);
        only a focused button answers Enter itself (as Space does)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), QAbstractButton
        ):
            if self.focusWidget() is self.username and not self.password.text():
                self.password.setFocus()
            else:
                self.submit()
            event.accept()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        if not self.login_button.isEnabled():  # a check is under way already (Enter pressed twice)
            return
        self.problem.setVisible(False)
        self.login_button.setEnabled(False)
        self.busy.set_busy(True)
        self.runner.submit(
            _login, self.db, self.username.text(), self.password.text(), done=self._done, failed=self._failed
        )

    def _done(self, actor: Actor) -> None:
        self.busy.set_busy(False)
        self.login_button.setEnabled(True)
        self.actor = actor
        prefs.put("login/username", actor.username)
        if self.remember.isEnabled():
            prefs.put("login/remember", self.remember.isChecked())
            try:
                if self.remember.isChecked():
                    set_secret(_account(actor.username), self.password.text())
                else:
                    delete_secret(_account(actor.username))
            except RimedioError as exc:  # the keyring went away meanwhile: log in anyway, say so
                self.keyring_note.setText(exc.message)
                self.keyring_note.setVisible(True)
        self.loggedIn.emit(actor)
        self.accept()

    def _choose_own_password(self) -> bool:
        """After an admin's reset: the user picks their own password before going on (False: not done)."""
        from app.services import users
        from ui.admin.password_dialog import PasswordDialog

        dialog = PasswordDialog(
            self.tr("Rimedio – choose your password"),
            self.tr("An administrator set a temporary password for you: choose your own now."),
            self,
        )
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                users.replace_temporary_password(
                    self.db, self.username.text(), self.password.text(), dialog.password.text()
                )
            except RimedioError as exc:
                dialog.problem.setText(exc.message)
                continue
            self.password.setText(dialog.password.text())
            return True
        self.show_problem(self.tr("Choose your own password to log in."))
        return False

    def _failed(self, error: RimedioError) -> None:
        self.busy.set_busy(False)
        self.login_button.setEnabled(True)
        if isinstance(error, PasswordChangeRequired):  # the temporary password an admin set: choose one's own
            if self._choose_own_password():
                self.submit()  # and log in with it
            return
        self.show_problem(error.message)
        self.password.selectAll()

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(True)
        self.password.setFocus()
