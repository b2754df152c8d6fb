"""Looking after users: one's own language, an admin's edits, unlocking, deactivating (never deleting)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import AuthenticationFailed, PasswordChangeRequired, PermissionDenied, ValidationError
from app.services import user_admin, users


def _id(shop, name: str) -> int:
    return next(u.id for u in users.list_users(shop.as_(shop.admin)) if u.username == name)


def test_everyone_sets_their_own_language_and_it_is_checked(shop):
    info = user_admin.set_own_language(shop.as_(shop.agent), "ro")
    assert info.language == "ro"
    assert users.login(shop.db, "agent", "agent-pass").language == "ro"
    with pytest.raises(ValidationError, match="Unknown language"):
        user_admin.set_own_language(shop.as_(shop.agent), "klingon")


def test_an_admin_edits_a_user_and_nobody_else_may(shop):
    agent_id = _id(shop, "agent")
    info = user_admin.update_user(
        shop.as_(shop.admin),
        agent_id,
        display_name="Giulia B.",
        role="supervisor",
        language="it",
        case_limit="40",
        daily_limit="",
    )
    assert (info.display_name, info.role.value, info.language, info.case_limit.plain(), info.daily_limit) == (
        "Giulia B.",
        "supervisor",
        "it",
        "40.00",
        None,
    )
    with pytest.raises(PermissionDenied):
        user_admin.update_user(shop.as_(shop.agent), agent_id, case_limit="9999")
    with pytest.raises(ValidationError):
        user_admin.update_user(shop.as_(shop.admin), agent_id, case_limit="-5")


def test_the_last_admin_can_be_neither_demoted_nor_deactivated(shop):
    admin_id = _id(shop, "admin")
    with pytest.raises(PermissionDenied, match="only active admin"):
        user_admin.update_user(shop.as_(shop.admin), admin_id, role="agent")
    with pytest.raises(PermissionDenied):
        user_admin.set_active(shop.as_(shop.admin), admin_id, False)


def test_a_deactivated_user_cannot_log_in_and_is_still_listed(shop):
    agent_id = _id(shop, "agent")
    user_admin.set_active(shop.as_(shop.admin), agent_id, False)
    with pytest.raises(AuthenticationFailed):
        users.login(shop.db, "agent", "agent-pass")
    assert [u.active for u in users.list_users(shop.as_(shop.admin)) if u.username == "agent"] == [False]
    user_admin.set_active(shop.as_(shop.admin), agent_id, True)
    assert users.login(shop.db, "agent", "agent-pass").username == "agent"


def test_an_admin_unlocks_a_locked_account(shop):
    for _ in range(10):
        with pytest.raises(AuthenticationFailed):
            users.login(shop.db, "agent", "wrong")
    assert [u.locked for u in users.list_users(shop.as_(shop.admin)) if u.username == "agent"] == [True]
    user_admin.unlock_user(shop.as_(shop.admin), _id(shop, "agent"))
    assert users.login(shop.db, "agent", "agent-pass").username == "agent"


def test_a_reset_password_works_once_and_must_be_changed_at_the_next_login(shop):
    agent_id = _id(shop, "agent")
    with pytest.raises(PermissionDenied):
        user_admin.reset_password(shop.as_(shop.supervisor), agent_id, "temporary-1234")
    user_admin.reset_password(shop.as_(shop.admin), agent_id, "temporary-1234")
    with pytest.raises(PasswordChangeRequired):  # the temporary password opens nothing, on any path
        users.login(shop.db, "agent", "temporary-1234")
    with pytest.raises(PasswordChangeRequired):
        users.login(shop.db, "agent", "temporary-1234", record=False)  # the command line's login
    with pytest.raises(AuthenticationFailed):
        users.replace_temporary_password(shop.db, "agent", "not the temporary one", "my own 5678 phrase")
    users.replace_temporary_password(shop.db, "agent", "temporary-1234", "my own 5678 phrase")
    assert users.login(shop.db, "agent", "my own 5678 phrase").username == "agent"
    with pytest.raises(AuthenticationFailed):  # it served once
        users.login(shop.db, "agent", "temporary-1234")
    with pytest.raises(
        AuthenticationFailed
    ):  # and an own password is changed with change_password, knowing it
        users.replace_temporary_password(shop.db, "agent", "my own 5678 phrase", "another 9753 phrase")


def test_the_quick_start_steps_aside_for_a_temporary_password(shop):
    if not shop.db.is_sqlite:
        pytest.skip("the SQLite file's quick reader; PostgreSQL's shares its SQL")
    from app.services.quick_start import QuickReader

    user_admin.reset_password(shop.as_(shop.admin), _id(shop, "agent"), "temporary-1234")
    assert QuickReader(Path(shop.db.url.database)).check_login("agent", "temporary-1234") is None
