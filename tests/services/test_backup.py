"""Backups (issue 17, point 4): taken while others write, restored whole, a newer schema refused and an older one
upgraded — from every earlier revision, with data — and the nightly copy of the embedded file."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import func, inspect, select, text

from app.errors import PermissionDenied, StorageError, ValidationError
from app.services import audit, backup, cases, credit
from app.services.database import open_database
from app.store import migrate
from app.store.models import AuditLog, Case, CaseEvent, CreditEntry, CreditGrant, Customer, Order
from app.store.revisions import head_revision, known_revisions
from tests.support.clock import FrozenClock

ORDER = "1001"


def _counts(db) -> dict[str, int]:
    with db.read() as s:
        return {
            m.__tablename__: int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Customer, Order, Case, CaseEvent, CreditGrant, CreditEntry, AuditLog)
        }


def _login(db, username: str, password: str):
    """A context for ``username`` on ``db`` as a login makes it."""
    from app.services import users
    from app.services.context import ServiceContext

    got = users.login(db, username, password, record=False)
    return got if isinstance(got, ServiceContext) else ServiceContext(db, got)


def _note(ctx, text: str) -> int:
    case_id = cases.open_case(ctx, kind="damaged", channel="phone", summary="Cracked", order_number=ORDER).id
    cases.add_note(ctx, case_id, text)
    return case_id


def test_a_backup_restores_the_database_as_it_was(shop, tmp_path):
    if not shop.db.is_sqlite and not shutil.which("pg_dump"):
        pytest.skip("pg_dump is not installed")
    admin = shop.as_(shop.admin)
    credit.grant_credit(admin, "stefan.tarana@example.ro", "12.50", reason="sorry")
    before = _counts(shop.db)
    info = backup.backup(admin, tmp_path / "shop.backup")
    assert info.kind == ("sqlite" if shop.db.is_sqlite else "pg_dump") and info.revision == head_revision()
    _note(shop.as_(shop.agent), "written after the backup")
    assert _counts(shop.db) != before
    restored = backup.restore(admin, tmp_path / "shop.backup")
    assert restored.revision == head_revision() and restored.upgraded_to is None
    assert _counts(shop.db) == before
    assert credit.check_ledger(shop.as_(shop.supervisor)).ok and audit.verify(admin).ok


def test_only_admins_back_up_or_restore(shop, tmp_path):
    with pytest.raises(PermissionDenied):
        backup.backup(shop.as_(shop.supervisor), tmp_path / "x")
    with pytest.raises(PermissionDenied):
        backup.restore(shop.as_(shop.agent), tmp_path / "x")


def test_a_sqlite_backup_is_taken_while_another_workstation_keeps_writing(sqlite_database, tmp_path):
    from tests.support.shop import make_shop

    shop = make_shop(sqlite_database)
    other = open_database(str(sqlite_database.url), upgrade=False)  # another workstation on the same file
    agent = shop.as_(shop.agent)
    writer_ctx = _login(other, "agent", "agent-pass")
    case_id = _note(agent, "first")
    stop, written, failures = threading.Event(), [], []

    def write() -> None:
        while not stop.is_set():
            try:
                cases.add_note(writer_ctx, case_id, f"note {len(written)}")
                written.append(1)
            except Exception as exc:  # noqa: BLE001 - the test reports it
                failures.append(exc)
                return

    thread = threading.Thread(target=write)
    thread.start()
    try:
        for i in range(3):
            backup.backup(shop.as_(shop.admin), tmp_path / f"b{i}.sqlite3")
    finally:
        stop.set()
        thread.join()
        other.dispose()
    assert not failures and written
    for i in range(3):
        conn = sqlite3.connect(tmp_path / f"b{i}.sqlite3")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_a_backup_from_a_newer_rimedio_is_refused_and_the_database_left_alone(sqlite_database, tmp_path):
    from tests.support.shop import make_shop

    shop = make_shop(sqlite_database)
    admin = shop.as_(shop.admin)
    backup.backup(admin, tmp_path / "b.sqlite3")
    conn = sqlite3.connect(tmp_path / "b.sqlite3")
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    _note(shop.as_(shop.agent), "kept")
    before = _counts(shop.db)
    with pytest.raises(StorageError, match="newer version of Rimedio"):
        backup.restore(admin, tmp_path / "b.sqlite3")
    assert _counts(shop.db) == before
    (tmp_path / "junk").write_bytes(b"hello")
    with pytest.raises(ValidationError, match="not a Rimedio backup"):
        backup.restore(admin, tmp_path / "junk")


@pytest.mark.postgres
def test_a_damaged_pg_dump_archive_is_refused_with_the_database_as_it_was(_pg_factory, tmp_path):
    if not shutil.which("pg_dump"):
        pytest.skip("pg_dump is not installed")
    from tests.support.shop import make_shop

    shop = make_shop(_pg_factory.fresh())
    admin = shop.as_(shop.admin)
    backup.backup(admin, tmp_path / "b.backup")
    body = (tmp_path / "b.backup").read_bytes()
    (tmp_path / "cut.backup").write_bytes(body[: len(body) * 2 // 3])
    _note(shop.as_(shop.agent), "kept")
    before = _counts(shop.db)
    with pytest.raises(StorageError, match="pg_restore failed"):
        backup.restore(admin, tmp_path / "cut.backup")
    assert _counts(shop.db) == before and credit.check_ledger(admin).ok


EARLIER = sorted(r for r in known_revisions() if r != head_revision())


def _downgrade(db, revision: str) -> None:
    """Take ``db`` down to ``revision``, as an older Rimedio wrote it."""
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
    assert migrate.current_revision(db.engine) == revision


def _present_counts(db, expected: dict[str, int]) -> dict[str, int]:
    """The rows of ``expected``'s tables that ``db``'s schema holds (an older revision lacks some tables)."""
    with db.engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        return {
            t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()
            for t in expected
            if t in present
        }


def _restored_and_upgraded(current, path, revision: str, expected: dict[str, int]) -> None:
    """``path`` restored into ``current`` (which holds something else): upgraded to the head with every row of
    ``expected``, and the ledger and the audit chain whole."""
    admin = _login(current, "admin", "admin")
    info = backup.restore(admin, path)
    assert info.revision == revision and info.upgraded_to == head_revision()
    assert migrate.current_revision(current.engine) == head_revision()
    assert {t: n for t, n in _counts(current).items() if t in expected} == expected
    assert credit.check_ledger(admin).ok
    assert audit.verify(admin).ok


@pytest.mark.parametrize("revision", EARLIER)
def test_a_backup_from_every_earlier_schema_is_restored_and_upgraded_with_its_data(revision, tmp_path):
    """The demo shop at the head, taken down to ``revision`` (as an older Rimedio wrote it), restored into a
    current database: upgraded to the head with every customer, order, case, event, grant, entry and audit row,
    and the ledger and the audit chain whole."""
    from app.services import demo

    old = open_database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    demo.build_demo(old)
    expected = _counts(old)
    _downgrade(old, revision)
    expected = _present_counts(old, expected)  # what that revision's schema holds of the shop
    old.dispose()
    current = open_database(f"sqlite:///{tmp_path / 'current.sqlite3'}")
    demo.build_demo(current, customers=5, orders=5, cases=1)  # something else there, replaced by the restore
    _restored_and_upgraded(current, tmp_path / "old.sqlite3", revision, expected)
    current.dispose()


@pytest.fixture(scope="module")
def pg_revisions():
    """PostgreSQL: a smaller demo shop at the head (a template copied for each revision) and a current database
    holding something else, which every restore replaces; all dropped afterwards."""
    from app.services import demo
    from tests.support.databases import PostgresScratch, pg_reason_unavailable

    reason = pg_reason_unavailable()
    if reason:
        pytest.skip(reason)
    scratch = PostgresScratch()
    try:
        template_url = scratch.create("template")
        template = open_database(template_url)
        demo.build_demo(template, customers=40, orders=120, cases=24)
        expected = _counts(template)
        template.dispose()
        current = scratch.open(scratch.create("current"))
        demo.build_demo(current, customers=5, orders=5, cases=1)
        yield scratch, template_url.rsplit("/", 1)[1], expected, current
    finally:
        scratch.close()


@pytest.mark.postgres
@pytest.mark.parametrize("revision", EARLIER)
def test_on_postgresql_a_backup_from_every_earlier_schema_is_restored_and_upgraded_with_its_data(
    revision, pg_revisions, tmp_path
):
    """The same on PostgreSQL, for both kinds of backup: a pg_dump archive (when pg_dump is installed) and the
    logical export, each restored into a current database and upgraded with every row."""
    scratch, template, expected, current = pg_revisions
    old = scratch.open(scratch.create(f"r{revision}", template=template))
    _downgrade(old, revision)
    expected = _present_counts(old, expected)
    kinds = [True] + ([False] if shutil.which("pg_dump") else [])
    for logical in kinds:
        path = tmp_path / f"old-{logical}.backup"
        info = backup.backup_database(old, path, logical=logical)
        assert info.revision == revision and info.kind == ("logical" if logical else "pg_dump")
        _restored_and_upgraded(current, path, revision, expected)
    old.dispose()


def test_the_nightly_copy_is_made_once_a_day_and_kept_n_days(sqlite_database, tmp_path):
    folder = tmp_path / "nightly"
    clock = sqlite_database.clock = FrozenClock(datetime(2026, 11, 30, 12, 0, tzinfo=UTC))
    made = []
    for step in (1, 0, 1, 1, 1, 1):
        clock.advance(days=step)
        made.append(backup.nightly_backup(sqlite_database, str(folder), 3))
    assert [m.name if m else None for m in made] == [
        "rimedio-2026-12-01.sqlite3",
        None,
        "rimedio-2026-12-02.sqlite3",
        "rimedio-2026-12-03.sqlite3",
        "rimedio-2026-12-04.sqlite3",
        "rimedio-2026-12-05.sqlite3",
    ]
    assert sorted(p.name for p in folder.iterdir()) == [
        "rimedio-2026-12-03.sqlite3",
        "rimedio-2026-12-04.sqlite3",
        "rimedio-2026-12-05.sqlite3",
    ]
    clock.advance(days=1)
    assert backup.nightly_backup(sqlite_database, "", 3) is None  # not set: nothing
