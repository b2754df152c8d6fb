"""The change feed (issue 17): every change to a case, its timeline, approvals and credit reaches a listener within
1 s on PostgreSQL and 2 s on SQLite, whichever path wrote it; a PostgreSQL listener reconnects by itself."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from app.services import cases, feed
from app.services.database import open_database

LIMIT = {"sqlite": 2.0, "postgresql": 1.0}


def _heard(changes: feed.ChangeFeed) -> list[feed.Change]:
    """Everything the feed delivers from now on (subscribed before the change is made: the feed hands a change
    on the moment it arrives, which may be before the writer's call has even returned)."""
    got: list[feed.Change] = []
    changes.subscribe(got.extend)
    return got


def _wait_for(heard: list[feed.Change], match, limit: float, since: int = 0) -> feed.Change:
    """The first change heard (from the ``since``-th on) that matches, waiting up to ``limit`` seconds."""
    deadline = time.time() + limit
    while True:
        found = next((c for c in list(heard)[since:] if match(c)), None)
        if found is not None:
            return found
        if time.time() > deadline:
            raise AssertionError("the change did not arrive in time")
        time.sleep(0.02)


def test_new_cases_notes_and_status_moves_arrive_in_time(shop):
    db = shop.db
    limit = LIMIT[db.dialect]
    # the listener is another workstation: its own database handle
    other = open_database(str(db.engine.url.render_as_string(hide_password=False)))
    try:
        with feed.open_feed(other) as changes:
            got = _heard(changes)
            started = time.time()
            case = cases.open_case(
                shop.as_(shop.agent),
                order_number="1002",
                kind="damaged",
                channel="email",
                summary="Vase cracked",
            )
            arrived = _wait_for(got, lambda c: c.kind == "case" and c.case_id == case.id, limit)
            assert arrived.actor_id == shop.agent.id and arrived.received - started <= limit
            before = len(got)
            cases.add_note(shop.as_(shop.supervisor), case.id, "Called the courier")
            note = _wait_for(got, lambda c: c.kind == "event" and c.case_id == case.id, limit, before)
            assert note.actor_id == shop.supervisor.id
            assert any(c.kind == "case" and c.case_id == case.id for c in got)  # the subscriber saw them too
    finally:
        other.dispose()


def test_a_change_written_outside_the_services_arrives_too(shop):
    """The triggers are the rule: an import or a script writing SQL is heard like the window."""
    case = cases.open_case(
        shop.as_(shop.agent), order_number="1002", kind="damaged", channel="email", summary="x"
    )
    with feed.open_feed(shop.db) as changes:
        got = _heard(changes)
        with shop.db.engine.begin() as conn:
            conn.execute(text("UPDATE cases SET summary = 'Vase broken' WHERE id = :id"), {"id": case.id})
        _wait_for(got, lambda c: c.kind == "case" and c.case_id == case.id, LIMIT[shop.db.dialect])


def test_change_payloads_parse():
    change = feed.Change.parse("credit::7:", 1.0)
    assert (change.kind, change.case_id, change.customer_id, change.actor_id) == ("credit", None, 7, None)


@pytest.mark.postgres
def test_the_postgresql_listener_comes_back_after_the_connection_is_killed(database):
    if database.is_sqlite:
        pytest.skip("PostgreSQL only")
    with feed.open_feed(database) as changes:
        got = _heard(changes)
        with database.engine.begin() as conn:  # what a server restart does to the listener's connection
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = :name AND datname = current_database()"
                ),
                {"name": feed.APPLICATION_NAME},
            )
        deadline = time.time() + 5
        while time.time() < deadline and not any(c.kind == feed.RESYNC for c in got):
            time.sleep(0.05)
        assert any(c.kind == feed.RESYNC for c in got)
        assert changes.reconnects >= 1
        with database.engine.begin() as conn:
            conn.execute(text("NOTIFY rimedio_live, 'case:42::'"))
        _wait_for(got, lambda c: c.case_id == 42, 1.0)


def test_a_recorder_tells_what_a_workstation_heard_and_how_late(shop):
    case = cases.open_case(
        shop.as_(shop.agent), order_number="1002", kind="damaged", channel="email", summary="x"
    )
    recorder = feed.Recorder(shop.db).start()
    committed = time.time()
    cases.add_note(shop.as_(shop.agent), case.id, "first")
    deadline = time.time() + LIMIT[shop.db.dialect]
    while time.time() < deadline and not any(c.kind == "event" for c in recorder.changes):
        time.sleep(0.05)
    received = recorder.stop()
    missing, delays = feed.heard(
        received, [("event", case.id, committed), ("event", case.id + 99, committed)]
    )
    assert missing == [("event", case.id + 99, committed)]
    assert len(delays) == 1 and delays[0] <= LIMIT[shop.db.dialect]
