"""The credit ledger's floor: the shop's day by the services' clock, the locks, balances and voucher look-ups
every credit module (and approvals, campaigns, exports, imports) uses inside its transaction.

Every change is a new ``credit_entries`` row planned by :mod:`app.domain.ledger`; nothing is updated or deleted
(the tables refuse it). Before planning, a call locks what the plan reads, in one order everywhere so two
workstations never deadlock: the order number (PostgreSQL advisory lock, :func:`lock_order`), then the grant
rows (``SELECT … FOR UPDATE``), then the audit chain's end (last). On SQLite the write transaction is
``BEGIN IMMEDIATE``, which already serialises writers. Balances are always summed from the entries; there is
no cached balance to drift.

This module imports no other credit module: they all stand on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TypeVarTuple

from sqlalchemy import Date, Integer, Select, String, bindparam, column, func, insert, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement, Subquery

from app.domain import ledger, vouchers
from app.domain.enums import EntryKind, GrantReason
from app.domain.money import Money
from app.domain.ranges import check_day, id_in
from app.domain.settings_registry import ShopSettings
from app.errors import NotFound, ValidationError
from app.store.models import CreditEntry, CreditGrant, Customer, User, VoucherExport

Ts = TypeVarTuple("Ts")

#: Advisory lock class for an order number's credit on PostgreSQL ("RIMO").
ORDER_LOCK_CLASS = 0x52494D4F
_IDS_PER_QUERY = 5_000  # well under SQLite's limit of bound parameters


def today(settings: ShopSettings, now: datetime) -> date:
    """The shop's local date at ``now``: credit expires at the end of the day in the shop's time zone."""
    return now.astimezone(settings["shop.timezone"]).date()


def day_start(settings: ShopSettings, now: datetime) -> datetime:
    """Midnight of the shop's local day at ``now``, as an aware datetime (for "issued today")."""
    local = now.astimezone(settings["shop.timezone"])
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


# --- what callers get back ------------------------------------------------------------------------------


@dataclass(frozen=True)
class GrantInfo:
    id: int
    code: str  # as shown and read aloud: RIM-7K3Q-9XTM-C
    customer_id: int
    amount: Money
    balance: Money
    reason: GrantReason
    reason_ref: str | None
    case_id: int | None
    expires_on: date | None
    expired: bool
    cap_share: Decimal | None
    note: str
    created_at: datetime
    created_by: str | None


@dataclass(frozen=True)
class EntryInfo:
    id: int
    grant_id: int
    code: str
    kind: EntryKind
    amount: Money
    at: datetime
    by: str | None
    order_number: str | None
    note: str


# --- shared helpers (used by the credit modules, approvals and campaigns inside their transactions) ------


def display_code(code: str) -> str:
    return vouchers.format_code(code)


def parse_share(text_value: str | Decimal | None) -> Decimal | None:
    """``"0.5"``, ``"50%"`` or ``"50 %"`` → ``Decimal("0.5")``; ``None`` stays ``None``."""
    if text_value is None or text_value == "":
        return None
    if isinstance(text_value, Decimal):
        return ledger.check_share(text_value)
    raw = str(text_value).strip().replace(",", ".")
    try:
        value = Decimal(raw.rstrip("%").strip()) / (100 if raw.endswith("%") else 1)
    except InvalidOperation:
        raise ValidationError(
            "Not a share of an order: {text} (write 0.30 or 30%).", text=text_value
        ) from None
    return ledger.check_share(value)


def parse_day(text_value: str | date | None, what: str = "date") -> date | None:
    if text_value is None or text_value == "":
        return None
    if isinstance(text_value, date):
        return check_day(text_value, what)
    try:
        day = date.fromisoformat(str(text_value).strip())
    except ValueError:
        raise ValidationError(
            "{what}: {value} is not a date (YYYY-MM-DD).", what=what, value=text_value
        ) from None
    return check_day(day, what)


def find_customer(s: Session, key: str | int) -> Customer:
    """A customer by e-mail (case ignored) or id."""
    text_key = str(key).strip()
    if id_in(text_key) is not None:
        customer = s.get(Customer, id_in(text_key))
        if customer is not None:
            return customer
    found = list(s.scalars(select(Customer).where(func.lower(Customer.email) == text_key.lower()).limit(2)))
    if not found:
        raise NotFound("There is no customer {key}.", key=text_key)
    if len(found) > 1:
        raise ValidationError("Several customers share the e-mail {key}; use their id.", key=text_key)
    return found[0]


