"""The demo shop's well-known records: the customers, orders, vouchers and campaign the README's examples name.

The README's ``rimedio`` examples run, in order, against a fresh demo shop (tests/test_readme_examples.py), so
what they name must be there whatever the seed: Giulia Rossi (``rossi@example.it``) with order 2101 (two small
blue bowls and a vase) and two vouchers, Ana Ionescu (``ana@example.ro``) with order 2102, and campaign 1. Dates
are relative to the day the demo is made, so the examples stay valid. Added after the random shop, so the
seeded customers, orders and cases are the same as without them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import CampaignKind, EntryKind, GrantReason
from app.domain.money import Money
from app.domain.text import phone_forms, search_document
from app.services import audit
from app.store.models import (
    CreditCampaign,
    CreditEntry,
    CreditGrant,
    Customer,
    CustomerExternalId,
    Order,
    OrderLine,
    User,
)

ROSSI = "rossi@example.it"
ANA = "ana@example.ro"
#: Voucher codes the README uses (stored without prefix or hyphens; shown as RIM-7K3Q-9XTM-T …).
WELCOME_CODE = "7K3Q9XTMT"  # 10.00 EUR for Giulia Rossi, by hand
CAMPAIGN_CODES = {ROSSI: "4PWDHJ2N5", ANA: "9M2RTX4K8"}  # 5.00 EUR each, campaign 1
CAMPAIGN_NAME = "Grazie 2026"

_CUSTOMERS = (
    ("Giulia", "Rossi", ROSSI, "+39 333 123 4567", "it"),
    ("Ana", "Ionescu", ANA, "+40 721 234 567", "ro"),
)
#: number, customer, days ago, lines (sku, name, variant, unit price in cents, quantity)
_ORDERS = (
    (
        "2101",
        ROSSI,
        12,
        (
            ("CER-BOWL-S", "Ciotola in ceramica dipinta", "blu / 14 cm", 1890, 2),
            ("CER-VASE", "Vaso Deruta fatto a mano", "giallo", 12900, 1),
        ),
    ),
    ("2102", ANA, 40, (("LIN-TBL-180", "Tovaglia in lino lavato", "salvia / 180 cm", 6900, 1),)),
)


def add_well_known(s: Session, now: datetime) -> tuple[int, int]:
    """Add the README's customers, orders, vouchers and campaign to the demo shop being built in ``s``; returns
    how many customers and orders that adds."""
    by_email: dict[str, Customer] = {}
    for i, (first, last, email, phone, lang) in enumerate(_CUSTOMERS):
        created = now - timedelta(days=400 + i)
        c = Customer(
            first_name=first,
            last_name=last,
            email=email,
            phone=phone,
            language=lang,
            marketing_consent=True,
            marketing_consent_at=created,
            created_at=created,
            updated_at=created,
        )
        c.search_text = search_document(first, last, email, phone, phone_forms(phone))
        c.external_ids.append(CustomerExternalId(source="shopify", external_id=f"61999999999{i}"))
        s.add(c)
        by_email[email] = c
    s.flush()
    for number, email, days_ago, lines in _ORDERS:
        cust = by_email[email]
        placed = now - timedelta(days=days_ago)
        order = Order(
            source="shopify",
            number=number,
            external_id=f"529999999{number}",
            customer_id=cust.id,
            placed_at=placed,
            currency="EUR",
            status="paid",
            fulfillment_status="fulfilled",
            promised_by=(placed + timedelta(days=5)).date(),
            delivered_at=placed + timedelta(days=4),
        )
        subtotal = 0
        for pos, (sku, name, variant, price, qty) in enumerate(lines):
            order.lines.append(
                OrderLine(
                    position=pos, sku=sku, name=name, variant=variant, quantity=qty, unit_price_minor=price
                )
            )
            subtotal += price * qty
        order.subtotal_minor, order.shipping_minor = subtotal, 0 if subtotal >= 6900 else 690
        order.total_minor = subtotal + order.shipping_minor
        order.search_text = search_document(order.number, cust.first_name, cust.last_name, cust.email)
        s.add(order)
    admin = s.scalar(select(User).where(User.username == "admin"))
    author = admin.id if admin is not None else None
    at = now - timedelta(days=30)
    expires = (now + timedelta(days=365)).date()

    def grant(
        email: str,
        minor: int,
        code: str,
        reason: GrantReason,
        ref: str | None,
        note: str,
        campaign: CreditCampaign | None = None,
    ) -> None:
        g = CreditGrant(
            customer_id=by_email[email].id,
            amount_minor=minor,
            currency="EUR",
            reason=reason.value,
            reason_ref=ref,
            campaign_id=campaign.id if campaign else None,
            expires_on=expires,
            code=code,
            note=note,
            created_at=at,
            created_by_id=author,
        )
        s.add(g)
        s.flush()
        s.add(
            CreditEntry(
                grant_id=g.id,
                kind=EntryKind.ISSUE.value,
                amount_minor=minor,
                currency="EUR",
                at=at,
                by_id=author,
                note=note,
            )
        )
        if campaign is None:  # a campaign's grants are audited once, below (as a campaign run is)
            audit.append(
                s,
                audit.Action.CREDIT_ISSUED,
                at=now,
                actor_id=author,
                actor="admin",
                subject=f"grant {g.id}",
                data={
                    "grant": g.id,
                    "code": code,
                    "customer": g.customer_id,
                    "amount": Money(minor, "EUR").plain(),
                    "currency": "EUR",
                    "reason": reason.value,
                    "ref": ref,
                    "expires_on": expires.isoformat(),
                },
            )

    grant(ROSSI, 1000, WELCOME_CODE, GrantReason.MANUAL, None, "Buono di benvenuto")
    campaign = CreditCampaign(
        name=CAMPAIGN_NAME,
        kind=CampaignKind.SIGNUP.value,
        amount_minor=500,
        currency="EUR",
        expires_on=expires,
        cap_share=None,
        criteria={"signed_up_since": (now - timedelta(days=500)).date().isoformat()},
        created_at=at,
        created_by_id=author,
    )
    s.add(campaign)
    s.flush()
    for email, code in CAMPAIGN_CODES.items():
        grant(email, 500, code, GrantReason.CAMPAIGN, CAMPAIGN_NAME, "", campaign)
    audit.append(
        s,
        audit.Action.CAMPAIGN_ISSUED,
        at=now,
        actor_id=author,
        actor="admin",
        subject=f"campaign {campaign.id}",
        data={
            "campaign": campaign.id,
            "name": CAMPAIGN_NAME,
            "kind": campaign.kind,
            "customers": len(CAMPAIGN_CODES),
            "amount": "5.00",
            "total": Money(500 * len(CAMPAIGN_CODES), "EUR").plain(),
            "currency": "EUR",
            "expires_on": expires.isoformat(),
            "criteria": campaign.criteria,
        },
    )
    s.flush()
    return len(_CUSTOMERS), len(_ORDERS)
