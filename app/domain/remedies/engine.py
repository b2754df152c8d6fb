"""The remedy-proposal engine: from a case, a customer and the shop's figures to ranked, explained options.

Which remedies are proposed, by kind:

=============  ==================================================================================
wrong_item     keep_and_credit*, replacement†, refund†, credit_instead_of_refund
damaged        keep_and_credit*, replacement†, refund†, credit_instead_of_refund
missing_item   reship_missing†, refund†, credit_instead_of_refund
delay          keep_and_credit* (apology credit), shipping_upgrade‡, goodwill_extra;
               past a promised date also refund (with the shipping paid) and credit_instead_of_refund
complaint      keep_and_credit*, refund, credit_instead_of_refund, goodwill_extra, shipping_upgrade‡;
               replacement (an exchange) when the customer asks for one
=============  ==================================================================================

† the customer's legal rights: always listed, whatever the segment, flag or price. * an offer the customer may
decline; hidden from flagged customers (abuse signs) and when the item is too cheap for credit.min. ‡ not for
occasional small buyers. Any credit for a flagged customer needs a supervisor.

**Ranking** — lower score first, ties in the order of the table above. With p the likelihood of acceptance
(``rank.p_low``/``p_medium``/``p_high``) and D what a refusal costs::

    score = p × cost + (1 − p) × D
    D     = cost of what the customer falls back to + rank.decline_penalty × affected value

The fall-back is the remedy the customer asked for when it is listed, else the dearest legal right, else the
dearest option. So a cheap offer the customer will probably refuse does not win just by being cheap, and what
the customer asks for raises its own likelihood. The score is linear in every amount, so scaling all amounts
(prices and settings) by the same factor never changes the order.

This module must never read a database, the clock or Qt, and never use floats.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain.enums import CaseKind, CustomerWants, Remedy
from app.domain.money import Money
from app.domain.remedies import costs
from app.domain.remedies.acceptance import acceptance, asked_for
from app.domain.remedies.costs import Costed, Figures
from app.domain.remedies.explain import Wording, why
from app.domain.remedies.facts import CaseFacts, CustomerProfile
from app.domain.remedies.limits import credit_expiry_days
from app.domain.remedies.option import Acceptance, Option
from app.domain.remedies.season import SeasonAssessment, assess
from app.domain.remedies.segments import Segment
from app.domain.remedies.settings import DEFAULT_SETTINGS, CostSettings

REMEDY_ORDER: tuple[Remedy, ...] = (
    Remedy.KEEP_AND_CREDIT,
    Remedy.REPLACEMENT,
    Remedy.RESHIP_MISSING,
    Remedy.REFUND,
    Remedy.CREDIT_INSTEAD_OF_REFUND,
    Remedy.SHIPPING_UPGRADE,
    Remedy.GOODWILL_EXTRA,
)
RIGHTS_KINDS = frozenset({CaseKind.WRONG_ITEM, CaseKind.DAMAGED, CaseKind.MISSING_ITEM})
_RIGHTS = frozenset({Remedy.REPLACEMENT, Remedy.RESHIP_MISSING, Remedy.REFUND})
_CREDITS = frozenset({Remedy.KEEP_AND_CREDIT, Remedy.CREDIT_INSTEAD_OF_REFUND})
_ORDER_INDEX = {remedy: i for i, remedy in enumerate(REMEDY_ORDER)}


def season_of(facts: CaseFacts, today: date, settings: CostSettings = DEFAULT_SETTINGS) -> SeasonAssessment:
    """Severity and due-date factor of the case (for the deadline code as well as the engine)."""
    return assess(
        facts.order_date,
        facts.promised_date,
        facts.delivered_date,
        today,
        settings.promise_rules,
        settings.peak_due_factor,
        settings.missed_due_factor,
    )


def propose(
    facts: CaseFacts,
    profile: CustomerProfile,
    settings: CostSettings = DEFAULT_SETTINGS,
    *,
    today: date,
    lang: str = "en",
) -> tuple[Option, ...]:
    """The remedies for the case, best first, each with amount, cost, breakdown, acceptance and one line why."""
    return propose_in(facts, profile, settings, today=today, languages=(lang,))[lang]


def propose_in(
    facts: CaseFacts,
    profile: CustomerProfile,
    settings: CostSettings = DEFAULT_SETTINGS,
    *,
    today: date,
    languages: tuple[str, ...],
) -> dict[str, tuple[Option, ...]]:
    """:func:`propose` in each of ``languages``: the remedies are chosen, costed and ranked once, and only the
    sentences why are written in each language (the same options as :func:`propose` gives in that language)."""
    value = facts.affected_value
    figures = Figures.of(settings, facts.kind, value)
    season = season_of(facts, today, settings)
    missed = facts.kind is CaseKind.DELAY and season.missed_promise
    candidates = _candidates(facts, profile, settings, figures, missed)

    levels = {c.remedy: _level(c, facts, profile, settings, figures, missed) for c in candidates}
    fallback = _fallback_cost(candidates, facts) + settings.decline_penalty * figures.value
    p = {
        Acceptance.LOW: settings.p_low,
        Acceptance.MEDIUM: settings.p_medium,
        Acceptance.HIGH: settings.p_high,
    }
    scores = {
        c.remedy: p[levels[c.remedy]] * c.cost + (1 - p[levels[c.remedy]]) * fallback for c in candidates
    }
    ranked = sorted(candidates, key=lambda c: (scores[c.remedy], _ORDER_INDEX[c.remedy]))

    currency = facts.currency
    money_lines = {c.remedy: c.money_lines(currency) for c in candidates}
    totals = {r: Money(sum(m.minor for _l, m in lines), currency) for r, lines in money_lines.items()}
    reference: Remedy | None = next(
        (c.remedy for c in candidates if c.remedy is Remedy.REPLACEMENT), None
    ) or next((c.remedy for c in candidates if c.remedy is Remedy.REFUND), None)
    refund_amount = next((c.amount for c in candidates if c.remedy is Remedy.REFUND), None)
    expires = credit_expiry_days(settings, profile.segment)

    planned = []
    for c in ranked:
        is_credit = c.remedy in _CREDITS
        amount = Money(int(c.amount), currency) if c.amount is not None else None
        wording = Wording(
            delay=facts.kind is CaseKind.DELAY,
            reference=reference,
            reference_cost=totals.get(reference) if reference else None,
            reference_lines=money_lines.get(reference, ()) if reference else (),
            refund_amount=Money(int(refund_amount), currency) if refund_amount is not None else None,
            rights_kind=facts.kind in RIGHTS_KINDS,
            customer_asked=asked_for(c.remedy, facts.wants),
            expires_days=expires if is_credit and profile.segment is Segment.LAPSED else None,
            days_late=season.days_late if missed else 0,
            flagged=profile.flagged,
            needs_supervisor=profile.flagged and is_credit,
        )
        planned.append((c, amount, is_credit, wording))
    return {
        lang: tuple(
            Option(
                remedy=c.remedy,
                amount=amount,
                cost=totals[c.remedy],
                breakdown=money_lines[c.remedy],
                acceptance=levels[c.remedy],
                requires_return=c.requires_return,
                why=why(
                    c.remedy,
                    amount,
                    totals[c.remedy],
                    money_lines[c.remedy],
                    c.requires_return,
                    wording,
                    lang,
                ),
                is_offer=is_credit,
                needs_supervisor=wording.needs_supervisor,
                rank_score=scores[c.remedy],
                legal_right=facts.kind in RIGHTS_KINDS and c.remedy in _RIGHTS,
                customer_asked=wording.customer_asked,
                credit_expires_days=expires if is_credit else None,
                lang=lang,
            )
            for c, amount, is_credit, wording in planned
        )
        for lang in languages
    }


def _candidates(
    facts: CaseFacts, profile: CustomerProfile, settings: CostSettings, f: Figures, missed: bool
) -> list[Costed]:
    kind, segment = facts.kind, profile.segment
    result: list[Costed] = []
    share = settings.credit_share.get((kind, segment))
    if share is not None and not profile.flagged:
        factor = settings.season_credit_factor if missed else Decimal(1)
        amount = costs.suggested_credit(f, share, factor)
        if amount is not None:
            result.append(costs.keep_and_credit(f, amount))
    if kind in (CaseKind.WRONG_ITEM, CaseKind.DAMAGED) or (
        kind is CaseKind.COMPLAINT and facts.wants is CustomerWants.REPLACEMENT
    ):
        result.append(costs.replacement(f))
    if kind is CaseKind.MISSING_ITEM:
        result.append(costs.reship_missing(f))
    if kind in RIGHTS_KINDS or kind is CaseKind.COMPLAINT or missed:
        refund_amount = f.value
        if missed and facts.shipping_paid is not None:
            refund_amount += facts.shipping_paid.minor
        result.append(costs.refund(f, refund_amount))
        if refund_amount > 0:
            result.append(costs.credit_instead_of_refund(f, refund_amount))
    if kind in (CaseKind.DELAY, CaseKind.COMPLAINT):
        if segment is not Segment.OCCASIONAL_SMALL:
            result.append(costs.shipping_upgrade(f))
        result.append(costs.goodwill_extra(f))
    return result


def _level(
    c: Costed, facts: CaseFacts, profile: CustomerProfile, settings: CostSettings, f: Figures, missed: bool
) -> Acceptance:
    share = c.amount / f.value if c.remedy is Remedy.KEEP_AND_CREDIT and c.amount and f.value > 0 else None
    return acceptance(
        c.remedy, facts.kind, facts.wants, profile.segment, share, settings.keep_min_share, missed
    )


def _fallback_cost(candidates: list[Costed], facts: CaseFacts) -> Decimal:
    asked = [c.cost for c in candidates if asked_for(c.remedy, facts.wants)]
    if asked:
        return max(asked)
    rights = [c.cost for c in candidates if c.remedy in _RIGHTS and facts.kind in RIGHTS_KINDS]
    if rights:
        return max(rights)
    return max((c.cost for c in candidates), default=Decimal(0))