def lock_order(s: Session, number: str) -> None:
    """Hold an order number's credit (PostgreSQL advisory lock) until the transaction ends."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(
            text("SELECT pg_advisory_xact_lock(:c, hashtext(:n))"), {"c": ORDER_LOCK_CLASS, "n": number}
        )


def grant_by_code(s: Session, code: str, lock: bool = True) -> CreditGrant:
    """The grant of a voucher code typed any way (a mistyped one is refused saying what is wrong); locked on
    PostgreSQL unless ``lock`` is false. An unknown code is :class:`~app.errors.NotFound`."""
    canonical = vouchers.parse(code)
    stmt = select(CreditGrant).where(CreditGrant.code == canonical)
    grant = s.scalar(_locked(s, stmt, lock))
    if grant is None:  # a coupon the shop was given for what is left on a grant (see app.services.exports)
        grant_id = s.scalar(select(VoucherExport.grant_id).where(VoucherExport.code == canonical))
        if grant_id is not None:
            grant = s.scalar(_locked(s, select(CreditGrant).where(CreditGrant.id == grant_id), lock))
    if grant is None:
        raise NotFound("There is no voucher {code}.", code=display_code(canonical))
    return grant


def own_code(s: Session, canonical: str) -> str:
    """The grant's own code for a coupon the shop was given for what was left on it (a single-use coupon's
    remainder, see :mod:`app.services.exports`); any other code as it is."""
    grant_code = s.scalar(
        select(CreditGrant.code)
        .join(VoucherExport, VoucherExport.grant_id == CreditGrant.id)
        .where(VoucherExport.code == canonical)
    )
    return grant_code or canonical


def _locked(s: Session, stmt: Select[*Ts], lock: bool) -> Select[*Ts]:
    return (
        stmt.with_for_update(key_share=True) if lock and s.get_bind().dialect.name == "postgresql" else stmt
    )


def domain_grant(g: CreditGrant) -> ledger.Grant:
    return ledger.Grant(
        id=g.id,
        customer_key=str(g.customer_id),
        amount=Money(g.amount_minor, g.currency),
        code=g.code,
        reason=GrantReason(g.reason),
        reason_ref=g.reason_ref,
        expires_on=g.expires_on,
        cap_share=g.cap_share,
    )


def grant_balance(s: Session, grant: CreditGrant, as_of: date) -> ledger.GrantBalance:
    """One grant's balance (the sum of its entries) on ``as_of``."""
    total = s.execute(
        select(func.coalesce(func.sum(CreditEntry.amount_minor), 0)).where(CreditEntry.grant_id == grant.id)
    ).scalar_one()
    return ledger.GrantBalance(domain_grant(grant), Money(int(total), grant.currency), as_of)


def grant_balances(s: Session, grants: Sequence[CreditGrant], as_of: date) -> dict[int, ledger.GrantBalance]:
    """Each grant's balance (the sum of its entries, summed in SQL) and whether it can still be spent on
    ``as_of`` (:attr:`~app.domain.ledger.GrantBalance.spendable`), read inside the caller's transaction."""
    ids = [g.id for g in grants]
    sums: dict[int, int] = {}
    for i in range(0, len(ids), _IDS_PER_QUERY):
        sums.update(
            (gid, int(total or 0))
            for gid, total in s.execute(
                select(CreditEntry.grant_id, func.sum(CreditEntry.amount_minor))
                .where(CreditEntry.grant_id.in_(ids[i : i + _IDS_PER_QUERY]))
                .group_by(CreditEntry.grant_id)
            )
        )
    return balances_of(grants, sums, as_of)


def balances_of(
    grants: Sequence[CreditGrant], sums: dict[int, int], as_of: date
) -> dict[int, ledger.GrantBalance]:
    """:func:`grant_balances` from the sums of the grants' entries (a grant without entries: zero), read by a
    caller's own statement."""
    return {
        g.id: ledger.GrantBalance(domain_grant(g), Money(sums.get(g.id, 0), g.currency), as_of)
        for g in grants
    }


