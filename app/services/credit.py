"""Store credit kept as a ledger in the database: give, look up, spend, withdraw, correct, give back, expire, check.

Every change is a new ``credit_entries`` row planned by :mod:`app.domain.ledger`; nothing is updated or deleted
(the tables refuse it). Before planning, a call locks what the plan reads, in one order everywhere so two
workstations never deadlock: the order number (PostgreSQL advisory lock), then the grant rows
(``SELECT … FOR UPDATE``), then the audit chain's end (last). On SQLite the write transaction is
``BEGIN IMMEDIATE``, which already serialises writers. Balances are always summed from the entries; there is
no cached balance to drift.

This module never decides about approvals (see :mod:`app.services.approvals`); it only refuses what is above
the acting user's own limits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import Date, Integer, and_, bindparam, case, cast, func, insert, literal, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement, Subquery

from app.domain import ledger, vouchers
from app.domain.enums import EntryKind, GrantReason, Role
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.settings_registry import ShopSettings
from app.domain.text import clean_text
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.i18n import current_language
from app.services import audit
from app.services.context import Actor, ServiceContext
from app.services.orders import normalize_order_number
from app.services.settings import load_settings
from app.store.models import CreditEntry, CreditGrant, Customer, User
from app.store.types import utcnow

#: Advisory lock class for an order number's credit on PostgreSQL ("RIMO").
ORDER_LOCK_CLASS = 0x52494D4F
MAX_NOTE = 2_000
_IDS_PER_QUERY = 5_000  # well under SQLite's limit of bound parameters


def _now() -> datetime:
    """The clock of this module (tests move it to make time pass)."""
    return utcnow()


def today(settings: ShopSettings) -> date:
    """The shop's local date: credit expires at the end of the day in the shop's time zone."""
    return _now().astimezone(settings["shop.timezone"]).date()


def day_start(settings: ShopSettings) -> datetime:
    """Midnight of the shop's local day, as an aware datetime (for "issued today")."""
    local = _now().astimezone(settings["shop.timezone"])
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


@dataclass(frozen=True)
class CustomerCredit:
    customer_id: int
    name: str
    email: str | None
    balance: Money  # spendable, in the customer's main credit currency
    balances: dict[str, Money]
    grants: tuple[GrantInfo, ...]
    entries: tuple[EntryInfo, ...]


@dataclass(frozen=True)
class Redemption:
    code: str
    order_number: str
    applied: Money
    remaining_on_code: Money
    balance: Money
    cap_left: Money
    limited_by: str


@dataclass(frozen=True)
class ExpiryRun:
    as_of: date
    grants: int
    totals: dict[str, Money]


@dataclass(frozen=True)
class LedgerCheck:
    grants: int
    entries: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


# --- shared helpers (also used by approvals and campaigns inside their transactions) ----------------------


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
        raise ValidationError("Not a share of an order: {text} (write 0.30 or 30%).", text=text_value) from None
    return ledger.check_share(value)


def parse_day(text_value: str | date | None, what: str = "date") -> date | None:
    if text_value is None or text_value == "":
        return None
    if isinstance(text_value, date):
        return text_value
    try:
        return date.fromisoformat(str(text_value).strip())
    except ValueError:
        raise ValidationError("{what}: {value} is not a date (YYYY-MM-DD).", what=what, value=text_value) from None


def find_customer(s: Session, key: str | int) -> Customer:
    """A customer by e-mail (case ignored) or id."""
    text_key = str(key).strip()
    if text_key.isdigit():
        customer = s.get(Customer, int(text_key))
        if customer is not None:
            return customer
    found = list(s.scalars(select(Customer).where(func.lower(Customer.email) == text_key.lower()).limit(2)))
    if not found:
        raise NotFound("There is no customer {key}.", key=text_key)
    if len(found) > 1:
        raise ValidationError("Several customers share the e-mail {key}; use their id.", key=text_key)
    return found[0]


def _lock_order(s: Session, number: str) -> None:
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:c, hashtext(:n))"), {"c": ORDER_LOCK_CLASS, "n": number})


