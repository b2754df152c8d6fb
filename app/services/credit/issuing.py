"""Giving store credit: the giver's limits, a new grant with its voucher code and ``issue`` entry, credit by hand.

Used by cases and approvals (:func:`issue`, :func:`limit_problems`) inside their transactions, and by the CLI and
the desktop client (:func:`grant_credit`). This module never decides about approvals; it only refuses what is above
the acting user's own limits. How long a credit lasts is decided here, once (:func:`credit_expiry`). Stands on
:mod:`app.services.credit.ledger` and the customer segments; callers import its names from
:mod:`app.services.credit`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import bindparam, exists, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.sql.dml import ReturningInsert

from app.domain import ledger, vouchers
from app.domain.enums import GrantReason, Role
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.ranges import MAX_VALID_DAYS
from app.domain.remedies.limits import credit_expires_on
from app.domain.remedies.registry import cost_settings
from app.domain.settings_registry import ShopSettings
from app.domain.text import clean_text
from app.errors import PermissionDenied, ValidationError
from app.i18n import current_language
from app.services import audit, segments
from app.services.context import Actor, ServiceContext
from app.services.credit.ledger import (
    GrantInfo,
    add_entries,
    day_start,
    domain_grant,
    find_customer,
    make_grant_info,
    parse_day,
    parse_share,
    today,
)
from app.services.retry import retried
from app.services.segments import Rules, customer_profile
from app.services.settings import load_settings
from app.store.base import table_of
from app.store.models import CreditGrant, User, VoucherExport

MAX_NOTE = 2_000


def lock_user(s: Session, user_id: int) -> None:
    """Serialise one user's credit decisions (their daily total) on PostgreSQL."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(select(User.id).where(User.id == user_id).with_for_update(key_share=True))


def case_limit(s: Session, actor: Actor, settings: ShopSettings) -> Money:
    """The largest credit ``actor`` may give on one case: their own limit, else their role's."""
    user = s.get(User, actor.id)
    if user is not None and user.case_limit_minor is not None:
        return Money(user.case_limit_minor, settings.currency)
    limit: Money = settings[f"limits.{Role(actor.role).value}.case"]
    return limit


def daily_limit(s: Session, actor: Actor, settings: ShopSettings) -> Money | None:
    """An agent's daily total (their own or the role's); ``None`` for roles without one."""
    user = s.get(User, actor.id)
    if user is not None and user.daily_limit_minor is not None:
        return Money(user.daily_limit_minor, settings.currency)
    if Role(actor.role) == Role.AGENT:
        limit: Money = settings["limits.agent.daily"]
        return limit
    return None


def issued_today(s: Session, actor_id: int, settings: ShopSettings, now: datetime) -> Money:
    """Credit ``actor_id`` gave on cases and by hand since the shop's midnight before ``now`` (campaigns not
    counted)."""
    total = s.execute(
        select(func.coalesce(func.sum(CreditGrant.amount_minor), 0)).where(
            CreditGrant.created_by_id == actor_id,
            CreditGrant.created_at >= day_start(settings, now),
            CreditGrant.reason != GrantReason.CAMPAIGN.value,
            CreditGrant.currency == settings.currency,
        )
    ).scalar_one()
    return Money(int(total), settings.currency)


def limit_problems(
    s: Session,
    actor: Actor,
    amount: Money,
    settings: ShopSettings,
    *,
    now: datetime,
    lock: bool = True,
    already: Money | None = None,
    issued: Money | None = None,
) -> list[str]:
    """Which of the actor's limits ``amount`` would pass: ``case_limit``, ``daily_limit`` (empty if none).

    ``already``: credit already given (or asked) on the same case, which counts towards the limit per case.
    ``issued``: what the actor gave today (:func:`issued_today`), when the caller read it after locking the user.
    ``lock=False`` only answers the question (a screen asking before the agent sends); the write path locks the
    user so two credits at once cannot both slip under the daily total.
    """
    if lock:
        lock_user(s, actor.id)
    problems = []
    if amount.currency == settings.currency:
        on_case = amount + already if already is not None and already.currency == amount.currency else amount
        if on_case > case_limit(s, actor, settings):
            problems.append("case_limit")
        daily = daily_limit(s, actor, settings)
        if daily is not None:
            today_so_far = issued if issued is not None else issued_today(s, actor.id, settings, now)
            if today_so_far + amount > daily:
                problems.append("daily_limit")
    elif Role(actor.role) == Role.AGENT:
        problems.append("case_limit")  # limits are in the shop's currency; other currencies need a supervisor
    return problems


def new_code(s: Session) -> str:
    """A voucher code no grant and no remainder coupon (``voucher_exports.code``) has yet (a collision draws
    again)."""
    for _ in range(20):
        code = vouchers.generate()
        taken = s.scalar(  # grants and remainder coupons at once (one round trip)
            select(or_(exists().where(CreditGrant.code == code), exists().where(VoucherExport.code == code)))
        )
        if not taken:
            return code
    raise RuntimeError("could not draw a free voucher code")  # pragma: no cover - 1 in 10^12 twenty times


