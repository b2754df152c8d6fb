"""A team on one database (issue 17, point 0): two agents' writes never wait on one rollup row, the daily limit's
user lock does not block a colleague's foreign-key check, a deadlock that still happens is run again by the
service (never shown), and the lists run read-only in a fixed number of statements."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.exc import OperationalError

from app.errors import StorageError
from app.services import approvals, cases, reports, retry, ui_queries
from app.services.credit.issuing import lock_user
from app.store.models import CaseEvent

ORDER = "1001"


def _open(ctx, summary: str) -> int:
    return cases.open_case(ctx, kind="damaged", channel="phone", summary=summary, order_number=ORDER).id


def _second_connection_waits(db, sql: str, params: dict) -> str | None:
    """Run ``sql`` on a connection of its own with a short lock timeout: the error if it had to wait."""
    with db.engine.connect() as conn:
        conn.execute(text("SET lock_timeout = '1500ms'"))
        try:
            conn.execute(text(sql), params)
        except OperationalError as exc:
            return str(exc.orig).splitlines()[0]
        finally:
            conn.rollback()
    return None


@pytest.mark.postgres
def test_two_changes_to_one_owners_cases_of_a_day_do_not_wait_for_each_other(shop):
    if shop.db.is_sqlite:
        pytest.skip("SQLite has one writer at a time by design")
    ctx = shop.as_(shop.agent)
    first, second = _open(ctx, "Cracked bowl"), _open(ctx, "Cracked vase")
    with (
        shop.db.engine.connect() as holder
    ):  # a colleague's transaction, still open, moved a counter of the day
        holder.execute(text("UPDATE cases SET status = 'proposed' WHERE id = :id"), {"id": first})
        waited = _second_connection_waits(
            shop.db, "UPDATE cases SET status = 'proposed' WHERE id = :id", {"id": second}
        )
        holder.rollback()
    assert waited is None, waited


def test_the_reports_count_the_appended_changes_before_and_after_they_are_folded(shop, monkeypatch):
    ctx = shop.as_(shop.agent)
    case_id = _open(ctx, "Cracked bowl")
    cases.change_status(ctx, case_id, "proposed")
    day = cases.get_case(ctx, case_id).created_at.date()
    sup = shop.as_(shop.supervisor)
    with shop.db.read() as s:
        appended = s.scalar(text("SELECT count(*) FROM report_owner_day_deltas"))
    assert (appended == 0) if shop.db.is_sqlite else appended >= 2  # the new case, then its move
    with monkeypatch.context() as m:
        m.setattr(reports, "fold_deltas", lambda db: None)
        unfolded = reports.summary(sup, day, day)
    folded = reports.summary(sup, day, day)  # folds first
    with shop.db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM report_owner_day_deltas")) == 0
    assert unfolded.cases == folded.cases >= 1
    assert unfolded.by_status == folded.by_status and folded.by_status["proposed"] >= 1
    assert unfolded.agents == folded.agents


@pytest.mark.postgres
def test_the_daily_limits_user_lock_lets_a_colleagues_foreign_key_check_through(shop):
    if shop.db.is_sqlite:
        pytest.skip("SQLite has one writer at a time by design")
    with shop.db.write() as s:
        lock_user(s, shop.agent.id)  # resolving with credit: the agent's daily total is being decided
        # meanwhile a supervisor writes a case event by the agent (its foreign key takes FOR KEY SHARE)
        waited = _second_connection_waits(
            shop.db, "SELECT id FROM users WHERE id = :id FOR KEY SHARE", {"id": shop.agent.id}
        )
    assert waited is None, waited


class _Deadlock(Exception):
    sqlstate = "40P01"


def _losing(times: int):
    """A stand-in for the server choosing this transaction as a deadlock's victim ``times`` times."""
    state = {"left": times}

    def flush_hook(session, _ctx, _instances) -> None:
        if state["left"] > 0 and any(isinstance(o, CaseEvent) for o in session.new):
            state["left"] -= 1
            raise OperationalError("INSERT INTO case_events …", {}, _Deadlock("deadlock detected"))

    return flush_hook