def _lock_user(s: Session, user_id: int) -> None:
    """Serialise one user's credit decisions (their daily total) on PostgreSQL."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(select(User.id).where(User.id == user_id).with_for_update())


def grant_by_code(s: Session, code: str, lock: bool = True) -> CreditGrant:
    """The grant of a voucher code typed any way (a mistyped one is refused saying what is wrong); locked on
    PostgreSQL unless ``lock`` is false. An unknown code is :class:`~app.errors.NotFound`."""
    canonical = vouchers.parse(code)
    stmt = select(CreditGrant).where(CreditGrant.code == canonical)
    if lock and s.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    grant = s.scalar(stmt)
    if grant is None:
        raise NotFound("There is no voucher {code}.", code=display_code(canonical))
    return grant


def _domain_grant(g: CreditGrant) -> ledger.Grant:
    return ledger.Grant(id=g.id, customer_key=str(g.customer_id), amount=Money(g.amount_minor, g.currency),
                        code=g.code, reason=GrantReason(g.reason), reason_ref=g.reason_ref,
                        expires_on=g.expires_on, cap_share=g.cap_share)


def _balance(s: Session, grant: CreditGrant, as_of: date) -> ledger.GrantBalance:
    total = s.scalar(select(func.coalesce(func.sum(CreditEntry.amount_minor), 0)).where(CreditEntry.grant_id == grant.id))
    return ledger.GrantBalance(_domain_grant(grant), Money(int(total), grant.currency), as_of)


def grant_balances(s: Session, grants: Sequence[CreditGrant], as_of: date) -> dict[int, ledger.GrantBalance]:
    """Each grant's balance (the sum of its entries, summed in SQL) and whether it can still be spent on
    ``as_of`` (:attr:`~app.domain.ledger.GrantBalance.spendable`), read inside the caller's transaction."""
    ids = [g.id for g in grants]
    sums: dict[int, int] = {}
    for i in range(0, len(ids), _IDS_PER_QUERY):
        sums.update((gid, int(total or 0)) for gid, total in s.execute(
            select(CreditEntry.grant_id, func.sum(CreditEntry.amount_minor))
            .where(CreditEntry.grant_id.in_(ids[i:i + _IDS_PER_QUERY])).group_by(CreditEntry.grant_id)))
    return {g.id: ledger.GrantBalance(_domain_grant(g), Money(sums.get(g.id, 0), g.currency), as_of) for g in grants}


def balance_per_grant() -> Subquery:
    """``(grant_id, balance)`` of every grant with entries, for queries that list vouchers with what is left."""
    return (select(CreditEntry.grant_id, func.sum(CreditEntry.amount_minor).label("balance"))
            .group_by(CreditEntry.grant_id).subquery())


def live(balance: ColumnElement[int], as_of: date) -> ColumnElement[bool]:
    """SQL for a grant that can still be spent on ``as_of``: credit left and not expired (the SQL form of
    :attr:`~app.domain.ledger.GrantBalance.spendable` being more than zero)."""
    return (balance > 0) & (CreditGrant.expires_on.is_(None) | (CreditGrant.expires_on >= as_of))


def _add_entries(s: Session, entries: tuple[ledger.Entry, ...] | list[ledger.Entry], by_id: int,
                 order_total: Money | None = None) -> None:
    """Append planned entries (one Core INSERT: redemptions are on the agent's hot path)."""
    if not entries:
        return
    s.execute(insert(CreditEntry), [
        {"grant_id": e.grant_id, "kind": e.kind.value, "amount_minor": e.amount.minor, "currency": e.amount.currency,
         "at": e.at, "by_id": by_id, "order_number": e.order_number,
         "order_total_minor": order_total.minor if order_total is not None else None, "note": e.note}
        for e in entries
    ])


_SPENDABLE = text(
    "SELECT currency, SUM(bal) FROM ("
    " SELECT g.currency AS currency, SUM(e.amount_minor) AS bal"
    " FROM credit_grants g JOIN credit_entries e ON e.grant_id = g.id"
    " WHERE g.customer_id = :customer AND (g.expires_on IS NULL OR g.expires_on >= :as_of)"
    " GROUP BY g.id, g.currency) AS per_grant "
    "WHERE bal > 0 GROUP BY currency"
).bindparams(bindparam("customer", type_=Integer), bindparam("as_of", type_=Date))


def spendable(s: Session, customer_id: int, as_of: date) -> dict[str, Money]:
    """What a customer can spend, per currency: live grants' positive balances, summed in SQL (one fixed
    statement, so screens can show it beside every customer without a query being built each time)."""
    rows = s.execute(_SPENDABLE, {"customer": customer_id, "as_of": as_of})
    return {cur: Money(int(total), cur) for cur, total in rows}


