"""The desktop's quick start reads the embedded file with plain sqlite3 (issue 6) and a PostgreSQL server with
plain psycopg (issue 17): it must agree with the services to the letter, answer only what it is sure of, and never
write (start-up figure)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from app.services import audit, cases, users
from app.services.case_rows import INBOX_START, CaseFilter
from app.services.context import ServiceContext
from app.services.inbox import case_page, prefetched_case_page
from app.services.quick_start import (
    DeferredDatabase,
    PostgresQuickReader,
    QuickReader,
    open_reader,
    page_key,
    postgres_conninfo,
    sqlite_path,
)
from app.store.models import User
from app.store.types import utcnow


def _url(db) -> str:
    return db.url.render_as_string(hide_password=False)


def _head() -> str:
    from app.store.revisions import head_revision

    return head_revision()


@pytest.fixture
def sqlite_shop(sqlite_database):
    """The known shop on SQLite: the start-up reader reads SQLite files only (PostgreSQL: see the first test)."""
    from tests.support.shop import make_shop

    return make_shop(sqlite_database)


@pytest.fixture
def busy_shop(shop):
    """The known shop with cases of every kind, channel, owner and status, one without an order (both databases)."""
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    kinds = ["wrong_item", "damaged", "missing_item", "delay", "complaint"]
    channels = ["phone", "email", "chat", "social"]
    made = []
    for i in range(14):
        ctx = agent if i % 3 else supervisor
        detail = cases.open_case(
            ctx,
            order_number=f"100{1 + i % 4}",
            kind=kinds[i % 5],
            channel=channels[i % 4],
            summary=f"Problem {i} – cană ciobită",
            owner="agent" if i % 2 else "supervisor",
        )
        made.append(detail.id)
    cases.open_case(agent, customer_id=1, kind="complaint", channel="email", summary="No order at all")
    cases.change_status(agent, made[0], "closed", reason="duplicate")
    cases.change_status(agent, made[1], "awaiting_customer")
    return shop


def test_the_start_up_reader_only_serves_an_up_to_date_sqlite_file(shop, tmp_path):
    reader = open_reader(_url(shop.db))
    if shop.db.dialect != "sqlite":
        assert isinstance(reader, PostgresQuickReader) and reader.has_users()
        assert QuickReader.open(_url(shop.db)) is None, "the SQLite reader reads files only"
        assert reader.description == shop.db.description
        with shop.db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
        try:
            assert open_reader(_url(shop.db)) is None, "an older schema is migrated by the normal path first"
        finally:
            with shop.db.engine.begin() as conn:
                conn.exec_driver_sql(
                    "UPDATE alembic_version SET version_num = :v".replace(":v", f"'{_head()}'")
                )
        assert postgres_conninfo("postgresql+psycopg://a@h:5433/shop") == "postgresql://a@h:5433/shop"
        return
    assert reader is not None and reader.has_users()
    assert QuickReader.open(f"sqlite:///{tmp_path / 'missing.sqlite3'}") is None
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("a shopping list, not a database")
    assert QuickReader.open(f"sqlite:///{not_a_db}") is None
    old = tmp_path / "old.sqlite3"
    with sqlite3.connect(old) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    assert QuickReader.open(f"sqlite:///{old}") is None, "an older file is migrated by the normal path first"
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("sqlite:///file.db?mode=ro") is None
    assert sqlite_path("postgresql://rimedio@localhost/rimedio") is None


@pytest.mark.parametrize(
    "flt",
    [
        CaseFilter(open_only=True),
        CaseFilter(),
        CaseFilter(mine=True),
        CaseFilter(open_only=True, mine=True),
        CaseFilter(statuses=("closed", "awaiting_customer")),
        CaseFilter(kinds=("damaged", "delay"), channels=("email",)),
    ],
)
@pytest.mark.parametrize(
    "sort,descending",
    [
        ("id", True),
        ("id", False),
        ("kind", True),
        ("due", False),
        ("status", True),
        ("channel", False),
        ("created", True),
    ],
)
def test_its_inbox_pages_are_the_services_pages(busy_shop, flt, sort, descending):
    reader = open_reader(_url(busy_shop.db))
    ctx = busy_shop.as_(busy_shop.agent)
    for offset, limit in ((0, 200), (0, 4), (5, 4)):
        expected = cases.list_cases(ctx, flt, limit=limit, offset=offset, sort=sort, descending=descending)
        total, rows = reader.case_page(busy_shop.agent, flt, offset, limit, sort, descending, True)
        assert rows == expected
        assert total == cases.count_cases(ctx, flt)


def test_filters_it_does_not_know_are_left_to_the_services(busy_shop):
    reader = open_reader(_url(busy_shop.db))
    agent = busy_shop.agent
    for flt in (
        CaseFilter(search="ciobita"),
        CaseFilter(overdue=True),
        CaseFilter(customer_id=1),
        CaseFilter(statuses=("lost in space",)),
    ):
        assert reader.case_page(agent, flt, 0, 50, "id", True, True) is None
    assert reader.case_page(agent, CaseFilter(), 0, 50, "colour", True, True) is None
    assert reader.case_page(agent, CaseFilter(), 0, 0, "id", True, True) is None


def test_the_login_check_agrees_with_the_services_and_writes_nothing(shop):
    reader = open_reader(_url(shop.db))
    assert reader.check_login(" Agent ", "agent-pass") == shop.agent
    before = audit.list_entries(shop.as_(shop.admin), limit=1000)
    assert reader.check_login("agent", "wrong") is None
    assert reader.check_login("nobody", "agent-pass") is None
    assert audit.list_entries(shop.as_(shop.admin), limit=1000) == before, (
        "failures are counted by the services"
    )
    with shop.db.write() as s:
        user = s.query(User).filter_by(username="agent").one()
        user.locked_until = utcnow() + timedelta(minutes=5)
    assert reader.check_login("agent", "agent-pass") is None, "a locked account takes the normal path"
    with shop.db.write() as s:
        user = s.query(User).filter_by(username="agent").one()
        user.locked_until, user.active = None, False
    assert reader.check_login("agent", "agent-pass") is None, "so does a closed one"


def test_the_deferred_database_serves_the_read_ahead_page_once_then_opens_for_the_services(busy_shop):
    url = _url(busy_shop.db)
    reader = open_reader(url)
    agent = busy_shop.agent
    first = reader.case_page(agent, *INBOX_START)
    deferred = DeferredDatabase(url, reader, {page_key(agent, *INBOX_START): first})
    ctx = ServiceContext(deferred, agent)  # type: ignore[arg-type]
    flt, offset, limit, sort, descending, with_total = INBOX_START
    args = dict(offset=offset, limit=limit, sort=sort, descending=descending, with_total=with_total)
    assert prefetched_case_page(ctx, flt, **args) == first
    assert prefetched_case_page(ctx, flt, **args) is None, "read ahead once"
    assert not deferred.is_open
    assert case_page(ctx, flt, **args) == first, "answered by the reader while the database is not open"
    assert not deferred.is_open
    assert users.record_login(deferred, agent) == agent, "a service opens it"
    assert deferred.is_open and deferred.description == busy_shop.db.description
    assert deferred.quick_case_page(agent, *INBOX_START) is None, "once open, the services answer"
    assert case_page(ctx, flt, **args) == first
    deferred.dispose()


def test_recording_a_quick_login_writes_the_audit_entry_and_clears_failures(shop):
    with shop.db.write() as s:
        s.query(User).filter_by(username="agent").one().failed_logins = 2
    users.record_login(shop.db, shop.agent)
    entry = audit.list_entries(shop.as_(shop.admin), limit=1)[0]
    assert (entry.action, entry.actor) == ("login", "agent")
    with shop.db.read() as s:
        assert s.query(User).filter_by(username="agent").one().failed_logins == 0
    with shop.db.write() as s:
        s.query(User).filter_by(username="agent").one().active = False
    with pytest.raises(Exception, match="wrong password"):
        users.record_login(shop.db, shop.agent)


def test_a_hash_made_with_older_parameters_is_renewed_at_the_next_login(shop):
    from argon2 import PasswordHasher

    from app.services import passwords

    old = PasswordHasher(time_cost=3, memory_cost=1024, parallelism=2).hash("agent-pass")
    with shop.db.write() as s:
        s.query(User).filter_by(username="agent").one().password_hash = old
    assert passwords.needs_rehash(old)
    users.login(shop.db, "agent", "agent-pass")
    with shop.db.read() as s:
        renewed = s.query(User).filter_by(username="agent").one().password_hash
    assert renewed != old and not passwords.needs_rehash(renewed)
    assert users.login(shop.db, "agent", "agent-pass") == shop.agent, (
        "the renewed hash checks the same password"
    )
    with shop.db.write() as s:
        s.query(User).filter_by(username="agent").one().password_hash = old
    users.record_login(shop.db, shop.agent, "agent-pass")  # after a quick start
    with shop.db.read() as s:
        assert not passwords.needs_rehash(s.query(User).filter_by(username="agent").one().password_hash)


def test_the_postgresql_reader_steps_aside_when_it_cannot_connect_and_never_writes(shop):
    assert open_reader("postgresql://rimedio@127.0.0.1:9/rimedio") is None, (
        "unreachable: the normal path says why"
    )
    if shop.db.dialect != "postgresql":
        return
    from app.services import quick_libpq

    reader = open_reader(_url(shop.db))
    with reader._connect() as conn:
        with pytest.raises(quick_libpq.LibpqFailure, match="read-only"):
            conn.execute("DELETE FROM users")
        assert conn.execute(
            "SELECT count(*), bool_and(active), max(username) FROM users WHERE id > %s", [0]
        ).fetchone() == (3, True, "supervisor")
    reader.close()
