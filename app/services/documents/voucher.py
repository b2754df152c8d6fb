"""Store-credit vouchers on paper: one by its code, a campaign's batch, and the live voucher of a case.

Balances and expiry come from the credit service (a grant is printed while it can still be spent, on
the shop's local day). Nothing here writes to the ledger.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents import (
    PageSize,
    VoucherData,
    parse_size,
    render_batch,
    render_voucher,
)
from app.domain import vouchers
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.ranges import is_id
from app.domain.settings_registry import ShopSettings
from app.errors import NotFound, ValidationError
from app.services import credit
from app.services.context import ServiceContext
from app.services.documents.shared import Document, check_language, customer_language, shop_profile
from app.services.settings import load_settings
from app.store.models import CreditCampaign, CreditGrant, Customer


def _voucher(
    grant: CreditGrant, balance_minor: int, customer: Customer, lang: str, settings: ShopSettings
) -> VoucherData:
    share = grant.cap_share if grant.cap_share is not None else settings["credit.cap_share"]
    return VoucherData(
        vouchers.format_code(grant.code),
        vouchers.export_form(grant.code),
        Money(balance_minor, grant.currency),
        grant.expires_on,
        Decimal(share),
        customer.name,
        lang,
    )


def voucher_for_case(
    s: Session, case_id: int, lang: str, settings: ShopSettings, today: date
) -> VoucherData | None:
    """The newest voucher issued for a case still live on the shop's day ``today``, or ``None``."""
    grants = list(
        s.scalars(select(CreditGrant).where(CreditGrant.case_id == case_id).order_by(CreditGrant.id.desc()))
    )
    balances = credit.grant_balances(s, grants, today)
    for grant in grants:
        left = balances[grant.id].spendable
        if left.minor > 0:
            return _voucher(grant, left.minor, s.get_one(Customer, grant.customer_id), lang, settings)
    return None


def _voucher_by_code(
    s: Session, code: str, lang: str | None, settings: ShopSettings, today: date
) -> tuple[VoucherData, int | None]:
    grant = credit.grant_by_code(
        s, code, lock=False
    )  # a mistyped code is refused there, saying what is wrong
    shown = vouchers.format_code(grant.code)
    gb = credit.grant_balances(s, [grant], today)[grant.id]
    if gb.expired:
        raise ValidationError(
            "Voucher {code} expired on {date}; it cannot be printed.",
            code=shown,
            date=grant.expires_on.isoformat() if grant.expires_on else "",
        )
    if gb.balance.minor <= 0:
        raise ValidationError("Voucher {code} has nothing left to spend; it cannot be printed.", code=shown)
    customer = s.get_one(Customer, grant.customer_id)
    language = lang or customer_language(customer, settings)
    return _voucher(grant, gb.balance.minor, customer, language, settings), grant.case_id


def _vouchers_of_campaign(
    s: Session, campaign_id: int, lang: str | None, settings: ShopSettings, today: date
) -> list[VoucherData]:
    """Every live voucher of a campaign, in the order they were issued, each in its customer's language."""
    if not is_id(campaign_id) or s.get(CreditCampaign, campaign_id) is None:
        raise NotFound("There is no campaign {id}.", id=campaign_id)
    rows = s.execute(
        select(CreditGrant, Customer)
        .join(Customer, Customer.id == CreditGrant.customer_id)
        .where(CreditGrant.campaign_id == campaign_id)
        .order_by(CreditGrant.id)
    ).all()
    balances = credit.grant_balances(s, [grant for grant, _ in rows], today)
    return [
        _voucher(grant, left.minor, customer, lang or customer_language(customer, settings), settings)
        for grant, customer in rows
        if (left := balances[grant.id].spendable).minor > 0
    ]


def voucher_document(
    ctx: ServiceContext, code: str, *, size: str | None = None, lang: str | None = None
) -> Document:
    """One store-credit voucher by its code, for preview; records nothing."""
    ctx.require(Permission.CASE_READ)
    paper = parse_size(size or PageSize.A6)
    language = check_language(lang)
    with ctx.db.read() as s:
        settings = load_settings(s)
        voucher, case_id = _voucher_by_code(s, code, language, settings, credit.today(settings, ctx.now()))
        shop = shop_profile(settings)
    return Document(
        "voucher",
        render_voucher(voucher, shop, paper),
        f"voucher-{voucher.code_plain}.pdf",
        paper.value,
        voucher.language,
        case_id,
        voucher.code_plain,
    )


def batch_document(
    ctx: ServiceContext,
    campaign_id: int,
    *,
    size: str | None = None,
    lang: str | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> Document:
    """Every live voucher of a campaign in one PDF (four to an A4 sheet). ``progress`` may cancel."""
    ctx.require(Permission.CASE_READ)
    paper = parse_size(size or PageSize.A4)
    language = check_language(lang)
    with ctx.db.read() as s:
        settings = load_settings(s)
        cards = _vouchers_of_campaign(s, campaign_id, language, settings, credit.today(settings, ctx.now()))
        shop = shop_profile(settings)
    if not cards:
        raise ValidationError("Campaign {id} has no live vouchers to print.", id=campaign_id)
    data = render_batch(cards, shop, paper, progress)
    return Document(
        "batch",
        data,
        f"campaign-{campaign_id}-vouchers.pdf",
        paper.value,
        language or cards[0].language,
        None,
        "",
        len(cards),
    )