def case_limit(s: Session, actor: Actor, settings: ShopSettings) -> Money:
    """The largest credit ``actor`` may give on one case: their own limit, else their role's."""
    user = s.get(User, actor.id)
    if user is not None and user.case_limit_minor is not None:
        return Money(user.case_limit_minor, settings.currency)
    return settings[f"limits.{Role(actor.role).value}.case"]


def daily_limit(s: Session, actor: Actor, settings: ShopSettings) -> Money | None:
    """An agent's daily total (their own or the role's); ``None`` for roles without one."""
    user = s.get(User, actor.id)
    if user is not None and user.daily_limit_minor is not None:
        return Money(user.daily_limit_minor, settings.currency)
    if Role(actor.role) == Role.AGENT:
        return settings["limits.agent.daily"]
    return None


def issued_today(s: Session, actor_id: int, settings: ShopSettings) -> Money:
    """Credit ``actor_id`` gave on cases and by hand since the shop's midnight (campaigns not counted)."""
    total = s.scalar(
        select(func.coalesce(func.sum(CreditGrant.amount_minor), 0)).where(
            CreditGrant.created_by_id == actor_id,
            CreditGrant.created_at >= day_start(settings),
            CreditGrant.reason != GrantReason.CAMPAIGN.value,
            CreditGrant.currency == settings.currency,
        )
    )
    return Money(int(total), settings.currency)


def limit_problems(s: Session, actor: Actor, amount: Money, settings: ShopSettings) -> list[str]:
    """Which of the actor's limits ``amount`` would pass: ``case_limit``, ``daily_limit`` (empty if none)."""
    _lock_user(s, actor.id)
    problems = []
    if amount.currency == settings.currency:
        if amount > case_limit(s, actor, settings):
            problems.append("case_limit")
        daily = daily_limit(s, actor, settings)
        if daily is not None and issued_today(s, actor.id, settings) + amount > daily:
            problems.append("daily_limit")
    elif Role(actor.role) == Role.AGENT:
        problems.append("case_limit")  # limits are in the shop's currency; other currencies need a supervisor
    return problems


def new_code(s: Session) -> str:
    """A voucher code no grant has yet (a collision draws again)."""
    for _ in range(20):
        code = vouchers.generate()
        if s.scalar(select(CreditGrant.id).where(CreditGrant.code == code)) is None:
            return code
    raise RuntimeError("could not draw a free voucher code")  # pragma: no cover - 1 in 10^12 twenty times


def issue(
    s: Session,
    actor: Actor,
    *,
    customer_id: int,
    amount: Money,
    reason: GrantReason,
    settings: ShopSettings,
    reason_ref: str | None = None,
    case_id: int | None = None,
    expires_on: date | None = None,
    cap_share: Decimal | None = None,
    note: str = "",
) -> CreditGrant:
    """Create a grant with a fresh code and its ``issue`` entry inside the caller's transaction (no checks of
    rights or limits: the caller made them). Logs ``credit_issued``."""
    if amount.minor <= 0:
        raise ValidationError("The credit must be more than zero.")
    if cap_share is not None:
        ledger.check_share(cap_share)
    now = _now()
    if expires_on is None:
        expires_on = today(settings) + timedelta(days=settings["credit.expiry_days"])
    elif expires_on < today(settings):
        raise ValidationError("The expiry date {date} is in the past.", date=expires_on.isoformat())
    for _attempt in range(5):
        grant = CreditGrant(customer_id=customer_id, amount_minor=amount.minor, currency=amount.currency,
                            reason=reason.value, reason_ref=reason_ref, case_id=case_id, expires_on=expires_on,
                            code=new_code(s), cap_share=cap_share, note=note, created_at=now, created_by_id=actor.id)
        try:
            with s.begin_nested():
                s.add(grant)
                s.flush()
            break
        except IntegrityError:  # another workstation drew the same code this very moment
            continue
    else:  # pragma: no cover
        raise RuntimeError("could not store a voucher code")
    entry = ledger.plan_issue(_domain_grant(grant), now, actor.username, note)
    _add_entries(s, [entry], actor.id)
    audit.append(s, audit.Action.CREDIT_ISSUED, actor_id=actor.id, actor=actor.username,
                 subject=f"grant {grant.id}",
                 data={"grant": grant.id, "code": grant.code, "customer": customer_id, "amount": amount.plain(),
                       "currency": amount.currency, "reason": reason.value, "ref": reason_ref,
                       "expires_on": expires_on.isoformat() if expires_on else None})
    return grant


