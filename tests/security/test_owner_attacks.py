"""Attacks by whoever may switch the guards off — the schema's owner on PostgreSQL, the file's owner on SQLite —
and the checks that still see them. No software stops such a person from writing; what is asked is that the
change is *detected*: HEAD (every append and ``audit verify`` check the chain's recorded end), CHAIN (the hash
links), ANCHOR (``audit verify --anchor``: a signed end kept outside the database), CROSS-CHECK (``credit
check``: ledger ⇄ audit, rollups ⇄ ledger), TRIGGER (statement-level TRUNCATE guard, row guards).
"""

from __future__ import annotations

import contextlib
import json

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.domain.audit_chain import GENESIS, link_hash
from app.services import anchors, audit, credit
from app.store.models import AuditLog
from tests.support.cli import run

GUARDED = ("credit_grants", "credit_entries", "audit_log")


@contextlib.contextmanager
def guards_off(db):
    """The owner's first move: switch the append-only triggers off (and back on: the PostgreSQL test database
    is shared by the session)."""
    with db.engine.begin() as conn:
        for table in GUARDED:
            if db.is_sqlite:
                conn.execute(text(f"DROP TRIGGER {table}_no_update"))
                conn.execute(text(f"DROP TRIGGER {table}_no_delete"))
            else:
                conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
    try:
        yield
    finally:
        if not db.is_sqlite:
            with db.engine.begin() as conn:
                for table in GUARDED:
                    conn.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))


def _count(db) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM audit_log")).scalar())


def _grant(shop, amount="5"):
    return credit.grant_credit(shop.as_(shop.agent), "stefan.tarana@example.ro", amount, reason="scuse")


def test_a_cut_tail_stops_the_next_append_and_audit_verify_appends_nothing_first(shop, capsys, monkeypatch):
    _grant(shop)
    with guards_off(shop.db), shop.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log)"))
    grants_before = credit.customer_credit(shop.as_(shop.supervisor), "stefan.tarana@example.ro").grants
    with pytest.raises(audit.AuditTamperedError, match="tampered"):  # HEAD, at the append
        _grant(shop)
    assert (
        credit.customer_credit(shop.as_(shop.supervisor), "stefan.tarana@example.ro").grants == grants_before
    )
    rows = _count(shop.db)
    monkeypatch.setenv("RIMEDIO_USER", "admin")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "admin-pass")
    url = shop.db.engine.url.render_as_string(hide_password=False)
    code, out, _ = run(capsys, "audit", "verify", "--db", url)
    assert code == 1 and "newest entries were removed" in out  # HEAD, in audit verify
    assert _count(shop.db) == rows, "audit verify appended nothing (not even its login) before verifying"


@pytest.fixture
def anchored(shop):
    """A shop with some history and an anchor signed with the shop's key (kept in this test's keyring)."""
    admin = shop.as_(shop.admin)
    anchors.new_key(admin)
    for amount in ("5", "6", "7"):
        _grant(shop, amount)
    return shop, anchors.make_anchor(admin)


def test_a_cut_tail_resealed_by_hand_is_caught_by_the_anchor_and_by_credit_check(anchored):
    shop, anchor = anchored
    admin = shop.as_(shop.admin)
    assert audit.verify(admin, anchor).ok
    with guards_off(shop.db), shop.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id > :n"), {"n": anchor.last_id - 2})
        last_id, last_hash = conn.execute(
            text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
        ).one()
        conn.execute(text("UPDATE audit_head SET last_id = :i, hash = :h"), {"i": last_id, "h": last_hash})
    assert audit.verify(admin).ok, "the chain alone cannot see a cut it was resealed over"
    check = audit.verify(admin, anchor)  # ANCHOR
    assert (check.ok, check.reason) == (False, "anchor_missing")
    ledger = credit.check_ledger(shop.as_(shop.supervisor))  # CROSS-CHECK
    assert any("(issued)" in p and "not in the audit log" in p for p in ledger.problems)


