"""The audit chain holds no lock through a business transaction (issue 17, point 0): an entry is queued on the
session and sealed at commit, so the chain's lock is taken last and held only while the entries are written."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.services import audit


@pytest.mark.postgres
def test_no_chain_lock_is_held_while_the_work_goes_on(shop):
    if shop.db.is_sqlite:
        pytest.skip("SQLite serialises writers with BEGIN IMMEDIATE; there is no lock of the chain's own")
    before = _rows(shop.db)
    with shop.db.write() as s:
        audit.append(
            s,
            audit.Action.SETTING_CHANGED,
            at=shop.db.clock.now(),
            actor_id=shop.admin.id,
            actor="admin",
            subject="x",
        )
        pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
        with shop.db.engine.connect() as other:
            held = other.execute(
                text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = :p"), {"p": pid}
            ).scalar()
        assert held == 0, "the chain's lock is not taken before the commit"
        assert _rows(shop.db) == before
    assert _rows(shop.db) == before + 1, "sealed at the commit"
    assert audit.verify(shop.as_(shop.admin)).ok


def test_a_rolled_back_transaction_leaves_no_entry(shop):
    before = _rows(shop.db)
    with pytest.raises(RuntimeError), shop.db.write() as s:
        audit.append(
            s,
            audit.Action.SETTING_CHANGED,
            at=shop.db.clock.now(),
            actor_id=shop.admin.id,
            actor="admin",
            subject="x",
        )
        raise RuntimeError("the work failed")
    assert _rows(shop.db) == before and audit.verify(shop.as_(shop.admin)).ok


def _rows(db) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM audit_log")).scalar())


@pytest.mark.postgres
def test_the_work_is_flushed_before_the_chain_lock_is_taken(shop):
    """Rows the unit of work still holds (a case's update and its rollup rows) are written before the chain's
    lock, never while holding it: the lock order is the work's rows first, the chain last."""
    if shop.db.is_sqlite:
        pytest.skip("SQLite serialises writers with BEGIN IMMEDIATE")
    from sqlalchemy import event

    from app.store.models import Setting

    seen: list[str] = []

    def spy(conn, cursor, statement, *args):
        if "pg_advisory_xact_lock" in statement:
            seen.append("lock")
        elif statement.lstrip().upper().startswith("INSERT INTO SETTINGS"):
            seen.append("work")

    event.listen(shop.db.engine, "before_cursor_execute", spy)
    try:
        with shop.db.write() as s:
            s.add(Setting(key="test.flush_order", value="1"))  # left to the unit of work, not flushed yet
            audit.append(
                s,
                audit.Action.SETTING_CHANGED,
                at=shop.db.clock.now(),
                actor_id=shop.admin.id,
                actor="admin",
                subject="x",
            )
    finally:
        event.remove(shop.db.engine, "before_cursor_execute", spy)
    assert seen == ["work", "lock"]


@pytest.mark.postgres
def test_many_workstations_sealing_at_once_leave_one_whole_chain(shop):
    """Eight workstations each commit entries at the same moment, again and again: every entry is in the chain
    once, in one unbroken line, and nobody was shown an error (they wait for the chain's lock in turn)."""
    if shop.db.is_sqlite:
        pytest.skip("SQLite has one writer at a time by design")
    import threading

    before = _rows(shop.db)
    start = threading.Barrier(8)
    failures: list[BaseException] = []

    def workstation(n: int) -> None:
        try:
            start.wait()
            for i in range(12):
                with shop.db.write() as s:
                    for k in range(1 + (n + i) % 2):  # one or two entries per transaction
                        audit.append(
                            s,
                            audit.Action.SETTING_CHANGED,
                            at=shop.db.clock.now(),
                            actor_id=shop.admin.id,
                            actor="admin",
                            subject=f"w{n}-{i}-{k}",
                        )
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=workstation, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == [], [repr(getattr(f.__cause__, "orig", f.__cause__))[:300] for f in failures]
    expected = sum(1 + (n + i) % 2 for n in range(8) for i in range(12))
    assert _rows(shop.db) == before + expected
    assert audit.verify(shop.as_(shop.admin)).ok
