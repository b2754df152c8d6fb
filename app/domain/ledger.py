"""The store-credit ledger's rules: grants, entries, balances, and plans that turn a request into new entries.

Credit is money the shop owes, so it is never an editable number. A :class:`Grant` says what was given (amount,
currency, reason, expiry, voucher code, the share of an order it may pay); every change to what is owed is an
:class:`Entry` (``issue``, ``redeem``, ``expire``, ``cancel``, ``restore``, ``adjust``) with a signed amount, who
made it and when. A grant's balance is the sum of its entries; nothing is updated or deleted.

Each ``plan_*`` function takes the current grants and balances and returns the entries to append (or a refusal
as :class:`~app.errors.ValidationError`). The service calls it inside one transaction, after **locking what the
plan reads** so that two workstations cannot both spend the same euro:

* the grants it passes in (PostgreSQL: ``SELECT … FOR UPDATE`` on those grant rows; SQLite: ``BEGIN IMMEDIATE``);
* for a redemption or a restore, also the order number's credit (a lock on a row or advisory key for that
  order number), because the cap counts what *every* grant has already applied to that order;

then reads the entries, plans, appends the planned entries and commits. The plans themselves are pure.

This module must never do I/O, read the clock or change an entry it was given: ``as_of`` (the shop's local date)
and ``at`` (the entry time) always come from the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum
from typing import NoReturn

from babel.dates import format_date

from app.domain.enums import EntryKind, GrantReason  # re-exported: they used to live here
from app.domain.money import Money
from app.errors import ValidationError
from app.i18n import current_language

GrantId = int

#: The share of an order total credit may pay when the shop has not set one.
DEFAULT_SHOP_CAP_SHARE = Decimal("0.30")


_SIGN = {
    EntryKind.ISSUE: 1,
    EntryKind.REDEEM: -1,
    EntryKind.EXPIRE: -1,
    EntryKind.CANCEL: -1,
    EntryKind.RESTORE: 1,
    EntryKind.ADJUST: 0,
}


def check_share(share: Decimal) -> Decimal:
    """A share of an order between 0 and 1 as a Decimal (never a float)."""
    if not isinstance(share, Decimal) or not share.is_finite() or not Decimal(0) <= share <= Decimal(1):
        raise ValidationError("The share of an order credit may pay must be between 0 % and 100 %.")
    return share


@dataclass(frozen=True, slots=True)
class Grant:
    """Credit given to one customer. ``cap_share`` overrides the shop's share of an order it may pay."""

    id: GrantId
    customer_key: str
    amount: Money
    code: str
    reason: GrantReason
    reason_ref: str | None = None
    expires_on: date | None = None
    cap_share: Decimal | None = None

    def __post_init__(self) -> None:
        if self.amount.minor <= 0:
            raise ValidationError("The credit must be more than zero.")
        if self.cap_share is not None:
            check_share(self.cap_share)
        object.__setattr__(self, "reason", GrantReason(self.reason))

    @property
    def currency(self) -> str:
        return self.amount.currency

    def expired(self, as_of: date) -> bool:
        """The grant can be spent up to and including ``expires_on``."""
        return self.expires_on is not None and as_of > self.expires_on

    def cap(self, shop_cap_share: Decimal) -> Decimal:
        return self.cap_share if self.cap_share is not None else shop_cap_share


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the ledger. ``amount`` is signed (see :class:`EntryKind`); ``redeem`` and ``restore`` name
    the order. Built by the ``plan_*`` functions; a wrong sign or a missing order is a bug (``ValueError``)."""

    kind: EntryKind
    grant_id: GrantId
    amount: Money
    at: datetime
    by: str
    order_number: str | None = None
    note: str = ""

    def __post_init__(self) -> None:
        kind = EntryKind(self.kind)
        object.__setattr__(self, "kind", kind)
        sign = _SIGN[kind]
        if self.amount.minor == 0 or (sign and (self.amount.minor > 0) != (sign > 0)):
            raise ValueError(f"{kind} entry with amount {self.amount}")
        if kind in (EntryKind.REDEEM, EntryKind.RESTORE) and not self.order_number:
            raise ValueError(f"{kind} entry without an order number")
        if not self.by:
            raise ValueError(f"{kind} entry without who made it")


@dataclass(frozen=True, slots=True)
class GrantBalance:
    """What is left on a grant (the sum of its entries) and whether it can still be spent on ``as_of``."""

    grant: Grant
    balance: Money
    as_of: date

    @property
    def expired(self) -> bool:
        return self.grant.expired(self.as_of)

    @property
    def spendable(self) -> Money:
        if self.expired or self.balance.minor <= 0:
            return Money.zero(self.balance.currency)
        return self.balance


def grant_balances(
    grants: Iterable[Grant], entries: Iterable[Entry], as_of: date, upto: datetime | None = None
) -> dict[GrantId, GrantBalance]:
    """Each grant's balance from its entries, in the order the grants were given.

    ``upto`` (for reports such as the liability at month end) counts only entries made at or before it; the
    live balance leaves it out, so that no time-zone slip can hide a redemption. An entry for a grant not in
    ``grants`` or in another currency is a bug in the caller's query (``ValueError``).
    """
    by_id = {g.id: g for g in grants}
    sums = {g.id: 0 for g in by_id.values()}
    for e in entries:
        grant = by_id.get(e.grant_id)
        if grant is None:
            raise ValueError(f"entry for grant {e.grant_id}, which was not given")
        if e.amount.currency != grant.currency:
            raise ValueError(f"entry in {e.amount.currency} for grant {grant.id} in {grant.currency}")
        if upto is None or e.at <= upto:
            sums[e.grant_id] += e.amount.minor
    return {gid: GrantBalance(g, Money(sums[gid], g.currency), as_of) for gid, g in by_id.items()}


def customer_balances(balances: Iterable[GrantBalance]) -> dict[str, Money]:
    """What the customer can spend, per currency (currencies are never added together)."""
    totals: dict[str, Money] = {}
    for b in balances:
        cur = b.grant.currency
        totals[cur] = totals.get(cur, Money.zero(cur)) + b.spendable
    return totals


def customer_balance(balances: Iterable[GrantBalance], currency: str) -> Money:
    """What the customer can spend in ``currency``: the sum of their live, unexpired grants."""
    return customer_balances(balances).get(currency, Money.zero(currency))


def applied_to_order(entries: Iterable[Entry], order_number: str, currency: str) -> Money:
    """Credit already on an order, from every grant: its redemptions less its restores."""
    total = Money.zero(currency)
    for e in entries:
        if e.order_number == order_number and e.kind in (EntryKind.REDEEM, EntryKind.RESTORE):
            if e.amount.currency != currency:
                raise ValueError(f"order {order_number} has credit in {e.amount.currency}, not {currency}")
            total = total - e.amount
    return total


def share_of(total: Money, share: Decimal) -> Money:
    """``share`` of ``total``, rounded *down* so a cap is never exceeded by a rounding cent."""
    return Money(int((Decimal(total.minor) * share).to_integral_value(rounding=ROUND_FLOOR)), total.currency)


def order_cap(order_total: Money, cap_shares: Iterable[Decimal | None], shop_cap_share: Decimal) -> Money:
    """The most credit an order may carry: the largest cap share among the grants that paid it (a grant without
    its own share has the shop's), of ``order_total``, rounded down — the bound :func:`plan_redemption` keeps."""
    shares = [check_share(s) if s is not None else check_share(shop_cap_share) for s in cap_shares]
    return share_of(order_total, max(shares, default=check_share(shop_cap_share)))


def expiry_order(grant: Grant) -> tuple[bool, date, GrantId]:
    """Sort key: grants that expire first are spent first; grants without expiry last; then oldest first."""
    return (grant.expires_on is None, grant.expires_on or date.max, grant.id)


class Refusal(StrEnum):
    """Why a redemption was refused, for callers that report it rather than show it (the shop's order import)."""

    CURRENCY = "currency"  # the credit is in another currency than the order
    EXPIRED = "expired"  # the credit expired before the day it is spent on
    SPENT = "spent"  # nothing left
    CAP = "cap"  # the order already has all the credit it may take


class RedemptionRefusedError(ValidationError):
    """A redemption the ledger refuses, with ``why`` (a :class:`Refusal`) and, when expired, ``expired_on``."""

    def __init__(self, msgid: str, *, why: Refusal, expired_on: date | None = None, **params: object) -> None:
        super().__init__(msgid, **params)
        self.why = why
        self.expired_on = expired_on


class Limit(StrEnum):
    """What stopped a redemption from paying more."""

    REQUESTED = "requested"  # it paid what was asked
    BALANCE = "balance"  # the credit is used up
    CAP = "cap"  # the order may not be paid further with credit


@dataclass(frozen=True, slots=True)
class RedemptionPlan:
    """What a redemption will take from which grant, and what is left afterwards.

    ``remaining`` is the spendable credit left on the grants that were considered (the voucher's balance when
    one grant was given); ``cap_left`` is how much more credit the order could still take under the most
    generous cap among those grants.
    """

    order_number: str
    applied: tuple[tuple[GrantId, Money], ...]
    total_applied: Money
    remaining: Money
    cap_left: Money
    limited_by: Limit

    def entries(self, at: datetime, by: str) -> tuple[Entry, ...]:
        """The ``redeem`` entries to append."""
        return tuple(
            Entry(EntryKind.REDEEM, gid, -amount, at, by, self.order_number) for gid, amount in self.applied
        )


def plan_redemption(
    balances: Iterable[GrantBalance],
    *,
    order_number: str,
    order_total: Money,
    already_applied_to_order: Money,
    shop_cap_share: Decimal,
    as_of: date,
    requested: Money | None = None,
) -> RedemptionPlan:
    """Spend credit on an order: earliest expiry first, partially if need be, within the cap.

    The cap: credit on an order, counting ``already_applied_to_order`` (everything any grant has put on that
    order number, see :func:`applied_to_order`), never goes above the cap share of ``order_total`` of the grant
    being drawn — the grant's own ``cap_share`` when it has one, otherwise ``shop_cap_share`` — rounded down to
    the minor unit. So a 50 % campaign grant may take an order to 50 % where a plain grant stops at 30 %, and two
    grants never add up to more than the larger of their caps.

    Expired grants and grants in another currency are never used; when nothing can be applied the refusal says
    why (expired, other currency, nothing left, the order's cap already reached). Pass one grant to redeem a
    voucher code, or all of a customer's grants to spend their balance.
    """
    order_number = (order_number or "").strip()
    if not order_number:
        raise ValidationError("Give the number of the order the credit is spent on.")
    check_share(shop_cap_share)
    currency = order_total.currency
    if order_total.minor <= 0:
        raise ValidationError("The order total must be more than zero.")
    _same_currency(already_applied_to_order, currency)
    if requested is not None:
        _same_currency(requested, currency)
        if requested.minor <= 0:
            raise ValidationError("The credit to use must be more than zero.")

    given = list(balances)
    usable = sorted(
        (
            b
            for b in given
            if b.grant.currency == currency and not b.grant.expired(as_of) and b.balance.minor > 0
        ),
        key=lambda b: expiry_order(b.grant),
    )
    if not usable:
        _refuse_nothing_usable(given, currency, as_of)

    applied: list[tuple[GrantId, Money]] = []
    on_order = already_applied_to_order
    wanted = requested.minor if requested is not None else None
    for b in usable:
        room = share_of(order_total, b.grant.cap(shop_cap_share)) - on_order
        take = min(b.balance.minor, room.minor, wanted if wanted is not None else b.balance.minor)
        if take <= 0:
            continue
        applied.append((b.grant.id, Money(take, currency)))
        on_order = on_order + Money(take, currency)
        if wanted is not None:
            wanted -= take
            if wanted == 0:
                break

    order_cap = max(share_of(order_total, b.grant.cap(shop_cap_share)).minor for b in usable)
    if not applied:
        raise RedemptionRefusedError(
            "Order {order} already has all the credit it may use: {applied} of at most {cap}.",
            why=Refusal.CAP,
            order=order_number,
            applied=already_applied_to_order.format(current_language()),
            cap=Money(order_cap, currency).format(current_language()),
        )
    total = on_order - already_applied_to_order
    remaining = Money(sum(b.balance.minor for b in usable) - total.minor, currency)
    if requested is not None and total == requested:
        limit = Limit.REQUESTED
    elif remaining.minor == 0:
        limit = Limit.BALANCE
    else:
        limit = Limit.CAP
    return RedemptionPlan(
        order_number=order_number,
        applied=tuple(applied),
        total_applied=total,
        remaining=remaining,
        cap_left=Money(max(0, order_cap - on_order.minor), currency),
        limited_by=limit,
    )


def _same_currency(amount: Money, currency: str) -> None:
    if amount.currency != currency:
        raise ValidationError("Amounts in {a} and {b} cannot be combined.", a=amount.currency, b=currency)


def _refuse_nothing_usable(given: list[GrantBalance], currency: str, as_of: date) -> NoReturn:
    with_credit = [b for b in given if b.balance.minor > 0]
    other = [b for b in with_credit if b.grant.currency != currency and not b.grant.expired(as_of)]
    if other:
        raise RedemptionRefusedError(
            "The credit is in {credit_currency} and the order in {order_currency}; currencies cannot be mixed.",
            why=Refusal.CURRENCY,
            credit_currency=other[0].grant.currency,
            order_currency=currency,
        )
    expired = [b.grant.expires_on for b in with_credit if b.grant.expired(as_of) and b.grant.expires_on]
    if expired:
        raise RedemptionRefusedError(
            "The credit expired on {date}.",
            why=Refusal.EXPIRED,
            expired_on=max(expired),
            date=_show_date(max(expired)),
        )
    raise RedemptionRefusedError("There is no credit left to use.", why=Refusal.SPENT)


def plan_issue(grant: Grant, at: datetime, by: str, note: str = "") -> Entry:
    """The ``issue`` entry that gives a new grant its amount."""
    return Entry(EntryKind.ISSUE, grant.id, grant.amount, at, by, note=note)


def plan_expiry(balances: Iterable[GrantBalance], as_of: date, at: datetime, by: str) -> tuple[Entry, ...]:
    """``expire`` entries for what is left on every grant past its expiry on ``as_of``. Running it twice
    writes nothing the second time; a restore to an expired grant is expired again by the next run."""
    return tuple(
        Entry(EntryKind.EXPIRE, b.grant.id, -b.balance, at, by)
        for b in balances
        if b.grant.expired(as_of) and b.balance.minor > 0
    )


def plan_cancel(balance: GrantBalance, at: datetime, by: str, note: str) -> Entry:
    """A ``cancel`` entry withdrawing what is left on a grant, with the reason."""
    note = _reason(note)
    if balance.balance.minor <= 0:
        raise ValidationError("There is no credit left on this voucher to cancel.")
    return Entry(EntryKind.CANCEL, balance.grant.id, -balance.balance, at, by, note=note)


def plan_adjust(balance: GrantBalance, change: Money, at: datetime, by: str, note: str) -> Entry:
    """An ``adjust`` entry correcting a grant up or down; it may not take the balance below zero."""
    note = _reason(note)
    _same_currency(change, balance.grant.currency)
    if change.minor == 0:
        raise ValidationError("The correction must not be zero.")
    if (balance.balance + change).minor < 0:
        raise ValidationError(
            "Only {balance} is left on this voucher; it cannot be lowered by {change}.",
            balance=balance.balance.format(current_language()),
            change=(-change).format(current_language()),
        )
    return Entry(EntryKind.ADJUST, balance.grant.id, change, at, by, note=note)


def plan_restore(
    order_entries: Iterable[Entry], order_number: str, at: datetime, by: str, amount: Money | None = None
) -> tuple[Entry, ...]:
    """``restore`` entries giving back the credit an order used, to the grants it came from (so each keeps its
    own expiry; a grant already past it is expired again by :func:`plan_expiry`).

    ``order_entries`` are the order's ``redeem`` and earlier ``restore`` entries; what was already restored is
    not restored twice, so the plan is empty when there is nothing left to give back. ``amount`` restores only
    part (a partial refund), undoing the latest redemptions first (entries are read in the order they were
    made). Cancelled grants get their credit back too:
    it was the customer's when they spent it; the service may cancel it again.
    """
    net: dict[GrantId, int] = {}
    currency: str | None = None
    for e in order_entries:
        if e.order_number != order_number or e.kind not in (EntryKind.REDEEM, EntryKind.RESTORE):
            continue
        if currency is not None and e.amount.currency != currency:
            raise ValueError(f"order {order_number} has credit in {currency} and {e.amount.currency}")
        currency = e.amount.currency
        net[e.grant_id] = net.get(e.grant_id, 0) - e.amount.minor
    owed = [(gid, minor) for gid, minor in net.items() if minor > 0]
    if amount is None:
        return tuple(
            Entry(EntryKind.RESTORE, g, Money(m, currency or ""), at, by, order_number) for g, m in owed
        )
    currency = currency or amount.currency
    _same_currency(amount, currency)
    available = sum(m for _, m in owed)
    if amount.minor <= 0 or amount.minor > available:
        raise ValidationError(
            "Order {order} used {available} of credit; {amount} cannot be given back.",
            order=order_number,
            available=Money(available, currency).format(current_language()),
            amount=amount.format(current_language()),
        )
    left = amount.minor
    out: list[Entry] = []
    for gid, m in reversed(owed):
        take = min(m, left)
        out.append(Entry(EntryKind.RESTORE, gid, Money(take, currency), at, by, order_number))
        left -= take
        if left == 0:
            break
    return tuple(out)


def _show_date(day: date) -> str:
    lang = current_language()
    return format_date(day, "medium", locale={"it": "it_IT", "ro": "ro_RO"}.get(lang, "en_IE"))


def _reason(note: str) -> str:
    text = (note or "").strip()
    if not text:
        raise ValidationError("Say why: a reason is required.")
    return text


def spending_order(balances: Mapping[GrantId, GrantBalance] | Iterable[GrantBalance]) -> list[GrantBalance]:
    """Balances in the order a redemption spends them (earliest expiry first), for lists of a customer's credit."""
    values = balances.values() if isinstance(balances, Mapping) else balances
    return sorted(values, key=lambda b: expiry_order(b.grant))