def _grant_info(g: CreditGrant, balance_minor: int, as_of: date, by: str | None) -> GrantInfo:
    return GrantInfo(
        id=g.id, code=display_code(g.code), customer_id=g.customer_id, amount=Money(g.amount_minor, g.currency),
        balance=Money(balance_minor, g.currency), reason=GrantReason(g.reason), reason_ref=g.reason_ref,
        case_id=g.case_id, expires_on=g.expires_on, expired=bool(g.expires_on and as_of > g.expires_on),
        cap_share=g.cap_share, note=g.note, created_at=g.created_at, created_by=by,
    )


def grant_info(s: Session, grant: CreditGrant, settings: ShopSettings) -> GrantInfo:
    as_of = today(settings)
    by = s.scalar(select(User.username).where(User.id == grant.created_by_id)) if grant.created_by_id else None
    return _grant_info(grant, _balance(s, grant, as_of).balance.minor, as_of, by)


# --- use cases -----------------------------------------------------------------------------------------


def grant_credit(
    ctx: ServiceContext,
    customer: str | int,
    amount: str,
    *,
    reason: str,
    expires: str | date | None = None,
    currency: str | None = None,
    cap_share: str | Decimal | None = None,
) -> GrantInfo:
    """Give a customer credit by hand (a goodwill gesture outside a case), within the giver's own limits.

    Above the limits it is refused: larger credits go through a case (``case resolve``), which asks a
    supervisor. Credit for a flagged customer always needs a supervisor.
    """
    from app.services.approvals import customer_is_flagged  # approvals imports this module

    ctx.require(Permission.CREDIT_GRANT)
    note = clean_text(reason)
    if not note:
        raise ValidationError("Say why: a reason is required.")
    if len(note) > MAX_NOTE:
        raise ValidationError("The reason is too long ({n} characters, at most {max}).", n=len(note), max=MAX_NOTE)
    share = parse_share(cap_share)
    expires_on = parse_day(expires, "expiry")
    with ctx.db.write() as s:
        settings = load_settings(s)
        money = Money.parse(amount, currency or settings.currency)
        if money.minor <= 0:
            raise ValidationError("The credit must be more than zero.")
        cust = find_customer(s, customer)
        problems = limit_problems(s, ctx.actor, money, settings)
        if "case_limit" in problems:
            raise PermissionDenied(
                "{amount} is above your limit of {limit} per credit; resolve it on a case to ask a supervisor.",
                amount=money.format(current_language()),
                limit=case_limit(s, ctx.actor, settings).format(current_language()),
            )
        if "daily_limit" in problems:
            raise PermissionDenied(
                "{amount} would take you above your daily total of {limit} (given today: {given}).",
                amount=money.format(current_language()),
                limit=daily_limit(s, ctx.actor, settings).format(current_language()),  # type: ignore[union-attr]
                given=issued_today(s, ctx.actor.id, settings).format(current_language()),
            )
        if not ctx.actor.can(Permission.APPROVE) and customer_is_flagged(s, cust.id, today(settings)):
            raise PermissionDenied("Credit for this customer needs a supervisor: their claim rate is flagged.")
        grant = issue(s, ctx.actor, customer_id=cust.id, amount=money, reason=GrantReason.MANUAL,
                      settings=settings, expires_on=expires_on, cap_share=share, note=note)
        return _grant_info(grant, money.minor, today(settings), ctx.actor.username)


