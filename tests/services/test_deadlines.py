"""Deadlines while a case waits for the customer: the clock stops in business time, and a paused case is not late
(issue 12, points 8 and 8b), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.domain.business_hours import paused_text
from app.services import cases
from app.services.cases import CaseFilter
from app.store.models import Case, CaseEvent

ROME = ZoneInfo("Europe/Rome")


def rome(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of March 2027 in Rome (1 March 2027 is a Monday; no summer time yet)."""
    return datetime(2027, 3, day, hour, minute, tzinfo=ROME)


@pytest.fixture
def clock(clock):
    """Every service's time, from Monday 1 March 2027, 9:00 in Rome."""
    clock.set(rome(1, 9))
    return clock


def _set_due(shop, case_id: int, due: datetime) -> None:
    with shop.db.write() as s:
        s.get(Case, case_id).resolution_due = due.astimezone(UTC)


def _open(shop, summary: str = "Late parcel") -> int:
    return cases.open_case(
        shop.as_(shop.agent), order_number="1003", kind="delay", channel="email", summary=summary
    ).id


def test_eight_paused_business_hours_move_a_thursday_deadline_to_friday_morning(shop, clock):
    agent = shop.as_(shop.agent)
    case_id = _open(shop)
    _set_due(shop, case_id, rome(4, 11))  # Thursday 11:00
    clock.set(rome(2, 10))  # Tuesday 10:00: we ask the customer for a photo
    cases.change_status(agent, case_id, "awaiting_customer")
    clock.set(rome(2, 18))  # Tuesday 18:00: the photo arrives, 8 business hours later
    after = cases.change_status(agent, case_id, "proposed")
    assert after.resolution_due.astimezone(ROME) == rome(5, 10), "7 h to Thursday's closing, 1 h on Friday"
    assert after.first_answered_at is not None


def test_a_pause_over_the_weekend_counts_only_the_open_hours(shop, clock):
    agent = shop.as_(shop.agent)
    case_id = _open(shop)
    _set_due(shop, case_id, rome(9, 12))  # Tuesday 9 March, 12:00
    clock.set(rome(5, 17))  # Friday 17:00
    cases.change_status(agent, case_id, "awaiting_customer")
    clock.set(rome(8, 10, 30))  # Monday 10:30: 1 h on Friday + 1.5 h on Monday
    after = cases.change_status(agent, case_id, "proposed")
    assert after.resolution_due.astimezone(ROME) == rome(9, 14, 30)


def test_a_pause_outside_business_hours_moves_nothing(shop, clock):
    agent = shop.as_(shop.agent)
    case_id = _open(shop)
    _set_due(shop, case_id, rome(4, 11))
    clock.set(rome(2, 19))
    cases.change_status(agent, case_id, "awaiting_customer")
    clock.set(rome(3, 8, 59))
    after = cases.change_status(agent, case_id, "proposed")
    assert after.resolution_due.astimezone(ROME) == rome(4, 11)
    assert after.resolution_due - rome(4, 11) == timedelta(0)


def test_a_paused_case_is_not_overdue_and_keeps_its_business_time(shop, clock):
    agent = shop.as_(shop.agent)
    waiting, running = _open(shop, "Waiting for a photo"), _open(shop, "Nobody looked")
    for case_id in (waiting, running):
        _set_due(shop, case_id, rome(4, 11))  # Thursday 11:00
    clock.set(rome(2, 10))  # Tuesday 10:00
    cases.change_status(agent, waiting, "awaiting_customer")
    clock.set(rome(15, 10))  # two weeks later both deadlines have passed on the wall clock
    overdue = cases.list_cases(agent, CaseFilter(overdue=True))
    assert [r.id for r in overdue] == [running], "waiting for the customer is not late"
    assert cases.count_cases(agent, CaseFilter(overdue=True)) == 1
    rows = {r.id: r for r in cases.list_cases(agent, CaseFilter(open_only=True))}
    assert rows[waiting].paused and not rows[waiting].overdue
    assert rows[waiting].remaining == timedelta(hours=19), "Tuesday 10–18, Wednesday 9–18, Thursday 9–11"
    assert rows[running].overdue and not rows[running].paused and rows[running].remaining is None
    detail = cases.get_case(agent, waiting)
    assert detail.paused and detail.remaining == timedelta(hours=19) and detail.timezone == "Europe/Rome"
    assert "19 h left" in paused_text(detail.remaining)
    after = cases.change_status(agent, waiting, "proposed")
    assert not after.paused and after.remaining is None
    assert after.resolution_due > clock.now(), "the clock runs again with the 19 business hours it had"


def test_a_case_already_late_when_paused_says_by_how_much(shop, clock):
    agent = shop.as_(shop.agent)
    case_id = _open(shop)
    _set_due(shop, case_id, rome(2, 11))  # Tuesday 11:00
    clock.set(rome(2, 13, 30))
    cases.change_status(agent, case_id, "awaiting_customer")
    detail = cases.get_case(agent, case_id)
    assert detail.remaining == -timedelta(hours=2, minutes=30)
    assert paused_text(detail.remaining) == "paused · 2 h 30 min past the deadline (business hours)"
    assert cases.list_cases(agent, CaseFilter(overdue=True)) == []


def test_the_timeline_is_in_time_order_whatever_order_it_was_written_in(shop, clock):
    agent = shop.as_(shop.agent)
    case_id = _open(shop)
    clock.set(rome(1, 11))
    cases.add_note(agent, case_id, "Called back")
    with shop.db.write() as s:  # an event recorded later about an earlier moment (an import, the demo shop)
        s.add(CaseEvent(case_id=case_id, at=rome(1, 9, 30).astimezone(UTC), type="note", text="Earlier call"))
    texts = [e.text for e in cases.get_case(agent, case_id).events]
    assert texts == ["Late parcel", "Earlier call", "Called back"]


def test_reports_count_a_case_paused_in_time_as_pending_not_late(shop, clock, monkeypatch):
    from app.services import reports
    from app.store import rollups

    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    waiting, running, paused_late = (
        _open(shop, "Waiting"),
        _open(shop, "Nobody looked"),
        _open(shop, "Late, then"),
    )
    for case_id in (waiting, running):
        _set_due(shop, case_id, rome(4, 11))
    _set_due(shop, paused_late, rome(1, 10))
    clock.set(rome(2, 10))
    cases.change_status(agent, waiting, "awaiting_customer")
    cases.change_status(agent, paused_late, "awaiting_customer")  # a day after its deadline
    clock.set(rome(15, 10))

    def figures():
        return reports.summary(supervisor, date(2027, 3, 1), date(2027, 3, 7)).resolution

    rolled = figures()
    with monkeypatch.context() as m:  # the same figures counted from the cases, without the rollups
        m.setattr(rollups, "rollup_zone", lambda conn: None)
        raw = figures()
    assert (rolled.late, rolled.pending) == (raw.late, raw.pending) == (2, 1), (
        "the running case and the one late"
    )
