"""Remedy proposals for a case, from the database to the engine and back onto the case's timeline.

:func:`propose_case` builds the engine's facts from the case (its affected lines, or every line of the order
when none is ticked), the order (dates, promise, delivery, shipping paid) and the customer's profile (segment
and claim flag computed by :mod:`app.services.segments`), ranks the remedies with
:func:`app.domain.remedies.propose` and records a ``proposal`` event with the options offered and their costs;
:func:`preview_case` gives the same options to someone only looking (nothing is written: reading is not writing).
:func:`record_choice` writes the ``remedy_chosen`` event — the remedy, amount, its cost, what a replacement would
have cost and the saving — inside the caller's transaction (the credit service's ``case resolve`` calls it), so
acceptance and savings can be reported later.

Proposal events are internal (costs never reach paper given to the customer). This module never changes a
case's status, remedy or amount columns (the credit service sets those), and never uses floats.

The reports' figures of a case (``proposed``, ``keep_credit_offered``, and the latest choice's remedy, cost,
replacement cost and saving) are recorded on the case in the same flush as the event that carries them, by the
mapper hooks of :mod:`app.store.models.case_figures`: whoever writes a ``proposal`` or ``remedy_chosen`` event
(this module, the approvals, the demo shop) keeps the case's figures in step, and the reports never read the
events' JSON. A caller that changes the case in the same transaction anyway (resolving it, moving it to
``proposed``) asks for ``on_case``: the figures then go out in that change's own UPDATE of the case.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from app.domain.enums import CaseKind, CaseStatus, CustomerWants, EventType, Remedy, parse_enum
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.ranges import is_id
from app.domain.remedies import AffectedLine, CaseFacts, CostSettings, Option, Segment, propose_in, season_of
from app.domain.remedies import costs as cost_rules
from app.domain.remedies.registry import cost_settings
from app.errors import NotFound, ValidationError
from app.i18n import SUPPORTED_LANGUAGES, current_language
from app.services.case_records import get_case_row, new_event
from app.services.context import ServiceContext
from app.services.retry import retried
from app.services.segments import Rules, customer_profile
from app.services.settings import load_settings
from app.store.models import Case, CaseEvent, CaseLine, Order
from app.store.models.case_figures import case_figures, put_on_case

#: What "saved against replacement" is measured against, in this order of preference.
_REFERENCES = (Remedy.REPLACEMENT, Remedy.RESHIP_MISSING, Remedy.REFUND)
_CREDITS = frozenset({Remedy.KEEP_AND_CREDIT, Remedy.CREDIT_INSTEAD_OF_REFUND})


@dataclass(frozen=True)
class CaseProposal:
    """The options for a case, best first, and who the customer is.

    ``needs_supervisor``: the customer is flagged for frequent claims, so any credit on this case waits for a
    supervisor (the engine also hides keep-the-item offers from them and says so in each option's ``why``).
    """

    case_id: int
    segment: Segment
    flagged: bool
    needs_supervisor: bool
    options: tuple[Option, ...]
    severity: str = "normal"
    currency: str = "EUR"
    event_id: int | None = None

    def to_json(self) -> list[dict[str, Any]]:
        return [option.to_json() for option in self.options]


@dataclass(frozen=True)
class RecordedChoice:
    """What :func:`record_choice` wrote on the timeline (amounts in the case currency)."""

    remedy: Remedy
    amount: Money | None
    cost: Money | None
    replacement_cost: Money | None
    saving: Money | None
    event_id: int


# --- facts from the database -------------------------------------------------------------------------------------
def _load_case(s: Session, case_id: int) -> Case:
    """The case with what its remedies are costed from (its order and lines), in one statement."""
    return get_case_row(s, case_id, with_lines=True)


def case_facts(case: Case, rules: Rules) -> CaseFacts:
    """The engine's view of a case: affected lines (or every order line), dates in the shop's time zone."""
    order = case.order
    currency = order.currency if order else case.currency
    if case.lines:
        lines = [
            AffectedLine(
                cl.order_line.sku,
                cl.order_line.name,
                cl.quantity,
                Money(cl.order_line.unit_price_minor, currency),
            )
            for cl in case.lines
            if cl.quantity > 0
        ]
    elif order is not None:
        lines = [
            AffectedLine(li.sku, li.name, li.quantity, Money(li.unit_price_minor, currency))
            for li in order.lines
            if li.quantity > 0
        ]
    else:
        lines = []

    def day(moment: datetime | None) -> date | None:
        return moment.astimezone(rules.tz).date() if moment is not None else None

    return CaseFacts(
        kind=CaseKind(case.kind),
        lines=tuple(lines),
        wants=CustomerWants(case.wants),
        order_date=day(order.placed_at) if order else None,
        promised_date=order.promised_by if order else None,
        delivered_date=day(order.delivered_at) if order else None,
        currency=currency,
        order_total=Money(max(order.total_minor, 0), currency) if order else None,
        shipping_paid=Money(max(order.shipping_minor, 0), currency) if order else None,
    )


@dataclass(frozen=True)
class _Shop:
    """The shop's rules and cost model, read once per transaction."""

    rules: Rules
    settings: CostSettings

    @classmethod
    def load(cls, s: Session) -> _Shop:
        shop = load_settings(s)
        return cls(Rules.of(shop), cost_settings(shop.raw))


def _proposal(s: Session, case: Case, lang: str, shop: _Shop | None, today: date) -> CaseProposal:
    """The case's options as of the shop's day ``today``."""
    return _proposals(s, case, (lang,), shop, today)[lang]


def _proposals(
    s: Session, case: Case, languages: tuple[str, ...], shop: _Shop | None, today: date
) -> dict[str, CaseProposal]:
    """The case's options as of the shop's day ``today``, explained in each of ``languages`` (the case and the
    customer are read, and the options chosen and ranked, once)."""
    shop = shop or _Shop.load(s)
    facts = case_facts(case, shop.rules)
    profile = customer_profile(s, case.customer_id, today, rules_=shop.rules)
    by_language = propose_in(facts, profile, shop.settings, today=today, languages=languages)
    severity = season_of(facts, today, shop.settings).severity.value
    return {
        lang: CaseProposal(
            case_id=case.id,
            segment=profile.segment,
            flagged=profile.flagged,
            needs_supervisor=profile.flagged,
            options=options,
            severity=severity,
            currency=facts.currency,
        )
        for lang, options in by_language.items()
    }


def _proposal_data(
    proposal: CaseProposal, lang: str, why_by_language: dict[str, dict[str, str]] | None = None
) -> dict[str, Any]:
    options = proposal.to_json()
    for option in options:
        texts = {
            other: whys[option["remedy"]]
            for other, whys in (why_by_language or {}).items()
            if option["remedy"] in whys
        }
        if texts:
            option["why_by_language"] = {lang: option["why"], **texts}
    return {
        "segment": proposal.segment.value,
        "flagged": proposal.flagged,
        "needs_supervisor": proposal.needs_supervisor,
        "severity": proposal.severity,
        "lang": lang,
        "options": options,
    }


def _recordable(
    s: Session, case: Case, lang: str, shop: _Shop, today: date
) -> tuple[CaseProposal, dict[str, Any]]:
    """The proposal and the data to record with it: the same options explained in every shipped language, so a
    colleague reading the recorded proposal later reads the reasons in their own language (the figures are the
    recorded ones either way)."""
    others = tuple(other for other in SUPPORTED_LANGUAGES if other != lang)
    proposals = _proposals(s, case, (lang, *others), shop, today)
    proposal = proposals[lang]
    whys = {other: {o.remedy.value: o.why for o in proposals[other].options} for other in others}
    return proposal, _proposal_data(proposal, lang, whys)


@retried
def propose_case(ctx: ServiceContext, case_id: int, lang: str | None = None) -> CaseProposal:
    """The remedies for the case, best first, each with amount, cost, acceptance and why, **offered**: recorded
    on the case's timeline as a ``proposal`` event (internal) with the options' JSON — what the reports count as
    offered. For looking only, :func:`preview_case`."""
    ctx.require(Permission.CASE_WRITE)
    language = lang or current_language()
    with ctx.db.write() as s:
        case = _load_case(s, case_id)
        proposal, event = _record(s, case, ctx.actor.id, language, ctx.now())
        s.flush()  # the event's id
        return replace(proposal, event_id=event.id)


def preview_case(ctx: ServiceContext, case_id: int, lang: str | None = None) -> CaseProposal:
    """The same options as :func:`propose_case`, for someone looking at the case: nothing is recorded (reading is
    not writing; it works on a read-only database or while another workstation writes). A proposal is recorded
    when it is offered (:func:`propose_case`, the case moved to ``proposed``) or acted on (a remedy chosen)."""
    ctx.require(Permission.CASE_READ)
    with ctx.db.read() as s:
        shop = _Shop.load(s)
        case = _load_case(s, case_id)
        return _proposal(s, case, lang or current_language(), shop, shop.rules.today(ctx.now()))


def record_proposal(
    s: Session,
    case: Case,
    actor_id: int | None,
    lang: str | None = None,
    *,
    now: datetime,
    on_case: bool = False,
) -> list[dict[str, Any]]:
    """Record the case's proposal as offered at ``now``, inside the caller's transaction (a status move to
    ``proposed``, a choice made without a recorded proposal); returns the options recorded. The event is
    written with the caller's next flush. ``on_case``: the caller changes the case in this transaction anyway,
    so the report figures go out with that change (:func:`app.store.models.case_figures.put_on_case`)."""
    _, event = _record(s, case, actor_id, lang or current_language(), now, on_case=on_case)
    return list((event.data or {})["options"])  # written by _record


def _record(
    s: Session, case: Case, actor_id: int | None, language: str, now: datetime, *, on_case: bool = False
) -> tuple[CaseProposal, CaseEvent]:
    proposal, event = _proposal_event(s, case, actor_id, language, now)
    add_events(s, case, [event], on_case=on_case)
    return proposal, event


def _proposal_event(
    s: Session, case: Case, actor_id: int | None, language: str, now: datetime
) -> tuple[CaseProposal, CaseEvent]:
    """The proposal and its ``proposal`` event, not yet added to the session."""
    shop = _Shop.load(s)
    proposal, data = _recordable(s, case, language, shop, shop.rules.today(now))
    summary = ", ".join(_short(o) for o in proposal.options)
    return proposal, new_event(case, actor_id, EventType.PROPOSAL, summary, at=now, internal=True, data=data)


def add_events(s: Session, case: Case, events: Sequence[CaseEvent], *, on_case: bool = False) -> None:
    """Put events of this module (:func:`plan_choice`'s) on the case's timeline, in their order, with the
    caller's next flush. ``on_case``: the caller changes the case in this transaction anyway, so their report
    figures go out in that same UPDATE of the case (:func:`app.store.models.case_figures.put_on_case`)."""
    for event in events:
        s.add(event)
        if on_case:
            put_on_case(case, event)


def _short(option: Option) -> str:
    amount = f" {option.amount.plain()} {option.amount.currency}" if option.amount is not None else ""
    return f"{option.remedy.value}{amount} (≈ {option.cost.plain()})"


# --- the choice ---------------------------------------------------------------------------------------------------
def _latest_proposal(s: Session, case: Case) -> list[dict[str, Any]] | None:
    """The options of the case's latest recorded proposal; none to read when the case was never proposed
    (its ``proposed`` figure turns true with its first proposal event)."""
    if not case.proposed:
        return None
    data = s.scalar(
        select(CaseEvent.data)
        .where(CaseEvent.case_id == case.id, CaseEvent.type == EventType.PROPOSAL.value)
        .order_by(CaseEvent.id.desc())
        .limit(1)
    )
    if isinstance(data, Mapping) and isinstance(data.get("options"), list):
        return list(data["options"])
    return None


def _as_json(options: Iterable[Option | Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [o.to_json() if isinstance(o, Option) else dict(o) for o in options]


def _money(text: Any, currency: str) -> Money | None:
    if text is None:
        return None
    return Money.from_decimal(Decimal(str(text)), currency)


def record_choice(
    session: Session,
    case: Case,
    actor_id: int | None,
    remedy: Remedy | str,
    amount: Money | None,
    options: Sequence[Option | Mapping[str, Any]] | None = None,
    *,
    now: datetime,
) -> RecordedChoice:
    """Write the ``remedy_chosen`` event, made ``now``, inside the caller's transaction (written at once: its id
    is returned).

    ``options`` are the options shown (``Option`` objects or their JSON); by default those of the case's latest
    proposal, else a fresh proposal, recorded first (a choice is acting on a proposal: it was offered). The cost of the choice is the shown option's cost, adjusted
    when the agent changed its amount; a remedy that was not shown is costed by the same rules. The saving is
    measured against a replacement (a reship for a missing item, a refund where neither applies).
    """
    events = plan_choice(session, case, actor_id, remedy, amount, options, now=now)
    add_events(session, case, events)
    session.flush()
    event = events[-1]
    data = event.data or {}
    cur = data["currency"]
    return RecordedChoice(
        Remedy(data["remedy"]),
        amount=_money(data["amount"], cur),
        cost=_money(data["cost"], cur),
        replacement_cost=_money(data["replacement_cost"], cur),
        saving=_money(data["saving"], cur),
        event_id=event.id,
    )


def plan_choice(
    session: Session,
    case: Case,
    actor_id: int | None,
    remedy: Remedy | str,
    amount: Money | None,
    options: Sequence[Option | Mapping[str, Any]] | None = None,
    *,
    now: datetime,
) -> list[CaseEvent]:
    """:func:`record_choice`'s events, costed but not yet added to the session: the proposal first when the
    case has none recorded, then the ``remedy_chosen``. The caller adds them (:func:`add_events`) when its own
    entries follow, so that what it writes first (a voucher, a request) does not write them early."""
    remedy_ = Remedy(
        parse_enum(Remedy, str(remedy.value if isinstance(remedy, Remedy) else remedy), "remedy")
    )
    events: list[CaseEvent] = []
    shown = _as_json(options) if options is not None else _latest_proposal(session, case)
    if shown is None:  # acted on: the options the choice was made among are recorded as offered
        _, proposal = _proposal_event(
            session, case, actor_id, current_language(), now
        )  # the caller's case (its lines load when first read)
        events.append(proposal)
        shown = list((proposal.data or {})["options"])
    shop = _Shop.load(session)
    data = choice_data(session, case, remedy_, amount, shown, shop, today=shop.rules.today(now))
    text = remedy_.value + (f" {data['amount']} {data['currency']}" if data["amount"] is not None else "")
    events.append(new_event(case, actor_id, EventType.REMEDY_CHOSEN, text, at=now, internal=True, data=data))
    return events


def choice_data(
    session: Session,
    case: Case,
    remedy: Remedy,
    amount: Money | None,
    shown: list[dict[str, Any]] | None = None,
    shop: _Shop | None = None,
    *,
    today: date,
) -> dict[str, Any]:
    """The ``remedy_chosen`` event's data: remedy, amount, currency, cost, replacement_cost, saving, options."""
    currency = case.order.currency if case.order is not None else case.currency
    if amount is not None:
        if amount.currency != currency:
            raise ValidationError("Amounts in {a} and {b} cannot be combined.", a=amount.currency, b=currency)
        if amount.minor < 0:
            raise ValidationError("The amount cannot be negative.")
    shop = shop or _Shop.load(session)
    if shown is None:
        shown = _latest_proposal(session, case)
    if shown is None:
        shown = _proposal(session, case, current_language(), shop, today).to_json()
    by_remedy = {o.get("remedy"): o for o in shown}
    chosen = by_remedy.get(remedy.value)
    if amount is None and chosen is not None:
        amount = _money(chosen.get("amount"), currency)
    if chosen is not None:
        cost = _adjusted_cost(
            remedy,
            _money(chosen.get("cost"), currency),
            _money(chosen.get("amount"), currency),
            amount,
            shop.settings,
        )
    else:
        cost = _cost_of_unshown(case, remedy, amount, shop)
    reference = next((by_remedy[r.value] for r in _REFERENCES if r.value in by_remedy), None)
    replacement_cost = _money(reference.get("cost"), currency) if reference is not None else None
    saving = replacement_cost - cost if replacement_cost is not None and cost is not None else None
    return {
        "remedy": remedy.value,
        "amount": amount.plain() if amount is not None else None,
        "currency": currency,
        "cost": cost.plain() if cost is not None else None,
        "replacement_cost": replacement_cost.plain() if replacement_cost is not None else None,
        "saving": saving.plain() if saving is not None else None,
        "reference": reference.get("remedy") if reference is not None else None,
        "options": shown,
    }


def _adjusted_cost(
    remedy: Remedy,
    cost: Money | None,
    shown_amount: Money | None,
    amount: Money | None,
    settings: CostSettings,
) -> Money | None:
    """The shown cost, moved by what the changed amount costs (credit: only the spent part, at cost of goods)."""
    if cost is None or amount is None or shown_amount is None or amount == shown_amount:
        return cost
    delta = Decimal(amount.minor - shown_amount.minor)
    if remedy in _CREDITS:
        delta = delta * settings.credit_spent_share * settings.goods_share
    elif remedy is not Remedy.REFUND:
        return cost
    return Money(max(cost.minor + _round(delta), 0), cost.currency)


def _cost_of_unshown(case: Case, remedy: Remedy, amount: Money | None, shop: _Shop) -> Money | None:
    """A remedy the agent chose although it was not proposed: costed by the engine's formulas."""
    settings = shop.settings
    facts = case_facts(case, shop.rules)
    f = cost_rules.Figures.of(settings, facts.kind, facts.affected_value)
    minor = Decimal(amount.minor) if amount is not None else None
    if remedy is Remedy.KEEP_AND_CREDIT and minor is not None:
        costed = cost_rules.keep_and_credit(f, minor)
    elif remedy is Remedy.CREDIT_INSTEAD_OF_REFUND and minor is not None:
        return Money(_round(cost_rules.credit_cost(f, minor)), facts.currency)
    elif remedy is Remedy.REFUND:
        costed = cost_rules.refund(f, minor if minor is not None else f.value)
    elif remedy is Remedy.REPLACEMENT:
        costed = cost_rules.replacement(f)
    elif remedy is Remedy.RESHIP_MISSING:
        costed = cost_rules.reship_missing(f)
    elif remedy is Remedy.SHIPPING_UPGRADE:
        costed = cost_rules.shipping_upgrade(f)
    elif remedy is Remedy.GOODWILL_EXTRA:
        costed = cost_rules.goodwill_extra(f)
    else:
        return None
    return Money(sum(m.minor for _label, m in costed.money_lines(facts.currency)), facts.currency)


def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def add_demo_proposals(s: Session, rng: random.Random, now: datetime) -> None:
    """Demo shop: the proposal each agent saw on the cases worked on, and the demo's choices with their costs and
    saving (as :func:`record_choice` records them), so the reports on acceptance and savings have figures."""
    s.flush()
    shop = _Shop.load(s)
    choices: dict[int, list[CaseEvent]] = {}
    for event in s.scalars(select(CaseEvent).where(CaseEvent.type == EventType.REMEDY_CHOSEN.value)):
        choices.setdefault(event.case_id, []).append(event)
    worked = select(Case).where(Case.status != CaseStatus.NEW.value).order_by(Case.id)
    for case in s.scalars(
        worked.options(
            joinedload(Case.order).selectinload(Order.lines),
            selectinload(Case.lines).joinedload(CaseLine.order_line),
        )
    ):
        seen_at = min(case.created_at + timedelta(minutes=rng.randint(5, 40)), now)
        proposal, data = _recordable(s, case, "it", shop, shop.rules.today(seen_at))
        s.add(
            CaseEvent(
                case_id=case.id,
                at=seen_at,
                actor_id=case.owner_id,
                type=EventType.PROPOSAL.value,
                text=", ".join(_short(o) for o in proposal.options),
                internal=True,
                data=data,
            )
        )
        shown = proposal.to_json()
        for event in choices.get(case.id, []):
            data = dict(event.data or {})
            if "saving" in data or not data.get("remedy"):
                continue
            remedy = Remedy(data["remedy"])
            amount = _money(data.get("amount"), data.get("currency") or case.currency)
            data.update(choice_data(s, case, remedy, amount, shown, shop, today=shop.rules.today(seen_at)))
            event.data = data


def latest_choice(ctx: ServiceContext, case_id: int) -> dict[str, Any] | None:
    """The data of the case's latest ``remedy_chosen`` event (for screens and reports), or ``None``."""
    ctx.require(Permission.CASE_READ)
    with ctx.db.read() as s:
        if not is_id(case_id) or s.get(Case, case_id) is None:
            raise NotFound("There is no case {id}.", id=case_id)
        return s.scalar(
            select(CaseEvent.data)
            .where(CaseEvent.case_id == case_id, CaseEvent.type == EventType.REMEDY_CHOSEN.value)
            .order_by(CaseEvent.id.desc())
            .limit(1)
        )


__all__ = [
    "CaseProposal",
    "RecordedChoice",
    "add_demo_proposals",
    "add_events",
    "case_facts",
    "case_figures",
    "choice_data",
    "latest_choice",
    "plan_choice",
    "preview_case",
    "propose_case",
    "record_proposal",
    "record_choice",
]
