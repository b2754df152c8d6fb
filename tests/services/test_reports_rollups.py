"""The reports' rollups (migration 0008) agree with the raw rows after whatever the services do.

A random sequence of real service operations — cases opened, answered, moved along, reassigned, re-kinded,
proposed and resolved with remedies (credit ones issue vouchers), vouchers redeemed, orders restored, credit
expired (one INSERT … SELECT), a case deleted and one bulk-inserted through Core, and the shop's time zone
changed midway — runs under a clock that crosses a daylight-saving change; after it, every summary and liability
read from the rollups equals the one counted from the cases and the ledger (the fallback path), on SQLite and
on PostgreSQL.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, insert, select, text, update

from app.errors import RimedioError
from app.services import (
    approvals,
    cases,
    credit,
    remedies,
    reports,
    settings,
)
from app.services.context import ServiceContext
from app.services.reports import ReportFilter
from app.store import rollups
from app.store.dialect import Dialect
from app.store.models import Case, CaseEvent, Order
from app.store.models.reports import ReportCaseDay
from tests.support.clock import FrozenClock

START = datetime(2026, 10, 18, 7, 0, tzinfo=UTC)  # a week before Europe/Rome leaves summer time
KINDS = ["wrong_item", "damaged", "missing_item", "delay", "complaint"]
CHANNELS = ["phone", "email", "chat", "social", "click_to_call", "other"]
REMEDIES = ["replacement", "refund", "reship_missing", "goodwill_extra", "keep_and_credit"]
ORDERS = ["1001", "1002", "1003", "1004", "7777"]


@pytest.fixture
def clock(clock):
    """Every service's time, starting a week before Europe/Rome leaves summer time."""
    clock.set(START)
    return clock


def _tick(clock: FrozenClock, rng: random.Random) -> None:
    # microseconds too: PostgreSQL's seconds to answer keep them, summed exactly either way
    clock.advance(minutes=rng.randint(5, 30 * 60), microseconds=rng.randint(0, 999_999))


def _at(shop, when: datetime) -> ServiceContext:
    """The supervisor reading the reports at ``when``."""
    return ServiceContext(shop.db, shop.supervisor, clock=FrozenClock(when))


def _raw(monkeypatch, fn):
    """``fn()`` with the rollups out of play: the reports count the cases and the ledger."""
    with monkeypatch.context() as m:
        m.setattr(rollups, "rollup_zone", lambda conn: None)
        return fn()


def _check(shop, monkeypatch, now: datetime) -> int:
    ctx = shop.as_(shop.supervisor)
    used = []
    real = reports.from_rollups.rolled_cases

    def spy(*args, **kwargs):
        out = real(*args, **kwargs)
        used.append(out is not None)
        return out

    monkeypatch.setattr(reports.from_rollups, "rolled_cases", spy)
    first, last = START.date() - timedelta(days=3), now.date() + timedelta(days=3)
    periods = [
        (first, last),
        (date(2026, 10, 25), date(2026, 10, 25)),
        (date(2026, 10, 19), date(2026, 11, 8)),
        (date(2026, 11, 2), date(2026, 11, 15)),
    ]
    filters = [
        None,
        ReportFilter(kinds=("damaged", "delay")),
        ReportFilter(agents=("agent",)),
        ReportFilter(channels=("phone", "chat"), agents=("supervisor", "admin")),
    ]
    checked = 0
    for d_from, d_to in periods:
        for flt in filters:
            for when in (START + timedelta(days=9), now, now + timedelta(days=30)):
                rolled = reports.summary(_at(shop, when), d_from, d_to, flt)
                raw = _raw(
                    monkeypatch,
                    lambda d_from=d_from, d_to=d_to, flt=flt, when=when: reports.summary(
                        _at(shop, when), d_from, d_to, flt
                    ),
                )
                assert rolled == raw, (d_from, d_to, flt, when)
                checked += 1
    for day in (START.date() - timedelta(days=1), date(2026, 10, 25), date(2026, 11, 1), now.date()):
        assert reports.liability(ctx, day) == _raw(monkeypatch, lambda day=day: reports.liability(ctx, day))
    monkeypatch.setattr(reports.from_rollups, "rolled_cases", real)
    assert used and all(used), "the summaries must have been read from the rollups"
    return checked


