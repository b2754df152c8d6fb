"""The expected cost to the shop of each remedy, line by line, in exact decimal minor units.

Formulas (V = price paid for the affected lines, G = cost of goods share, R = resale share for the case kind,
s = share of credit spent; every amount from :class:`CostSettings` in the case currency):

* credit of amount A costs ``A × s × G`` (only spent credit costs, and only what the goods cost);
* a return is asked for only when the returned goods are worth more than the label: ``V × G × R > return label``;
* ``replacement``: second parcel + handling + goods ``V × G`` (``V × G × (1 − R)`` net when the item comes back)
  + return label when there is a return;
* ``refund`` of F: ``F`` + return label − goods back in stock ``V × G × R`` (with a return);
* ``credit_instead_of_refund`` of B: ``B × s × G`` + return label − goods back in stock (never below zero);
* ``reship_missing``: parcel + handling + ``V × G``; ``shipping_upgrade``: parcel × share used; ``goodwill_extra``:
  the gift's cost.

This module must never decide which remedies are offered, rank them, round to anything but the minor unit at
the very end, or use floats.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from app.domain.enums import CaseKind, Remedy
from app.domain.money import Money, currency_exponent
from app.domain.remedies.settings import CostSettings

# Breakdown labels: English message ids, translated when shown.
L_CREDIT = "credit spent, at cost of goods"
L_RETURN = "return label"
L_PARCEL = "second parcel"
L_HANDLING = "handling"
L_GOODS = "goods"
L_REFUND = "money refunded"
L_RESTOCK = "returned goods back in stock"
L_UPGRADE = "free shipping, if used"
L_GIFT = "small gift"

_ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class Figures:
    """The settings in minor units of one currency, for one case (``value`` = V)."""

    value: Decimal
    ship: Decimal
    ret: Decimal
    handling: Decimal
    goods: Decimal
    resale: Decimal
    spent: Decimal
    credit_min: Decimal
    credit_max: Decimal
    cap_share: Decimal
    step: Decimal
    upgrade_used: Decimal
    gift: Decimal
    bonus_mode: str
    bonus_share: Decimal
    bonus_flat: Decimal

    @classmethod
    def of(cls, settings: CostSettings, kind: CaseKind, value: Money) -> Figures:
        scale = Decimal(10) ** currency_exponent(value.currency)

        def minor(amount: Decimal) -> Decimal:
            return (amount * scale).quantize(_ONE, rounding=ROUND_HALF_UP)

        return cls(
            value=Decimal(value.minor),
            ship=minor(settings.outbound_shipping),
            ret=minor(settings.return_label),
            handling=minor(settings.handling),
            goods=settings.goods_share,
            resale=settings.resale_share.get(kind, Decimal(0)),
            spent=settings.credit_spent_share,
            credit_min=minor(settings.credit_min),
            credit_max=minor(settings.credit_max),
            cap_share=settings.credit_cap_share,
            step=minor(settings.credit_rounding),
            upgrade_used=settings.upgrade_used_share,
            gift=minor(settings.goodwill_cost),
            bonus_mode=settings.bonus_mode,
            bonus_share=settings.bonus_share,
            bonus_flat=minor(settings.bonus_flat),
        )

    @property
    def return_worth(self) -> Decimal:
        """What the returned goods are worth to the shop: ``V × G × R``."""
        return self.value * self.goods * self.resale

    @property
    def return_pays(self) -> bool:
        """Ask for the item back only when it is worth more than the label."""
        return self.return_worth > self.ret


@dataclass(frozen=True, slots=True)
class Costed:
    """One remedy with its amount (minor units, whole) and its exact cost lines."""

    remedy: Remedy
    amount: Decimal | None
    lines: tuple[tuple[str, Decimal], ...]
    requires_return: bool

    @property
    def cost(self) -> Decimal:
        return sum((amount for _label, amount in self.lines), Decimal(0))

    def money_lines(self, currency: str) -> tuple[tuple[str, Money], ...]:
        """Lines rounded half up to the minor unit; a recovery line never takes the total below zero."""
        positive = [(label, _round(v)) for label, v in self.lines if v >= 0]
        total = sum(v for _label, v in positive)
        result = []
        for label, v in self.lines:
            if v >= 0:
                result.append((label, Money(_round(v), currency)))
            else:
                back = min(_round(-v), total)
                total -= back
                result.append((label, Money(-back, currency)))
        return tuple(result)


def _round(value: Decimal) -> int:
    return int(value.quantize(_ONE, rounding=ROUND_HALF_UP))


def suggested_credit(f: Figures, share: Decimal, factor: Decimal = _ONE) -> Decimal | None:
    """``V × share × factor`` rounded to the step, within credit.min … min(credit.max, V × cap); ``None`` if the
    range is empty (the item is too cheap for a credit offer)."""
    upper = min(f.credit_max, f.value * f.cap_share)
    raw = f.value * share * factor
    if f.step > 0:
        amount = (raw / f.step).quantize(_ONE, rounding=ROUND_HALF_UP) * f.step
        if amount > upper:
            amount = (upper / f.step).quantize(_ONE, rounding=ROUND_FLOOR) * f.step
    else:
        amount = raw.quantize(_ONE, rounding=ROUND_HALF_UP)
        if amount > upper:
            amount = upper.quantize(_ONE, rounding=ROUND_FLOOR)
    amount = max(amount, f.credit_min)
    if amount > upper or amount <= 0:
        return None
    return amount


def credit_cost(f: Figures, amount: Decimal) -> Decimal:
    return amount * f.spent * f.goods


def keep_and_credit(f: Figures, amount: Decimal) -> Costed:
    return Costed(Remedy.KEEP_AND_CREDIT, amount, ((L_CREDIT, credit_cost(f, amount)),), False)


def replacement(f: Figures) -> Costed:
    goods = f.value * f.goods
    if f.return_pays:
        lines = (
            (L_RETURN, f.ret),
            (L_PARCEL, f.ship),
            (L_HANDLING, f.handling),
            (L_GOODS, goods - f.return_worth),
        )
        return Costed(Remedy.REPLACEMENT, None, lines, True)
    return Costed(
        Remedy.REPLACEMENT, None, ((L_PARCEL, f.ship), (L_HANDLING, f.handling), (L_GOODS, goods)), False
    )


def reship_missing(f: Figures) -> Costed:
    lines = ((L_PARCEL, f.ship), (L_HANDLING, f.handling), (L_GOODS, f.value * f.goods))
    return Costed(Remedy.RESHIP_MISSING, None, lines, False)


def refund(f: Figures, amount: Decimal) -> Costed:
    if f.return_pays:
        lines = ((L_REFUND, amount), (L_RETURN, f.ret), (L_RESTOCK, -f.return_worth))
        return Costed(Remedy.REFUND, amount, lines, True)
    return Costed(Remedy.REFUND, amount, ((L_REFUND, amount),), False)


def refund_bonus(f: Figures, refund_amount: Decimal) -> Decimal:
    """The bonus on credit instead of a refund: flat, or a share of the refund rounded to the credit step."""
    if f.bonus_mode == "flat":
        return f.bonus_flat
    raw = refund_amount * f.bonus_share
    if f.step > 0:
        return (raw / f.step).quantize(_ONE, rounding=ROUND_HALF_UP) * f.step
    return raw.quantize(_ONE, rounding=ROUND_HALF_UP)


def credit_instead_of_refund(f: Figures, refund_amount: Decimal) -> Costed:
    amount = refund_amount + refund_bonus(f, refund_amount)
    spent = credit_cost(f, amount)
    if f.return_pays:
        back = min(f.return_worth, spent + f.ret)
        lines = ((L_CREDIT, spent), (L_RETURN, f.ret), (L_RESTOCK, -back))
        return Costed(Remedy.CREDIT_INSTEAD_OF_REFUND, amount, lines, True)
    return Costed(Remedy.CREDIT_INSTEAD_OF_REFUND, amount, ((L_CREDIT, spent),), False)


def shipping_upgrade(f: Figures) -> Costed:
    return Costed(Remedy.SHIPPING_UPGRADE, None, ((L_UPGRADE, f.ship * f.upgrade_used),), False)


def goodwill_extra(f: Figures) -> Costed:
    return Costed(Remedy.GOODWILL_EXTRA, None, ((L_GIFT, f.gift),), False)
