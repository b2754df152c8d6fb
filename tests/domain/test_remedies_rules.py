"""The rules around the remedy engine: segments, the claim flag, peak-season promises, cost settings, the JSON
form of an option and the explanation line in every shipped language."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from app.domain.enums import CaseKind, CustomerWants, Remedy
from app.domain.money import Money
from app.domain.remedies import (
    DEFAULT_SETTINGS,
    AffectedLine,
    CaseFacts,
    CostSettings,
    CustomerProfile,
    PromiseRule,
    Segment,
    SegmentThresholds,
    Severity,
    claim_rate,
    classify,
    describe,
    in_peak,
    is_flagged,
    parse_rules,
    promised_date,
    propose,
    season_of,
)
from app.errors import ValidationError
from app.resources import resource_path

TODAY = date(2024, 6, 1)
EUR = "EUR"


def shirt(price: str = "30.00", kind: str = "wrong_item", **kw) -> CaseFacts:
    line = AffectedLine("TS-1", "Camicia Niccolò", 1, Money.from_decimal(price, EUR))
    return CaseFacts(CaseKind(kind), (line,), **kw)


# --- segments ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("orders", "spent", "last", "expected"),
    [
        pytest.param(0, "0", None, Segment.NEW, id="a customer without orders is new"),
        pytest.param(
            1, "500", date(2020, 1, 1), Segment.NEW, id="a one-time buyer stays new however long ago"
        ),
        pytest.param(
            2, "80", date(2023, 12, 4), Segment.LAPSED, id="two orders, nothing for exactly 180 days: lapsed"
        ),
        pytest.param(
            2, "80", date(2023, 12, 5), Segment.REGULAR, id="two orders, last one 179 days ago: regular"
        ),
        pytest.param(
            9,
            "2000",
            date(2023, 1, 1),
            Segment.LAPSED,
            id="a big spender silent for a year is lapsed, not loyal",
        ),
        pytest.param(5, "300", date(2024, 5, 1), Segment.LOYAL, id="five orders and 300 spent: loyal"),
        pytest.param(
            5, "299.99", date(2024, 5, 1), Segment.REGULAR, id="five orders just under 300 spent: regular"
        ),
        pytest.param(
            4,
            "99.99",
            date(2024, 5, 1),
            Segment.OCCASIONAL_SMALL,
            id="average order under 25: occasional small",
        ),
        pytest.param(4, "100", date(2024, 5, 1), Segment.REGULAR, id="average order exactly 25: regular"),
        pytest.param(
            3, "100", date(2024, 7, 1), Segment.REGULAR, id="a last order dated after today is not lapsed"
        ),
    ],
)
def test_classify_follows_the_documented_rule(orders, spent, last, expected):
    assert classify(orders, Decimal(spent), last, TODAY, SegmentThresholds()) is expected


def test_classify_accepts_money_and_custom_thresholds():
    thresholds = SegmentThresholds(loyal_min_orders=3, loyal_min_spent=Decimal("100"))
    assert classify(3, Money(10000, EUR), date(2024, 5, 1), TODAY, thresholds) is Segment.LOYAL


# --- claims ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("claims", "orders", "flagged"),
    [
        pytest.param(3, 10, True, id="three claims in ten orders flags the customer"),
        pytest.param(3, 11, False, id="three claims in eleven orders is under 30 percent"),
        pytest.param(2, 2, False, id="two claims are never enough"),
        pytest.param(3, 0, True, id="three claims without orders in the window flags"),
    ],
)
def test_claim_rate_flag(claims, orders, flagged):
    assert is_flagged(claims, orders) is flagged


def test_claim_rate_is_exact():
    assert claim_rate(1, 3) == Decimal(1) / Decimal(3)
    assert claim_rate(1, 0) is None


def test_profile_from_history_computes_segment_and_flag():
    profile = CustomerProfile.from_history(6, Decimal("400"), date(2024, 5, 20), 3, 6, TODAY)
    assert profile.segment is Segment.LOYAL and profile.flagged


# --- season ------------------------------------------------------------------------------------------------
def test_orders_placed_by_18_december_are_promised_by_the_24th():
    rules = parse_rules("12-01..12-18>12-24")
    assert promised_date(date(2024, 12, 18), rules) == date(2024, 12, 24)
    assert promised_date(date(2024, 12, 19), rules) is None
    assert promised_date(date(2024, 11, 30), rules) is None


def test_a_window_across_new_year_promises_in_january():
    rules = parse_rules("12-20..01-03>01-06")
    assert promised_date(date(2024, 12, 28), rules) == date(2025, 1, 6)
    assert promised_date(date(2025, 1, 2), rules) == date(2025, 1, 6)
    assert in_peak(date(2025, 1, 5), rules)
    assert not in_peak(date(2025, 1, 7), rules)


def test_the_earliest_promise_wins_and_29_february_falls_back():
    rules = parse_rules("02-01..02-29>03-05; 02-10..02-20>02-29")
    assert promised_date(date(2023, 2, 15), rules) == date(2023, 2, 28)
    assert rules[0] == PromiseRule((2, 1), (2, 29), (3, 5))


@pytest.mark.parametrize("text", ["12-01-12-18>12-24", "13-01..12-18>12-24", "12-01..12-32>12-24", "soon"])
def test_bad_promise_rules_are_refused(text):
    with pytest.raises(ValidationError):
        parse_rules(text)


def test_a_missed_promise_raises_severity_and_halves_due_dates():
    late = shirt(kind="delay", order_date=date(2024, 12, 10), delivered_date=date(2024, 12, 27))
    season = season_of(late, date(2024, 12, 28))
    assert season.severity is Severity.MISSED_PROMISE
    assert season.days_late == 3 and season.due_factor == Decimal("0.50")
    on_time = shirt(kind="delay", order_date=date(2024, 12, 10))
    assert season_of(on_time, date(2024, 12, 20)).severity is Severity.PEAK
    assert season_of(on_time, date(2024, 12, 20)).due_factor == Decimal("0.75")
    assert season_of(shirt(order_date=date(2024, 5, 1)), TODAY).severity is Severity.NORMAL


def test_a_promise_written_on_the_order_counts_outside_the_season():
    late = shirt(kind="delay", order_date=date(2024, 5, 1), promised_date=date(2024, 5, 5))
    season = season_of(late, date(2024, 5, 9))
    assert season.missed_promise and season.days_late == 4


def test_a_missed_promise_raises_the_apology_credit_and_adds_a_refund():
    normal = propose(
        shirt("80.00", "delay", order_date=date(2024, 5, 2)), CustomerProfile(), today=date(2024, 5, 12)
    )
    missed = propose(
        shirt("80.00", "delay", order_date=date(2024, 12, 10), shipping_paid=Money(490, EUR)),
        CustomerProfile(),
        today=date(2024, 12, 27),
    )
    credit = {o.remedy: o for o in normal}[Remedy.KEEP_AND_CREDIT].amount
    raised = {o.remedy: o for o in missed}[Remedy.KEEP_AND_CREDIT]
    assert raised.amount > credit
    assert "missed by 3 days" in raised.why
    refund = {o.remedy: o for o in missed}[Remedy.REFUND]
    assert refund.amount == Money(8490, EUR)  # the goods and the shipping paid
    assert Remedy.REFUND not in {o.remedy for o in normal}


# --- cost settings ---------------------------------------------------------------------------------------
def test_settings_round_trip_through_a_flat_dict_of_text():
    flat = DEFAULT_SETTINGS.to_dict()
    assert flat["cost.outbound_shipping"] == "6.90"
    assert flat["credit.share.wrong_item.regular"] == "0.40"
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in flat.items())
    assert CostSettings.from_dict(flat) == DEFAULT_SETTINGS
    changed = DEFAULT_SETTINGS.with_value("credit.share.wrong_item.regular", "0,45")
    assert changed.to_dict()["credit.share.wrong_item.regular"] == "0.45"
    assert CostSettings.from_dict(changed.to_dict()) == changed


def test_every_setting_is_described_with_its_default():
    rows = describe()
    assert [r.key for r in rows] == list(DEFAULT_SETTINGS.to_dict())
    assert all(r.doc and r.kind for r in rows)
    assert {
        "cost.return_label",
        "cost.handling",
        "cost.goods_share",
        "credit.spent_share",
        "credit.rounding",
        "credit.min",
        "credit.max",
        "season.rules",
        "segment.small_avg_order",
        "claims.min_rate",
    } <= {r.key for r in rows}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("cost.outbound_shipping", "cheap"),
        ("cost.outbound_shipping", "-1"),
        ("cost.goods_share", "1.2"),
        ("credit.expiry_days", "30.5"),
        ("credit.min", "500"),
        ("refund_credit.bonus_mode", "double"),
        ("rank.p_low", "0.99"),
        ("season.rules", "Christmas"),
        ("cost.handling", "NaN"),
        ("no.such.key", "1"),
    ],
)
def test_bad_settings_are_refused_with_a_clear_message(key, value):
    with pytest.raises(ValidationError) as err:
        DEFAULT_SETTINGS.with_value(key, value)
    assert err.value.message


def test_bad_settings_are_refused_in_italian(monkeypatch):
    monkeypatch.setenv("RIMEDIO_LANG", "it")
    with pytest.raises(ValidationError) as err:
        DEFAULT_SETTINGS.with_value("cost.goods_share", "2")
    assert err.value.message == "cost.goods_share deve essere tra 0 e 1, non 2."


# --- options ---------------------------------------------------------------------------------------------
def test_the_issue_example_reads_word_for_word():
    best = propose(shirt(), CustomerProfile(), today=TODAY)[0]
    assert best.why.startswith(
        "Keep the item + €12.00 credit: ≈ €4.30 to the shop, €14.30 less than a replacement "
        "(no return label €6.90, no second parcel €6.90, no handling €3.00, goods kept)."
    )
    assert best.is_offer and not best.requires_return and best.acceptance == "medium"


def test_an_option_as_json_has_the_agreed_keys():
    best = propose(shirt(), CustomerProfile(), today=TODAY)[0]
    data = best.to_json()
    assert {"remedy", "amount", "currency", "cost", "acceptance", "requires_return", "why"} <= set(data)
    assert (data["remedy"], data["amount"], data["currency"], data["cost"]) == (
        "keep_and_credit",
        "12.00",
        EUR,
        "4.32",
    )
    json.dumps(data)


def test_replacement_without_return_when_the_return_costs_more_than_the_goods_are_worth():
    cheap = {o.remedy: o for o in propose(shirt("9.90"), CustomerProfile(), today=TODAY)}
    assert not cheap[Remedy.REPLACEMENT].requires_return
    dear = {o.remedy: o for o in propose(shirt("90.00"), CustomerProfile(), today=TODAY)}
    assert dear[Remedy.REPLACEMENT].requires_return


def test_credit_instead_of_refund_carries_the_bonus():
    options = {o.remedy: o for o in propose(shirt("45.00"), CustomerProfile(), today=TODAY)}
    assert options[Remedy.CREDIT_INSTEAD_OF_REFUND].amount == Money(4950, EUR)  # +10 %, on the 0.50 step
    flat = DEFAULT_SETTINGS.with_value("refund_credit.bonus_mode", "flat")
    options = {o.remedy: o for o in propose(shirt("45.00"), CustomerProfile(), flat, today=TODAY)}
    assert options[Remedy.CREDIT_INSTEAD_OF_REFUND].amount == Money(5000, EUR)  # +€5 flat


def test_a_lapsed_customer_gets_credit_with_a_near_expiry():
    best = propose(shirt(), CustomerProfile(Segment.LAPSED), today=TODAY)[0]
    assert best.remedy is Remedy.KEEP_AND_CREDIT and best.credit_expires_days == 30
    assert "Credit valid for 30 days" in best.why


def test_a_flagged_customer_is_said_so_on_every_option():
    options = propose(shirt(), CustomerProfile(Segment.LOYAL, flagged=True), today=TODAY)
    assert all("flagged for frequent claims" in o.why for o in options)
    assert [o.needs_supervisor for o in options if o.remedy is Remedy.CREDIT_INSTEAD_OF_REFUND] == [True]


def test_what_the_customer_asked_for_is_marked():
    options = propose(shirt(wants=CustomerWants.REPLACEMENT), CustomerProfile(), today=TODAY)
    asked = [o for o in options if o.customer_asked]
    assert [o.remedy for o in asked] == [Remedy.REPLACEMENT] and asked[0].acceptance == "high"


def test_other_currencies_work_without_decimals():
    line = AffectedLine("X", "Øystein", 1, Money(5000, "JPY"))
    options = propose(CaseFacts(CaseKind.WRONG_ITEM, (line,), currency="JPY"), CustomerProfile(), today=TODAY)
    assert all(o.cost.currency == "JPY" for o in options)


def test_mixed_currencies_are_refused():
    with pytest.raises(ValidationError):
        CaseFacts(CaseKind.DAMAGED, (AffectedLine("X", "x", 1, Money(100, "RON")),), currency="EUR")


# --- languages -------------------------------------------------------------------------------------------
ENGLISH_WORDS = (
    "to the shop",
    "Keep the item",
    "days",
    "Refund",
    "Replacement",
    "customer",
    "less than",
    "no return",
)


@pytest.mark.parametrize("lang", ["it", "ro"])
@pytest.mark.parametrize("kind", list(CaseKind))
def test_every_explanation_is_translated(lang, kind):
    facts = shirt("60.00", kind.value, order_date=date(2024, 12, 10), shipping_paid=Money(490, EUR))
    for profile in (CustomerProfile(Segment.LAPSED), CustomerProfile(Segment.REGULAR, flagged=True)):
        for option in propose(facts, profile, today=date(2024, 12, 30), lang=lang):
            assert not any(word in option.why for word in ENGLISH_WORDS), option.why
            assert "{" not in option.why
            for entry in option.to_json()["breakdown"]:
                assert entry["label"] != entry["key"]


def test_catalogs_have_the_same_messages_and_placeholders():
    it = json.loads(resource_path("messages", "it", "remedies.json").read_text(encoding="utf-8"))
    ro = json.loads(resource_path("messages", "ro", "remedies.json").read_text(encoding="utf-8"))
    assert set(it) == set(ro)
    import re

    for msgid in it:
        wanted = sorted(re.findall(r"\{\w+\}", msgid))
        assert sorted(re.findall(r"\{\w+\}", it[msgid])) == wanted, msgid
        assert sorted(re.findall(r"\{\w+\}", ro[msgid])) == wanted, msgid
