"""The logical backup of a PostgreSQL database (issue 17, point 4, when ``pg_dump`` is missing or with
``--logical``): one snapshot of every table, restored whole into a fresh or a replaced database, a newer schema
or format refused untouched, a damaged file refused with nothing changed — and SQLite's copy as before."""

from __future__ import annotations

import json
import shutil
import time
import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from app.errors import StorageError, ValidationError
from app.services import audit, backup, backup_logical, credit, demo
from app.store import migrate
from app.store.models import CreditGrant
from app.store.revisions import head_revision
from tests.services.test_backup import _counts, _login, _note
from tests.support.databases import PostgresScratch, pg_reason_unavailable


@pytest.fixture
def scratch():
    reason = pg_reason_unavailable()
    if reason:
        pytest.skip(reason)
    made = PostgresScratch()
    yield made
    made.close()


@pytest.fixture
def pg_shop(_pg_factory):
    """The small known shop on the session's PostgreSQL database."""
    from tests.support.shop import make_shop

    return make_shop(_pg_factory.fresh())


def _table_counts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        tables = [
            r[0] for r in conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        ]
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables}


def _balances(db) -> dict[int, dict]:
    admin = _login(db, "admin", "admin")
    with db.read() as s:
        customers = sorted(set(s.scalars(select(CreditGrant.customer_id))))
    return {c: credit.balance(admin, c) for c in customers}


