"""Which language the desktop speaks (issue 15, points 7–8): --lang / RIMEDIO_LANG, then the user's own setting,
then the computer's; preferences under RIMEDIO_HOME; switching keeps the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.i18n import current_language, set_language
from app.services import cases, user_admin, users
from ui import i18n, prefs
from ui.application import Startup
from ui.runner import SyncRunner
from ui.startup.login import LoginDialog
from ui.startup.preferences import PreferencesDialog


@pytest.fixture
def no_explicit_language(monkeypatch):
    monkeypatch.delenv("RIMEDIO_LANG", raising=False)
    set_language(None)
    i18n.remember_explicit()
    yield
    monkeypatch.setattr(i18n, "_explicit", None)


def _log_in(qtbot, monkeypatch, shop, user: str, password: str):
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    monkeypatch.setenv("RIMEDIO_DB", shop.db.url.database)
    startup = Startup(None, runner=SyncRunner())
    startup.start()
    dialog = startup.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.username.setText(user)
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert startup.window is not None
    qtbot.addWidget(startup.window)
    return startup


def test_the_users_own_language_wins_over_the_computers(qtbot, monkeypatch, ui_shop, no_explicit_language):
    prefs.put("ui/language", "ro")
    user_admin.set_own_language(ui_shop.as_(ui_shop.agent), "it")
    i18n.install(i18n.chosen_language())
    assert current_language() == "ro", "before the login: the computer's language"
    startup = _log_in(qtbot, monkeypatch, ui_shop, "agent", "agent-pass")
    assert current_language() == "it" and startup.window.windowTitle() == "Rimedio – Posta in arrivo"
    startup.window.logoutRequested.emit()
    assert current_language() == "ro", "the login again speaks the computer's language"


def test_lang_or_rimedio_lang_wins_over_everything(qtbot, monkeypatch, ui_shop, no_explicit_language, modals):
    prefs.put("ui/language", "ro")
    user_admin.set_own_language(ui_shop.as_(ui_shop.agent), "it")
    set_language("en")  # rimedio --lang en (the command line sets it before the desktop starts)
    i18n.remember_explicit()
    startup = _log_in(qtbot, monkeypatch, ui_shop, "agent", "agent-pass")
    assert current_language() == "en" and startup.window.windowTitle() == "Rimedio – Inbox"
    startup.window.close()
    monkeypatch.setenv("RIMEDIO_DB", "postgresql://nobody@127.0.0.1:1/nowhere")
    modals.answer = lambda box: 0
    Startup(None, runner=SyncRunner()).start()
    assert "cannot open its database" in modals.messages(), "a database error in English under --lang en"


def test_preferences_live_under_rimedio_home(_isolated):
    prefs.put("login/username", "agent")
    assert Path(prefs.settings_file()) == _isolated / "preferences.ini"
    assert "agent" in (_isolated / "preferences.ini").read_text()


def test_choosing_your_language_in_preferences_keeps_the_screen_and_the_search(
    qtbot, monkeypatch, ui_shop, no_explicit_language
):
    cases.open_case(
        ui_shop.as_(ui_shop.agent),
        kind="damaged",
        channel="email",
        summary="Vaso incrinato",
        order_number="1002",
    )
    startup = _log_in(qtbot, monkeypatch, ui_shop, "agent", "agent-pass")
    window = startup.window
    window.select_page("customers")
    customers = window.pages["customers"]
    customers.search.setText("rossi")
    customers.apply()
    window.preferencesRequested.emit()
    dialog = startup.dialog
    assert isinstance(dialog, PreferencesDialog) and dialog.user_language is not None
    assert [dialog.user_language.itemText(i) for i in range(3)] == ["English", "Italiano", "Română"]
    dialog.user_language.setFocus()
    qtbot.keyClick(dialog.user_language, Qt.Key.Key_End)  # Română
    assert dialog.user_language.currentData() == "ro"
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.keyClick(save, Qt.Key.Key_Space)
    window = startup.window
    qtbot.addWidget(window)
    assert current_language() == "ro"
    assert window.current_page() is window.pages["customers"], "the same screen"
    assert window.pages["customers"].search.text() == "rossi", "the same search"
    assert [u.language for u in users.list_users(ui_shop.as_(ui_shop.admin)) if u.username == "agent"] == [
        "ro"
    ], "saved as the user's own language"
