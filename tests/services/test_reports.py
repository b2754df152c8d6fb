"""A supervisor reads the figures of a fortnight whose every case, remedy and ledger entry is known by hand.

The fortnight is Monday 2 – Sunday 15 November 2026 in the shop's zone (Europe/Rome, UTC+1 then); the report is
read on 20 November. Each expected figure below is worked out in the comment next to it, from the data set.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.domain.money import Money
from app.errors import NotFound, PermissionDenied, ValidationError
from app.services import reports
from app.services.context import ServiceContext
from app.services.reports import ReportFilter
from app.store.models import Case, CaseEvent, CreditEntry, CreditGrant, Order, User
from tests.support.clock import FrozenClock

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
ROME = ZoneInfo("Europe/Rome")
FROM, TO = date(2026, 11, 2), date(2026, 11, 15)


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def eur(text: str) -> Money:
    return Money.from_decimal(Decimal(text), "EUR")


def _case(
    s,
    owner,
    kind,
    channel,
    status,
    created,
    *,
    fa_due=None,
    answered=None,
    res_due=None,
    resolved=None,
    closed=None,
    remedy=None,
    order="1001",
) -> Case:
    o = s.scalar(select(Order).where(Order.number == order))
    c = Case(
        customer_id=o.customer_id,
        order_id=o.id,
        kind=kind,
        channel=channel,
        status=status,
        summary=kind,
        owner_id=owner,
        created_at=created,
        updated_at=created,
        first_answer_due=fa_due,
        first_answered_at=answered,
        resolution_due=res_due,
        resolved_at=resolved,
        closed_at=closed,
        remedy=remedy,
        currency="EUR",
    )
    s.add(c)
    s.flush()
    return c


def _proposal(s, case, when, *remedies):
    s.add(
        CaseEvent(
            case_id=case.id,
            at=when,
            type="proposal",
            data={"options": [{"remedy": r, "amount": "10.00", "currency": "EUR"} for r in remedies]},
        )
    )


def _chosen(s, case, when, remedy, saving, replacement_cost, cost):
    s.add(
        CaseEvent(
            case_id=case.id,
            at=when,
            type="remedy_chosen",
            data={
                "remedy": remedy,
                "amount": "10.00",
                "currency": "EUR",
                "cost": cost,
                "replacement_cost": replacement_cost,
                "saving": saving,
                "options": [remedy],
            },
        )
    )


def _grant(s, code, customer_id, by, entries):
    """``entries``: (kind, signed amount text, time, order number or None)."""
    g = CreditGrant(
        customer_id=customer_id,
        amount_minor=eur(entries[0][1]).minor,
        currency="EUR",
        reason="manual",
        code=code,
        created_at=entries[0][2],
        created_by_id=by,
    )
    s.add(g)
    s.flush()
    for kind, amount, when, order in entries:
        s.add(
            CreditEntry(
                grant_id=g.id,
                kind=kind,
                amount_minor=eur(amount).minor,
                currency="EUR",
                at=when,
                by_id=by,
                order_number=order,
            )
        )


@pytest.fixture
def fortnight(shop):
    return fill_fortnight(shop)


def fill_fortnight(shop):
    """Seven cases (five inside the fortnight), their proposals and choices, and five grants with their entries."""
    with shop.db.write() as s:
        agent, sup = shop.agent.id, shop.supervisor.id
        kc, repl = "keep_and_credit", "replacement"
        # just before the fortnight: Sunday 1 November, 23:30 in Rome
        c0 = _case(s, agent, "damaged", "phone", "new", at(1, 22, 30))
        # C1 — Monday 2 November, 00:30 in Rome: answered in 1 h, resolved in 24 h, both on time; keep-and-credit
        c1 = _case(
            s,
            agent,
            "wrong_item",
            "phone",
            "resolved",
            at(1, 23, 30),
            fa_due=at(2, 9),
            answered=at(2, 0, 30),
            res_due=at(4, 9),
            resolved=at(2, 23, 30),
            remedy=kc,
        )
        _proposal(s, c1, at(2, 0, 20), kc, repl)
        _chosen(s, c1, at(2, 0, 25), kc, "12.50", "20.00", "7.50")
        # C2 — answered 6 h late, resolved 72 h after opening (a day late), closed; chose keep-and-credit, then replacement
        c2 = _case(
            s,
            agent,
            "damaged",
            "email",
            "closed",
            at(3, 10),
            fa_due=at(3, 14),
            answered=at(3, 16),
            res_due=at(5, 10),
            resolved=at(6, 10),
            closed=at(7, 10),
            remedy=repl,
        )
        _proposal(s, c2, at(3, 15), kc, repl, "refund")
        _proposal(s, c2, at(3, 17), repl, kc)
        _chosen(s, c2, at(3, 18), kc, "9.99", "20.00", "10.01")
        _chosen(s, c2, at(4, 9), repl, "0.00", "20.00", "20.00")
        # C3 — second week: never answered nor resolved, both deadlines passed
        _case(s, sup, "delay", "chat", "new", at(10, 8), fa_due=at(10, 9), res_due=at(12, 8))
        # C4 — answered in 30 min; resolution due after the report is read (pending); offered a refund only
        c4 = _case(
            s,
            sup,
            "wrong_item",
            "phone",
            "proposed",
            at(11, 12),
            fa_due=at(11, 13),
            answered=at(11, 12, 30),
            res_due=at(30, 12),
            order="1003",
        )
        _proposal(s, c4, at(11, 12, 30), "refund")
        _chosen(
            s, c4, at(11, 13), kc, "50.00", "60.00", "10.00"
        )  # a credit the supervisor rejected: no remedy now
        # C5 — Sunday 15 November 23:30 in Rome: inside; nothing due yet
        _case(
            s,
            agent,
            "complaint",
            "social",
            "new",
            at(15, 22, 30),
            fa_due=at(25, 10),
            res_due=at(1, 10, month=12),
        )
        # just after: Monday 16 November, 00:30 in Rome, with a large saving that must not count
        c6 = _case(s, agent, "wrong_item", "phone", "resolved", at(15, 23, 30), remedy=kc)
        _proposal(s, c6, at(16, 1), kc)
        _chosen(s, c6, at(16, 2), kc, "100.00", "120.00", "20.00")
        del c0

        customer = c1.customer_id
        # G1 before the period (30), 10 spent on order 1004 in week 1, 2 given back when 1004 was partly refunded
        _grant(
            s,
            "AAAAAAAA1",
            customer,
            agent,
            [
                ("issue", "30.00", at(20, 10, month=10), None),
                ("redeem", "-10.00", at(5, 12), "1004"),
                ("restore", "2.00", at(12, 12), "1004"),
            ],
        )
        # G5 before the period (10), expired on 2 November
        _grant(
            s,
            "AAAAAAAA5",
            customer,
            agent,
            [("issue", "10.00", at(1, 10, month=10), None), ("expire", "-10.00", at(2, 12), None)],
        )
        # G2 issued in week 1 by the agent: 6 spent on 1004 in week 2, 4 on 1003 after the period (before NOW)
        _grant(
            s,
            "AAAAAAAA2",
            customer,
            agent,
            [
                ("issue", "20.00", at(3, 12), None),
                ("redeem", "-6.00", at(10, 12), "1004"),
                ("redeem", "-4.00", at(18, 12), "1003"),
            ],
        )
        # G3 issued in week 2 by the supervisor: corrected by −5, 15 spent on order 9999 (not imported) on Sunday night
        _grant(
            s,
            "AAAAAAAA3",
            customer,
            sup,
            [
                ("issue", "50.00", at(12, 9), None),
                ("adjust", "-5.00", at(14, 9), None),
                ("redeem", "-15.00", at(15, 22, 30), "9999"),
            ],
        )
        # G4 issued just after the period
        _grant(s, "AAAAAAAA4", customer, agent, [("issue", "15.00", at(15, 23, 30), None)])
    return shop


def _summary(shop, flt=None, date_from=FROM, date_to=TO):
    at_noon = ServiceContext(shop.db, shop.supervisor, clock=FrozenClock(NOW))
    return reports.summary(at_noon, date_from, date_to, flt)


def test_supervisor_counts_the_fortnights_cases_by_kind_channel_status_and_week(fortnight):
    r = _summary(fortnight)
    assert r.cases == 5  # C1–C5; C0 is on Sunday 1 November and C6 on Monday 16 November in Rome
    assert r.by_kind == {"wrong_item": 2, "damaged": 1, "missing_item": 0, "delay": 1, "complaint": 1}
    assert r.by_channel == {"phone": 2, "email": 1, "chat": 1, "social": 1, "click_to_call": 0, "other": 0}
    assert r.by_status == {
        "new": 2,
        "proposed": 1,
        "awaiting_approval": 0,
        "awaiting_customer": 0,
        "resolved": 1,
        "closed": 1,
    }
    assert [(w.week_start, w.cases) for w in r.weeks] == [(date(2026, 11, 2), 2), (date(2026, 11, 9), 3)]
    assert r.weeks[0].by_kind["damaged"] == 1 and r.weeks[1].by_channel["social"] == 1
    assert (r.weeks[0].resolved, r.weeks[0].resolution_on_time, r.weeks[0].resolution_late) == (2, 1, 1)
    assert (r.weeks[1].resolved, r.weeks[1].resolution_on_time, r.weeks[1].resolution_late) == (0, 0, 1)
    assert r.timezone == "Europe/Rome" and r.currency == "EUR"


def test_deadlines_kept_for_first_answer_and_resolution(fortnight):
    r = _summary(fortnight)
    fa = r.first_answer  # C1 and C4 on time, C2 late, C3 never answered and overdue, C5 still pending
    assert (fa.done, fa.on_time, fa.late, fa.pending) == (3, 2, 2, 1)
    assert fa.on_time_share == Decimal("50.0")
    assert fa.average_hours == Decimal("2.5")  # (1 + 6 + 0.5) / 3
    res = r.resolution  # C1 on time, C2 a day late, C3 overdue; C4 and C5 not due yet
    assert (res.done, res.on_time, res.late, res.pending) == (2, 1, 2, 2)
    assert res.on_time_share == Decimal("33.3")
    assert res.average_hours == Decimal("48.0")  # (24 + 72) / 2


def test_keep_and_credit_offers_acceptance_and_savings_against_replacement(fortnight):
    rem = _summary(fortnight).remedies
    assert rem.proposed == 3  # C1, C2 (twice), C4
    assert rem.keep_and_credit_offered == 2  # C1, C2; C4 was offered a refund only
    assert rem.keep_and_credit_accepted == 1  # C1; C2 changed its mind to a replacement
    assert rem.acceptance_share == Decimal("50.0")
    assert rem.chosen == {"keep_and_credit": 1, "replacement": 1}
    # C1 12.50 + C2's latest choice 0.00 (not its earlier 9.99); C4's credit was rejected; C6 is outside
    assert rem.savings == eur("12.50")
    assert rem.replacement_cost == eur("40.00") and rem.chosen_cost == eur("27.50")
    assert rem.with_saving == 2


def test_credit_issued_spent_expired_and_owed_over_the_fortnight(fortnight):
    c = _summary(fortnight).credit
    assert c.owed_at_start == eur("40.00")  # G1 30 + G5 10, both before 2 November
    assert c.issued == eur("70.00")  # G2 20 + G3 50; G4 comes a minute after the period
    assert c.spent == eur("29.00")  # 10 + 6 + 15 redeemed, 2 restored
    assert c.expired == eur("10.00") and c.cancelled == eur("0.00") and c.adjusted == eur("-5.00")
    assert c.owed_at_end == eur("66.00")  # 40 + 70 − 29 − 10 − 5
    assert c.spent_share == Decimal("41.4")  # 29 spent for 70 issued
    assert c.orders_with_credit == 1 and c.orders_not_imported == 1  # 1004; 9999 is not among the orders
    assert c.revenue_with_credit == eur("119.00")  # order 1004's total
    assert c.credit_on_those_orders == eur("14.00")  # 10 + 6 − 2
    assert c.revenue_beyond_credit == eur("105.00")


def test_weekly_credit_and_liability_line(fortnight):
    weeks = _summary(fortnight).weeks
    assert [(w.credit_issued, w.credit_spent, w.liability_end) for w in weeks] == [
        (eur("20.00"), eur("10.00"), eur("40.00")),  # 40 + 20 − 10 − 10 expired
        (eur("50.00"), eur("19.00"), eur("66.00")),  # 40 + 50 − (6 + 15 − 2) − 5
    ]


def test_figures_per_agent(fortnight):
    agents = {a.username: a for a in _summary(fortnight).agents}
    giulia, sara = agents["agent"], agents["supervisor"]
    assert (giulia.name, giulia.cases, sara.cases) == ("Giulia Bianchi", 3, 2)
    assert (giulia.first_answer.on_time, giulia.first_answer.late, giulia.first_answer.pending) == (1, 1, 1)
    assert (sara.first_answer.on_time, sara.first_answer.late) == (1, 1)
    assert (giulia.resolution.on_time, giulia.resolution.late, sara.resolution.late) == (1, 1, 1)
    assert (giulia.keep_and_credit_offered, giulia.keep_and_credit_accepted, giulia.savings) == (
        2,
        1,
        eur("12.50"),
    )
    assert (sara.keep_and_credit_offered, sara.savings) == (0, eur("0.00"))
    assert (giulia.credit_issued, sara.credit_issued) == (eur("20.00"), eur("50.00"))


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ReportFilter(kinds=("wrong_item",)), 2),
        (ReportFilter(channels=("phone", "chat")), 3),
        (ReportFilter(agents=("Supervisor",)), 2),
        (ReportFilter(kinds=("damaged",), agents=("agent",)), 1),
    ],
    ids=["kind", "channels", "agent", "kind and agent"],
)
def test_filters_narrow_the_case_figures(fortnight, flt, expected):
    r = _summary(fortnight, flt)
    assert r.cases == expected == sum(w.cases for w in r.weeks)
    assert r.credit.owed_at_end == eur("66.00"), "credit is the whole ledger's"


def test_the_liability_equals_the_ledgers_own_sum_at_every_date(fortnight):
    ctx = fortnight.as_(fortnight.supervisor)
    with fortnight.db.read() as s:
        entries = [(e.at, e.amount_minor) for e in s.scalars(select(CreditEntry))]
    for day in (date(2026, 9, 30) + timedelta(days=i) for i in range(60)):
        end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=ROME)
        expected = sum(amount for when, amount in entries if when < end)
        assert reports.liability(ctx, day).owed.minor == expected, day
    mid = reports.liability(ctx, "2026-11-15")
    assert (mid.owed, mid.issued, mid.spent, mid.expired, mid.adjusted) == (
        eur("66.00"),
        eur("110.00"),
        eur("29.00"),
        eur("10.00"),
        eur("-5.00"),
    )
    assert mid.grants_with_balance == 3  # G1 22, G2 14, G3 30
    assert reports.liability(ctx, "2026-10-31").owed == eur("40.00")


def test_an_empty_period_gives_zeros_and_no_shares(fortnight):
    r = _summary(fortnight, date_from=date(2025, 1, 1), date_to=date(2025, 1, 7))
    assert r.cases == 0 and set(r.by_kind.values()) == {0}
    assert r.first_answer.on_time_share is None and r.first_answer.average_hours is None
    assert r.remedies.acceptance_share is None and r.remedies.savings == eur("0.00")
    assert r.credit.spent_share is None and r.credit.owed_at_end == eur("0.00")
    assert [w.week_start for w in r.weeks] == [date(2024, 12, 30), date(2025, 1, 6)]
    assert r.agents == ()


def test_a_day_with_one_case(fortnight):
    r = _summary(fortnight, date_from=date(2026, 11, 11), date_to=date(2026, 11, 11))
    assert r.cases == 1 and r.by_kind["wrong_item"] == 1  # C4
    assert r.first_answer.on_time_share == Decimal("100.0") and r.first_answer.average_hours == Decimal("0.5")
    assert r.resolution.on_time_share is None and r.resolution.pending == 1
    assert [(a.username, a.cases) for a in r.agents] == [("supervisor", 1)]
    assert len(r.weeks) == 1 and r.weeks[0].week_start == date(2026, 11, 9)


def test_weeks_follow_the_shops_clock_across_the_change_to_winter_time(shop):
    with shop.db.write() as s:
        agent = s.scalar(select(User.id).where(User.username == "agent"))
        _case(s, agent, "delay", "phone", "new", at(18, 22, 30, month=10))  # Mon 19 Oct 00:30 summer time
        _case(s, agent, "delay", "phone", "new", at(25, 22, 30, month=10))  # Sun 25 Oct 23:30 winter time
        _case(s, agent, "delay", "phone", "new", at(25, 23, 30, month=10))  # Mon 26 Oct 00:30 winter time
    r = _summary(shop, date_from=date(2026, 10, 12), date_to=date(2026, 11, 1))
    assert [(w.week_start.isoformat(), w.cases) for w in r.weeks] == [
        ("2026-10-12", 0),
        ("2026-10-19", 2),
        ("2026-10-26", 1),
    ]


@pytest.mark.parametrize(
    ("args", "error", "message"),
    [
        (("2026-11-15", "2026-11-01"), ValidationError, "ends (2026-11-01) before it starts"),
        (("15/11/2026", "2026-11-30"), ValidationError, "must be a date like 2026-11-30"),
        (("2020-01-01", "2026-11-30"), ValidationError, "at most"),
        (("2026-11-01", "2026-11-30", ReportFilter(agents=("nobody",))), NotFound, "Unknown user: nobody"),
        (("2026-11-01", "2026-11-30", ReportFilter(kinds=("broken",))), ValidationError, "Unknown case kind"),
    ],
    ids=["backwards", "not a date", "too long", "unknown agent", "unknown kind"],
)
def test_bad_periods_and_filters_are_refused_clearly(shop, args, error, message):
    with pytest.raises(error) as err:
        reports.summary(shop.as_(shop.supervisor), *args)
    assert message in err.value.message


def test_agents_may_not_read_the_reports(shop):
    with pytest.raises(PermissionDenied):
        reports.summary(shop.as_(shop.agent), FROM, TO)
    with pytest.raises(PermissionDenied):
        reports.liability(shop.as_(shop.agent), TO)