def _rewrite(path, change) -> None:
    """The archive at ``path`` with its manifest passed through ``change``."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members["manifest.json"])
    change(manifest, members)
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, body in members.items():
            archive.writestr(name, body)


@pytest.mark.postgres
def test_the_demo_shop_backed_up_logically_is_restored_whole_into_a_fresh_database(scratch, tmp_path):
    source = scratch.open(scratch.create("source"))
    demo.build_demo(source)
    started = time.perf_counter()
    info = backup.backup_database(source, tmp_path / "shop.zip", logical=True)
    took_backup = time.perf_counter() - started
    assert info.kind == "logical" and info.revision == head_revision()
    fresh = scratch.open(scratch.create("fresh"), upgrade=False)  # an empty database: no tables at all
    started = time.perf_counter()
    restored = backup.restore_database(fresh, tmp_path / "shop.zip")
    took_restore = time.perf_counter() - started
    assert (
        restored.kind == "logical" and restored.revision == head_revision() and restored.upgraded_to is None
    )
    assert _table_counts(fresh) == _table_counts(source)
    assert _balances(fresh) == _balances(source) and any(_balances(source).values())
    admin = _login(fresh, "admin", "admin")
    assert credit.check_ledger(admin).ok and audit.verify(admin).ok
    with fresh.engine.connect() as conn:  # every trigger on again, the guards among them
        assert not conn.execute(text("SELECT count(*) FROM pg_trigger WHERE tgenabled = 'D'")).scalar()
    # the sequences go on past the loaded ids: new rows are written
    with source.engine.connect() as conn:
        last_case = conn.execute(text("SELECT max(id) FROM cases")).scalar_one()
    assert _note(_login(fresh, "agent", "agent"), "after the restore") > last_case
    print(f"demo shop: logical backup {took_backup:.2f}s ({info.size} bytes), restore {took_restore:.2f}s")


@pytest.mark.postgres
def test_a_logical_backup_replaces_a_database_that_moved_on(pg_shop, tmp_path):
    shop = pg_shop
    admin = shop.as_(shop.admin)
    credit.grant_credit(admin, "stefan.tarana@example.ro", "12.50", reason="sorry")
    before = _counts(shop.db)
    assert backup.backup(admin, tmp_path / "shop.zip", logical=True).kind == "logical"
    _note(shop.as_(shop.agent), "written after the backup")
    credit.grant_credit(admin, "stefan.tarana@example.ro", "3", reason="again")
    restored = backup.restore(admin, tmp_path / "shop.zip")
    assert restored.kind == "logical" and _counts(shop.db) == before
    admin = shop.as_(shop.admin)
    assert credit.check_ledger(admin).ok and audit.verify(admin).ok
    assert _note(shop.as_(shop.agent), "the timeline goes on") > 0


@pytest.mark.postgres
def test_without_pg_dump_the_backup_is_the_logical_export(pg_shop, tmp_path, monkeypatch):
    db = pg_shop.db
    real = shutil.which
    monkeypatch.setattr(
        shutil, "which", lambda name, *a, **k: None if name == "pg_dump" else real(name, *a, **k)
    )
    info = backup.backup_database(db, tmp_path / "b.backup")
    assert info.kind == "logical" and backup.backup_kind(tmp_path / "b.backup") == "logical"


@pytest.mark.postgres
def test_a_newer_schema_or_format_and_a_damaged_file_are_refused_with_the_database_untouched(
    scratch, tmp_path
):
    from tests.support.shop import make_shop

    shop = make_shop(scratch.open(scratch.create("refuse")))
    admin = shop.as_(shop.admin)
    credit.grant_credit(admin, "stefan.tarana@example.ro", "5", reason="sorry")
    path = tmp_path / "b.zip"
    backup.backup(admin, path, logical=True)
    _note(shop.as_(shop.agent), "kept")
    before = _table_counts(shop.db)

    newer = tmp_path / "newer.zip"
    shutil.copyfile(path, newer)
    _rewrite(newer, lambda m, _: m.update(schema="9999"))
    with pytest.raises(StorageError, match="newer version of Rimedio"):
        backup.restore(admin, newer)
    shutil.copyfile(path, newer)
    _rewrite(newer, lambda m, _: m.update(version=backup_logical.VERSION + 1))
    with pytest.raises(StorageError, match="newer version of Rimedio"):
        backup.restore(admin, newer)

    short = tmp_path / "short.zip"  # the ledger's last line lost: the load is rolled back, tables and all
    shutil.copyfile(path, short)

    def cut(manifest, members):
        body = members["tables/credit_entries.jsonl"]
        members["tables/credit_entries.jsonl"] = b"".join(body.splitlines(keepends=True)[:-1])

    _rewrite(short, cut)
    with pytest.raises(ValidationError, match="incomplete"):
        backup.restore(admin, short)
    assert _table_counts(shop.db) == before and migrate.current_revision(shop.db.engine) == head_revision()
    with shop.db.engine.connect() as conn:
        assert not conn.execute(text("SELECT count(*) FROM pg_trigger WHERE tgenabled = 'D'")).scalar()

    (tmp_path / "other.zip").write_bytes(b"")
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ValidationError, match="not a Rimedio backup"):
        backup.restore(admin, tmp_path / "other.zip")


def test_values_keep_their_types_through_the_format():
    moment = datetime(2026, 12, 6, 10, 30, 5, 123456)  # a zone-less column: UTC by the program's rule
    assert backup_logical.encode(moment) == "2026-12-06T10:30:05.123456+00:00"
    assert backup_logical.decoder("timestamp without time zone")("2026-12-06T11:30:05.123456+01:00") == moment
    aware = datetime(2026, 12, 6, 10, 30, tzinfo=UTC)
    assert backup_logical.decoder("timestamp with time zone")(backup_logical.encode(aware)) == aware
    assert backup_logical.encode(Decimal("12.50")) == "12.50"
    assert backup_logical.decoder("numeric")("12.50") == Decimal("12.50")
    assert backup_logical.decoder("date")(backup_logical.encode(date(2026, 2, 28))) == date(2026, 2, 28)
    assert backup_logical.decoder("bytea")(backup_logical.encode(b"\x00\xffrimedio")) == b"\x00\xffrimedio"
    assert backup_logical.encode(123456789012) == 123456789012 and backup_logical.decoder("bigint") is None


def test_on_sqlite_the_backup_stays_a_copy_of_the_file(sqlite_database, tmp_path):
    from tests.support.shop import make_shop

    shop = make_shop(sqlite_database)
    info = backup.backup(shop.as_(shop.admin), tmp_path / "b.sqlite3", logical=True)
    assert info.kind == "sqlite" and backup.backup_kind(tmp_path / "b.sqlite3") == "sqlite"
