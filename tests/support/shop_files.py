"""Helpers of the import and export stories: small Shopify exports written on the spot, grants made directly."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select

from app.domain import vouchers
from app.services.database import Database
from app.store.models import CreditEntry, CreditGrant, Customer, CustomerImportKey, Order, OrderLine
from tests.imports.fixtures.make_fixtures import SHOPIFY_79
from tests.support.import_samples import FIXTURES  # noqa: F401 - the samples, for the stories that read them


def shopify_export(path: Path, orders: list[dict]) -> Path:
    """A Shopify orders export: each order a dict with number, email, name, created, total, lines
    [(sku, name, qty, price)], and optionally discount_code, discount, phone, marketing."""
    col = {name: i for i, name in enumerate(SHOPIFY_79)}
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(SHOPIFY_79)
        for o in orders:
            for k, (sku, name, qty, price) in enumerate(o["lines"]):
                row = [""] * len(SHOPIFY_79)
                row[col["Name"]] = f"#{o['number']}"
                row[col["Created at"]] = o.get("created", "2026-10-05 10:00:00 +0200")
                row[col["Lineitem quantity"]] = str(qty)
                row[col["Lineitem name"]] = name
                row[col["Lineitem price"]] = price
                row[col["Lineitem sku"]] = sku
                if k == 0:
                    row[col["Email"]] = o.get("email", "")
                    row[col["Financial Status"]] = o.get("status", "paid")
                    row[col["Currency"]] = "EUR"
                    row[col["Subtotal"]] = o["total"]
                    row[col["Shipping"]] = "0"
                    row[col["Total"]] = o["total"]
                    row[col["Discount Code"]] = o.get("discount_code", "")
                    row[col["Discount Amount"]] = o.get("discount", "")
                    row[col["Billing Name"]] = o.get("name", "")
                    row[col["Billing Country"]] = o.get("country", "IT")
                    row[col["Phone"]] = o.get("phone", "")
                    row[col["Accepts Marketing"]] = o.get("marketing", "")
                writer.writerow(row)
    return path


def counts(db: Database) -> dict[str, int]:
    """How many rows each table an import writes holds (to prove that nothing was written)."""
    with db.read() as s:
        return {
            model.__tablename__: int(s.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Customer, Order, OrderLine, CustomerImportKey, CreditEntry)
        }


def give_voucher(
    db: Database,
    customer_email: str,
    amount_minor: int,
    *,
    expires_on: date | None = None,
    cap_share=None,
    created_at: datetime | None = None,
) -> str:
    """A grant with its issue entry, made directly (as the credit service would); returns the printed code."""
    code = vouchers.generate()
    at = created_at or datetime(2026, 9, 1, tzinfo=UTC)
    with db.write() as s:
        customer_id = s.scalar(select(Customer.id).where(Customer.email == customer_email))
        grant = CreditGrant(
            customer_id=customer_id,
            amount_minor=amount_minor,
            currency="EUR",
            reason="manual",
            reason_ref="test",
            expires_on=expires_on,
            code=code,
            cap_share=cap_share,
            created_at=at,
        )
        s.add(grant)
        s.flush()
        s.add(
            CreditEntry(
                grant_id=grant.id, kind="issue", amount_minor=amount_minor, currency="EUR", at=at, note=""
            )
        )
    return vouchers.format_code(code)


def entries(db: Database, kind: str = "redeem") -> list[tuple[str | None, int]]:
    with db.read() as s:
        return [
            tuple(r)
            for r in s.execute(
                select(CreditEntry.order_number, CreditEntry.amount_minor)
                .where(CreditEntry.kind == kind)
                .order_by(CreditEntry.id)
            )
        ]
