"""The Preferences' connection profiles page (issue 17, point 6): listed, added, edited, removed and one made the
default, with the rules of ``rimedio db profile``; passwords to the keyring only; *Test connection* off the GUI
thread with ``db check``'s line."""

from __future__ import annotations

import json

import keyring
import pytest
from PySide6.QtWidgets import QApplication

from app import profiles
from app.config import database_url
from ui.runner import SyncRunner, ThreadPoolRunner
from ui.startup.preferences import PreferencesDialog
from ui.startup.profiles_page import ProfilesPage


def _page(qtbot, runner=None) -> ProfilesPage:
    page = ProfilesPage(runner or SyncRunner())
    qtbot.addWidget(page)
    page.show()
    return page


def _listed(page: ProfilesPage) -> list[tuple[str, str]]:
    model = page.view.model()
    return [(model.index(r, 0).data(), model.index(r, 2).data()) for r in range(model.rowCount())]


def test_profiles_are_added_edited_made_default_and_removed_like_the_command_does(qtbot, tmp_path):
    profiles.save_profile(profiles.Profile("Shop", "sqlite", str(tmp_path / "shop.sqlite3")))
    page = _page(qtbot)
    assert _listed(page) == [("Shop", "")] and page.name.text() == "Shop"

    page.new_button.click()
    page.name.setText("Team")
    page.kind.setCurrentIndex(page.kind.findData("postgresql"))
    assert page.host.isEnabled() and not page.path.isEnabled()
    page.host.setText("db.shop.lan")
    page.port.setValue(6432)
    page.database.setText("rimedio")
    page.user.setText("rimedio_app")
    page.password.setText("pg-secret")
    page.tls.setChecked(True)
    page.save_button.click()
    assert page.result.text().startswith("Profile saved: Team: PostgreSQL rimedio_app@db.shop.lan:6432")
    assert [p.name for p in profiles.load_profiles()] == ["Shop", "Team"]
    # the password went to the keyring under the account the store reads, never into the profile file
    assert keyring.get_password("rimedio", "rimedio_app@db.shop.lan:6432/rimedio") == "pg-secret"
    assert "pg-secret" not in profiles.profiles_file().read_text(encoding="utf-8")

    page.default_button.click()
    assert _listed(page) == [("Shop", ""), ("Team", "default")] and profiles.default_profile() == "Team"
    assert database_url() == "postgresql://rimedio_app@db.shop.lan:6432/rimedio?sslmode=require"

    page.name.setText("Team server")  # renamed in place: still the default
    page.save_button.click()
    assert _listed(page) == [("Shop", ""), ("Team server", "default")]

    page.name.setText("shop")  # onto another profile: refused, nothing changed
    page.save_button.click()
    assert "already a connection profile shop" in page.result.text()
    page.new_button.click()
    page.name.setText("")  # the one rule of app.profiles.check
    page.save_button.click()
    assert page.result.text() == "A profile needs a name of 1 to 60 characters."
    page.name.setText("Bad port")
    page.kind.setCurrentIndex(page.kind.findData("postgresql"))
    page.host.setText("")
    page.save_button.click()
    assert page.result.text() == "A PostgreSQL profile needs a host, a database and a user."
    assert [p.name for p in profiles.load_profiles()] == ["Shop", "Team server"]

    page.view.selectRow(1)
    page.remove_button.click()
    assert _listed(page) == [("Shop", "")] and profiles.default_profile() is None
    assert json.loads(profiles.profiles_file().read_text(encoding="utf-8")).get("default") is None


def test_test_connection_says_db_checks_line_off_the_gui_thread(qtbot, tmp_path):
    profiles.save_profile(profiles.Profile("Nowhere", "sqlite", str(tmp_path / "missing.sqlite3")))
    page = _page(qtbot, ThreadPoolRunner(threads=1))
    page.test_button.click()  # the answer comes back by signal, after this returns
    assert not page.test_button.isEnabled() and page.result.text() == "Connecting…"
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=10000)
    assert (
        page.result.text()
        == f"SQLite {tmp_path / 'missing.sqlite3'} holds no Rimedio database yet: Rimedio sets one up there when "
        "it opens it."
    )
    page.kind.setCurrentIndex(page.kind.findData("postgresql"))
    page.host.setText("127.0.0.1")
    page.port.setValue(1)  # nobody listens there
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=15000)
    assert "127.0.0.1:1" in page.result.text()
    QApplication.processEvents()


def test_without_a_keyring_the_password_field_is_off_and_says_why(qtbot, monkeypatch):
    monkeypatch.setattr(
        "ui.startup.profiles_page.keyring_available", lambda: (False, "This computer has no password store.")
    )
    page = _page(qtbot)
    page.kind.setCurrentIndex(page.kind.findData("postgresql"))
    assert not page.password.isEnabled()
    assert (
        page.password.placeholderText() == "This computer has no password store. It is asked when connecting."
    )


