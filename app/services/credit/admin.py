"""Supervisors' work on the credit ledger: withdraw or correct a voucher, expire what is past its day, prove the
ledger whole. Stands on :mod:`app.services.credit.ledger`; callers import its names from
:mod:`app.services.credit`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Date, and_, case, cast, func, insert, literal, select

from app.domain import ledger
from app.domain.enums import EntryKind
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.text import clean_text
from app.errors import ValidationError
from app.services import audit, ledger_audit
from app.services.context import ServiceContext
from app.services.credit.ledger import (
    GrantInfo,
    add_entries,
    grant_balance,
    grant_by_code,
    grant_info,
    parse_day,
    today,
)
from app.services.retry import retried
from app.services.settings import load_settings
from app.store.models import CreditEntry, CreditGrant


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


def cancel(ctx: ServiceContext, code: str, *, reason: str) -> GrantInfo:
    """Withdraw what is left on a voucher (supervisors), with the reason."""
    return _correct(
        ctx,
        code,
        audit.Action.CREDIT_CANCELLED,
        lambda gb, at, by: ledger.plan_cancel(gb, at, by, clean_text(reason)),
    )


def adjust(ctx: ServiceContext, code: str, change: str, *, reason: str) -> GrantInfo:
    """Correct a voucher up or down (``+5``, ``-2.50``) with the reason (supervisors); never below zero."""
    return _correct(
        ctx,
        code,
        audit.Action.CREDIT_ADJUSTED,
        lambda gb, at, by: ledger.plan_adjust(
            gb, Money.parse(change, gb.grant.currency), at, by, clean_text(reason)
        ),
    )


@retried
def _correct(
    ctx: ServiceContext,
    code: str,
    action: str,
    plan: Callable[[ledger.GrantBalance, datetime, str], ledger.Entry],
) -> GrantInfo:
    """One supervisor's entry on one voucher: lock the grant, plan on its balance today, append, audit."""
    ctx.require(Permission.CREDIT_ADMIN)
    with ctx.db.write() as s:
        settings, now = load_settings(s), ctx.now()
        grant = grant_by_code(s, code)
        entry = plan(grant_balance(s, grant, today(settings, now)), now, ctx.actor.username)
        add_entries(s, [entry], ctx.actor.id)
        audit.append(
            s,
            action,
            at=now,
            actor_id=ctx.actor.id,
            actor=ctx.actor.username,
            subject=f"grant {grant.id}",
            data={
                "grant": grant.id,
                "amount": entry.amount.plain(),
                "currency": grant.currency,
                "reason": entry.note,
            },
        )
        s.flush()
        return grant_info(s, grant, today(settings, now))


@retried
def expire_credit(ctx: ServiceContext, as_of: str | date | None = None) -> ExpiryRun:
    """Write ``expire`` entries for what is left on every grant past its expiry — one INSERT … SELECT, so a
    million grants take seconds. Running it twice writes nothing the second time."""
    ctx.require(Permission.CREDIT_ADMIN)
    with ctx.db.write() as s:
        settings, at = load_settings(s), ctx.now()
        day = parse_day(as_of, "as of") or today(settings, at)
        if day > today(settings, at):
            raise ValidationError(
                "Credit cannot be expired ahead of time: {date} is in the future.", date=day.isoformat()
            )
        balances = (
            select(CreditEntry.grant_id.label("grant_id"), func.sum(CreditEntry.amount_minor).label("bal"))
            .join(CreditGrant, CreditGrant.id == CreditEntry.grant_id)
            .where(CreditGrant.expires_on < day)
            .group_by(CreditEntry.grant_id)
            .having(func.sum(CreditEntry.amount_minor) > 0)
            .subquery()
        )
        if s.get_bind().dialect.name == "postgresql":  # hold them against a concurrent cancel or correction
            s.execute(
                select(CreditGrant.id)
                .where(CreditGrant.id.in_(select(balances.c.grant_id)))
                .order_by(CreditGrant.id)
                .with_for_update(key_share=True)
            )
        source = select(
            balances.c.grant_id,
            literal(EntryKind.EXPIRE.value),
            -balances.c.bal,
            CreditGrant.currency,
            literal(at, CreditEntry.at.type),
            literal(ctx.actor.id),
            literal(""),
        ).join(CreditGrant, CreditGrant.id == balances.c.grant_id)
        before = s.scalar(select(func.coalesce(func.max(CreditEntry.id), 0)))
        s.execute(
            insert(CreditEntry).from_select(
                ["grant_id", "kind", "amount_minor", "currency", "at", "by_id", "note"], source
            )
        )
        totals = {
            cur: Money(-int(t), cur)
            for cur, t, _ in s.execute(
                select(CreditEntry.currency, func.sum(CreditEntry.amount_minor), func.count())
                .where(CreditEntry.id > before, CreditEntry.kind == EntryKind.EXPIRE.value)
                .group_by(CreditEntry.currency)
            )
        }
        count = int(
            s.scalar(
                select(func.count()).where(
                    CreditEntry.id > before, CreditEntry.kind == EntryKind.EXPIRE.value
                )
            )
            or 0
        )
        if count:
            audit.append(
                s,
                audit.Action.CREDIT_EXPIRED,
                at=at,
                actor_id=ctx.actor.id,
                actor=ctx.actor.username,
                subject=f"as of {day.isoformat()}",
                data={
                    "as_of": day.isoformat(),
                    "grants": count,
                    "totals": {c: m.plain() for c, m in totals.items()},
                },
            )
        return ExpiryRun(day, count, totals)