def test_a_deadlock_victim_is_run_again_and_the_user_never_sees_it(shop):
    from sqlalchemy.orm import Session

    ctx = shop.as_(shop.agent)
    case_id = _open(ctx, "Cracked bowl")
    hook = _losing(2)
    event.listen(Session, "before_flush", hook)
    try:
        cases.add_note(ctx, case_id, "Called back")
    finally:
        event.remove(Session, "before_flush", hook)
    with shop.db.read() as s:
        notes = list(
            s.scalars(
                select(CaseEvent.text).where(CaseEvent.case_id == case_id, CaseEvent.text == "Called back")
            )
        )
    assert notes == ["Called back"]  # once: the lost tries left nothing behind


def test_a_conflict_that_persists_is_refused_after_a_bounded_number_of_tries(shop):
    from sqlalchemy.orm import Session

    ctx = shop.as_(shop.agent)
    case_id = _open(ctx, "Cracked bowl")
    hook = _losing(retry.ATTEMPTS + 5)
    event.listen(Session, "before_flush", hook)
    try:
        with pytest.raises(StorageError):
            cases.add_note(ctx, case_id, "Called back")
    finally:
        event.remove(Session, "before_flush", hook)
    with shop.db.read() as s:
        assert not s.scalar(select(CaseEvent.id).where(CaseEvent.text == "Called back"))


def _statements(db, fn) -> tuple[int, list[bool]]:
    count, writes = [0], []

    def on_execute(*_args) -> None:
        count[0] += 1

    def on_begin(conn) -> None:
        writes.append(bool(conn.get_execution_options().get("rimedio_write")))

    event.listen(db.engine, "before_cursor_execute", on_execute)
    event.listen(db.engine, "begin", on_begin)
    try:
        fn()
    finally:
        event.remove(db.engine, "before_cursor_execute", on_execute)
        event.remove(db.engine, "begin", on_begin)
    return count[0], writes


def test_the_approvals_list_is_read_only_and_its_statements_do_not_grow_with_the_requests(shop):
    agent, sup = shop.as_(shop.agent), shop.as_(shop.supervisor)

    def ask(n: int) -> None:
        for i in range(n):
            approvals.resolve_case(
                agent, _open(agent, f"Broken {i}"), "goodwill_extra", "30.00", reason="big"
            )

    ask(2)
    few, few_writes = _statements(shop.db, lambda: approvals.list_requests(sup, limit=50))
    ask(8)
    listed = []
    many, many_writes = _statements(shop.db, lambda: listed.extend(approvals.list_requests(sup, limit=50)))
    assert len(listed) >= 10
    assert many == few, (few, many)  # was one statement per request and two per person
    assert many <= 8
    assert not any(few_writes + many_writes)  # read-only transactions only
    if not shop.db.is_sqlite:
        with shop.db.read() as s:
            assert s.execute(text("SHOW transaction_read_only")).scalar() == "on"


def test_the_approvals_poll_is_read_only_and_its_statements_do_not_grow_with_the_answers_watched(shop):
    agent, sup = shop.as_(shop.agent), shop.as_(shop.supervisor)

    def answered(n: int) -> list[int]:
        ids = []
        for i in range(n):
            asked = approvals.resolve_case(
                agent, _open(agent, f"Chipped {i}"), "goodwill_extra", "30.00", reason="big"
            )
            (approvals.approve if i % 2 else approvals.reject)(sup, asked.request_id, reason="seen")
            ids.append(asked.request_id)
        return ids

    watched = answered(2)
    polls = []
    few, few_writes = _statements(
        shop.db, lambda: polls.append(ui_queries.approval_poll(agent, tuple(watched)))
    )
    watched += answered(6)
    many, many_writes = _statements(
        shop.db, lambda: polls.append(ui_queries.approval_poll(agent, tuple(watched)))
    )
    assert [len(p.decided) for p in polls] == [2, 8]
    assert [r.voucher is not None for r in polls[1].decided] == [i % 2 == 1 for i in range(8)]
    assert polls[1].decided[0].decided_by == "supervisor" and polls[1].decided[0].customer
    assert many == few, (few, many)  # was up to four statements per request watched
    assert not any(few_writes + many_writes)  # read-only transactions only
