"""Test isolation for every test: temp user folders, an in-memory keyring, cheap password hashing, Qt offscreen,
and the ``database`` fixture that runs each service test on SQLite and on PostgreSQL."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RIMEDIO_LANG", "en")

import keyring  # noqa: E402
import pytest  # noqa: E402

from app.i18n import set_language  # noqa: E402
from app.services.clock import SYSTEM  # noqa: E402
from tests.support.clock import FrozenClock  # noqa: E402
from tests.support.databases import PostgresFactory, SqliteFactory, pg_reason_unavailable  # noqa: E402
from tests.support.hashing import fast_password_hashing  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402

fast_password_hashing()


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("rimedio-home")
    monkeypatch.setenv("RIMEDIO_HOME", str(home))
    for var in (
        "RIMEDIO_DB",
        "RIMEDIO_USER",
        "RIMEDIO_PASSWORD",
        "RIMEDIO_NEW_PASSWORD",
        "RIMEDIO_DB_PASSWORD",
        "RIMEDIO_PROFILE",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("RIMEDIO_LANG", "en")
    set_language(None)
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield home
    keyring.set_keyring(previous)
    set_language(None)


@pytest.fixture(scope="session")
def _sqlite_factory(tmp_path_factory):
    return SqliteFactory(tmp_path_factory.mktemp("sqlite-template"))


@pytest.fixture(scope="session")
def _pg_factory():
    reason = pg_reason_unavailable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests, but there is {reason}")
        pytest.skip(reason)
    factory = PostgresFactory()
    yield factory
    factory.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request, tmp_path):
    """A fresh, migrated, empty database — once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        db = request.getfixturevalue("_sqlite_factory").fresh(tmp_path)
        yield db
        db.dispose()
    else:
        yield request.getfixturevalue("_pg_factory").fresh()


@pytest.fixture
def sqlite_database(_sqlite_factory, tmp_path):
    db = _sqlite_factory.fresh(tmp_path)
    yield db
    db.dispose()


@pytest.fixture
def clock(database):
    """The time of every service call on ``database`` (and the ``shop`` on it), set and moved by the test; starts
    at :data:`tests.support.clock.START`. A test file may override it to start elsewhere (``clock.set``)."""
    frozen = FrozenClock()
    database.clock = frozen
    yield frozen
    database.clock = SYSTEM  # PostgreSQL's database object serves the next test too


@pytest.fixture
def shop(database):
    """The small known shop of ``tests/support/shop.py`` on SQLite and on PostgreSQL."""
    from tests.support.shop import make_shop

    return make_shop(database)