def check_ledger(ctx: ServiceContext) -> LedgerCheck:
    """Prove the ledger is whole: each grant issued once for its amount, signs and currencies right, no balance
    below zero, nothing spent after its expiry, no order given back more than it used; every ledger row has its
    audit entry and every money audit entry its ledger rows; the reports' rollups add up to the ledger
    (:mod:`app.services.ledger_audit`). Supervisors."""
    ctx.require(Permission.CREDIT_ADMIN)
    problems: list[str] = []
    with ctx.db.read() as s:
        n_grants = int(s.scalar(select(func.count(CreditGrant.id))) or 0)
        n_entries = int(s.scalar(select(func.count(CreditEntry.id))) or 0)
        E, G = CreditEntry, CreditGrant  # noqa: N806
        issues = (
            select(E.grant_id, func.count().label("n"), func.sum(E.amount_minor).label("amt"))
            .where(E.kind == EntryKind.ISSUE.value)
            .group_by(E.grant_id)
            .subquery()
        )
        for gid, n, amt, want in s.execute(
            select(G.id, issues.c.n, issues.c.amt, G.amount_minor)
            .outerjoin(issues, issues.c.grant_id == G.id)
            .where((issues.c.n.is_(None)) | (issues.c.n != 1) | (issues.c.amt != G.amount_minor))
            .limit(100)
        ):
            problems.append(f"grant {gid}: issued {n or 0} times for {amt or 0}, amount {want}")
        for eid, gid in s.execute(
            select(E.id, E.grant_id).join(G, G.id == E.grant_id).where(E.currency != G.currency).limit(100)
        ):
            problems.append(f"entry {eid}: currency differs from grant {gid}")
        negative = E.kind.in_([k.value for k in (EntryKind.REDEEM, EntryKind.EXPIRE, EntryKind.CANCEL)])
        positive = E.kind.in_([k.value for k in (EntryKind.ISSUE, EntryKind.RESTORE)])
        for eid, kind, amt in s.execute(
            select(E.id, E.kind, E.amount_minor)
            .where(
                (negative & (E.amount_minor >= 0))
                | (positive & (E.amount_minor <= 0))
                | (E.amount_minor == 0)
                | ~E.kind.in_([k.value for k in EntryKind])
            )
            .limit(100)
        ):
            problems.append(f"entry {eid}: {kind} with amount {amt}")
        for eid, kind in s.execute(
            select(E.id, E.kind)
            .where(E.kind.in_([EntryKind.REDEEM.value, EntryKind.RESTORE.value]), E.order_number.is_(None))
            .limit(100)
        ):
            problems.append(f"entry {eid}: {kind} without an order number")
        for gid, bal in s.execute(
            select(E.grant_id, func.sum(E.amount_minor))
            .group_by(E.grant_id)
            .having(func.sum(E.amount_minor) < 0)
            .limit(100)
        ):
            problems.append(f"grant {gid}: balance {bal} below zero")
        # Spent after expiry: a redemption made later than the day after the expiry day (in UTC, a day of
        # slack covers every shop time zone).
        if s.get_bind().dialect.name == "sqlite":
            late = func.date(E.at) > func.date(G.expires_on, "+1 day")
        else:
            late = cast(E.at, Date) > G.expires_on + 1
        for eid, gid, exp in s.execute(
            select(E.id, G.id, G.expires_on)
            .join(G, G.id == E.grant_id)
            .where(E.kind == EntryKind.REDEEM.value, G.expires_on.is_not(None), late)
            .limit(100)
        ):
            problems.append(f"entry {eid}: grant {gid} spent after it expired on {exp}")
        per_order = (
            select(
                E.grant_id,
                E.order_number,
                func.sum(case((E.kind == EntryKind.RESTORE.value, E.amount_minor), else_=0)).label("back"),
                func.sum(case((E.kind == EntryKind.REDEEM.value, -E.amount_minor), else_=0)).label("used"),
            )
            .where(E.order_number.is_not(None))
            .group_by(E.grant_id, E.order_number)
            .subquery()
        )
        for gid, number, back, used in s.execute(
            select(per_order).where(and_(per_order.c.back > per_order.c.used)).limit(100)
        ):
            problems.append(f"grant {gid}: order {number} given back {back}, more than the {used} it used")
        problems += ledger_audit.cross_check(s)
        problems += ledger_audit.rollup_check(s)
    return LedgerCheck(n_grants, n_entries, tuple(problems))