def customer_credit(ctx: ServiceContext, customer: str | int) -> CustomerCredit:
    """A customer's grants (earliest expiry first), every entry, and what they can spend."""
    ctx.require(Permission.CUSTOMER_READ)
    with ctx.db.read() as s:
        settings = load_settings(s)
        as_of = today(settings)
        cust = find_customer(s, customer)
        grants = list(s.scalars(select(CreditGrant).where(CreditGrant.customer_id == cust.id)))
        users = dict(s.execute(select(User.id, User.username)).all())
        ids = [g.id for g in grants]
        entries = list(s.scalars(select(CreditEntry).where(CreditEntry.grant_id.in_(ids))
                                 .order_by(CreditEntry.at, CreditEntry.id))) if ids else []
        sums: dict[int, int] = {}
        for e in entries:
            sums[e.grant_id] = sums.get(e.grant_id, 0) + e.amount_minor
        codes = {g.id: display_code(g.code) for g in grants}
        infos = [_grant_info(g, sums.get(g.id, 0), as_of, users.get(g.created_by_id)) for g in grants]
        infos.sort(key=lambda i: (i.expires_on is None, i.expires_on or date.max, i.id))
        balances = ledger.customer_balances(
            ledger.GrantBalance(_domain_grant(g), Money(sums.get(g.id, 0), g.currency), as_of) for g in grants)
        main = settings.currency if settings.currency in balances or not balances else next(iter(balances))
        return CustomerCredit(
            customer_id=cust.id, name=cust.name, email=cust.email,
            balance=balances.get(main, Money.zero(main)), balances=balances, grants=tuple(infos),
            entries=tuple(EntryInfo(e.id, e.grant_id, codes[e.grant_id], EntryKind(e.kind),
                                    Money(e.amount_minor, e.currency), e.at, users.get(e.by_id), e.order_number,
                                    e.note) for e in entries),
        )


def balance(ctx: ServiceContext, customer_id: int) -> dict[str, Money]:
    """What a customer can spend, per currency (one SQL sum; what screens show beside the customer)."""
    ctx.require(Permission.CUSTOMER_READ)
    with ctx.db.read() as s:
        return spendable(s, customer_id, today(load_settings(s)))


def find_voucher(ctx: ServiceContext, code: str) -> GrantInfo:
    """A voucher by its code, typed any way (``rim 7k3q 9xtm c``), with its balance."""
    ctx.require(Permission.CUSTOMER_READ)
    with ctx.db.read() as s:
        return grant_info(s, grant_by_code(s, code, lock=False), load_settings(s))


def redeem(
    ctx: ServiceContext,
    code: str,
    *,
    order_number: str,
    order_total: str,
    currency: str | None = None,
    amount: str | None = None,
) -> Redemption:
    """Spend a voucher on a (possibly new) shop order, within the cap share of the order's total.

    The cap counts all credit already applied to that order number, from any voucher. Spends what is left on
    the voucher unless ``amount`` asks for less; reports what was applied and what remains.
    """
    ctx.require(Permission.CREDIT_REDEEM)
    number = normalize_order_number(order_number)
    canonical = vouchers.parse(code)
    with ctx.db.write() as s:
        settings = load_settings(s)
        cur = currency or settings.currency
        total = Money.parse(order_total, cur)
        requested = Money.parse(amount, cur) if amount else None
        return redeem_in_session(s, ctx.actor, canonical, order_number=number, order_total=total,
                                 as_of=today(settings), at=_now(), shop_cap_share=settings["credit.cap_share"],
                                 requested=requested)


class AlreadyRedeemedError(Conflict):
    """With ``once_per_order``: this voucher already paid for this order (``amount``); nothing new was recorded."""

    def __init__(self, code: str, order: str, amount: Money) -> None:
        super().__init__("Voucher {code} on order {order} was already recorded.", code=code, order=order)
        self.amount = amount


