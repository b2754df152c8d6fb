"""The login dialog offers this workstation's connection profiles (issue 17, point 6)."""

from __future__ import annotations

from app.profiles import Profile, save_profile
from ui.runner import SyncRunner
from ui.startup.login import LoginDialog


def test_without_profiles_the_login_shows_no_picker(qtbot, ui_shop):
    dialog = LoginDialog(ui_shop.db, SyncRunner())
    qtbot.addWidget(dialog)
    assert dialog.profile is None


def test_the_login_offers_the_profiles_with_the_one_in_use_selected_and_says_which_was_chosen(qtbot, ui_shop):
    here = ui_shop.db.url.database
    save_profile(
        Profile("Team server", "postgresql", host="db.shop.lan", database="rimedio", user="rimedio", tls=True)
    )
    save_profile(Profile("This shop", "sqlite", here))
    dialog = LoginDialog(ui_shop.db, SyncRunner())
    qtbot.addWidget(dialog)
    box = dialog.profile
    assert [box.itemData(i) for i in range(box.count())] == ["Team server", "This shop"]
    assert box.currentData() == "This shop"
    assert "db.shop.lan" in box.itemText(0) and "TLS" in box.itemText(0)
    with qtbot.waitSignal(dialog.profileChosen) as chosen:
        box.activated.emit(0)
    assert chosen.args == ["Team server"]
