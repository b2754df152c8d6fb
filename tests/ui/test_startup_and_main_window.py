"""Stories of the first start, the login, and the main window around the screens."""

from __future__ import annotations

import keyring
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.secrets_store import get_secret
from app.services import users
from app.services.database import open_database
from ui import prefs
from ui.application import Startup
from ui.cases.new_case import NewCaseDialog
from ui.main_window import MainWindow
from ui.runner import SyncRunner
from ui.startup.first_start import FirstStartDialog
from ui.startup.login import LoginDialog
from ui.startup.preferences import PreferencesDialog


def _startup(qtbot) -> Startup:
    startup = Startup(None, runner=SyncRunner())
    windows = []
    startup.mainWindowShown.connect(windows.append)
    startup.start()
    return startup


def test_first_start_on_an_empty_machine_creates_the_admin_and_remembers_the_login(qtbot, _isolated):
    startup = _startup(qtbot)
    assert (_isolated / "rimedio.sqlite3").exists(), "the embedded database was created in the data folder"
    first = startup.dialog
    assert isinstance(first, FirstStartDialog) and first.isVisible()
    assert "demo shop" in first.demo_button.text()
    first.username.setText("elena")
    first.full_name.setText("Elena Popescu")
    first.password.setText("a long secret 1")
    first.password_again.setText("a long secret 1")
    first.admin_button.click()

    login = startup.dialog
    assert isinstance(login, LoginDialog)
    assert login.username.text() == "elena"
    assert login.remember.isEnabled()
    login.password.setText("a long secret 1")
    login.remember.setChecked(True)
    login.login_button.click()
    window = startup.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Rimedio")
    assert get_secret("user:elena") == "a long secret 1", "the CLI reads the same keyring account"
    assert window.user_label.text() == "Elena Popescu (elena)"
    assert window.role_label.text() == "Administrator"
    assert "SQLite" in window.db_label.full_text()

    window.logoutRequested.emit()
    again = startup.dialog
    assert isinstance(again, LoginDialog)
    assert again.password.text() == "a long secret 1", "remembered: Enter is enough"


