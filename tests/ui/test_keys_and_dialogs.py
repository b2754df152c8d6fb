"""Keys and dialogs as a daily user meets them (issue 15, points 3–5): Enter, Ctrl+Enter, the start-up's buttons."""

from __future__ import annotations

import keyring
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from ui.application import Startup, make_application
from ui.runner import SyncRunner
from ui.startup.first_start import FirstStartDialog
from ui.startup.login import LoginDialog
from ui.startup.preferences import PreferencesDialog

UNREACHABLE = "postgresql://nobody@127.0.0.1:1/nowhere"


# --- 3. the login ----------------------------------------------------------------------------------------------
def test_enter_in_the_password_logs_in_even_after_focus_passed_over_cancel(qtbot, ui_shop):
    dialog = LoginDialog(ui_shop.db, SyncRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.username.setFocus()
    qtbot.keyClicks(dialog.username, "agent")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.password, "Enter in the user name with no password moves on"
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setFocus()  # Tab went over Cancel (Qt's auto-default would make it the default button)
    assert not cancel.isDefault()
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, "agent-pass")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "agent"


def test_enter_after_a_wrong_password_tries_again_and_never_cancels(qtbot, ui_shop):
    dialog = LoginDialog(ui_shop.db, SyncRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("agent")
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Enter)
    assert dialog.isVisible() and dialog.problem.isVisible()
    for _ in range(4):  # Tab round the dialog, over the buttons
        dialog.focusNextChild()
    dialog.password.setFocus()
    dialog.password.setText("agent-pass")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.result() == QDialog.DialogCode.Accepted


def test_without_a_password_store_the_login_speaks_to_people(qtbot, ui_shop, language):
    keyring.set_keyring(FailKeyring())
    dialog = LoginDialog(ui_shop.db, SyncRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.keyring_note.text()
    assert dialog.keyring_note.isVisible() and note
    assert "Error" not in note and "Keyring" not in note, note
    if language == "en":
        assert note == "This computer has no password store, so Rimedio cannot remember your password."


# --- 4. start-up errors ------------------------------------------------------------------------------------------
def _quits(monkeypatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(QApplication, "quit", lambda: calls.append(1))
    return calls


def test_the_program_does_not_end_when_a_start_up_dialog_closes(qapp):
    app = make_application([])
    assert not app.quitOnLastWindowClosed(), "Retry and Save must not end the program by closing the last box"
    app.setQuitOnLastWindowClosed(True)


def test_retry_tries_again_and_connection_settings_show_the_failing_address(qtbot, monkeypatch, modals, _isolated,
                                                                            tmp_path):
    monkeypatch.setenv("RIMEDIO_DB", UNREACHABLE)
    quits = _quits(monkeypatch)
    boxes: list[QMessageBox] = []

    def answer(box):
        boxes.append(box)
        if len(boxes) == 1:
            return int(QMessageBox.StandardButton.Retry)
        box.findChild(type(box.button(QMessageBox.StandardButton.Retry)), "connectionSettings").click()
        return 0

    modals.answer = answer
    startup = Startup(None, runner=SyncRunner())
    startup.start()
    assert len(boxes) == 2, "Retry tried again (and failed again)"
    assert not quits
    prefs_dialog = startup.dialog
    assert isinstance(prefs_dialog, PreferencesDialog)
    assert prefs_dialog.postgres.isChecked(), "the failing address, not the saved SQLite default"
    assert (prefs_dialog.host.text(), prefs_dialog.port.value(), prefs_dialog.database.text()) == (
        "127.0.0.1", 1, "nowhere")
    prefs_dialog.sqlite.setChecked(True)
    prefs_dialog.path.setText(str(tmp_path / "new.sqlite3"))
    save = prefs_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    save.setFocus()
    qtbot.keyClick(save, Qt.Key.Key_Space)
    assert isinstance(startup.dialog, FirstStartDialog), "Save starts again on what was saved (over RIMEDIO_DB)"
    assert not quits


def test_cancel_in_connection_settings_goes_back_to_the_question(qtbot, monkeypatch, modals, _isolated):
    monkeypatch.setenv("RIMEDIO_DB", UNREACHABLE)
    quits = _quits(monkeypatch)
    boxes: list[QMessageBox] = []

    def answer(box):
        boxes.append(box)
        if len(boxes) == 1:
            box.findChild(type(box.button(QMessageBox.StandardButton.Retry)), "connectionSettings").click()
            return 0
        return int(QMessageBox.StandardButton.Close)

    modals.answer = answer
    startup = Startup(None, runner=SyncRunner())
    startup.start()
    prefs_dialog = startup.dialog
    qtbot.keyClick(prefs_dialog, Qt.Key.Key_Escape)
    assert len(boxes) == 2 and quits == [1], "back to the question; Close then quits"


def test_login_connection_save_leaves_one_login_dialog(qtbot, monkeypatch, ui_shop, _isolated):
    quits = _quits(monkeypatch)
    monkeypatch.setenv("RIMEDIO_DB", ui_shop.db.url.database)
    startup = Startup(None, runner=SyncRunner())
    startup.start()
    first = startup.dialog
    assert isinstance(first, LoginDialog)
    first.connectionRequested.emit()
    prefs_dialog = startup.dialog
    assert isinstance(prefs_dialog, PreferencesDialog)
    prefs_dialog.path.setText(ui_shop.db.url.database)
    prefs_dialog.save()
    logins = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
    assert len(logins) == 1 and logins[0] is startup.dialog and logins[0] is not first
    assert not quits
    startup.dialog.username.setText("agent")
    startup.dialog.password.setText("agent-pass")
    qtbot.keyClick(startup.dialog.password, Qt.Key.Key_Return)
    assert startup.window is not None
    qtbot.addWidget(startup.window)
    startup.window.close()
    assert quits == [1], "closing the main window ends the program"
