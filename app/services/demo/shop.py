"""The random shop: customers in Italy, Romania and the UK, and 18 months of their orders."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from app.domain.text import phone_forms, search_document
from app.services.demo.data import DOMAINS, FIRST_NAMES, LAST_NAMES, PHONE_PREFIX, PRODUCTS
from app.store.models import Customer, CustomerExternalId, Order, OrderLine


def add_customers(s: Session, rng: random.Random, n: int, now: datetime) -> list[Customer]:
    result = []
    langs = ["it"] * 5 + ["ro"] * 3 + ["en"] * 2
    seen_emails: set[str] = set()
    for i in range(n):
        lang = langs[i % len(langs)]
        first, last = rng.choice(FIRST_NAMES[lang]), rng.choice(LAST_NAMES[lang])
        local = f"{_ascii(first)}.{_ascii(last)}".lower().replace(" ", "").replace("'", "")
        email = f"{local}@{rng.choice(DOMAINS[lang])}"
        if email in seen_emails:
            email = f"{local}{i}@{rng.choice(DOMAINS[lang])}"
        seen_emails.add(email)
        phone = f"{PHONE_PREFIX[lang]}{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        consent = rng.random() < 0.6
        created = now - timedelta(days=rng.randint(30, 720))
        c = Customer(
            first_name=first,
            last_name=last,
            email=email if rng.random() > 0.02 else None,
            phone=phone,
            language=lang,
            marketing_consent=consent,
            marketing_consent_at=created if consent else None,
            created_at=created,
            updated_at=created,
        )
        c.search_text = search_document(first, last, c.email, phone, phone_forms(phone))
        c.external_ids.append(
            CustomerExternalId(source="shopify", external_id=str(6_100_000_000_000 + i * 7919))
        )
        s.add(c)
        result.append(c)
    s.flush()
    return result


def _ascii(text: str) -> str:
    from app.domain.text import fold

    return fold(text)


def add_orders(
    s: Session, rng: random.Random, customers: list[Customer], n: int, now: datetime
) -> list[Order]:
    result = []
    start = now - timedelta(days=548)
    # A few loyal customers buy often, many buy once or twice.
    weights = [rng.choice([1, 1, 1, 2, 2, 3, 5, 9]) for _ in customers]
    for i in range(n):
        cust = rng.choices(customers, weights=weights)[0]
        placed = start + timedelta(seconds=rng.randint(0, int((now - start).total_seconds()) - 3600))
        order = Order(
            source="shopify",
            number=str(1001 + i),
            external_id=str(5_200_000_000_000 + i),
            customer_id=cust.id,
            placed_at=placed,
            currency="EUR",
            status=rng.choice(["paid"] * 12 + ["refunded", "partially_refunded"]),
            fulfillment_status="fulfilled",
        )
        subtotal = 0
        for pos, (sku, name, variant, price) in enumerate(
            rng.sample(PRODUCTS, rng.choice([1, 1, 1, 2, 2, 3]))
        ):
            qty = rng.choice([1, 1, 1, 2])
            order.lines.append(
                OrderLine(
                    position=pos, sku=sku, name=name, variant=variant, quantity=qty, unit_price_minor=price
                )
            )
            subtotal += qty * price
        order.subtotal_minor = subtotal
        order.shipping_minor = 0 if subtotal >= 6900 else 690
        order.total_minor = subtotal + order.shipping_minor
        local = placed.date()
        if local.month == 12 and local.day <= 18:
            order.promised_by = date(local.year, 12, 24)
        else:
            order.promised_by = local + timedelta(days=5)
        order.delivered_at = placed + timedelta(days=rng.randint(2, 8))
        order.search_text = search_document(order.number, cust.first_name, cust.last_name, cust.email)
        s.add(order)
        result.append(order)
    s.flush()
    return result
