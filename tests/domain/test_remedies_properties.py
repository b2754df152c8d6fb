"""Properties the remedy engine keeps for any case, customer and cost settings (hypothesis).

No cost is negative and each breakdown adds up to its cost; a suggested credit stays within credit.min and
credit.max and never exceeds the affected value; the customer's legal options are always there; and the
ranking does not change when every amount (prices and settings) is scaled by the same factor.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.enums import CaseKind, CustomerWants, Remedy
from app.domain.money import Money
from app.domain.remedies import (
    DEFAULT_SETTINGS,
    AffectedLine,
    CaseFacts,
    CostSettings,
    CustomerProfile,
    Segment,
    describe,
    propose,
    propose_in,
)

TODAY = date(2024, 12, 27)
AMOUNT_KEYS = [info.key for info in describe() if info.kind == "amount"]


def _share(low: int = 0, high: int = 100) -> st.SearchStrategy[str]:
    return st.integers(low, high).map(lambda n: str(Decimal(n) / 100))


@st.composite
def cost_settings(draw: st.DrawFn) -> CostSettings:
    low = draw(st.integers(0, 2000))
    high = draw(st.integers(low, 20000))
    values = {
        "cost.outbound_shipping": str(Decimal(draw(st.integers(0, 2000))) / 100),
        "cost.return_label": str(Decimal(draw(st.integers(0, 2000))) / 100),
        "cost.handling": str(Decimal(draw(st.integers(0, 1000))) / 100),
        "cost.goods_share": draw(_share()),
        "cost.resale.wrong_item": draw(_share()),
        "cost.resale.complaint": draw(_share()),
        "credit.spent_share": draw(_share()),
        "credit.share.wrong_item.regular": draw(_share()),
        "credit.share.delay.loyal": draw(_share()),
        "credit.min": str(Decimal(low) / 100),
        "credit.max": str(Decimal(high) / 100),
        "credit.cap_share": draw(_share(1, 100)),  # a cap is above 0
        "credit.rounding": draw(st.sampled_from(["0.50", "1.00", "0.10", "0.05"])),
        "refund_credit.bonus_mode": draw(st.sampled_from(["percent", "flat"])),
        "refund_credit.bonus_share": draw(_share(0, 30)),
        "refund_credit.bonus_flat": str(Decimal(draw(st.integers(0, 1000))) / 100),
        "rank.decline_penalty": draw(_share()),
    }
    return CostSettings.from_dict(values)


@st.composite
def cases(draw: st.DrawFn, scale: int = 1) -> tuple[CaseFacts, CustomerProfile]:
    kind = draw(st.sampled_from(list(CaseKind)))
    n = draw(st.integers(0 if kind is CaseKind.DELAY else 1, 3))
    lines = tuple(
        AffectedLine(
            f"S{i}",
            f"Ștefan Țărână {i}",
            draw(st.integers(1, 3)),
            Money(draw(st.integers(0, 200_000)), "EUR"),
        )
        for i in range(n)
    )
    ordered = date(2024, 12, 1) + timedelta(days=draw(st.integers(0, 30)))
    delivered = draw(st.none() | st.integers(0, 20).map(lambda d: ordered + timedelta(days=d)))
    facts = CaseFacts(
        kind=kind,
        lines=lines,
        wants=draw(st.sampled_from(list(CustomerWants))),
        order_date=ordered,
        delivered_date=delivered if delivered is None or delivered <= TODAY else TODAY,
        order_total=Money(draw(st.integers(0, 300_000)), "EUR"),
        shipping_paid=Money(draw(st.integers(0, 1500)), "EUR"),
    )
    profile = CustomerProfile(draw(st.sampled_from(list(Segment))), draw(st.booleans()))
    return facts, profile


@settings(max_examples=200, deadline=None)
@given(case=cases(), cost=cost_settings())
def test_the_options_in_several_languages_are_those_proposed_in_each(case, cost):
    facts, profile = case
    languages = ("it", "en", "ro")
    got = propose_in(facts, profile, cost, today=TODAY, languages=languages)
    assert list(got) == list(languages)
    for lang in languages:
        assert got[lang] == propose(facts, profile, cost, today=TODAY, lang=lang)
    bare = [
        [(o.remedy, o.amount, o.cost, o.acceptance, o.rank_score) for o in got[lang]] for lang in languages
    ]
    assert bare[0] == bare[1] == bare[2]


def _scaled_facts(facts: CaseFacts, k: int) -> CaseFacts:
    lines = tuple(
        AffectedLine(x.sku, x.name, x.quantity, Money(x.unit_price.minor * k, "EUR")) for x in facts.lines
    )
    return CaseFacts(
        kind=facts.kind,
        lines=lines,
        wants=facts.wants,
        order_date=facts.order_date,
        delivered_date=facts.delivered_date,
        order_total=Money(facts.order_total.minor * k, "EUR"),
        shipping_paid=Money(facts.shipping_paid.minor * k, "EUR"),
    )


def _scaled_settings(s: CostSettings, k: int) -> CostSettings:
    flat = s.to_dict()
    return CostSettings.from_dict({key: str(Decimal(flat[key]) * k) for key in AMOUNT_KEYS}, base=s)


@settings(max_examples=300, deadline=None)
@given(case=cases(), cost=cost_settings())
def test_no_cost_is_negative_and_each_breakdown_adds_up(case, cost):
    facts, profile = case
    for option in propose(facts, profile, cost, today=TODAY):
        assert option.cost.minor >= 0
        assert sum(m.minor for _label, m in option.breakdown) == option.cost.minor
        assert option.amount is None or option.amount.minor >= 0


@settings(max_examples=300, deadline=None)
@given(case=cases(), cost=cost_settings())
def test_suggested_credit_stays_within_min_max_and_the_affected_value(case, cost):
    facts, profile = case
    value = facts.affected_value
    for option in propose(facts, profile, cost, today=TODAY):
        if option.remedy is Remedy.KEEP_AND_CREDIT:
            assert (
                Money.from_decimal(cost.credit_min, "EUR")
                <= option.amount
                <= Money.from_decimal(cost.credit_max, "EUR")
            )
            assert option.amount <= value
            assert option.amount.minor <= value.minor * cost.credit_cap_share
        if option.remedy is Remedy.REFUND and facts.kind is not CaseKind.DELAY:
            assert option.amount == value


@settings(max_examples=300, deadline=None)
@given(case=cases(), cost=cost_settings())
def test_the_legal_options_are_always_there(case, cost):
    facts, profile = case
    remedies = {o.remedy for o in propose(facts, profile, cost, today=TODAY)}
    if facts.kind in (CaseKind.WRONG_ITEM, CaseKind.DAMAGED):
        assert {Remedy.REPLACEMENT, Remedy.REFUND} <= remedies
    if facts.kind is CaseKind.MISSING_ITEM:
        assert {Remedy.RESHIP_MISSING, Remedy.REFUND} <= remedies
    if profile.flagged:
        assert Remedy.KEEP_AND_CREDIT not in remedies


@settings(max_examples=300, deadline=None)
@given(case=cases(), cost=cost_settings(), k=st.integers(2, 12))
def test_ranking_does_not_change_when_all_amounts_scale_together(case, cost, k):
    facts, profile = case
    before = [o.remedy for o in propose(facts, profile, cost, today=TODAY)]
    after = [
        o.remedy for o in propose(_scaled_facts(facts, k), profile, _scaled_settings(cost, k), today=TODAY)
    ]
    assert after == before


@given(case=cases())
def test_flagged_customers_credit_always_needs_a_supervisor(case):
    facts, _profile = case
    for option in propose(facts, CustomerProfile(Segment.REGULAR, True), DEFAULT_SETTINGS, today=TODAY):
        assert option.needs_supervisor == (option.remedy is Remedy.CREDIT_INSTEAD_OF_REFUND)