def _operations(shop, clock: FrozenClock, rng: random.Random, steps: int) -> None:
    sup, agent, admin = shop.as_(shop.supervisor), shop.as_(shop.agent), shop.as_(shop.admin)
    opened: list[int] = []
    vouchers: list[str] = []
    for _ in range(steps):
        _tick(clock, rng)
        ctx = rng.choice([sup, agent])
        roll = rng.random()
        try:
            if roll < 0.3 or not opened:
                detail = cases.open_case(
                    ctx,
                    kind=rng.choice(KINDS),
                    channel=rng.choice(CHANNELS),
                    summary="Rollup check",
                    order_number=rng.choice(ORDERS[:4]),
                    owner=rng.choice(["agent", "supervisor", None]),
                )
                opened.append(detail.id)
            elif roll < 0.45:
                cases.change_status(
                    ctx,
                    rng.choice(opened),
                    rng.choice(["proposed", "awaiting_customer", "resolved", "closed", "new"]),
                )
            elif roll < 0.55:
                case_id = rng.choice(opened)
                version = cases.get_case(ctx, case_id).version
                cases.update_case(
                    ctx,
                    case_id,
                    expected_version=version,
                    owner=rng.choice(["agent", "supervisor"]),
                    kind=rng.choice(KINDS) if rng.random() < 0.5 else None,
                    channel=rng.choice(CHANNELS) if rng.random() < 0.3 else None,
                )
            elif roll < 0.65:
                remedies.propose_case(ctx, rng.choice(opened))
            elif roll < 0.78:
                remedy = rng.choice(REMEDIES)
                amount = f"{rng.randint(2, 25)}.00" if remedy == "keep_and_credit" else None
                res = approvals.resolve_case(sup, rng.choice(opened), remedy, amount)
                if res.voucher:
                    vouchers.append(res.voucher)
            elif roll < 0.83:
                info = credit.grant_credit(
                    sup,
                    1,
                    f"{rng.randint(5, 40)}.00",
                    reason="goodwill",
                    expires=(clock.now() + timedelta(days=rng.randint(1, 10))).date(),
                )
                vouchers.append(info.code)
            elif roll < 0.9 and vouchers:
                credit.redeem(
                    sup,
                    rng.choice(vouchers),
                    order_number=rng.choice(ORDERS),
                    order_total=f"{rng.randint(20, 200)}.00",
                )
            elif roll < 0.94:
                credit.restore_order(sup, rng.choice(ORDERS))
            else:
                credit.expire_credit(admin)
        except RimedioError:
            pass  # a move the rules refuse (a closed case, nothing to restore…): the sequence goes on


def _core_paths(shop, clock: FrozenClock) -> None:
    """A case deleted and one inserted through Core (as the importers and bulk loads write); the order 7777,
    on which credit may have been spent before it was imported, imported now; another order's total changed."""
    with shop.db.write() as s:
        s.execute(
            insert(Order),
            [
                {
                    "source": "other-shop",
                    "number": "7777",
                    "customer_id": None,
                    "placed_at": START,
                    "currency": "EUR",
                    "subtotal_minor": 15900,
                    "shipping_minor": 0,
                    "discount_minor": 0,
                    "total_minor": 15900,
                    "refunded_minor": 0,
                    "status": "paid",
                    "discount_codes": "",
                    "search_text": "7777",
                }
            ],
        )
        s.execute(update(Order).where(Order.number == "1002").values(total_minor=Order.total_minor + 1234))
        victim = s.scalar(select(Case.id).order_by(Case.id.desc()).limit(1))
        s.execute(delete(CaseEvent).where(CaseEvent.case_id == victim))
        s.execute(delete(Case).where(Case.id == victim))
        template = s.scalar(select(Case).order_by(Case.id).limit(1))
        s.execute(
            insert(Case),
            [
                {
                    "customer_id": template.customer_id,
                    "kind": "damaged",
                    "channel": "email",
                    "status": "resolved",
                    "summary": "bulk",
                    "owner_id": None,
                    "created_at": clock.now() - timedelta(days=2, hours=i),
                    "updated_at": clock.now(),
                    "first_answer_due": clock.now() - timedelta(days=1),
                    "first_answered_at": clock.now() - timedelta(hours=30 - i),
                    "resolution_due": clock.now() + timedelta(days=i),
                    "resolved_at": None if i % 2 else clock.now(),
                    "remedy": "refund" if i % 2 else "replacement",
                    "choice_remedy": "replacement",
                    "saving_minor": 250,
                    "replacement_cost_minor": 900,
                    "remedy_cost_minor": 650,
                    "proposed": True,
                    "keep_credit_offered": bool(i % 2),
                    "currency": "EUR",
                }
                for i in range(3)
            ],
        )


