"""The audit log: logins, failures, users, settings and credit are recorded, and tampering is found."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.errors import AuthenticationFailed, PermissionDenied
from app.services import audit, credit, settings, users


def actions(shop):
    return [r.action for r in reversed(audit.list_entries(shop.as_(shop.admin), limit=1000))]


def test_logins_failures_users_passwords_and_settings_are_in_the_log(shop):
    with pytest.raises(AuthenticationFailed):
        users.login(shop.db, "agent", "wrong")
    with pytest.raises(AuthenticationFailed):
        users.login(shop.db, "ghost", "wrong")
    users.change_password(shop.db, shop.agent, "agent", "agent-pass", "a new passphrase")
    settings.set_setting(shop.as_(shop.admin), "credit.cap_share", "0.40")
    log = actions(shop)
    assert log[:3] == ["user_added", "login", "user_added"]
    assert log[-4:] == ["login_failed", "login_failed", "password_changed", "setting_changed"]
    last = audit.list_entries(shop.as_(shop.admin), limit=3)
    assert last[0].data == {"key": "credit.cap_share", "old": None, "new": "0.40"}
    assert last[2].data == {"why": "unknown user"}
    assert last[2].subject.startswith("unknown:") and "ghost" not in last[2].subject, (
        "a keyed hash, not the name"
    )
    with pytest.raises(PermissionDenied):
        audit.verify(shop.as_(shop.supervisor))
    assert audit.verify(shop.as_(shop.admin)).ok


@pytest.fixture
def forger(shop):
    """Drops the append-only guard of the audit log, as someone with the database password could, and puts it
    back afterwards (the PostgreSQL test database is shared by the whole session)."""
    with shop.db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER audit_log_append_only ON audit_log"))
    yield shop
    if shop.db.dialect == "postgresql":
        with shop.db.engine.begin() as conn:
            conn.execute(
                text(
                    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                    "FOR EACH ROW EXECUTE FUNCTION rimedio_append_only()"
                )
            )


def test_the_log_refuses_changes_through_sql(shop):
    with pytest.raises(Exception, match="append-only"), shop.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET subject = 'someone else' WHERE id = 3"))


def test_a_row_changed_behind_the_programs_back_is_named(forger):
    shop = forger
    credit.grant_credit(shop.as_(shop.agent), "stefan.tarana@example.ro", "5", reason="ok")
    check = audit.verify(shop.as_(shop.admin))
    assert check.ok and check.rows >= 6
    with shop.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET subject = 'someone else' WHERE id = 3"))
    broken = audit.verify(shop.as_(shop.admin))
    assert (broken.ok, broken.broken_id, broken.reason) == (False, 3, "content")


def test_removing_the_newest_rows_is_noticed(forger):
    shop = forger
    with shop.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"))
    broken = audit.verify(shop.as_(shop.admin))
    assert (broken.ok, broken.reason) == (False, "truncated")
