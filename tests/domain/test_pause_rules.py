"""The pure rules behind a paused deadline: the wait is counted in business time and added on the business
calendar; a paused case keeps the business time it had (issue 12, points 8 and 8b)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from app.domain.business_hours import (
    business_time_text,
    calendar_from_settings,
    paused_text,
    remaining_when_paused,
    resumed_due,
)
from app.domain.case_status import OPEN_STATUSES, RUNNING_STATUSES
from app.domain.enums import CaseStatus
from app.domain.settings_registry import ShopSettings

ROME = ZoneInfo("Europe/Rome")
CAL = calendar_from_settings(ShopSettings({"hours.holidays": "2027-03-08"}))


def rome(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 3, day, hour, minute, tzinfo=ROME)


def test_the_wait_moves_the_deadline_on_the_business_calendar():
    due = resumed_due(CAL, rome(4, 11), rome(2, 10), rome(2, 18))
    assert due == rome(5, 10).astimezone(UTC), "not Thursday 19:00 after closing"
    # a wait over a weekend and a holiday Monday: 1 h on Friday, 1 h on Tuesday
    assert resumed_due(CAL, rome(10, 17, 30), rome(5, 17), rome(9, 10)) == rome(11, 10, 30).astimezone(UTC)
    assert resumed_due(CAL, rome(4, 11), rome(2, 19), rome(3, 8)) == rome(4, 11).astimezone(UTC)


def test_a_paused_case_keeps_its_business_time_and_says_so():
    assert remaining_when_paused(CAL, rome(4, 11), rome(2, 10)) == timedelta(hours=19)
    assert remaining_when_paused(CAL, rome(2, 11), rome(2, 13, 30)) == -timedelta(hours=2, minutes=30)
    assert [business_time_text(timedelta(minutes=m)) for m in (45, 180, 450)] == [
        "45 min",
        "3 h",
        "7 h 30 min",
    ]
    assert paused_text(timedelta(hours=19), "en") == "paused · 19 h left (business hours)"
    assert paused_text(-timedelta(hours=2), "en", short=True) == "paused · 2 h late"
    assert paused_text(timedelta(hours=3), "it") == "in pausa · restano 3 h (orario lavorativo)"


def test_only_running_cases_can_be_overdue():
    assert CaseStatus.AWAITING_CUSTOMER in OPEN_STATUSES
    assert CaseStatus.AWAITING_CUSTOMER not in RUNNING_STATUSES
    assert RUNNING_STATUSES == OPEN_STATUSES - {CaseStatus.AWAITING_CUSTOMER}
