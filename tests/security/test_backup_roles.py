"""Backups and the two roles of ``rimedio db roles``: the workstations' login (the app role) may write a logical
backup — it reads every table — but not restore one; the owner restores it, the ledger's guards and the app
role's rights come back as they were, and ``db check`` says the roles are in place."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.errors import ValidationError
from app.services import audit, backup, cases, credit, users
from app.services.context import ServiceContext
from app.services.database import open_database
from tests.support.cli import run

pytestmark = pytest.mark.postgres


def _counts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        tables = [
            r[0] for r in conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        ]
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables}


def test_the_app_role_backs_up_and_only_the_owner_restores(pg_roles, tmp_path, capsys):
    shop = pg_roles.shop
    admin = shop.as_(shop.admin)
    credit.grant_credit(admin, "stefan.tarana@example.ro", "7.25", reason="scuse")
    info = backup.backup(admin, tmp_path / "shop.zip", logical=True)  # as the app role
    assert info.kind == "logical"
    before = _counts(shop.db)
    cases.open_case(shop.as_(shop.agent), order_number="1001", kind="damaged", channel="phone", summary="x")
    with pytest.raises(ValidationError, match="only their owner"):
        backup.restore(admin, tmp_path / "shop.zip")
    assert _counts(shop.db) != before  # untouched: the case written after the backup is still there

    owner_db = open_database(pg_roles.owner_url)
    try:
        got = users.login(owner_db, "admin", "admin-pass", record=False)
        owner_admin = got if isinstance(got, ServiceContext) else ServiceContext(owner_db, got)
        restored = backup.restore(owner_admin, tmp_path / "shop.zip")
        assert restored.kind == "logical"
    finally:
        owner_db.dispose()
    shop.db.engine.dispose()
    assert _counts(shop.db) == before
    assert credit.check_ledger(shop.as_(shop.supervisor)).ok and audit.verify(shop.as_(shop.admin)).ok
    code, out, _ = run(capsys, "db", "check", "--db", pg_roles.app_url)
    assert code == 0 and "the roles are in place" in out
    case = cases.open_case(
        shop.as_(shop.agent), order_number="1001", kind="damaged", channel="phone", summary="y"
    )
    assert case.id


def test_a_restore_by_the_servers_administrator_gives_the_tables_back_to_the_owner(
    pg_roles, tmp_path, capsys
):
    """What the administrator's restore makes is theirs at first: it is given back, so the owner can still
    upgrade and restore, and the app role keeps its rights."""
    shop = pg_roles.shop
    admin = shop.as_(shop.admin)
    backup.backup(admin, tmp_path / "shop.zip", logical=True)
    root_db = open_database(pg_roles.superuser_url)
    try:
        backup.restore_database(root_db, tmp_path / "shop.zip")
        with root_db.engine.connect() as conn:
            owners = {
                r[0]
                for r in conn.execute(text("SELECT tableowner FROM pg_tables WHERE schemaname = 'public'"))
            }
    finally:
        root_db.dispose()
    assert owners == {pg_roles.owner_role}
    code, out, _ = run(capsys, "db", "check", "--db", pg_roles.app_url)
    assert code == 0 and "the roles are in place" in out
    owner_db = open_database(pg_roles.owner_url)
    try:
        with owner_db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        owner_db.dispose()
