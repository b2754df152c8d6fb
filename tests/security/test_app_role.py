"""Every attack of the issue "the database guards the money", as the workstations' login (the app role) on
PostgreSQL: each is refused by the database or detected by a check, and the test names which.

Checks named here: PRIVILEGES (``rimedio db roles``: what the app role may do), CROSS-CHECK (``credit check``:
ledger ⇄ audit, rollups ⇄ ledger), HEAD (the audit chain's head checked before every append and by
``audit verify``), LOGIN (only a login makes an actor).
"""

from __future__ import annotations

import dataclasses

import psycopg
import pytest

from app.domain.enums import Role
from app.errors import AuthenticationFailed, PermissionDenied
from app.services import audit, cases, credit, users
from app.services.context import Actor, ServiceContext
from tests.support.cli import run

pytestmark = pytest.mark.postgres


def _refused(conn: psycopg.Connection, sql: str) -> str:
    with pytest.raises(psycopg.Error) as caught:
        conn.execute(sql)
    return str(caught.value)


def test_daily_work_runs_as_the_app_role_and_db_check_says_the_roles_are_in_place(
    pg_roles, capsys, monkeypatch
):
    shop = pg_roles.shop
    agent = shop.as_(shop.agent)
    case = cases.open_case(agent, order_number="1001", kind="damaged", channel="phone", summary="Crepa")
    credit.grant_credit(agent, "stefan.tarana@example.ro", "5", reason="scuse")
    assert case.id and credit.check_ledger(shop.as_(shop.supervisor)).ok
    assert audit.verify(shop.as_(shop.admin)).ok
    code, out, _ = run(capsys, "db", "check", "--db", pg_roles.app_url)
    assert code == 0 and "the roles are in place" in out and pg_roles.app_role in out


def test_truncate_update_delete_and_trigger_control_are_refused_to_the_app_role(pg_roles):
    with pg_roles.connect(pg_roles.app_url) as conn:  # PRIVILEGES
        assert "permission denied" in _refused(conn, "TRUNCATE credit_grants, audit_log CASCADE")
        assert "permission denied" in _refused(conn, "UPDATE credit_entries SET amount_minor = 99999")
        assert "permission denied" in _refused(
            conn, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"
        )
        assert "must be owner" in _refused(conn, "ALTER TABLE audit_log DISABLE TRIGGER ALL")
        assert "must be owner" in _refused(conn, "DROP TRIGGER audit_log_append_only ON audit_log")
        assert "permission denied" in _refused(conn, "CREATE TABLE audit_log_copy (id int)")
        assert "permission denied" in _refused(conn, "UPDATE installation_keys SET value = 'x'")
    with pytest.raises(AuthenticationFailed):  # the program's own writes still work as the app role
        users.login(pg_roles.shop.db, "admin", "wrong")


def test_a_forged_grant_with_its_issue_entry_is_named_by_credit_check(pg_roles):
    shop = pg_roles.shop
    with pg_roles.connect(pg_roles.app_url) as conn:
        grant_id = conn.execute(
            "INSERT INTO credit_grants (customer_id, amount_minor, currency, reason, code, note, created_at) "
            "VALUES (1, 50000, 'EUR', 'manual', 'ZZZZZZZZZ', '', now()) RETURNING id"
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO credit_entries (grant_id, kind, amount_minor, currency, at, note) "
            f"VALUES ({grant_id}, 'issue', 50000, 'EUR', now(), '')"
        )
    check = credit.check_ledger(shop.as_(shop.supervisor))  # CROSS-CHECK
    assert not check.ok
    assert any(f"grant {grant_id} (issued)" in p and "not in the audit log" in p for p in check.problems)


def test_moving_the_audit_head_is_refused_at_the_next_append_and_named_by_verify(pg_roles):
    shop = pg_roles.shop
    with pg_roles.connect(pg_roles.app_url) as conn:
        conn.execute("UPDATE audit_head SET last_id = last_id - 2")
    with pytest.raises(audit.AuditTamperedError, match="tampered"):  # HEAD
        credit.grant_credit(shop.as_(shop.agent), "stefan.tarana@example.ro", "5", reason="after")
    check = audit.verify(shop.as_(shop.admin))
    assert (check.ok, check.reason) == (False, "beyond_head")


def test_a_hand_built_actor_is_refused_and_a_raised_role_too(pg_roles):
    shop = pg_roles.shop
    with pytest.raises(PermissionDenied, match="Not logged in"):  # LOGIN
        credit.grant_credit(
            ServiceContext(shop.db, Actor(1, "agent", "x", Role.ADMIN)),
            "stefan.tarana@example.ro",
            "250",
            reason="forged",
        )
    with pytest.raises(PermissionDenied, match="Not logged in"):
        ServiceContext(shop.db, dataclasses.replace(shop.agent, role=Role.ADMIN))


def test_an_upgrade_is_refused_to_the_app_role_and_done_by_init_as_the_owner(pg_roles, capsys, monkeypatch):
    from alembic import command
    from sqlalchemy import create_engine

    from app.errors import StorageError
    from app.services.database import open_database
    from app.store.migrate import alembic_config

    owner = create_engine(pg_roles.owner_url.replace("postgresql://", "postgresql+psycopg://"))
    with owner.begin() as conn:  # an older schema, as the previous Rimedio left it
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
    owner.dispose()
    pg_roles.shop.db.dispose()
    with pytest.raises(StorageError, match="init --owner"):  # PRIVILEGES: the app login changes no schema
        open_database(pg_roles.app_url)
    monkeypatch.delenv("RIMEDIO_OWNER_PASSWORD", raising=False)
    code, out, err = run(capsys, "init", "--db", pg_roles.app_url, "--owner", pg_roles.owner_role)
    assert code == 0, err
    code, out, _ = run(capsys, "db", "check", "--db", pg_roles.app_url)
    assert code == 0, out  # the new tables' rights were granted again
