"""Stories of agents asking Rimedio what to offer, and of the choice going on the case's timeline.

Every test runs on SQLite and on PostgreSQL, on the small known shop of ``tests/support/shop.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.domain.business_hours import calendar_from_settings
from app.domain.enums import Remedy
from app.domain.money import Money
from app.domain.remedies import Segment
from app.errors import NotFound, ValidationError
from app.services import cases, remedies, segments
from app.services.cases import EventInfo
from app.services.settings import get_settings, set_settings_unchecked
from app.store.models import Case, Customer, Order, OrderLine

CHOICE_KEYS = {"remedy", "amount", "currency", "cost", "replacement_cost", "saving", "options"}


def _as_shown(options: list[dict]) -> list[dict]:
    """Recorded options without the reasons in the other languages (kept for colleagues who read them later)."""
    return [{k: v for k, v in o.items() if k != "why_by_language"} for o in options]


def _events(shop, case_id: int, type_: str) -> list[EventInfo]:
    return [e for e in cases.get_case(shop.as_(shop.supervisor), case_id).events if e.type == type_]


def _add_order(
    shop,
    number: str,
    *,
    customer: str,
    promised_in_days: int | None,
    delivered: bool,
    price: int = 4500,
    qty: int = 1,
) -> None:
    """A recent order of ``customer`` (last name), promised ``promised_in_days`` from today."""
    with shop.db.write() as s:
        who = s.query(Customer).filter(Customer.last_name == customer).one()
        today = segments.shop_today(s, shop.db.clock.now())
        placed = datetime.now(UTC) - timedelta(days=3)
        o = Order(
            source="shopify",
            number=number,
            customer_id=who.id,
            placed_at=placed,
            currency="EUR",
            shipping_minor=690,
            subtotal_minor=price * qty,
            total_minor=price * qty + 690,
            promised_by=today + timedelta(days=promised_in_days) if promised_in_days is not None else None,
            delivered_at=placed + timedelta(days=2) if delivered else None,
        )
        o.lines.append(
            OrderLine(
                position=0,
                sku="OLV-BOARD",
                name="Tagliere in legno d'ulivo",
                quantity=qty,
                unit_price_minor=price,
            )
        )
        s.add(o)


def test_agent_asks_what_to_offer_for_a_wrong_item_call_and_the_options_go_on_the_timeline(shop):
    agent = shop.as_(shop.agent)
    case = cases.open_case(
        agent,
        order_number="#1001",
        kind="wrong_item",
        channel="phone",
        summary="Blue bowls instead of green",
        skus=["CER-BOWL-S"],
        wants="keep",
    )
    proposal = remedies.propose_case(agent, case.id)

    assert proposal.case_id == case.id
    assert (proposal.segment, proposal.flagged, proposal.needs_supervisor) == (Segment.NEW, False, False)
    first = proposal.options[0]
    assert first.remedy is Remedy.KEEP_AND_CREDIT  # what she asked for, and cheaper than a replacement
    assert first.amount.currency == "EUR" and first.cost < first.amount
    offered = {o.remedy for o in proposal.options}
    assert {Remedy.REPLACEMENT, Remedy.REFUND} <= offered  # her legal rights stay on the list
    scores = [o.rank_score for o in proposal.options]
    assert scores == sorted(scores)

    [event] = _events(shop, case.id, "proposal")
    assert event.internal is True  # costs never reach the customer's paper
    assert event.actor == "Giulia Bianchi"
    assert _as_shown(event.data["options"]) == proposal.to_json()
    assert event.data["segment"] == "new"
    assert cases.get_case(agent, case.id).status == "new"  # a proposal to the agent, not yet to the customer


def test_with_no_line_ticked_the_whole_order_is_affected(shop):
    agent = shop.as_(shop.agent)
    one_line = cases.open_case(
        agent, order_number="1001", kind="damaged", channel="email", summary="Broken", skus=["LIN-NAP-4"]
    )
    whole = cases.open_case(agent, order_number="1001", kind="damaged", channel="email", summary="All broken")
    refund_of = {
        c.id: next(o.amount for o in remedies.propose_case(agent, c.id).options if o.remedy is Remedy.REFUND)
        for c in (one_line, whole)
    }
    assert refund_of[one_line.id] == Money(2900, "EUR")
    assert refund_of[whole.id] == Money(2 * 1890 + 2900, "EUR")


def test_the_why_is_in_the_language_asked_for(shop):
    agent = shop.as_(shop.agent)
    case = cases.open_case(agent, order_number="1002", kind="damaged", channel="phone", summary="Vaso rotto")
    italian = remedies.propose_case(agent, case.id, lang="it")
    romanian = remedies.propose_case(agent, case.id, lang="ro")
    assert any("per il negozio" in o.why for o in italian.options)
    assert any("pentru magazin" in o.why for o in romanian.options)
    assert [o.remedy for o in italian.options] == [o.remedy for o in romanian.options]
    assert len(_events(shop, case.id, "proposal")) == 2


def test_a_romanian_colleague_reads_an_italian_agents_recorded_proposal_in_romanian(shop):
    agent = shop.as_(shop.agent)
    case = cases.open_case(agent, order_number="1002", kind="damaged", channel="phone", summary="Vaso rotto")
    remedies.propose_case(agent, case.id, lang="it")
    [recorded] = _events(shop, case.id, "proposal")
    for option in recorded.data["options"]:
        texts = option["why_by_language"]
        assert set(texts) == {"en", "it", "ro"} and texts["it"] == option["why"]
    assert any("pentru magazin" in o["why_by_language"]["ro"] for o in recorded.data["options"])


def test_a_customer_who_claims_too_often_gets_no_keep_the_item_offer_and_credit_needs_a_supervisor(shop):
    agent = shop.as_(shop.agent)
    for summary in ("Vase cracked", "Plaid stained"):
        cases.open_case(agent, order_number="1004", kind="damaged", channel="email", summary=summary)
    case = cases.open_case(
        agent, order_number="1002", kind="damaged", channel="phone", summary="Vase cracked again"
    )
    proposal = remedies.propose_case(agent, case.id)
    assert proposal.flagged and proposal.needs_supervisor
    offered = {o.remedy: o for o in proposal.options}
    assert Remedy.KEEP_AND_CREDIT not in offered
    assert {Remedy.REPLACEMENT, Remedy.REFUND} <= set(offered)
    assert offered[Remedy.CREDIT_INSTEAD_OF_REFUND].needs_supervisor
    assert all("flagged" in o.why for o in proposal.options)


def test_choosing_keep_and_credit_records_the_options_the_cost_and_the_saving_against_a_replacement(shop):
    agent = shop.as_(shop.agent)
    case = cases.open_case(
        agent,
        order_number="1001",
        kind="wrong_item",
        channel="phone",
        summary="Wrong colour",
        skus=["CER-BOWL-S"],
        wants="keep",
    )
    proposal = remedies.propose_case(agent, case.id)
    keep = next(o for o in proposal.options if o.remedy is Remedy.KEEP_AND_CREDIT)
    replacement = next(o for o in proposal.options if o.remedy is Remedy.REPLACEMENT)
    with shop.db.write() as s:
        recorded = remedies.record_choice(
            s,
            s.get(Case, case.id),
            shop.agent.id,
            Remedy.KEEP_AND_CREDIT,
            keep.amount,
            now=shop.db.clock.now(),
        )

    assert recorded.cost == keep.cost
    assert recorded.replacement_cost == replacement.cost
    assert recorded.saving == replacement.cost - keep.cost
    [event] = _events(shop, case.id, "remedy_chosen")
    assert CHOICE_KEYS <= set(event.data)
    assert event.data["remedy"] == "keep_and_credit"
    assert event.data["amount"] == keep.amount.plain() and event.data["currency"] == "EUR"
    assert Decimal(event.data["saving"]) == Decimal(event.data["replacement_cost"]) - Decimal(
        event.data["cost"]
    )
    assert _as_shown(event.data["options"]) == proposal.to_json()  # the options shown, as they were shown


def test_an_agent_who_raises_the_credit_pays_only_the_spent_part_at_cost_of_goods(shop):
    agent = shop.as_(shop.agent)
    case = cases.open_case(
        agent, order_number="1002", kind="damaged", channel="phone", summary="Vase cracked"
    )
    proposal = remedies.propose_case(agent, case.id)
    keep = next(o for o in proposal.options if o.remedy is Remedy.KEEP_AND_CREDIT)
    more = keep.amount + Money(1000, "EUR")
    with shop.db.write() as s:
        recorded = remedies.record_choice(
            s, s.get(Case, case.id), shop.agent.id, "keep_and_credit", more, now=shop.db.clock.now()
        )
    # €10 more credit costs €10 × 60 % spent × 60 % cost of goods = €3.60 more.
    assert recorded.cost == keep.cost + Money(360, "EUR")
    assert recorded.amount == more


def test_a_choice_without_a_proposal_and_a_remedy_that_was_not_shown_are_costed_too(shop):
    agent = shop.as_(shop.agent)
    case = cases.open_case(
        agent, order_number="1003", kind="missing_item", channel="chat", summary="Moka missing"
    )
    with shop.db.write() as s:
        row = s.get(Case, case.id)
        reship = remedies.record_choice(
            s, row, shop.agent.id, "reship_missing", None, now=shop.db.clock.now()
        )
        gift = remedies.record_choice(
            s, row, shop.agent.id, Remedy.GOODWILL_EXTRA, None, now=shop.db.clock.now()
        )
    assert reship.saving == Money(0, "EUR")  # the reship is the reference of a missing item
    assert reship.cost is not None and reship.cost.minor > 0
    assert gift.cost == Money(
        250, "EUR"
    )  # goodwill.cost, although a gift was not proposed for a missing item
    events = _events(shop, case.id, "remedy_chosen")
    assert [e.data["remedy"] for e in events] == ["reship_missing", "goodwill_extra"]
    # acted on: the options the first choice was made among are recorded as offered, once
    assert len(_events(shop, case.id, "proposal")) == 1


def test_a_choice_in_another_currency_or_an_unknown_remedy_is_refused_and_writes_nothing(shop):
    agent = shop.as_(shop.agent)
    case = cases.open_case(
        agent, order_number="1002", kind="damaged", channel="phone", summary="Vase cracked"
    )
    with pytest.raises(ValidationError, match="RON and EUR"):
        with shop.db.write() as s:
            remedies.record_choice(
                s, s.get(Case, case.id), shop.agent.id, "refund", Money(1000, "RON"), now=shop.db.clock.now()
            )
    with pytest.raises(ValidationError, match="Unknown remedy"):
        with shop.db.write() as s:
            remedies.record_choice(
                s, s.get(Case, case.id), shop.agent.id, "voucher_party", None, now=shop.db.clock.now()
            )
    assert _events(shop, case.id, "remedy_chosen") == []


def test_asking_for_an_unknown_case_is_refused(shop):
    with pytest.raises(NotFound, match="no case 404"):
        remedies.propose_case(shop.as_(shop.agent), 404)


# --- peak season ------------------------------------------------------------------------------------------------
def test_a_missed_christmas_promise_adds_a_refund_raises_the_apology_and_shortens_the_deadline(shop):
    agent = shop.as_(shop.agent)
    with shop.db.write() as s:
        # Only the promise matters here: no core peak window, no promise rules, so the figures do not depend on
        # the day the test runs.
        set_settings_unchecked(s, {"sla.peak_factor": "1", "season.rules": ""})
    _add_order(shop, "2001", customer="Müller", promised_in_days=-2, delivered=False)  # promised two days ago
    _add_order(shop, "2002", customer="Müller", promised_in_days=5, delivered=False)  # still in time
    late = cases.open_case(agent, order_number="2001", kind="delay", channel="phone", summary="Not arrived")
    early = cases.open_case(agent, order_number="2002", kind="delay", channel="phone", summary="Not arrived")

    missed, waiting = remedies.propose_case(agent, late.id), remedies.propose_case(agent, early.id)
    assert (missed.severity, waiting.severity) == ("missed_promise", "normal")
    refund = next(o for o in missed.options if o.remedy is Remedy.REFUND)
    assert refund.amount == Money(4500 + 690, "EUR")  # the goods and the shipping paid
    assert Remedy.REFUND not in {o.remedy for o in waiting.options}
    apology = {
        p.case_id: next(o.amount for o in p.options if o.remedy is Remedy.KEEP_AND_CREDIT)
        for p in (missed, waiting)
    }
    assert apology[late.id] > apology[early.id]

    cal = calendar_from_settings(get_settings(agent))
    assert cal.between(late.created_at, late.resolution_due) == timedelta(hours=8)  # 16 business hours × 0.5
    assert cal.between(early.created_at, early.resolution_due) == timedelta(hours=16)


def test_orders_under_a_promise_rule_get_peak_deadlines_and_the_core_peak_is_not_counted_twice(shop):
    agent = shop.as_(shop.agent)
    _add_order(shop, "2003", customer="Müller", promised_in_days=None, delivered=True)
    with shop.db.write() as s:
        set_settings_unchecked(s, {"sla.peak_factor": "1", "season.rules": "01-01..12-31>12-31"})
    peak = cases.open_case(agent, order_number="2003", kind="damaged", channel="phone", summary="Cracked")
    with shop.db.write() as s:
        set_settings_unchecked(
            s, {"sla.peak_factor": "0.5", "sla.peak_from": "01-01", "sla.peak_to": "12-31"}
        )
    both = cases.open_case(agent, order_number="2003", kind="damaged", channel="phone", summary="Cracked")

    cal = calendar_from_settings(get_settings(agent))
    assert cal.between(peak.created_at, peak.resolution_due) == timedelta(
        hours=18
    )  # 24 × season.peak_due_factor
    assert cal.between(both.created_at, both.resolution_due) == timedelta(
        hours=12
    )  # 24 × sla.peak_factor only


def test_the_demo_shop_has_the_proposals_its_agents_saw_and_the_savings_of_its_choices(database):
    from app.services.demo import build_demo

    build_demo(database, seed=4, customers=40, orders=150, cases=15)
    with database.read() as s:
        from app.store.models import CaseEvent

        worked = {c.id for c in s.query(Case).filter(Case.status != "new")}
        proposed = {e.case_id for e in s.query(CaseEvent).filter(CaseEvent.type == "proposal")}
        choices = [e.data for e in s.query(CaseEvent).filter(CaseEvent.type == "remedy_chosen")]
    assert proposed == worked
    assert choices and all(CHOICE_KEYS <= set(d) for d in choices)
    assert all(
        d["saving"] is None or Decimal(d["saving"]) == Decimal(d["replacement_cost"]) - Decimal(d["cost"])
        for d in choices
    )
