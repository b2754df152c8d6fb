"""Start the desktop client: ``run(db_url)`` makes the QApplication and walks from the database to the main window.

The walk (:class:`Startup`): open the database in the background (on failure: say why and offer the connection
settings) → on an empty database offer the demo shop or the first administrator → log in (or use ``RIMEDIO_USER``
and ``RIMEDIO_PASSWORD``, as the command line does) → the main window. Nothing here blocks the event loop; dialogs
are opened with ``open()`` and answer by signal.

On an up-to-date SQLite file with users the walk takes a short cut (:mod:`ui.startup.early`,
:mod:`app.services.quick_start`): the login is checked and the inbox's first page read with plain sqlite3, the
main window opens on a :class:`~app.services.quick_start.DeferredDatabase`, and the database proper is opened —
and the login recorded — once the window is up.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import heap
from app.errors import RimedioError
from app.folders import default_sqlite_path
from ui import i18n, palette, prefs
from ui.binding_fixes import keep_true_alive
from ui.errors import install_excepthook, show_refusal
from ui.icons import app_icon
from ui.qtlog import install_qt_handler, setup_logging
from ui.runner import Runner, ThreadPoolRunner
from ui.sort_arrow import SortArrowStyle
from ui.startup.early import EarlyStart, Found, check, chosen_url, login_from_environment

if TYPE_CHECKING:
    from app.services.context import Actor
    from app.services.database import Database
    from app.services.quick_start import DeferredDatabase
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

# A quick start (issue 6): the services, the database layer (SQLAlchemy) and the screens are imported where they
# are first needed, the services on the runner's thread; only what the first window needs is loaded before it.
# On an up-to-date SQLite file the login and the inbox's first page are read with plain sqlite3
# (app.services.quick_start) and the database proper is opened in the background once the window is up.

#: How long after the main window appears the deferred database is opened and the login recorded: long enough
#: for the first page to be painted without competing for the interpreter.
WARM_UP_DELAY_MS = 250
#: after the main window shows, the heap is settled (:func:`app.heap.settle`) once start-up's garbage is gone
SETTLE_HEAP_DELAY_MS = 3000


def _open_database(url: str) -> Database:
    from app.services.database import open_database

    return open_database(url)


def _has_users(db: Database) -> bool:
    from app.services import users

    return users.has_users(db)


def _login(db: Database, username: str, password: str) -> Actor:
    from app.services import users

    return users.login(db, username, password)


def _record_login(db: Database, actor: Actor, password: str | None) -> Actor:
    from app.services import users

    return users.record_login(db, actor, password)


def _set_own_language(ctx, language: str):
    from app.services import user_admin

    return user_admin.set_own_language(ctx, language)


def _warm_up(db: DeferredDatabase) -> None:
    """Open the deferred database and load the services' modules the first screens use, off the GUI thread."""
    db.opened()
    from app.services import cases  # noqa: F401