def _store_grant(s: Session, values: dict[str, Any]) -> CreditGrant:
    """Insert a grant with a fresh voucher code, one statement a draw: the row goes in only when no grant
    (the unique code, ``ON CONFLICT DO NOTHING``, which also waits for another workstation inserting the same
    code this very moment) and no remainder coupon (``voucher_exports.code``) has the code; otherwise nothing is
    inserted and a new code is drawn. The grant is returned as the session's own, as a flush would leave it."""
    assert set(values) | {"code"} == set(_GRANT_COLUMNS), "every column of credit_grants but its id"
    stmt = _insert_if_free(s.get_bind().dialect.name)
    for _ in range(20):
        code = vouchers.generate()
        grant_id = s.scalar(stmt, {**values, "code": code})
        if grant_id is not None:
            grant = CreditGrant(id=grant_id, code=code, **values)
            make_transient_to_detached(grant)  # the row is written: the session holds it, nothing to flush
            s.add(grant)
            return grant
    raise RuntimeError("could not draw a free voucher code")  # pragma: no cover - 1 in 10^12 twenty times


#: The columns :func:`_store_grant` inserts: every column of the table but the generated id, read from the table
#: itself, so a column added to the model is one its caller must give (the assert above), never one left NULL
_GRANT_COLUMNS = tuple(c.key for c in table_of(CreditGrant).c if not c.primary_key)


@cache
def _insert_if_free(dialect: str) -> ReturningInsert[tuple[int]]:
    """``INSERT INTO credit_grants … SELECT :values WHERE NOT EXISTS (a coupon with :code) ON CONFLICT (code) DO
    NOTHING RETURNING id``, built once per dialect (its parameters are the columns' names)."""
    table = table_of(CreditGrant)
    columns = [table.c[name] for name in _GRANT_COLUMNS]
    code = bindparam("code", type_=table.c.code.type)
    row = select(*(code if c.key == "code" else bindparam(c.key, type_=c.type) for c in columns)).where(
        ~exists().where(table_of(VoucherExport).c.code == code)
    )
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return (
        insert(table)
        .from_select(columns, row)
        .on_conflict_do_nothing(index_elements=[table.c.code])
        .returning(table.c.id)
    )


def credit_expiry(s: Session, customer_id: int, settings: ShopSettings, issued_on: date) -> date:
    """The last day a credit for this customer issued on ``issued_on`` can be spent (lapsed: the shorter term)."""
    profile = customer_profile(s, customer_id, issued_on, rules_=Rules.of(settings))
    return credit_expires_on(cost_settings(settings.raw), profile.segment, issued_on)


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
    at: datetime,
) -> CreditGrant:
    """Create a grant with a fresh code and its ``issue`` entry inside the caller's transaction (no checks of
    rights or limits: the caller made them), made ``at``. Logs ``credit_issued``."""
    if amount.minor <= 0:
        raise ValidationError("The credit must be more than zero.")
    if cap_share is not None:
        ledger.check_share(cap_share)
    day = today(settings, at)
    if expires_on is None:
        expires_on = credit_expiry(s, customer_id, settings, day)
    elif expires_on < day:
        raise ValidationError("The expiry date {date} is in the past.", date=expires_on.isoformat())
    elif expires_on > day + timedelta(days=MAX_VALID_DAYS):
        raise ValidationError(
            "The expiry date {date} is more than {days} days away.",
            date=expires_on.isoformat(),
            days=MAX_VALID_DAYS,
        )
    grant = _store_grant(
        s,
        {
            "customer_id": customer_id,
            "amount_minor": amount.minor,
            "currency": amount.currency,
            "reason": reason.value,
            "reason_ref": reason_ref,
            "case_id": case_id,
            "campaign_id": None,
            "expires_on": expires_on,
            "cap_share": cap_share,
            "note": note,
            "created_at": at,
            "created_by_id": actor.id,
        },
    )
    entry = ledger.plan_issue(domain_grant(grant), at, actor.username, note)
    add_entries(s, [entry], actor.id)
    audit.append(
        s,
        audit.Action.CREDIT_ISSUED,
        at=at,
        actor_id=actor.id,
        actor=actor.username,
        subject=f"grant {grant.id}",
        data={
            "grant": grant.id,
            "code": grant.code,
            "customer": customer_id,
            "amount": amount.plain(),
            "currency": amount.currency,
            "reason": reason.value,
            "ref": reason_ref,
            "expires_on": expires_on.isoformat() if expires_on else None,
        },
    )
    return grant


@retried
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
    ctx.require(Permission.CREDIT_GRANT)
    note = clean_text(reason)
    if not note:
        raise ValidationError("Say why: a reason is required.")
    if len(note) > MAX_NOTE:
        raise ValidationError(
            "The reason is too long ({n} characters, at most {max}).", n=len(note), max=MAX_NOTE
        )
    share = parse_share(cap_share)
    expires_on = parse_day(expires, "expiry")
    with ctx.db.write() as s:
        settings, now = load_settings(s), ctx.now()
        money = Money.parse(amount, currency or settings.currency)
        if money.minor <= 0:
            raise ValidationError("The credit must be more than zero.")
        cust = find_customer(s, customer)
        problems = limit_problems(s, ctx.actor, money, settings, now=now)
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
                given=issued_today(s, ctx.actor.id, settings, now).format(current_language()),
            )
        if not ctx.actor.can(Permission.APPROVE) and segments.is_flagged(s, cust.id, today(settings, now)):
            raise PermissionDenied(
                "Credit for this customer needs a supervisor: their claim rate is flagged."
            )
        grant = issue(
            s,
            ctx.actor,
            customer_id=cust.id,
            amount=money,
            reason=GrantReason.MANUAL,
            settings=settings,
            expires_on=expires_on,
            cap_share=share,
            note=note,
            at=now,
        )
        return make_grant_info(grant, money.minor, today(settings, now), ctx.actor.username)