@pytest.mark.parametrize("lang", ["en", "it", "ro"])
def test_the_profiles_page_in_each_language(qtbot, tmp_path, lang):
    from tests.ui.layout_check import clipped
    from ui import i18n

    i18n.install(lang)
    try:
        profiles.save_profile(profiles.Profile("Negozio", "sqlite", str(tmp_path / "shop.sqlite3")))
        profiles.save_profile(
            profiles.Profile("Server", "postgresql", host="db.shop.lan", user="rimedio_app", tls=True)
        )
        profiles.set_default_profile("Server")
        dialog = PreferencesDialog(SyncRunner())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.profiles_page)
        QApplication.processEvents()
        assert clipped(dialog) == []
        dialog.grab().save(str(tmp_path / f"preferences-profiles-{lang}.png"))
        if lang == "it":
            assert dialog.tabs.tabText(1) == "Profili di conn&essione"
    finally:
        i18n.install("en")


def _database_page(qtbot, runner=None) -> PreferencesDialog:
    dialog = PreferencesDialog(runner or SyncRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_database_page_tests_with_db_checks_line_off_the_gui_thread(qtbot, tmp_path):
    """*This computer*'s *Test connection* says what ``rimedio db check`` says, as the profiles page does."""
    dialog = _database_page(qtbot, ThreadPoolRunner(threads=1))
    dialog.sqlite.setChecked(True)
    dialog.path.setText(f"  {tmp_path / 'missing.sqlite3'} ")
    dialog.test_button.click()  # the answer comes back by signal, after this returns
    assert not dialog.test_button.isEnabled() and dialog.test_result.text() == "Connecting…"
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10000)
    assert (
        dialog.test_result.text()
        == f"SQLite {tmp_path / 'missing.sqlite3'} holds no Rimedio database yet: Rimedio sets one up there when "
        "it opens it."
    )
    dialog.postgres.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nobody listens there
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    assert dialog.test_result.text().startswith("PostgreSQL at 127.0.0.1:1 refused the connection")
    QApplication.processEvents()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "A PostgreSQL profile needs a host, a database and a user."),
        ("it", "Un profilo PostgreSQL ha bisogno di un host, un database e un utente."),
        ("ro", "Un profil PostgreSQL are nevoie de o gazdă, o bază de date și un utilizator."),
    ],
)
def test_the_database_page_refuses_what_a_profile_would_in_the_users_language(qtbot, lang, said):
    from ui import i18n, prefs

    i18n.install(lang)
    try:
        before = prefs.connection()
        dialog = _database_page(qtbot)
        dialog.postgres.setChecked(True)
        dialog.host.setText(
            "   "
        )  # no server: refused by app.profiles' rule, not saved, the dialog stays open
        dialog.save()
        assert dialog.test_result.text() == said and dialog.result() != dialog.DialogCode.Accepted
        assert prefs.connection() == before and dialog.saved_connection is None
        dialog.test_button.click()  # nor tested
        assert dialog.test_result.text() == said and dialog.test_button.isEnabled()
    finally:
        i18n.install("en")


def test_the_database_page_keeps_its_connection_as_a_profile_without_a_name(qtbot, tmp_path):
    """One way of turning host, port, database, user and TLS into a URL: ``Profile.url``."""
    from ui import prefs

    dialog = _database_page(qtbot)
    dialog.postgres.setChecked(True)
    dialog.host.setText(" db.shop.lan ")
    dialog.port.setValue(6432)
    dialog.database.setText("négoce")
    dialog.user.setText("rimedio_app")
    dialog.tls.setChecked(True)
    dialog.save()
    saved = prefs.connection()
    assert (
        saved
        == dialog.saved_connection
        == profiles.Profile("", "postgresql", "", "db.shop.lan", 6432, "négoce", "rimedio_app", True)
    )
    assert (
        prefs.connection_url(saved) == "postgresql://rimedio_app@db.shop.lan:6432/n%C3%A9goce?sslmode=require"
    )
    assert prefs.connection_from_url(saved.url()) == saved

    # a profile chosen at login is kept the same way, and the embedded file still gives way to the default profile
    prefs.save_connection(profiles.Profile("Shop", "sqlite", ""))
    assert (
        prefs.connection() == profiles.Profile("", "sqlite", "")
        and prefs.connection_url(prefs.connection()) is None
    )
    profiles.save_profile(profiles.Profile("Shop", "sqlite", str(tmp_path / "shop.sqlite3")))
    profiles.set_default_profile("Shop")
    from ui.startup.early import chosen_url

    assert chosen_url(None) == f"sqlite:///{tmp_path / 'shop.sqlite3'}"