def test_a_wrong_password_is_said_in_the_dialog(qtbot, ui_shop):
    dialog = LoginDialog(ui_shop.db, SyncRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("agent")
    dialog.password.setText("nope")
    dialog.login_button.click()
    assert dialog.problem.isVisible() and "wrong password" in dialog.problem.text()
    assert dialog.actor is None


def test_without_a_keyring_remember_me_is_off_and_the_dialog_says_why(qtbot, ui_shop):
    keyring.set_keyring(FailKeyring())
    dialog = LoginDialog(ui_shop.db, SyncRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.isEnabled()
    assert dialog.keyring_note.isVisible() and "password store" in dialog.keyring_note.text()


def test_a_file_that_is_not_a_database_is_explained(qtbot, tmp_path, monkeypatch, modals):
    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"this is a spreadsheet, honestly" * 100)
    monkeypatch.setenv("RIMEDIO_DB", str(bad))
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    _startup(qtbot)
    assert "not a Rimedio database" in modals.messages()


def test_connection_settings_are_kept_per_workstation_and_test_connection_works(qtbot, tmp_path):
    dialog = PreferencesDialog(SyncRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    open_database(str(tmp_path / "shop.sqlite3")).dispose()
    dialog.path.setText(str(tmp_path / "shop.sqlite3"))
    dialog.test_button.click()
    assert dialog.test_result.text().startswith(f"SQLite {tmp_path / 'shop.sqlite3'}: reachable, schema ")
    dialog.postgres.setChecked(True)
    assert dialog.pg_box.isEnabled() and not dialog.path.isEnabled()
    dialog.host.setText("db.shop.lan")
    dialog.password.setText("pg-secret")
    dialog.tls.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("ro"))
    dialog.save()
    conn = prefs.connection()
    assert conn.url() == "postgresql://rimedio@db.shop.lan:5432/rimedio?sslmode=require"
    assert get_secret("rimedio@db.shop.lan:5432/rimedio") == "pg-secret", (
        "the password is only in the keyring"
    )
    from app.store.engine import keyring_account, parse_url

    assert get_secret(keyring_account(parse_url(conn.url() or ""))) == "pg-secret", "where the store looks"
    assert prefs.get("ui/language") == "ro"


def test_main_window_navigation_badges_shortcuts_and_memory(qtbot, ui_shop, workspace_for, modals):
    agent_window = MainWindow(workspace_for(ui_shop.agent, ui_shop.db))
    qtbot.addWidget(agent_window)
    pages = [e.page for e in agent_window.nav_model.entries]
    assert "approvals" not in pages and "settings" not in pages
    supervisor = MainWindow(workspace_for(ui_shop.supervisor, ui_shop.db))
    qtbot.addWidget(supervisor)
    assert "approvals" in [e.page for e in supervisor.nav_model.entries]
    supervisor.nav_model.set_badge("approvals", 3)
    row = supervisor.nav_model.row_of("approvals")
    assert supervisor.nav_model.index(row).data(Qt.ItemDataRole.AccessibleTextRole) == "Approvals (3)"

    window = agent_window
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.windowTitle() == "Rimedio – Inbox"
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages["inbox"].search.hasFocus()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs = window.findChildren(NewCaseDialog)
    assert dialogs and dialogs[-1].isVisible()
    dialogs[-1].reject()
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # the agent's 4th entry
    assert window.stack.currentWidget().objectName() == "creditView"
    window.select_page("customers")
    window.close()
    assert prefs.get("window/last_view") == "customers"
    again = MainWindow(workspace_for(ui_shop.agent, ui_shop.db))
    qtbot.addWidget(again)
    assert again.stack.currentWidget().objectName() == "customersView"
    assert not again.print_action.isEnabled()


def test_opening_a_case_from_the_inbox_and_going_back(qtbot, ui_shop, workspace_for):
    from app.services import cases

    ws = workspace_for(ui_shop.agent, ui_shop.db)
    case_id = cases.open_case(
        ws.ctx, kind="damaged", channel="phone", summary="Broken moka", order_number="1003"
    ).id
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.select_page("inbox")
    window.show()
    inbox = window.pages["inbox"]
    inbox.table.activated.emit(inbox.model.index(0, 0))
    assert window.stack.currentWidget() is window.case_view
    assert window.windowTitle() == f"Rimedio – case {case_id}"
    window.case_view.back.emit()
    assert window.stack.currentWidget() is inbox


def test_the_demo_shop_is_offered_and_fills_the_database(qtbot, tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    dialog = FirstStartDialog(db, SyncRunner())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready) as ready:
        dialog.demo_button.click()
    assert ready.args == ["agent"]
    assert users.has_users(db)
    db.dispose()


def _quick_start_env(monkeypatch, shop, password: str) -> None:
    monkeypatch.setenv("RIMEDIO_DB", shop.db.url.database)
    monkeypatch.setenv("RIMEDIO_USER", "agent")
    monkeypatch.setenv("RIMEDIO_PASSWORD", password)


def test_a_known_login_opens_the_inbox_from_the_file_and_is_recorded_once_the_window_is_up(
    qtbot, ui_shop, monkeypatch
):
    from app.services import audit, cases
    from app.services.quick_start import DeferredDatabase

    cases.open_case(
        ui_shop.as_(ui_shop.agent),
        order_number="1002",
        kind="damaged",
        channel="phone",
        summary="Vaso arrivato rotto",
    )
    _quick_start_env(monkeypatch, ui_shop, "agent-pass")
    startup = _startup(qtbot)
    window = startup.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert isinstance(startup.db, DeferredDatabase) and not startup.db.is_open, (
        "no SQLAlchemy before the window"
    )
    inbox = window.pages["inbox"]
    assert inbox.model.rowCount() == 1, "the first page was read ahead: painted with its cases"
    assert inbox.model.line(0).row.summary == "Vaso arrivato rotto"
    qtbot.waitUntil(lambda: startup.db.is_open, timeout=3000)
    entry = audit.list_entries(ui_shop.as_(ui_shop.admin), limit=1)[0]
    assert (entry.action, entry.actor) == ("login", "agent")


def test_a_wrong_password_from_the_environment_is_counted_and_the_login_dialog_opens(
    qtbot, ui_shop, monkeypatch
):
    from app.services import audit

    _quick_start_env(monkeypatch, ui_shop, "not-the-password")
    startup = _startup(qtbot)
    assert startup.window is None
    assert isinstance(startup.dialog, LoginDialog)
    entry = audit.list_entries(ui_shop.as_(ui_shop.admin), limit=1)[0]
    assert entry.action == "login_failed" and entry.data["why"] == "wrong password"


def test_the_first_window_is_painted_before_the_database_layer_is_loaded(tmp_path, ui_shop):
    """In a process of its own, as ``rimedio`` starts: SQLAlchemy is loaded only after the inbox is painted."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = """
import sys
from ui.entry import start_desktop

def shown(window):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print("rows", inbox.model.rowCount(), "sqlalchemy", "sqlalchemy" in sys.modules, flush=True)
                QTimer.singleShot(0, QApplication.quit)
            return False

    inbox = window.pages["inbox"]
    window._probe = Painted(window)
    inbox.table.viewport().installEventFilter(window._probe)

sys.exit(start_desktop(None, window_shown=shown))
"""
    from app.services import cases

    cases.open_case(
        ui_shop.as_(ui_shop.agent),
        order_number="1001",
        kind="wrong_item",
        channel="email",
        summary="Wrong colour",
    )
    root = Path(__file__).resolve().parents[2]
    env = dict(
        os.environ,
        RIMEDIO_DB=ui_shop.db.url.database,
        RIMEDIO_USER="agent",
        RIMEDIO_PASSWORD="agent-pass",
        RIMEDIO_HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(root),
    )
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, cwd=root
    )
    assert out.returncode == 0, out.stderr
    assert "rows 1 sqlalchemy False" in out.stdout.splitlines()[0], out.stdout + out.stderr