@pytest.mark.parametrize("seed", [8, 2026])
def test_the_rollups_agree_with_the_rows_after_any_sequence_of_operations(shop, clock, monkeypatch, seed):
    rng = random.Random(seed)
    _operations(shop, clock, rng, 70)
    _core_paths(shop, clock)
    assert _check(shop, monkeypatch, clock.now()) > 0
    # the zone changes: the rollups are rebuilt in it, and kept in it by what follows
    settings.set_setting(shop.as_(shop.admin), "shop.timezone", "America/New_York")
    _operations(shop, clock, rng, 40)
    assert _check(shop, monkeypatch, clock.now()) > 0
    with shop.db.read() as s:
        assert rollups.rollup_zone(s.connection()) == "America/New_York"
        assert s.scalar(select(ReportCaseDay.n).limit(1)) is not None


def test_the_rollups_are_rebuilt_exactly_as_the_triggers_kept_them(shop, clock, monkeypatch):
    rng = random.Random(5)
    _operations(shop, clock, rng, 60)
    _core_paths(shop, clock)
    keys = {roll.table: len(roll.keys(Dialect(shop.db.dialect))) for roll in rollups.ROLLUPS}

    def contents() -> dict[str, set[tuple]]:
        with shop.db.write() as s:  # PostgreSQL's appended deltas folded in first
            rollups.fold(s.connection())
        with shop.db.read() as s:
            # zero rows (every case of a key moved away) are left by the triggers, never by the rebuild
            return {
                t: {
                    tuple(r)
                    for r in s.execute(text(f"SELECT * FROM {t}"))
                    if any(v not in (0, None) for v in tuple(r)[n:])
                }
                for t, n in keys.items()
            }

    kept = contents()
    with shop.db.write() as s:
        rollups.rebuild(s.connection(), settings.load_settings(s)["shop.timezone"])
    assert contents() == kept


def test_a_zone_the_rollups_were_not_built_in_is_never_trusted(shop, clock, monkeypatch):
    """A zone written around the services (here straight into the table) makes the reports count the rows."""
    _operations(shop, clock, random.Random(3), 30)
    ctx = shop.as_(shop.supervisor)
    before = reports.summary(ctx, START.date(), clock.now().date())
    with shop.db.write() as s:
        s.execute(text("UPDATE report_rollup_state SET value = 'Asia/Tokyo'"))
    calls = []
    monkeypatch.setattr(reports.from_rollups, "rolled_cases", lambda *a, **k: calls.append(1))
    assert reports.summary(ctx, START.date(), clock.now().date()) == before
    assert calls == []


@pytest.mark.parametrize(
    "column, value",
    [("kind", "legacy_claim"), ("channel", "fax"), ("status", "archived"), ("remedy", "old_voucher")],
)
def test_a_value_outside_the_vocabulary_is_counted_by_name_from_the_rows(
    shop, clock, monkeypatch, column, value
):
    """Rows written by an older or foreign program: the rollups cannot name the value, the raw rows can."""
    _operations(shop, clock, random.Random(11), 20)
    with shop.db.write() as s:
        customer = s.scalar(select(Case.customer_id).limit(1))
        row = {
            "customer_id": customer,
            "kind": "damaged",
            "channel": "email",
            "status": "resolved",
            "summary": "old",
            "created_at": clock.now() - timedelta(days=1),
            "updated_at": clock.now(),
            "remedy": "refund",
            "choice_remedy": "refund",
            "currency": "EUR",
        }
        s.execute(insert(Case), [row | {column: value}])
    ctx = shop.as_(shop.supervisor)
    results = []
    real = reports.from_rollups.rolled_cases
    monkeypatch.setattr(
        reports.from_rollups, "rolled_cases", lambda *a, **k: results.append(real(*a, **k)) or results[-1]
    )
    r = reports.summary(ctx, START.date(), clock.now().date())
    assert results == [None]  # the rollups gave way to the rows
    assert r == _raw(monkeypatch, lambda: reports.summary(ctx, START.date(), clock.now().date()))
    named = {"kind": r.by_kind, "channel": r.by_channel, "status": r.by_status, "remedy": r.remedies.chosen}[
        column
    ]
    assert named[value] == 1
