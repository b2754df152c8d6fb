"""How likely the customer is to accept each remedy: ``low``, ``medium`` or ``high``, by a small documented table.

Rules, applied in this order (levels are 0 = low, 1 = medium, 2 = high, clamped at the end):

1. **Base**: ``reship_missing`` high; ``keep_and_credit``, ``replacement``, ``refund`` medium, except
   ``keep_and_credit`` for ``damaged`` low (a broken thing is rarely worth keeping); ``shipping_upgrade`` medium
   for ``delay``, else low; ``credit_instead_of_refund`` and ``goodwill_extra`` low.
2. **What the customer asked for**: the remedy they named (keep → ``keep_and_credit``, replacement →
   ``replacement``/``reship_missing``, refund → ``refund``) is high; ``credit_instead_of_refund`` is medium when
   they asked for a refund (the bonus speaks to them); another resolution (``keep_and_credit``, ``replacement``,
   ``reship_missing``, ``refund``, ``credit_instead_of_refund``) is one level lower.
3. **Segment**: loyal customers +1 on credit (``keep_and_credit``, ``credit_instead_of_refund``): they will spend
   it; new and occasional small buyers −1 on ``credit_instead_of_refund``: credit is worth less to them.
4. **Thin credit**: for ``wrong_item`` and ``damaged``, a keep-the-item credit below ``rank.keep_min_share`` of
   the price paid (cut by ``credit.max``): −1. Apology credits (delay, complaint) are not compensation for
   keeping a wrong thing, so they are exempt.
5. **Missed promise** (delay past a promised date): ``refund`` +1 (the gift came too late), ``shipping_upgrade``
   −1 (a next order is not what they want to hear about).

This module must never look at costs: acceptance is what the customer thinks, cost is what the shop pays.
"""

from __future__ import annotations

from decimal import Decimal

from app.domain.enums import CaseKind, CustomerWants, Remedy
from app.domain.remedies.option import LEVELS, Acceptance
from app.domain.remedies.segments import Segment

_ASKED: dict[CustomerWants, frozenset[Remedy]] = {
    CustomerWants.KEEP: frozenset({Remedy.KEEP_AND_CREDIT}),
    CustomerWants.REPLACEMENT: frozenset({Remedy.REPLACEMENT, Remedy.RESHIP_MISSING}),
    CustomerWants.REFUND: frozenset({Remedy.REFUND}),
    CustomerWants.UNKNOWN: frozenset(),
}
_RESOLUTIONS = frozenset({Remedy.KEEP_AND_CREDIT, Remedy.REPLACEMENT, Remedy.RESHIP_MISSING, Remedy.REFUND})
_CREDITS = frozenset({Remedy.KEEP_AND_CREDIT, Remedy.CREDIT_INSTEAD_OF_REFUND})


def asked_for(remedy: Remedy, wants: CustomerWants) -> bool:
    """Whether ``remedy`` is what the customer said they want."""
    return remedy in _ASKED[wants]


def _base(remedy: Remedy, kind: CaseKind) -> int:
    if remedy is Remedy.RESHIP_MISSING:
        return 2
    if remedy is Remedy.KEEP_AND_CREDIT:
        return 0 if kind is CaseKind.DAMAGED else 1
    if remedy in (Remedy.REPLACEMENT, Remedy.REFUND):
        return 1
    if remedy is Remedy.SHIPPING_UPGRADE:
        return 1 if kind is CaseKind.DELAY else 0
    return 0


def acceptance(
    remedy: Remedy,
    kind: CaseKind,
    wants: CustomerWants,
    segment: Segment,
    credit_share: Decimal | None = None,
    keep_min_share: Decimal = Decimal("0.30"),
    missed_promise: bool = False,
) -> Acceptance:
    """The level by the rules of the module docstring. ``credit_share`` = keep-the-item credit / price paid."""
    level = _base(remedy, kind)
    if asked_for(remedy, wants):
        level = 2
    elif remedy is Remedy.CREDIT_INSTEAD_OF_REFUND and wants is CustomerWants.REFUND:
        level = 1
    elif (
        remedy in _RESOLUTIONS or remedy is Remedy.CREDIT_INSTEAD_OF_REFUND
    ) and wants is not CustomerWants.UNKNOWN:
        level -= 1
    if remedy in _CREDITS and segment is Segment.LOYAL:
        level += 1
    if remedy is Remedy.CREDIT_INSTEAD_OF_REFUND and segment in (Segment.NEW, Segment.OCCASIONAL_SMALL):
        level -= 1
    if (
        remedy is Remedy.KEEP_AND_CREDIT
        and kind in (CaseKind.WRONG_ITEM, CaseKind.DAMAGED)
        and credit_share is not None
        and credit_share < keep_min_share
    ):
        level -= 1
    if missed_promise and remedy is Remedy.SHIPPING_UPGRADE:
        level -= 1
    if missed_promise and remedy is Remedy.REFUND:
        level += 1
    return LEVELS[max(0, min(2, level))]
