"""Attacks on the ledger, run the way a careful tester would: as the workstations' login (the app role of
``rimedio db roles``) on PostgreSQL, as the schema's owner, and as the owner of the SQLite file."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass

import psycopg
import pytest

from app.services.database import Database, open_database
from tests.support.databases import PG_ADMIN_URL, pg_reason_unavailable
from tests.support.shop import Shop, make_shop
from ui.entry import main


@dataclass
class RolesShop:
    """The small known shop, served to the program by the app role; ``owner`` and ``superuser`` are URLs of
    the same database for the attacks that need more than the app role."""

    shop: Shop
    app_role: str
    owner_role: str
    app_url: str
    owner_url: str
    superuser_url: str

    def connect(self, url: str) -> psycopg.Connection:
        return psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True)


@pytest.fixture
def pg_roles(tmp_path):
    """A fresh PostgreSQL database whose schema belongs to a new owner role, the shop served by a new app role
    (both with unique names, dropped afterwards)."""
    reason = pg_reason_unavailable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests, but there is {reason}")
        pytest.skip(reason)
    tag = uuid.uuid4().hex[:8]
    name, owner, app = f"rimedio_sec_{os.getpid()}_{tag}", f"rimedio_owner_{tag}", f"rimedio_app_{tag}"
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    superuser_url = f"{base}/{name}"
    host = base.split("@", 1)[1]
    owner_url, app_url = f"postgresql://{owner}@{host}/{name}", f"postgresql://{app}@{host}/{name}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{owner}" LOGIN')
        conn.execute(f'CREATE ROLE "{app}" LOGIN')
        conn.execute(f'CREATE DATABASE "{name}" OWNER "{owner}"')
    db: Database | None = None
    try:
        assert main(["db", "roles", "--db", superuser_url, "--owner", owner, "--app", app]) == 0
        db = open_database(app_url)
        yield RolesShop(make_shop(db), app, owner, app_url, owner_url, superuser_url)
    finally:
        if db is not None:
            db.dispose()
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'DROP ROLE IF EXISTS "{app}"')
            conn.execute(f'DROP ROLE IF EXISTS "{owner}"')