def redeem_in_session(
    s: Session,
    actor: Actor,
    code: str,
    *,
    order_number: str,
    order_total: Money,
    as_of: date,
    at: datetime,
    shop_cap_share: Decimal,
    requested: Money | None = None,
    once_per_order: bool = False,
    note: str = "",
) -> Redemption:
    """Spend voucher ``code`` on an order inside the caller's transaction — the one way credit is redeemed.

    Locks the order number's credit, then the grant; plans with :func:`app.domain.ledger.plan_redemption`
    (expiry judged on ``as_of``, the cap a share of ``order_total``, counting what every voucher already put on
    the order); appends the ``redeem`` entries dated ``at`` (never before the grant was given) with ``note``;
    logs ``credit_redeemed``. ``once_per_order`` refuses with :class:`AlreadyRedeemedError` when this voucher
    already paid for this order (an order imported again). An unknown code is :class:`~app.errors.NotFound`;
    the ledger's refusals are :class:`~app.domain.ledger.RedemptionRefusedError` (saying why).
    """
    _lock_order(s, order_number)
    grant = grant_by_code(s, code)
    if once_per_order:
        already = int(s.scalar(select(func.coalesce(func.sum(CreditEntry.amount_minor), 0)).where(
            CreditEntry.grant_id == grant.id, CreditEntry.order_number == order_number,
            CreditEntry.kind == EntryKind.REDEEM.value)) or 0)
        if already:
            raise AlreadyRedeemedError(display_code(grant.code), order_number, Money(-already, grant.currency))
    cur = order_total.currency
    gb = _balance(s, grant, as_of)
    on_order = _applied_to_order(s, order_number, cur)
    plan = ledger.plan_redemption([gb], order_number=order_number, order_total=order_total,
                                  already_applied_to_order=on_order, shop_cap_share=shop_cap_share, as_of=as_of,
                                  requested=requested)
    entries = [replace(e, note=note) for e in plan.entries(max(at, grant.created_at), actor.username)]
    _add_entries(s, entries, actor.id, order_total=order_total)
    s.flush()
    left = spendable(s, grant.customer_id, as_of).get(cur, Money.zero(cur))
    audit.append(s, audit.Action.CREDIT_REDEEMED, actor_id=actor.id, actor=actor.username,
                 subject=f"grant {grant.id}",
                 data={"grant": grant.id, "order": order_number, "applied": plan.total_applied.plain(),
                       "order_total": order_total.plain(), "currency": cur})
    return Redemption(display_code(grant.code), order_number, plan.total_applied, plan.remaining, left,
                      plan.cap_left, plan.limited_by.value)


def _applied_to_order(s: Session, number: str, currency: str) -> Money:
    rows = s.execute(
        select(CreditEntry.currency, func.sum(CreditEntry.amount_minor))
        .where(CreditEntry.order_number == number,
               CreditEntry.kind.in_([EntryKind.REDEEM.value, EntryKind.RESTORE.value]))
        .group_by(CreditEntry.currency)
    ).all()
    for cur, total in rows:
        if cur != currency and total:
            raise ValidationError(
                "The credit is in {credit_currency} and the order in {order_currency}; currencies cannot be mixed.",
                credit_currency=cur, order_currency=currency)
    return Money(-int(sum(t for c, t in rows if c == currency) or 0), currency)


def cancel(ctx: ServiceContext, code: str, *, reason: str) -> GrantInfo:
    """Withdraw what is left on a voucher (supervisors), with the reason."""
    ctx.require(Permission.CREDIT_ADMIN)
    with ctx.db.write() as s:
        settings = load_settings(s)
        grant = grant_by_code(s, code)
        gb = _balance(s, grant, today(settings))
        entry = ledger.plan_cancel(gb, _now(), ctx.actor.username, clean_text(reason))
        _add_entries(s, [entry], ctx.actor.id)
        audit.append(s, audit.Action.CREDIT_CANCELLED, actor_id=ctx.actor.id, actor=ctx.actor.username,
                     subject=f"grant {grant.id}",
                     data={"grant": grant.id, "amount": entry.amount.plain(), "currency": grant.currency,
                           "reason": entry.note})
        s.flush()
        return grant_info(s, grant, settings)


def adjust(ctx: ServiceContext, code: str, change: str, *, reason: str) -> GrantInfo:
    """Correct a voucher up or down (``+5``, ``-2.50``) with the reason (supervisors); never below zero."""
    ctx.require(Permission.CREDIT_ADMIN)
    with ctx.db.write() as s:
        settings = load_settings(s)
        grant = grant_by_code(s, code)
        gb = _balance(s, grant, today(settings))
        entry = ledger.plan_adjust(gb, Money.parse(change, grant.currency), _now(), ctx.actor.username,
                                   clean_text(reason))
        _add_entries(s, [entry], ctx.actor.id)
        audit.append(s, audit.Action.CREDIT_ADJUSTED, actor_id=ctx.actor.id, actor=ctx.actor.username,
                     subject=f"grant {grant.id}",
                     data={"grant": grant.id, "amount": entry.amount.plain(), "currency": grant.currency,
                           "reason": entry.note})
        s.flush()
        return grant_info(s, grant, settings)


