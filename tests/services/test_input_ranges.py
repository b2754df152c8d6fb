"""Ids, dates and settings outside their sane range are refused with one clear message on SQLite and
PostgreSQL — before they reach a query (an id of 2⁶³ overflows SQLite, 2³¹ PostgreSQL's integer columns) or
the calendar arithmetic (the day after 9999-12-31) — and nothing is written."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.errors import NotFound, ValidationError
from app.services import approvals, cases, credit, customers, documents, exports, reports, settings
from app.store.models import Setting

HUGE_IDS = [2**31, 2**63, 10**30, 0, -1]


def _case(shop):
    return cases.open_case(
        shop.as_(shop.agent), kind="damaged", channel="phone", summary="Vaso rotto", order_number="1002"
    )


@pytest.mark.parametrize("bad_id", HUGE_IDS)
def test_ids_out_of_range_are_not_found_on_every_service(shop, bad_id):
    agent, boss = shop.as_(shop.agent), shop.as_(shop.supervisor)
    calls = [
        lambda: cases.get_case(agent, bad_id),
        lambda: cases.add_note(agent, bad_id, "x"),
        lambda: cases.change_status(agent, bad_id, "closed"),
        lambda: approvals.approve(boss, bad_id),
        lambda: approvals.reject(boss, bad_id, reason="no"),
        lambda: customers.get_customer(agent, bad_id),
        lambda: customers.find_customer_id(agent, str(bad_id)),
        lambda: credit.customer_credit(agent, str(bad_id)),
        lambda: cases.open_case(agent, kind="damaged", channel="phone", summary="x", customer_id=bad_id),
    ]
    for call in calls:
        with pytest.raises(NotFound):
            call()


@pytest.mark.parametrize("bad_id", [2**31, 2**63])
def test_the_database_layer_turns_any_unchecked_overflow_into_a_refusal(shop, bad_id):
    """A path that forgot the check still answers with one line, not a traceback, and writes nothing."""
    from app.store.models import Case

    if bad_id < 2**63 and shop.db.is_sqlite:
        pytest.skip("SQLite's integers hold 2³¹")
    _case(shop)
    with pytest.raises(ValidationError, match="outside what the database can hold"):
        with shop.db.write() as s:
            s.get(Case, 1).summary = "changed"
            s.flush()
            s.add(Setting(key="shop.name", value="x", updated_by_id=bad_id))
            s.flush()
    assert cases.get_case(shop.as_(shop.agent), 1).summary == "Vaso rotto"


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", date(9999, 12, 31), date(1, 1, 1), "2200-01-01"])
def test_dates_out_of_range_are_refused_in_reports_expiry_and_exports(shop, tmp_path, day):
    boss, admin = shop.as_(shop.supervisor), shop.as_(shop.admin)
    for call in (
        lambda: reports.summary(boss, day, day),
        lambda: reports.liability(boss, day),
        lambda: credit.expire_credit(admin, day),
        lambda: exports.export_ledger(admin, tmp_path / "ledger.csv", day),
        lambda: credit.grant_credit(
            shop.as_(shop.agent), "anna.mueller@example.de", "5", reason="x", expires=day
        ),
    ):
        with pytest.raises(ValidationError, match="outside the dates"):
            call()
    assert not (tmp_path / "ledger.csv").exists()


def test_an_expiry_far_away_is_refused_and_voucher_exports_keep_working(shop, tmp_path):
    agent = shop.as_(shop.agent)
    with pytest.raises(ValidationError, match="more than 3650 days away"):
        credit.grant_credit(agent, "anna.mueller@example.de", "5", reason="x", expires="2199-12-31")
    grant = credit.grant_credit(agent, "anna.mueller@example.de", "5", reason="x", expires="2030-12-31")
    report = exports.export_vouchers(shop.as_(shop.admin), tmp_path / "v.csv", "woocommerce-coupons")
    assert report.count == 1 and grant.expires_on == date(2030, 12, 31)


def test_a_voucher_stored_with_the_last_day_still_exports(shop, tmp_path, monkeypatch):
    """A grant written before expiry dates were bounded (9999-12-31) no longer breaks every voucher export."""
    from app.domain import ranges
    from app.services.credit import issuing as credit_issue

    monkeypatch.setattr(ranges, "LAST_DAY", date.max)
    monkeypatch.setattr(credit_issue, "MAX_VALID_DAYS", 1)
    monkeypatch.setattr(credit_issue, "today", lambda settings, now: date(9999, 12, 30))
    credit.grant_credit(
        shop.as_(shop.agent), "anna.mueller@example.de", "5", reason="x", expires="9999-12-31"
    )
    monkeypatch.undo()
    for fmt in ("shopify-giftcards", "woocommerce-coupons", "csv"):
        assert (
            exports.export_vouchers(
                shop.as_(shop.admin), tmp_path / f"{fmt}.csv", fmt, include_exported=True
            ).count
            == 1
        )


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("security.lock_minutes", "99999999999", "at most"),
        ("security.max_failed_logins", "0", "at least 1"),
        ("hours.close", "08:00", "must be after hours.open"),
        ("hours.open", "18:30", "must be after hours.open"),
        ("sla.peak_from", "02-30", "not a day of the year"),
        ("sla.peak_to", "13-01", "not a day of the year"),
        ("shop.currency", "XXX", "not a currency in use"),
        ("shop.currency", "ITL", "not a currency in use"),
        ("limits.agent.case", "-5", "cannot be negative"),
        ("limits.agent.daily", "-0.01", "cannot be negative"),
        ("credit.cap_share", "0", "above 0 and at most 1"),
        ("credit.cap_share", "1.5", "above 0 and at most 1"),
        ("credit.keep_cap_share", "0", "above 0 and at most 1"),
        ("sla.first_answer.phone", "99999999999", "at most"),
        ("hours.holidays", "2026-12-25, 9999-12-31", "outside the dates"),
        ("credit.expiry_days", "99999999999", "at most"),
        ("shop.name", "x" * 1001, "characters long"),
    ],
)
def test_settings_out_of_range_or_against_each_other_are_refused(shop, key, value, message):
    admin = shop.as_(shop.admin)
    with pytest.raises(ValidationError, match=message):
        settings.set_setting(admin, key, value)
    with shop.db.read() as s:
        assert s.scalar(select(Setting.value).where(Setting.key == key)) is None


def test_settings_in_range_are_kept(shop):
    admin = shop.as_(shop.admin)
    for key, value in (
        ("hours.open", "08:00"),
        ("hours.close", "20:00"),
        ("sla.peak_from", "02-29"),
        ("shop.currency", "RON"),
        ("credit.cap_share", "1"),
        ("credit.keep_cap_share", "0.5"),
        ("security.lock_minutes", "43200"),
        ("limits.agent.case", "0"),
    ):
        assert settings.set_setting(admin, key, value).value == value


def test_a_lock_minutes_value_stored_out_of_range_does_not_break_the_lockout(shop):
    """A value written before the range existed falls back to the default; a wrong password still locks."""
    from app.errors import AuthenticationFailed
    from app.services.users import login

    with shop.db.write() as s:
        s.add(Setting(key="security.lock_minutes", value="99999999999"))
        s.add(Setting(key="security.max_failed_logins", value="2"))
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            login(shop.db, "agent", "wrong")
    with pytest.raises(AuthenticationFailed):
        login(shop.db, "agent", "agent-pass")


def test_a_campaign_id_out_of_range_is_not_found(shop):
    with pytest.raises(NotFound):
        documents.batch_document(shop.as_(shop.admin), 2**63)


def test_a_nul_byte_never_reaches_the_database(shop):
    """A template with NUL is stored without it; any other text with NUL that slips through is one refusal on
    PostgreSQL (whose text cannot hold it), not a traceback."""
    admin = shop.as_(shop.admin)
    shipped = documents.get_template(admin, "damaged", "en").text
    documents.set_template(admin, "damaged", "en", shipped.replace("Dear", "Dear\x00"))
    assert "\x00" not in documents.get_template(admin, "damaged", "en").text
    if shop.db.is_sqlite:
        return
    with pytest.raises(ValidationError, match="NUL"):
        with shop.db.write() as s:
            s.add(Setting(key="shop.name", value="Bottega\x00"))
    assert settings.get_settings(admin).raw("shop.name") == "My shop"


def test_hours_moved_past_the_old_closing_time_are_one_valid_change_in_any_order(shop):
    """Opening 19:00 and closing 23:00 together: each checked against the other's new value, not the stored 18:00."""
    admin = shop.as_(shop.admin)
    for order in (("hours.open", "hours.close"), ("hours.close", "hours.open")):
        values = {"hours.open": "19:00", "hours.close": "23:00"}
        rows = settings.set_settings(admin, {key: values[key] for key in order})
        assert {r.key: r.value for r in rows} == values
        settings.set_settings(admin, {"hours.open": "09:00", "hours.close": "18:00"})


def test_a_batch_with_one_refused_value_saves_none_of_it(shop):
    admin = shop.as_(shop.admin)
    with pytest.raises(ValidationError, match="must be after hours.open"):
        settings.set_settings(admin, {"shop.name": "Renamed", "hours.open": "19:00", "hours.close": "18:30"})
    with shop.db.read() as s:
        stored = {key: value for key, value in s.execute(select(Setting.key, Setting.value))}
    assert "Renamed" not in stored.values() and "19:00" not in stored.values()
