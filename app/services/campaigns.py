"""Credit campaigns: the same credit for many customers at once, after a dry run that shows the cost.

Two kinds: ``signup`` (welcome credit for customers who signed up since a date) and ``winback`` ("€5 if you order
before DATE" for customers who bought before but not since a date). Customers are chosen by a segment of
:mod:`app.services.segments` or by the dates given. A campaign has a unique name; issuing it again gives the
credit only to customers who do not have it yet (so a sign-up campaign can be re-run every day). Grants are inserted in one batch and their ``issue`` entries with one INSERT … SELECT.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, exists, func, insert, literal, select
from sqlalchemy.orm import Session

from app.domain import vouchers
from app.domain.enums import CampaignKind, EntryKind, GrantReason, parse_enum
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.settings_registry import ShopSettings
from app.domain.text import clean_text
from app.errors import Conflict, MissingInput, ValidationError
from app.services import audit, credit, segments
from app.services.context import ServiceContext
from app.services.retry import retried
from app.services.settings import load_settings
from app.store.models import CreditCampaign, CreditEntry, CreditGrant, Customer, Order

_CHUNK = 500


@dataclass(frozen=True)
class CampaignResult:
    name: str
    kind: CampaignKind
    amount: Money
    expires_on: date | None
    customers: int  # customers who get (or, in a dry run, would get) the credit now
    liability: Money  # what the shop will owe: customers × amount
    already: int  # customers who had it from an earlier run
    dry_run: bool
    criteria: dict[str, Any]
    #: The campaign's number (``print batch --campaign ID``); ``None`` when nothing was ever issued under its name.
    id: int | None = None


def _start_of(day: date, settings: ShopSettings) -> datetime:
    return datetime.combine(day, time(0), tzinfo=settings["shop.timezone"])


def _segment_ids(s: Session, segment: str, today: date) -> list[int]:
    """Ids of the customers in a segment (new, regular, loyal, lapsed, occasional_small) today."""
    return segments.customers_in_segment(s, segment, today)


def _chosen(s: Session, settings: ShopSettings, criteria: dict[str, Any], today: date) -> Select[int]:
    stmt = select(Customer.id)
    if criteria.get("segment"):
        ids = _segment_ids(s, criteria["segment"], today)
        stmt = stmt.where(Customer.id.in_(ids))
    if criteria.get("no_order_since"):
        since = _start_of(date.fromisoformat(criteria["no_order_since"]), settings)
        stmt = stmt.where(
            exists().where(Order.customer_id == Customer.id),
            ~exists().where(Order.customer_id == Customer.id, Order.placed_at >= since),
        )
    if criteria.get("signed_up_since"):
        stmt = stmt.where(
            Customer.created_at >= _start_of(date.fromisoformat(criteria["signed_up_since"]), settings)
        )
    return stmt


@retried
def issue_campaign(
    ctx: ServiceContext,
    *,
    name: str,
    kind: str,
    amount: str,
    expires: str | date | None = None,
    segment: str | None = None,
    no_order_since: str | date | None = None,
    signed_up_since: str | date | None = None,
    cap_share: str | Decimal | None = None,
    dry_run: bool = False,
) -> CampaignResult:
    """Give ``amount`` of credit to every chosen customer, or (``dry_run``) say how many and what it costs."""
    ctx.require(Permission.CREDIT_ADMIN)
    kind_ = CampaignKind(parse_enum(CampaignKind, kind, "campaign kind"))
    title = clean_text(name)
    if not title or len(title) > 120:
        raise ValidationError("Give the campaign a name (up to 120 characters).")
    share = credit.parse_share(cap_share)
    expires_on = credit.parse_day(expires, "expiry")
    criteria: dict[str, Any] = {}
    if segment:
        criteria["segment"] = segment.strip().lower()
    if no_order_since and (since := credit.parse_day(no_order_since, "no order since")) is not None:
        criteria["no_order_since"] = since.isoformat()
    if signed_up_since and (since := credit.parse_day(signed_up_since, "signed up since")) is not None:
        criteria["signed_up_since"] = since.isoformat()
    if not criteria:
        raise MissingInput(
            "customers", "Say which customers: a segment, a date with no order since, or a sign-up date."
        )
    if kind_ == CampaignKind.WINBACK and expires_on is None:
        raise MissingInput("expires", "A win-back credit needs the date to order by.")
    with ctx.db.read() if dry_run else ctx.db.write() as s:
        settings, now = load_settings(s), ctx.now()
        money = Money.parse(amount, settings.currency)
        if money.minor <= 0:
            raise ValidationError("The credit must be more than zero.")
        today = credit.today(settings, now)
        if expires_on is None:
            expires_on = today + timedelta(days=settings["credit.expiry_days"])
        if expires_on < today:
            raise ValidationError("The expiry date {date} is in the past.", date=expires_on.isoformat())
        campaign = s.scalar(select(CreditCampaign).where(func.lower(CreditCampaign.name) == title.lower()))
        if campaign is not None and (
            campaign.kind,
            campaign.amount_minor,
            campaign.currency,
            campaign.expires_on,
            campaign.criteria,
            campaign.cap_share,
        ) != (kind_.value, money.minor, money.currency, expires_on, criteria, share):
            raise Conflict(
                "A campaign called {name} was already issued with other terms; choose another name.",
                name=campaign.name,
            )
        chosen = _chosen(s, settings, criteria, today)
        already = 0
        if campaign is not None:
            had = select(CreditGrant.customer_id).where(CreditGrant.campaign_id == campaign.id)
            already = int(
                s.scalar(select(func.count()).select_from(chosen.where(Customer.id.in_(had)).subquery())) or 0
            )
            chosen = chosen.where(Customer.id.not_in(had))
        ids = list(s.scalars(chosen.order_by(Customer.id)))
        result = CampaignResult(
            title,
            kind_,
            money,
            expires_on,
            len(ids),
            Money(money.minor * len(ids), money.currency),
            already,
            dry_run,
            criteria,
            campaign.id if campaign is not None else None,
        )
        if dry_run or not ids:
            return result
        if campaign is None:
            campaign = CreditCampaign(
                name=title,
                kind=kind_.value,
                amount_minor=money.minor,
                currency=money.currency,
                expires_on=expires_on,
                cap_share=share,
                criteria=criteria,
                created_at=now,
                created_by_id=ctx.actor.id,
            )
            s.add(campaign)
            s.flush()
        result = replace(result, id=campaign.id)
        _insert_grants(s, ctx, campaign, ids, now)
        audit.append(
            s,
            audit.Action.CAMPAIGN_ISSUED,
            at=now,
            actor_id=ctx.actor.id,
            actor=ctx.actor.username,
            subject=f"campaign {campaign.id}",
            data={
                "campaign": campaign.id,
                "name": title,
                "kind": kind_.value,
                "customers": len(ids),
                "amount": money.plain(),
                "total": result.liability.plain(),
                "currency": money.currency,
                "expires_on": expires_on.isoformat(),
                "criteria": criteria,
            },
        )
        return result


def _free_codes(s: Session, n: int) -> list[str]:
    """``n`` fresh voucher codes, distinct from each other and from every stored one."""
    codes: set[str] = set()
    while len(codes) < n:
        batch = {vouchers.generate() for _ in range(n - len(codes))} - codes
        taken: set[str] = set()
        listed = sorted(batch)
        for i in range(0, len(listed), _CHUNK):
            taken.update(
                s.scalars(select(CreditGrant.code).where(CreditGrant.code.in_(listed[i : i + _CHUNK])))
            )
        codes |= batch - taken
    return sorted(codes)


def _insert_grants(
    s: Session, ctx: ServiceContext, campaign: CreditCampaign, customer_ids: list[int], now: datetime
) -> None:
    codes = _free_codes(s, len(customer_ids))
    rows = [
        {
            "customer_id": cid,
            "amount_minor": campaign.amount_minor,
            "currency": campaign.currency,
            "reason": GrantReason.CAMPAIGN.value,
            "reason_ref": campaign.name,
            "campaign_id": campaign.id,
            "expires_on": campaign.expires_on,
            "code": code,
            "cap_share": campaign.cap_share,
            "note": "",
            "created_at": now,
            "created_by_id": ctx.actor.id,
        }
        for cid, code in zip(customer_ids, codes, strict=True)
    ]
    s.execute(insert(CreditGrant), rows)
    new = select(
        CreditGrant.id,
        literal(EntryKind.ISSUE.value),
        CreditGrant.amount_minor,
        CreditGrant.currency,
        literal(now, CreditEntry.at.type),
        literal(ctx.actor.id),
        literal(""),
    ).where(CreditGrant.campaign_id == campaign.id, ~exists().where(CreditEntry.grant_id == CreditGrant.id))
    s.execute(
        insert(CreditEntry).from_select(
            ["grant_id", "kind", "amount_minor", "currency", "at", "by_id", "note"], new
        )
    )