def restore_order(ctx: ServiceContext, order_number: str, amount: str | None = None) -> Money:
    """An order that spent credit was refunded: give the credit back to the grants it came from, each with its
    own expiry (a grant already past it is expired again by the next ``credit expire``). Returns the amount."""
    ctx.require(Permission.CREDIT_REDEEM)
    number = normalize_order_number(order_number)
    with ctx.db.write() as s:
        _lock_order(s, number)
        rows = list(s.scalars(select(CreditEntry).where(
            CreditEntry.order_number == number,
            CreditEntry.kind.in_([EntryKind.REDEEM.value, EntryKind.RESTORE.value])).order_by(CreditEntry.id)))
        if not rows:
            raise NotFound("Order {order} used no store credit.", order=number)
        grant_ids = sorted({r.grant_id for r in rows})
        if s.get_bind().dialect.name == "postgresql":
            s.execute(select(CreditGrant.id).where(CreditGrant.id.in_(grant_ids)).order_by(CreditGrant.id)
                      .with_for_update())
        entries = [ledger.Entry(EntryKind(r.kind), r.grant_id, Money(r.amount_minor, r.currency), r.at, "x",
                                r.order_number) for r in rows]
        part = Money.parse(amount, rows[0].currency) if amount else None
        planned = ledger.plan_restore(entries, number, _now(), ctx.actor.username, part)
        if not planned:
            raise ValidationError("The credit order {order} used was already given back.", order=number)
        _add_entries(s, planned, ctx.actor.id)
        total = Money(sum(e.amount.minor for e in planned), planned[0].amount.currency)
        audit.append(s, audit.Action.CREDIT_RESTORED, actor_id=ctx.actor.id, actor=ctx.actor.username,
                     subject=f"order {number}",
                     data={"order": number, "amount": total.plain(), "currency": total.currency,
                           "grants": [e.grant_id for e in planned]})
        return total


def expire_credit(ctx: ServiceContext, as_of: str | date | None = None) -> ExpiryRun:
    """Write ``expire`` entries for what is left on every grant past its expiry — one INSERT … SELECT, so a
    million grants take seconds. Running it twice writes nothing the second time."""
    ctx.require(Permission.CREDIT_ADMIN)
    with ctx.db.write() as s:
        settings = load_settings(s)
        day = parse_day(as_of, "as of") or today(settings)
        if day > today(settings):
            raise ValidationError("Credit cannot be expired ahead of time: {date} is in the future.",
                                  date=day.isoformat())
        now = _now()
        balances = (
            select(CreditEntry.grant_id.label("grant_id"), func.sum(CreditEntry.amount_minor).label("bal"))
            .join(CreditGrant, CreditGrant.id == CreditEntry.grant_id)
            .where(CreditGrant.expires_on < day)
            .group_by(CreditEntry.grant_id)
            .having(func.sum(CreditEntry.amount_minor) > 0)
            .subquery()
        )
        if s.get_bind().dialect.name == "postgresql":  # hold them against a concurrent cancel or correction
            s.execute(select(CreditGrant.id).where(CreditGrant.id.in_(select(balances.c.grant_id)))
                      .order_by(CreditGrant.id).with_for_update())
        source = (
            select(balances.c.grant_id, literal(EntryKind.EXPIRE.value), -balances.c.bal, CreditGrant.currency,
                   literal(now, CreditEntry.at.type), literal(ctx.actor.id), literal(""))
            .join(CreditGrant, CreditGrant.id == balances.c.grant_id)
        )
        before = s.scalar(select(func.coalesce(func.max(CreditEntry.id), 0)))
        s.execute(insert(CreditEntry).from_select(
            ["grant_id", "kind", "amount_minor", "currency", "at", "by_id", "note"], source))
        totals = {cur: Money(-int(t), cur) for cur, t, _ in s.execute(
            select(CreditEntry.currency, func.sum(CreditEntry.amount_minor), func.count())
            .where(CreditEntry.id > before, CreditEntry.kind == EntryKind.EXPIRE.value)
            .group_by(CreditEntry.currency))}
        count = int(s.scalar(select(func.count()).where(CreditEntry.id > before,
                                                        CreditEntry.kind == EntryKind.EXPIRE.value)) or 0)
        if count:
            audit.append(s, audit.Action.CREDIT_EXPIRED, actor_id=ctx.actor.id, actor=ctx.actor.username,
                         subject=f"as of {day.isoformat()}",
                         data={"as_of": day.isoformat(), "grants": count,
                               "totals": {c: m.plain() for c, m in totals.items()}})
        return ExpiryRun(day, count, totals)


