"""Start the desktop client: ``run(db_url)`` makes the QApplication and walks from the database to the main window.

The walk (:class:`Startup`): open the database in the background (on failure: say why and offer the connection
settings) → on an empty database offer the demo shop or the first administrator → log in (or use ``RIMEDIO_USER``
and ``RIMEDIO_PASSWORD``, as the command line does) → the main window. Nothing here blocks the event loop; dialogs
are opened with ``open()`` and answer by signal.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.config import database_url
from app.errors import RimedioError
from ui import i18n, prefs
from ui.errors import install_excepthook
from ui.icons import app_icon
from ui.qtlog import install_qt_handler, setup_logging
from ui.runner import Runner, ThreadPoolRunner

if TYPE_CHECKING:
    from app.services.context import Actor
    from app.services.database import Database
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

# A quick start (issue 6): the services, the database layer (SQLAlchemy) and the screens are imported where they
# are first needed, the services on the runner's thread; only what the first window needs is loaded before it.


def _open_database(url: str) -> Database:
    from app.services.database import open_database

    return open_database(url)


def _has_users(db: Database) -> bool:
    from app.services import users

    return users.has_users(db)


def _login(db: Database, username: str, password: str) -> Actor:
    from app.services import users

    return users.login(db, username, password)


def chosen_url(explicit: str | None) -> str:
    """``--db``, then ``RIMEDIO_DB``, then this workstation's connection settings, then the embedded file."""
    return database_url(explicit or os.environ.get("RIMEDIO_DB") or prefs.connection().url())


class Startup(QObject):
    """From nothing to the main window, one step at a time; each step answers by signal."""

    mainWindowShown = Signal(object)
    failed = Signal(str)

    def __init__(self, db_url: str | None = None, runner: Runner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.explicit_url = db_url
        self.runner = runner or ThreadPoolRunner(self)
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self.dialog: QDialog | None = None

    # --- 1. the database -----------------------------------------------------------------------------------
    def start(self) -> None:
        url = chosen_url(self.explicit_url)
        self.runner.submit(_open_database, url, done=self._opened, failed=self._cannot_open)

    def _cannot_open(self, error: RimedioError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Rimedio – no database"),
                          self.tr("Rimedio cannot open its database.") + "\n\n" + error.message,
                          QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close)
        box.setObjectName("noDatabaseBox")
        settings = box.addButton(self.tr("Connection settings…"), QMessageBox.ButtonRole.ActionRole)
        self.failed.emit(error.message)
        answer = box.exec()
        if box.clickedButton() is settings:
            self.show_preferences(restart=True)
        elif answer == QMessageBox.StandardButton.Retry:
            self.start()
        else:
            QApplication.quit()

    def _opened(self, db: Database) -> None:
        self.db = db
        self.runner.submit(_has_users, db, done=self._users_known)

    # --- 2. first start ---------------------------------------------------------------------------------------
    def _users_known(self, has_users: bool) -> None:
        if has_users:
            self.login()
            return
        from ui.startup.first_start import FirstStartDialog

        dialog = FirstStartDialog(self.db, self.runner)
        dialog.ready.connect(lambda name: (prefs.put("login/username", name), self.login()))
        dialog.rejected.connect(QApplication.quit)
        self._show(dialog)

    # --- 3. login -------------------------------------------------------------------------------------------------
    def login(self) -> None:
        user, password = os.environ.get("RIMEDIO_USER"), os.environ.get("RIMEDIO_PASSWORD")
        if user and password:
            self.runner.submit(_login, self.db, user, password, done=self.show_main_window,
                               failed=lambda _e: self._login_dialog())
            import ui.main_window  # noqa: F401 - loaded while the password is checked on the runner's thread
            return
        self._login_dialog()

    def _login_dialog(self) -> None:
        from ui.startup.login import LoginDialog

        dialog = LoginDialog(self.db, self.runner)
        dialog.loggedIn.connect(self.show_main_window)
        dialog.rejected.connect(lambda: self.window is None and QApplication.quit())
        dialog.connectionRequested.connect(lambda: self.show_preferences(restart=True))
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    # --- 4. the main window --------------------------------------------------------------------------------------
    def show_main_window(self, actor) -> MainWindow:
        from ui.main_window import MainWindow
        from ui.workspace import Workspace

        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        workspace = Workspace(self.db, actor, self.runner, self)
        self.window = MainWindow(workspace)
        self.window.logoutRequested.connect(self.logout)
        self.window.preferencesRequested.connect(lambda: self.show_preferences(restart=False))
        self.window.show()
        self.mainWindowShown.emit(self.window)
        return self.window

    def logout(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self._login_dialog()

    def show_preferences(self, restart: bool) -> None:
        before = (prefs.connection(), prefs.get("ui/language"))
        from ui.startup.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.runner, self.window)

        def saved() -> None:
            connection, language = prefs.connection(), prefs.get("ui/language")
            if language != before[1]:
                i18n.install()
            if restart or connection != before[0]:
                if self.window is not None:
                    self.window.close()
                    self.window.deleteLater()
                    self.window = None
                if self.db is not None:
                    self.db.dispose()
                    self.db = None
                self.start()
            elif language != before[1] and self.window is not None:
                self.show_main_window(self.window.workspace.actor)

        dialog.accepted.connect(saved)
        if restart:
            dialog.rejected.connect(lambda: self.window is None and self.db is None and QApplication.quit())
        self._show(dialog)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(prefs.ORGANIZATION)
    app.setApplicationName(prefs.APPLICATION)
    app.setWindowIcon(app_icon())
    return app


def run(db_url: str | None) -> int:
    """The desktop client's entry point (called by ``rimedio`` without a command)."""
    app = make_application()
    setup_logging()
    install_qt_handler()
    install_excepthook()
    i18n.install()
    startup = Startup(db_url)
    startup.start()
    code = app.exec()
    startup.runner.wait_idle(5000)
    if startup.db is not None:
        startup.db.dispose()
    return code