class Startup(QObject):
    """From nothing to the main window, one step at a time; each step answers by signal."""

    mainWindowShown = Signal(object)
    failed = Signal(str)

    def __init__(
        self, db_url: str | None = None, runner: Runner | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.explicit_url = db_url
        self.runner = runner or ThreadPoolRunner(self)
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self.dialog: QDialog | None = None
        self.url: str | None = None  # the database being opened or in use
        self._last_error: RimedioError | None = None

    def _database(self) -> Database:
        """The database step 1 opened: every later step comes after it."""
        if self.db is None:
            raise RuntimeError("the database is not open yet")
        return self.db

    def quit(self) -> None:
        """The user chose to leave (Close, Cancel on the first dialog, the main window closed)."""
        QApplication.quit()

    # --- 1. the database -----------------------------------------------------------------------------------
    def start(self, early: EarlyStart | None = None) -> None:
        """Find the database; ``early`` is the check :func:`ui.startup.early.begin` started before Qt loaded."""
        url, login = chosen_url(self.explicit_url), login_from_environment()
        self.url = url
        if early is not None and (early.url, early.login) == (url, login):
            self.runner.submit(
                early.result,
                done=lambda found: self._checked(url, login, found),
                failed=lambda _error: self._open(url),
            )
        else:
            self.runner.submit(
                check,
                url,
                login,
                done=lambda found: self._checked(url, login, found),
                failed=lambda _error: self._open(url),
            )

    def _open(self, url: str) -> None:
        self.runner.submit(_open_database, url, done=self._opened, failed=self._cannot_open)

    def _checked(self, url: str, login: tuple[str, str] | None, found: Found) -> None:
        """On an up-to-date SQLite file with users: log in on the quick path (see :mod:`ui.startup.early`)."""
        reader, actor, prefetched = found
        if reader is None:
            self._open(url)
            return
        from app.services.quick_start import DeferredDatabase

        deferred = DeferredDatabase(url, reader, prefetched)
        # it stands in for the Database: every attribute is the opened Database's
        self.db = deferred  # type: ignore[assignment]
        if login is None:
            self.runner.submit(_warm_up, deferred)  # the services load while the user types
            self._login_dialog()
        elif actor is None:  # wrong, locked, unknown: the normal login decides and counts it
            self._full_login(*login)
        else:
            window = self.show_main_window(actor)
            QTimer.singleShot(WARM_UP_DELAY_MS, lambda: self._record_quick_login(window, actor, login[1]))

    def _cannot_open(self, error: RimedioError) -> None:
        """Say why; *Retry* tries again, *Connection settings…* opens them on the failing address, *Close* quits.
        The program stays up between the steps (it does not quit when its last window closes, see :func:`run`)."""
        self._last_error = error
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Rimedio – no database"),
            self.tr("Rimedio cannot open its database.") + "\n\n" + error.message,
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close,
        )
        box.setObjectName("noDatabaseBox")
        box.setDefaultButton(QMessageBox.StandardButton.Retry)
        settings = box.addButton(self.tr("Connection settings…"), QMessageBox.ButtonRole.ActionRole)
        settings.setObjectName("connectionSettings")
        self.dialog = box
        self.failed.emit(error.message)
        answer = box.exec()
        if box.clickedButton() is settings:
            self.show_preferences(restart=True)
        elif answer == QMessageBox.StandardButton.Retry or box.clickedButton() is box.button(
            QMessageBox.StandardButton.Retry
        ):
            self.start()
        else:
            self.quit()

    def _opened(self, db: Database) -> None:
        self.db = db
        self.runner.submit(_has_users, db, done=self._users_known)

    # --- 2. first start ---------------------------------------------------------------------------------------
    def _users_known(self, has_users: bool) -> None:
        if has_users:
            self.login()
            return
        from ui.startup.first_start import FirstStartDialog

        dialog = FirstStartDialog(self._database(), self.runner)

        def ready(name: str) -> None:
            prefs.put("login/username", name)
            self.login()

        dialog.ready.connect(ready)
        dialog.rejected.connect(self.quit)
        self._show(dialog)

    # --- 3. login -------------------------------------------------------------------------------------------------
    def login(self) -> None:
        login = login_from_environment()
        if login:
            self._full_login(*login)
            import ui.main_window  # noqa: F401 - loaded while the password is checked on the runner's thread

            return
        self._login_dialog()

    def _full_login(self, user: str, password: str) -> None:
        self.runner.submit(
            _login,
            self.db,
            user,
            password,
            done=self.show_main_window,
            failed=lambda _e: self._login_dialog(),
        )

    def _record_quick_login(self, window: MainWindow, actor: Actor, password: str) -> None:
        if self.db is None or window is not self.window:
            return
        self.runner.submit(_record_login, self.db, actor, password, failed=self._login_not_recorded)

    def _login_not_recorded(self, error: RimedioError) -> None:
        """The account was closed or locked while the window opened (or the database failed): log out, say why."""
        log.warning("quick login not recorded: %s", error.message)
        if self.window is not None:
            self.logout()
        if self.dialog is not None and hasattr(self.dialog, "show_problem"):
            self.dialog.show_problem(error.message)

    def _login_dialog(self) -> None:
        from ui.startup.login import LoginDialog

        dialog = LoginDialog(self._database(), self.runner)

        def rejected() -> None:
            if self.window is None:
                self.quit()

        dialog.loggedIn.connect(self.show_main_window)
        dialog.rejected.connect(rejected)
        dialog.connectionRequested.connect(lambda: self.show_preferences(restart=True))
        dialog.profileChosen.connect(self.use_profile)
        self._show(dialog)

    def use_profile(self, name: str) -> None:
        """Log in to the connection profile ``name`` instead: it becomes this workstation's connection and the walk
        starts again on it (as saving the preferences does)."""
        from app.profiles import find_profile

        profile = find_profile(name)
        prefs.save_connection(profile)
        self._dismiss(self.dialog)
        self.dialog = None
        if self.db is not None:
            self.db.dispose()
            self.db = None
        self.explicit_url = profile.url()
        self._last_error = None
        self.start()

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    @staticmethod
    def _dismiss(dialog: QDialog | None) -> None:
        """Close a dialog the walk has moved past, without its *rejected* meaning "quit"."""
        if dialog is None:
            return
        dialog.blockSignals(True)
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()

    # --- 4. the main window --------------------------------------------------------------------------------------
    def show_main_window(self, actor: Actor) -> MainWindow:
        from ui.main_window import MainWindow
        from ui.workspace import Workspace

        self._close_window()
        self.use_language(actor)
        workspace = Workspace(self._database(), actor, self.runner, self)
        self.window = MainWindow(workspace)
        self.window.closed.connect(self._window_closed)
        self.window.logoutRequested.connect(self.logout)
        self.window.preferencesRequested.connect(lambda: self.show_preferences(restart=False))
        self.window.show()
        self.mainWindowShown.emit(self.window)
        return self.window

    def _relanguage(self, actor: Actor) -> None:
        """Show the main window again in ``actor``'s language, on the same screen, case and search."""
        if self.window is None:
            return
        state = self.window.view_state()
        self.show_main_window(actor).restore_view_state(state)

    def _close_window(self) -> None:
        """Close the main window because the walk replaces it (log out, new language, new connection)."""
        window, self.window = self.window, None
        if window is not None:
            window.close()
            window.deleteLater()

    def _window_closed(self) -> None:
        if self.sender() is self.window:  # the user closed the window in use (not a replaced one): quit
            self.quit()

    @staticmethod
    def use_language(actor: Actor | None) -> str:
        """Install the language for ``actor`` (``None``: the login, in this computer's language) if it differs."""
        from app.i18n import current_language

        lang = i18n.chosen_language(actor.language if actor is not None else None)
        if lang != current_language():
            i18n.install(lang)
        return lang

    def logout(self) -> None:
        self._close_window()
        self.use_language(None)
        self._login_dialog()

    def show_preferences(self, restart: bool) -> None:
        """The workstation's preferences. ``restart``: opened before any main window (from the login or a database
        that failed), so saving starts the walk again on the saved connection, and cancelling goes back."""
        before = (prefs.connection(), prefs.get("ui/language"))
        from ui.startup.preferences import PreferencesDialog

        origin = self.dialog if restart else None
        failing = self.url if restart and self._last_error is not None else None
        actor = self.window.workspace.actor if self.window is not None else None
        dialog = PreferencesDialog(
            self.runner,
            self.window,
            current_url=failing,
            user_language=actor.language if actor is not None else None,
        )

        def saved() -> None:
            connection, language = prefs.connection(), prefs.get("ui/language")
            if restart or connection != before[0]:
                self._dismiss(origin if origin is not dialog else None)
                self._close_window()
                self.use_language(None)
                if self.db is not None:
                    self.db.dispose()
                    self.db = None
                # What was just saved is what the user wants now, over --db and RIMEDIO_DB.
                self.explicit_url = prefs.connection_url(connection) or str(default_sqlite_path())
                self._last_error = None
                self.start()
                return
            if self.window is None:
                if language != before[1]:
                    self.use_language(None)
                return
            own = dialog.saved_user_language
            if actor is None:
                return
            if own and own != actor.language:

                def refused(error: RimedioError) -> None:
                    if self.window is not None:
                        show_refusal(self.window, error)

                self.runner.submit(
                    _set_own_language,
                    self.window.workspace.ctx,
                    own,
                    done=lambda _info: self._relanguage(replace(actor, language=own)),
                    failed=refused,
                )
            elif language != before[1]:
                self._relanguage(actor)

        def cancelled() -> None:
            if not restart:
                return
            if isinstance(origin, QMessageBox) and self._last_error is not None:
                self._cannot_open(self._last_error)  # back to the question the user came from
            elif origin is not None and origin.isVisible():
                self.dialog = origin
            elif self.window is None and self.db is None:
                self.quit()

        dialog.accepted.connect(saved)
        dialog.rejected.connect(cancelled)
        self._show(dialog)


