"""Case statuses, business-hour deadlines and search text — the pure rules under the case services."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.business_hours import calendar_from_settings, due_dates, is_peak
from app.domain.case_status import TRANSITIONS, can_move, check_move
from app.domain.enums import CaseKind, CaseStatus, Channel
from app.domain.settings_registry import ShopSettings
from app.domain.text import fold, phone_forms, tokens
from app.errors import Conflict

ROME = ShopSettings({"hours.holidays": "2026-12-25,2026-12-26"})


def test_every_status_has_a_way_forward_and_closed_cases_can_be_reopened():
    assert all(TRANSITIONS[s] for s in CaseStatus)
    assert can_move(CaseStatus.CLOSED, CaseStatus.PROPOSED)
    with pytest.raises(Conflict, match="cannot become"):
        check_move(CaseStatus.RESOLVED, CaseStatus.AWAITING_APPROVAL)


def test_a_friday_evening_email_is_due_on_monday():
    friday_1730_rome = datetime(2026, 11, 6, 16, 30, tzinfo=UTC)
    first, _ = due_dates(friday_1730_rome, Channel.EMAIL, CaseKind.DAMAGED, ROME)
    assert first == datetime(2026, 11, 9, 15, 30, tzinfo=UTC)  # 0.5 h on Friday + 7.5 h on Monday


def test_christmas_is_skipped_and_peak_season_halves_deadlines():
    eve = datetime(2026, 12, 24, 16, 0, tzinfo=UTC)  # 17:00 in Rome, Thursday before Christmas
    first, _ = due_dates(eve, Channel.PHONE, CaseKind.DELAY, ROME)
    assert first.date() == date(2026, 12, 24)  # half an hour in peak season, before closing
    later = due_dates(eve, Channel.EMAIL, CaseKind.DELAY, ROME)[0]
    assert later.astimezone(calendar_from_settings(ROME).tz).date() == date(2026, 12, 28)
    assert is_peak(date(2026, 12, 1), "11-15", "12-31") and not is_peak(date(2026, 6, 1), "11-15", "12-31")
    assert is_peak(date(2027, 1, 3), "12-15", "01-06")


def test_business_time_between_counts_only_open_hours():
    cal = calendar_from_settings(ROME)
    start = datetime(2026, 11, 6, 16, 0, tzinfo=UTC)  # Friday 17:00 Rome
    assert cal.between(start, start + timedelta(days=3)) == timedelta(hours=9)  # 1 h Friday + 8 h Monday


def test_search_text_ignores_accents_and_case():
    assert (
        fold("Ștefan Țărână, Müller, Øystein, Niccolò, Straße")
        == "stefan tarana, muller, oystein, niccolo, strasse"
    )
    assert tokens("mario.rossi@libero.it") == ["mario", "rossi", "libero", "it"]
    assert "3331234567" in phone_forms("+39 333 123 4567").split()
