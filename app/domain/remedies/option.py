"""One proposed remedy as the engine returns it, and its JSON form for the CLI and the services.

An :class:`Option` is a finished, immutable answer: amounts as :class:`Money`, the explanation already in the
user's language. This module must never compute costs or rankings (the engine does) nor use floats.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from app.domain.enums import Remedy
from app.domain.money import Money
from app.i18n import translate


class Acceptance(StrEnum):
    """How likely the customer is to accept the option."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


LEVELS: tuple[Acceptance, ...] = (Acceptance.LOW, Acceptance.MEDIUM, Acceptance.HIGH)


@dataclass(frozen=True, slots=True)
class Option:
    """A remedy with its suggested amount, expected cost to the shop and why.

    ``amount`` is the credit or refund suggested (``None`` for a replacement, reship, upgrade or gift).
    ``breakdown`` lists ``(label msgid, Money)`` lines that add up to ``cost``; a negative line is a recovery
    (returned goods back in stock). ``rank_score`` is the expected cost after acceptance (lower ranks first,
    in minor units, exact). ``is_offer`` marks an option the customer may decline; ``legal_right`` one the
    customer is entitled to; ``needs_supervisor`` a credit that waits for a supervisor (flagged customer).
    """

    remedy: Remedy
    amount: Money | None
    cost: Money
    breakdown: tuple[tuple[str, Money], ...]
    acceptance: Acceptance
    requires_return: bool
    why: str
    is_offer: bool
    needs_supervisor: bool
    rank_score: Decimal
    legal_right: bool = False
    customer_asked: bool = False
    credit_expires_days: int | None = None
    lang: str = "en"

    @property
    def currency(self) -> str:
        return self.cost.currency

    def to_json(self) -> dict[str, Any]:
        """Plain data: amounts as decimal strings (``"12.50"``), enums as their values."""
        return {
            "remedy": self.remedy.value,
            "amount": self.amount.plain() if self.amount is not None else None,
            "currency": self.currency,
            "cost": self.cost.plain(),
            "acceptance": self.acceptance.value,
            "requires_return": self.requires_return,
            "why": self.why,
            "is_offer": self.is_offer,
            "legal_right": self.legal_right,
            "needs_supervisor": self.needs_supervisor,
            "customer_asked": self.customer_asked,
            "credit_expires_days": self.credit_expires_days,
            "rank_score": str(self.rank_score.quantize(Decimal("0.0001"))),
            "breakdown": [
                {"label": translate(label, self.lang), "key": label, "amount": money.plain()}
                for label, money in self.breakdown
            ],
        }
