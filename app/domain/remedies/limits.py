"""What a credit on a case may be, whoever asks: how long it lasts and the most that may be asked for it.

One place decides both, so the proposal's wording, the screen before sending, the voucher and the ledger agree:

* **Expiry** — ``credit.expiry_days`` from the day it is issued; for a lapsed customer
  ``credit.lapsed_expiry_days`` (a near expiry wins them back, and the proposal promises exactly that).
* **The most that may be asked** — a keep-the-item credit is at most ``credit.max`` and at most
  ``credit.keep_cap_share`` of the price paid for the affected items; an apology credit (``goodwill_extra``) at
  most ``credit.max``; credit instead of a refund at most the refund (the affected value and the shipping paid)
  with its bonus. The suggested amounts stay inside these caps (:func:`app.domain.remedies.costs.suggested_credit`);
  an agent asking for more, or a supervisor approving more, is refused with the figure allowed.

Pure rules: no database, clock or Qt, and no floats.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal

from app.domain.enums import CaseKind, Remedy
from app.domain.money import Money
from app.domain.remedies import costs
from app.domain.remedies.segments import Segment
from app.domain.remedies.settings import CostSettings


def credit_expiry_days(settings: CostSettings, segment: Segment | None) -> int:
    """Days a credit for a customer of ``segment`` stays valid (the lapsed get the shorter, promised term)."""
    if segment is Segment.LAPSED:
        return settings.lapsed_expiry_days
    return settings.credit_expiry_days


def credit_expires_on(settings: CostSettings, segment: Segment | None, issued_on: date) -> date:
    """The last day a credit issued on ``issued_on`` can be spent."""
    return issued_on + timedelta(days=credit_expiry_days(settings, segment))


@dataclass(frozen=True)
class AskCap:
    """The most that may be asked for a credit remedy on a case, and what bounds it.

    ``bound``: ``"keep"`` (credit.max and credit.keep_cap_share of ``value``), ``"max"`` (credit.max) or
    ``"refund"`` (the refund ``value`` and its bonus).
    """

    allowed: Money
    bound: str
    value: Money | None = None


def ask_cap(
    remedy: Remedy,
    settings: CostSettings,
    kind: CaseKind,
    currency: str,
    affected: Money | None,
    shipping_paid: Money | None = None,
) -> AskCap | None:
    """The cap for ``remedy`` on a case whose affected items cost ``affected`` (``None``: no order known, so only
    ``credit.max`` bounds it). ``None`` for remedies that give no credit."""
    if remedy not in (Remedy.KEEP_AND_CREDIT, Remedy.GOODWILL_EXTRA, Remedy.CREDIT_INSTEAD_OF_REFUND):
        return None
    f = costs.Figures.of(settings, kind, affected if affected is not None else Money.zero(currency))
    top = Money(int(f.credit_max), currency)
    if remedy is Remedy.KEEP_AND_CREDIT and f.value > 0:
        share = int((f.value * f.cap_share).to_integral_value(rounding=ROUND_FLOOR))
        return AskCap(Money(min(share, top.minor), currency), "keep", affected)
    if remedy is Remedy.CREDIT_INSTEAD_OF_REFUND and f.value > 0:
        base = f.value + Decimal(shipping_paid.minor if shipping_paid is not None else 0)
        total = base + costs.refund_bonus(f, base)
        return AskCap(
            Money(int(total.to_integral_value(rounding=ROUND_FLOOR)), currency),
            "refund",
            Money(int(base), currency),
        )
    return AskCap(top, "max")