def check_ledger(ctx: ServiceContext) -> LedgerCheck:
    """Prove the ledger is whole: each grant issued once for its amount, signs and currencies right, no balance
    below zero, nothing spent after its expiry, no order given back more than it used. Supervisors."""
    ctx.require(Permission.CREDIT_ADMIN)
    problems: list[str] = []
    with ctx.db.read() as s:
        n_grants = int(s.scalar(select(func.count(CreditGrant.id))) or 0)
        n_entries = int(s.scalar(select(func.count(CreditEntry.id))) or 0)
        E, G = CreditEntry, CreditGrant  # noqa: N806
        issues = (select(E.grant_id, func.count().label("n"), func.sum(E.amount_minor).label("amt"))
                  .where(E.kind == EntryKind.ISSUE.value).group_by(E.grant_id).subquery())
        for gid, n, amt, want in s.execute(select(G.id, issues.c.n, issues.c.amt, G.amount_minor)
                                           .outerjoin(issues, issues.c.grant_id == G.id)
                                           .where((issues.c.n.is_(None)) | (issues.c.n != 1)
                                                  | (issues.c.amt != G.amount_minor)).limit(100)):
            problems.append(f"grant {gid}: issued {n or 0} times for {amt or 0}, amount {want}")
        for eid, gid in s.execute(select(E.id, E.grant_id).join(G, G.id == E.grant_id)
                                  .where(E.currency != G.currency).limit(100)):
            problems.append(f"entry {eid}: currency differs from grant {gid}")
        negative = E.kind.in_([k.value for k in (EntryKind.REDEEM, EntryKind.EXPIRE, EntryKind.CANCEL)])
        positive = E.kind.in_([k.value for k in (EntryKind.ISSUE, EntryKind.RESTORE)])
        for eid, kind, amt in s.execute(select(E.id, E.kind, E.amount_minor).where(
                (negative & (E.amount_minor >= 0)) | (positive & (E.amount_minor <= 0)) | (E.amount_minor == 0)
                | ~E.kind.in_([k.value for k in EntryKind])).limit(100)):
            problems.append(f"entry {eid}: {kind} with amount {amt}")
        for eid, kind in s.execute(select(E.id, E.kind).where(
                E.kind.in_([EntryKind.REDEEM.value, EntryKind.RESTORE.value]), E.order_number.is_(None)).limit(100)):
            problems.append(f"entry {eid}: {kind} without an order number")
        for gid, bal in s.execute(select(E.grant_id, func.sum(E.amount_minor)).group_by(E.grant_id)
                                  .having(func.sum(E.amount_minor) < 0).limit(100)):
            problems.append(f"grant {gid}: balance {bal} below zero")
        # Spent after expiry: a redemption made later than the day after the expiry day (in UTC, a day of
        # slack covers every shop time zone).
        if s.get_bind().dialect.name == "sqlite":
            late = func.date(E.at) > func.date(G.expires_on, "+1 day")
        else:
            late = cast(E.at, Date) > G.expires_on + 1
        for eid, gid, exp in s.execute(select(E.id, G.id, G.expires_on).join(G, G.id == E.grant_id)
                                       .where(E.kind == EntryKind.REDEEM.value, G.expires_on.is_not(None), late)
                                       .limit(100)):
            problems.append(f"entry {eid}: grant {gid} spent after it expired on {exp}")
        per_order = (select(E.grant_id, E.order_number,
                            func.sum(case((E.kind == EntryKind.RESTORE.value, E.amount_minor), else_=0)).label("back"),
                            func.sum(case((E.kind == EntryKind.REDEEM.value, -E.amount_minor), else_=0)).label("used"))
                     .where(E.order_number.is_not(None)).group_by(E.grant_id, E.order_number).subquery())
        for gid, number, back, used in s.execute(select(per_order).where(and_(per_order.c.back > per_order.c.used))
                                                 .limit(100)):
            problems.append(f"grant {gid}: order {number} given back {back}, more than the {used} it used")
    return LedgerCheck(n_grants, n_entries, tuple(problems))
