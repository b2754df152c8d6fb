"""One line of explanation per proposed remedy, in the user's language.

E.g. *Keep the item + €12.00 credit: ≈ €4.30 to the shop, €14.30 less than a replacement (no return label €6.90,
no second parcel €6.90, no handling €3.00, goods kept). An offer: the customer may decline it and keep the right
to a replacement or a refund.* Estimates are shown to the nearest ten cents ("≈"); breakdown amounts exactly.
This module must never compute costs or decide anything: it only words what the engine decided.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from app.domain.enums import Remedy
from app.domain.money import Money, currency_exponent
from app.domain.remedies import costs
from app.i18n import translate


@dataclass(frozen=True, slots=True)
class Wording:
    """What the sentence needs besides the option itself."""

    delay: bool = False
    reference: Remedy | None = None
    reference_cost: Money | None = None
    reference_lines: tuple[tuple[str, Money], ...] = ()
    refund_amount: Money | None = None
    rights_kind: bool = False
    customer_asked: bool = False
    expires_days: int | None = None
    days_late: int = 0
    flagged: bool = False
    needs_supervisor: bool = False


_HEADS: dict[tuple[Remedy, bool], str] = {
    (Remedy.KEEP_AND_CREDIT, False): "Keep the item + {amount} credit: ≈ {cost} to the shop",
    (Remedy.REPLACEMENT, True): "Replacement once the item is back: ≈ {cost} to the shop",
    (
        Remedy.REPLACEMENT,
        False,
    ): "Replacement, the customer keeps the item (a return would cost more than it is worth): ≈ {cost} to the shop",
    (Remedy.REFUND, True): "Refund of {amount} once the item is back: ≈ {cost} to the shop",
    (Remedy.REFUND, False): "Refund of {amount}, no return needed: ≈ {cost} to the shop",
    (
        Remedy.CREDIT_INSTEAD_OF_REFUND,
        True,
    ): "Store credit of {amount} instead of a {refund} refund, once the item is back: ≈ {cost} to the shop",
    (
        Remedy.CREDIT_INSTEAD_OF_REFUND,
        False,
    ): "Store credit of {amount} instead of a {refund} refund, no return needed: ≈ {cost} to the shop",
    (Remedy.RESHIP_MISSING, False): "Ship the missing item: ≈ {cost} to the shop",
    (Remedy.SHIPPING_UPGRADE, False): "Free shipping on the next order: ≈ {cost} to the shop",
    (
        Remedy.GOODWILL_EXTRA,
        False,
    ): "A small gift in the next parcel, with a personal note: ≈ {cost} to the shop",
}
_APOLOGY = "Apology credit of {amount}: ≈ {cost} to the shop"
_LESS_THAN = {
    Remedy.REPLACEMENT: "{saving} less than a replacement",
    Remedy.REFUND: "{saving} less than a refund",
}
_SAVED = {
    costs.L_RETURN: "no return label {amount}",
    costs.L_PARCEL: "no second parcel {amount}",
    costs.L_HANDLING: "no handling {amount}",
    costs.L_GOODS: "goods kept",
    costs.L_REFUND: "no money paid out {amount}",
}


def days_text(n: int, lang: str) -> str:
    """``1 day``, ``5 days``; Romanian puts *de* before the noun from 20 on (``30 de zile``)."""
    if n == 1:
        return translate("1 day", lang)
    text = translate("{n} days", lang, n=n)
    if lang == "ro" and (n % 100 == 0 or n % 100 >= 20):
        text = text.replace(" zile", " de zile")
    return text


@lru_cache(maxsize=4096)
def money_text(money: Money, lang: str) -> str:
    return money.format(lang)


def estimate(money: Money) -> Money:
    """To the nearest ten cents (or whole unit for currencies without decimals), for "≈" figures."""
    exp = currency_exponent(money.currency)
    step = 10 if exp >= 1 else 1
    q = (Decimal(money.minor) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return Money(int(q) * step, money.currency)


def why(
    remedy: Remedy,
    amount: Money | None,
    cost: Money,
    lines: tuple[tuple[str, Money], ...],
    requires_return: bool,
    w: Wording,
    lang: str,
) -> str:
    """The sentence for one option."""
    if remedy is Remedy.KEEP_AND_CREDIT and w.delay:
        head = _APOLOGY
    else:
        head = _HEADS.get((remedy, requires_return)) or _HEADS[(remedy, False)]
    text = translate(
        head,
        lang,
        amount=money_text(amount, lang) if amount is not None else "",
        cost=money_text(estimate(cost), lang),
        refund=money_text(w.refund_amount, lang) if w.refund_amount is not None else "",
    )
    text += _comparison(remedy, cost, lines, w, lang) + "."
    notes = []
    if w.customer_asked:
        notes.append(translate("What the customer asked for.", lang))
    if remedy in (Remedy.KEEP_AND_CREDIT, Remedy.CREDIT_INSTEAD_OF_REFUND) and w.rights_kind:
        notes.append(
            translate(
                "An offer: the customer may decline it and keep the right to a replacement or a refund.", lang
            )
        )
    if w.expires_days is not None:
        days = days_text(w.expires_days, lang)
        notes.append(translate("Credit valid for {days}: a reason to come back soon.", lang, days=days))
    if w.days_late and remedy in (Remedy.KEEP_AND_CREDIT, Remedy.REFUND):
        days = days_text(w.days_late, lang)
        notes.append(translate("The promised date was missed by {days}.", lang, days=days))
    if w.needs_supervisor:
        notes.append(translate("Needs a supervisor: the customer is flagged for frequent claims.", lang))
    elif w.flagged:
        notes.append(translate("The customer is flagged for frequent claims.", lang))
    return " ".join([text, *notes])


def _comparison(
    remedy: Remedy, cost: Money, lines: tuple[tuple[str, Money], ...], w: Wording, lang: str
) -> str:
    if w.reference is None or w.reference is remedy or w.reference_cost is None:
        return ""
    saving = estimate(w.reference_cost) - estimate(cost)
    if saving.minor <= 0:
        return ""
    mine = {label for label, _money in lines}
    reasons = [
        translate(_SAVED[label], lang, amount=money_text(money, lang))
        for label, money in w.reference_lines
        if label in _SAVED and label not in mine and money.minor > 0
    ]
    part = ", " + translate(_LESS_THAN[w.reference], lang, saving=money_text(saving, lang))
    if reasons:
        part += " (" + ", ".join(reasons) + ")"
    return part
