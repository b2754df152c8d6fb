"""Users in the window (issue 15, point 10): edit, unlock, deactivate (never delete), reset a password that the
user must change at the next login — driven from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.errors import AuthenticationFailed
from app.services import users
from ui.admin.edit_user_dialog import EditUserDialog
from ui.admin.password_dialog import PasswordDialog
from ui.admin.users_page import UsersPage
from ui.runner import SyncRunner
from ui.startup.login import LoginDialog


def _page(qtbot, workspace_for, shop) -> UsersPage:
    page = UsersPage(workspace_for(shop.admin, shop.db))
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _select(qtbot, page: UsersPage, username: str) -> None:
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    while page.current().username != username:
        qtbot.keyClick(page.table, Qt.Key.Key_Down)


def test_an_admin_edits_a_user_with_the_keyboard(qtbot, ui_shop, workspace_for, modals):
    page = _page(qtbot, workspace_for, ui_shop)
    _select(qtbot, page, "agent")

    def edit(dialog):
        assert isinstance(dialog, EditUserDialog)
        dialog.case_limit.setFocus()
        dialog.case_limit.selectAll()
        qtbot.keyClicks(dialog.case_limit, "45")
        dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
        dialog.submit()
        return dialog.result()

    modals.answer = edit
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on the row edits it
    info = next(u for u in users.list_users(ui_shop.as_(ui_shop.admin)) if u.username == "agent")
    assert (info.role.value, info.case_limit.plain()) == ("supervisor", "45.00")
    assert "Saved agent" in page.message.text()


def test_unlock_deactivate_and_reactivate(qtbot, ui_shop, workspace_for):
    for _ in range(10):
        with pytest.raises(AuthenticationFailed):
            users.login(ui_shop.db, "agent", "wrong")
    page = _page(qtbot, workspace_for, ui_shop)
    _select(qtbot, page, "agent")
    assert page.unlock_button.isEnabled()
    page.unlock_button.setFocus()
    qtbot.keyClick(page.unlock_button, Qt.Key.Key_Space)
    assert users.login(ui_shop.db, "agent", "agent-pass").username == "agent"
    qtbot.keyClick(page.active_button, Qt.Key.Key_Space)
    with pytest.raises(AuthenticationFailed):
        users.login(ui_shop.db, "agent", "agent-pass")
    assert page.model.rowCount() == 3, "deactivated, never deleted"
    assert page.active_button.text().replace("&", "") == "Reactivate"
    qtbot.keyClick(page.active_button, Qt.Key.Key_Space)
    assert users.login(ui_shop.db, "agent", "agent-pass").username == "agent"


def test_a_reset_password_must_be_changed_at_the_next_login(qtbot, ui_shop, workspace_for, modals):
    page = _page(qtbot, workspace_for, ui_shop)
    _select(qtbot, page, "agent")

    def temporary(dialog):
        assert isinstance(dialog, PasswordDialog)
        qtbot.keyClicks(dialog.password, "temporary-2468")
        qtbot.keyClicks(dialog.again, "temporary-2468")
        dialog.check()
        return dialog.result()

    modals.answer = temporary
    qtbot.keyClick(page.reset_button, Qt.Key.Key_Space)
    assert "must choose a new password" in page.message.text()

    def own(dialog):
        qtbot.keyClicks(dialog.password, "mine-13579")
        qtbot.keyClicks(dialog.again, "mine-13579")
        dialog.check()
        return dialog.result()

    modals.answer = own
    login = LoginDialog(ui_shop.db, SyncRunner())
    qtbot.addWidget(login)
    login.show()
    login.username.setText("agent")
    login.password.setFocus()
    qtbot.keyClicks(login.password, "temporary-2468")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.result() == QDialog.DialogCode.Accepted and login.actor.username == "agent"
    assert users.login(ui_shop.db, "agent", "mine-13579").username == "agent"


def test_without_choosing_a_new_password_there_is_no_login(qtbot, ui_shop, workspace_for, modals):
    from app.services import user_admin

    agent_id = next(u.id for u in users.list_users(ui_shop.as_(ui_shop.admin)) if u.username == "agent")
    user_admin.reset_password(ui_shop.as_(ui_shop.admin), agent_id, "temporary-2468")
    login = LoginDialog(ui_shop.db, SyncRunner())
    qtbot.addWidget(login)
    login.show()
    login.username.setText("agent")
    login.password.setText("temporary-2468")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)  # the recorder cancels the password dialog
    assert login.actor is None and login.isVisible() and login.problem.isVisible()