def make_application(argv: list[str] | None = None) -> QApplication:
    keep_true_alive()  # PySide6 6.12.0 takes a reference from True at every emit (ui/binding_fixes.py)
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv)
    )
    app.setOrganizationName(prefs.ORGANIZATION)
    app.setApplicationName(prefs.APPLICATION)
    app.setWindowIcon(app_icon())
    if not isinstance(app.style(), SortArrowStyle):
        app.setStyle(SortArrowStyle())  # the sort arrow follows the desktop's convention
    # Rimedio's own colours and its windows: light or dark as the Preferences chose, or as the system is
    palette.follow_system(prefs.get("ui/appearance"))
    # Between the start-up's steps no window may be open (a dialog closed, the next one on its way): the program
    # ends when the user quits (Close, Cancel, the main window closed), never because a dialog closed.
    app.setQuitOnLastWindowClosed(False)
    return app


def run(
    db_url: str | None,
    early: EarlyStart | None = None,
    window_shown: Callable[[MainWindow], None] | None = None,
) -> int:
    """The desktop client's entry point (called by ``rimedio`` without a command). ``early`` is the login check
    :func:`ui.startup.early.begin` started before Qt loaded; ``window_shown`` is told of each main window (the
    start-up benchmark listens there)."""
    app = make_application()
    setup_logging()
    install_qt_handler()
    install_excepthook()
    i18n.remember_explicit()
    i18n.install()
    startup = Startup(db_url)
    if window_shown is not None:
        startup.mainWindowShown.connect(window_shown)
    startup.mainWindowShown.connect(lambda _window: QTimer.singleShot(SETTLE_HEAP_DELAY_MS, heap.settle))
    startup.start(early)
    code = app.exec()
    startup.runner.wait_idle(5000)
    if startup.db is not None:
        startup.db.dispose()
    return code