def test_history_rewritten_with_every_hash_recomputed_is_caught_by_the_anchor(anchored, tmp_path):
    shop, anchor = anchored
    admin = shop.as_(shop.admin)
    path = anchors.write_anchor(anchor, tmp_path / "anchor.json")
    with guards_off(shop.db), shop.db.engine.begin() as conn:
        rows = Session(bind=conn).scalars(select(AuditLog).order_by(AuditLog.id)).all()
        prev = GENESIS
        for row in rows:
            if row.id == 2:
                row.subject = "someone else"
            new = link_hash(prev, audit._entry(row))
            conn.execute(
                text("UPDATE audit_log SET subject = :s, prev_hash = :p, hash = :h WHERE id = :i"),
                {"s": row.subject, "p": prev, "h": new, "i": row.id},
            )
            prev = new
        conn.execute(text("UPDATE audit_head SET hash = :h"), {"h": prev})
    assert audit.verify(admin).ok, "a forger who recomputes every hash fools the chain alone"
    check = audit.verify(admin, anchors.read_anchor(path))  # ANCHOR
    assert (check.ok, check.reason, check.anchored_id) == (False, "anchor_changed", anchor.last_id)


def test_a_forged_anchor_is_refused_by_its_signature(anchored, tmp_path):
    shop, anchor = anchored
    path = anchors.write_anchor(anchor, tmp_path / "anchor.json")
    data = json.loads(path.read_text())
    data["entries"] += 1
    path.write_text(json.dumps(data))
    check = audit.verify(shop.as_(shop.admin), anchors.read_anchor(path))  # ANCHOR (signature)
    assert (check.ok, check.reason) == (False, "anchor_signature")


def test_the_file_owner_cannot_empty_the_ledger_with_the_guards_on(sqlite_database):
    from tests.support.shop import make_shop

    shop = make_shop(sqlite_database)
    _grant(shop)
    for table in GUARDED:  # TRIGGER: SQLite has no TRUNCATE; a DELETE without WHERE meets the row trigger
        with pytest.raises(Exception, match="append-only"), shop.db.engine.begin() as conn:
            conn.execute(text(f"DELETE FROM {table}"))


@pytest.mark.postgres
def test_truncate_is_refused_to_the_owner_and_once_forced_every_check_sees_it(pg_roles):
    shop = pg_roles.shop
    _grant(shop, "20")
    with (
        pg_roles.connect(pg_roles.owner_url) as conn,
        pytest.raises(psycopg.Error, match="TRUNCATE is refused"),
    ):
        conn.execute("TRUNCATE credit_grants, audit_log CASCADE")  # TRIGGER, for the owner too
    with pg_roles.connect(pg_roles.owner_url) as conn:  # the owner switches the guards off and empties both
        for table in ("credit_grants", "credit_entries", "audit_log"):
            conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        conn.execute("TRUNCATE credit_grants, credit_entries, audit_log CASCADE")
    check = credit.check_ledger(shop.as_(shop.supervisor))  # CROSS-CHECK: the rollups still hold the money
    assert any(p.startswith("report rollups: issue in EUR") for p in check.problems)
    verdict = audit.verify(shop.as_(shop.admin))  # HEAD: the recorded end is past the (empty) log
    assert (verdict.ok, verdict.reason) == (False, "truncated")


def test_a_forged_grant_written_straight_into_the_database_is_named_by_credit_check(shop):
    """The SQLite file's owner (and PostgreSQL's superuser) needs no trigger switched off to add a grant."""
    with shop.db.engine.begin() as conn:
        grant_id = conn.execute(
            text(
                "INSERT INTO credit_grants (customer_id, amount_minor, currency, reason, code, note, created_at) "
                "VALUES (1, 50000, 'EUR', 'manual', 'ZZZZZZZZZ', '', CURRENT_TIMESTAMP) RETURNING id"
            )
        ).scalar()
        conn.execute(
            text(
                "INSERT INTO credit_entries (grant_id, kind, amount_minor, currency, at, note) "
                "VALUES (:g, 'issue', 50000, 'EUR', CURRENT_TIMESTAMP, '')"
            ),
            {"g": grant_id},
        )
    check = credit.check_ledger(shop.as_(shop.supervisor))  # CROSS-CHECK
    assert any(f"grant {grant_id} (issued)" in p and "not in the audit log" in p for p in check.problems)