def balance_per_grant() -> Subquery:
    """``(grant_id, balance)`` of every grant with entries, for queries that list vouchers with what is left."""
    return (
        select(CreditEntry.grant_id, func.sum(CreditEntry.amount_minor).label("balance"))
        .group_by(CreditEntry.grant_id)
        .subquery()
    )


def live(balance: ColumnElement[int], as_of: date) -> ColumnElement[bool]:
    """SQL for a grant that can still be spent on ``as_of``: credit left and not expired (the SQL form of
    :attr:`~app.domain.ledger.GrantBalance.spendable` being more than zero)."""
    return (balance > 0) & (CreditGrant.expires_on.is_(None) | (CreditGrant.expires_on >= as_of))


def add_entries(
    s: Session,
    entries: tuple[ledger.Entry, ...] | list[ledger.Entry],
    by_id: int,
    order_total: Money | None = None,
) -> None:
    """Append planned entries (one Core INSERT: redemptions are on the agent's hot path)."""
    if not entries:
        return
    s.execute(
        insert(CreditEntry),
        [
            {
                "grant_id": e.grant_id,
                "kind": e.kind.value,
                "amount_minor": e.amount.minor,
                "currency": e.amount.currency,
                "at": e.at,
                "by_id": by_id,
                "order_number": e.order_number,
                "order_total_minor": order_total.minor if order_total is not None else None,
                "note": e.note,
            }
            for e in entries
        ],
    )


_SPENDABLE = text(
    "SELECT currency, SUM(bal) AS total FROM ("
    " SELECT g.currency AS currency, SUM(e.amount_minor) AS bal"
    " FROM credit_grants g JOIN credit_entries e ON e.grant_id = g.id"
    " WHERE g.customer_id = :customer AND (g.expires_on IS NULL OR g.expires_on >= :as_of)"
    " GROUP BY g.id, g.currency) AS per_grant "
    "WHERE bal > 0 GROUP BY currency"
).bindparams(bindparam("customer", type_=Integer), bindparam("as_of", type_=Date))
_SPENDABLE_ROWS = _SPENDABLE.columns(column("currency", String), column("total"))


def spendable(s: Session, customer_id: int, as_of: date) -> dict[str, Money]:
    """What a customer can spend, per currency: live grants' positive balances, summed in SQL (one fixed
    statement, so screens can show it beside every customer without a query being built each time)."""
    rows = s.execute(_SPENDABLE, {"customer": customer_id, "as_of": as_of})
    return spendable_of(rows)


def spendable_of(rows: Iterable[tuple[str, int | Decimal]]) -> dict[str, Money]:
    """:func:`spendable` from its rows (``currency``, ``total``), read by a caller's own statement."""
    return {cur: Money(int(total), cur) for cur, total in rows}


def spendable_subquery() -> Subquery:
    """:func:`spendable`'s statement as a subquery (``currency``, ``total``; parameters ``customer`` and
    ``as_of``), for a caller that reads it with other figures in one statement."""
    return _SPENDABLE_ROWS.subquery("spendable")


def make_grant_info(g: CreditGrant, balance_minor: int, as_of: date, by: str | None) -> GrantInfo:
    return GrantInfo(
        id=g.id,
        code=display_code(g.code),
        customer_id=g.customer_id,
        amount=Money(g.amount_minor, g.currency),
        balance=Money(balance_minor, g.currency),
        reason=GrantReason(g.reason),
        reason_ref=g.reason_ref,
        case_id=g.case_id,
        expires_on=g.expires_on,
        expired=bool(g.expires_on and as_of > g.expires_on),
        cap_share=g.cap_share,
        note=g.note,
        created_at=g.created_at,
        created_by=by,
    )


def grant_info(s: Session, grant: CreditGrant, as_of: date) -> GrantInfo:
    """The grant as callers see it, its balance and expiry as of the shop's day ``as_of``."""
    by = (
        s.scalar(select(User.username).where(User.id == grant.created_by_id)) if grant.created_by_id else None
    )
    return make_grant_info(grant, grant_balance(s, grant, as_of).balance.minor, as_of, by)
