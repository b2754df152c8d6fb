"""Looking credit up: a customer's grants and entries, what they can spend, one voucher by its code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.domain import ledger
from app.domain.enums import EntryKind
from app.domain.money import Money
from app.domain.permissions import Permission
from app.services.context import ServiceContext
from app.services.credit.ledger import (
    EntryInfo,
    GrantInfo,
    display_code,
    domain_grant,
    find_customer,
    grant_by_code,
    grant_info,
    make_grant_info,
    spendable,
    today,
)
from app.services.settings import load_settings
from app.store.models import CreditEntry, CreditGrant, User


@dataclass(frozen=True)
class CustomerCredit:
    customer_id: int
    name: str
    email: str | None
    balance: Money  # spendable, in the customer's main credit currency
    balances: dict[str, Money]
    grants: tuple[GrantInfo, ...]
    entries: tuple[EntryInfo, ...]


def customer_credit(ctx: ServiceContext, customer: str | int) -> CustomerCredit:
    """A customer's grants (earliest expiry first), every entry, and what they can spend."""
    ctx.require(Permission.CUSTOMER_READ)
    with ctx.db.read() as s:
        settings = load_settings(s)
        as_of = today(settings, ctx.now())
        cust = find_customer(s, customer)
        grants = list(s.scalars(select(CreditGrant).where(CreditGrant.customer_id == cust.id)))
        users: dict[int | None, str] = {uid: name for uid, name in s.execute(select(User.id, User.username))}
        ids = [g.id for g in grants]
        entries = (
            list(
                s.scalars(
                    select(CreditEntry)
                    .where(CreditEntry.grant_id.in_(ids))
                    .order_by(CreditEntry.at, CreditEntry.id)
                )
            )
            if ids
            else []
        )
        sums: dict[int, int] = {}
        for e in entries:
            sums[e.grant_id] = sums.get(e.grant_id, 0) + e.amount_minor
        codes = {g.id: display_code(g.code) for g in grants}
        infos = [make_grant_info(g, sums.get(g.id, 0), as_of, users.get(g.created_by_id)) for g in grants]
        infos.sort(key=lambda i: (i.expires_on is None, i.expires_on or date.max, i.id))
        balances = ledger.customer_balances(
            ledger.GrantBalance(domain_grant(g), Money(sums.get(g.id, 0), g.currency), as_of) for g in grants
        )
        main = settings.currency if settings.currency in balances or not balances else next(iter(balances))
        return CustomerCredit(
            customer_id=cust.id,
            name=cust.name,
            email=cust.email,
            balance=balances.get(main, Money.zero(main)),
            balances=balances,
            grants=tuple(infos),
            entries=tuple(
                EntryInfo(
                    e.id,
                    e.grant_id,
                    codes[e.grant_id],
                    EntryKind(e.kind),
                    Money(e.amount_minor, e.currency),
                    e.at,
                    users.get(e.by_id),
                    e.order_number,
                    e.note,
                )
                for e in entries
            ),
        )


def balance(ctx: ServiceContext, customer_id: int) -> dict[str, Money]:
    """What a customer can spend, per currency (one SQL sum; what screens show beside the customer)."""
    ctx.require(Permission.CUSTOMER_READ)
    with ctx.db.read() as s:
        return spendable(s, customer_id, today(load_settings(s), ctx.now()))


def find_voucher(ctx: ServiceContext, code: str) -> GrantInfo:
    """A voucher by its code, typed any way (``rim 7k3q 9xtm c``), with its balance."""
    ctx.require(Permission.CUSTOMER_READ)
    with ctx.db.read() as s:
        return grant_info(s, grant_by_code(s, code, lock=False), today(load_settings(s), ctx.now()))


__all__ = ["CustomerCredit", "balance", "customer_credit", "find_voucher"]
