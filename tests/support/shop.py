"""A small, fully known shop for service tests: three users, three customers with European names, four orders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.domain.text import phone_forms, search_document
from app.services.context import Actor, ServiceContext
from app.services.database import Database
from app.services.users import add_user, login
from app.store.models import Customer, Order, OrderLine


@dataclass
class Shop:
    db: Database
    admin: Actor
    supervisor: Actor
    agent: Actor

    def as_(self, actor: Actor) -> ServiceContext:
        return ServiceContext(self.db, actor)


CUSTOMERS = [
    ("Ștefan", "Țărână", "stefan.tarana@example.ro", "+40 721 555 123", "ro"),
    ("Niccolò", "Rossi", "niccolo.rossi@example.it", "+39 333 123 4567", "it"),
    ("Anna", "Müller", "anna.mueller@example.de", "+49 30 1234567", "en"),
]

ORDERS = [
    # number, customer index, placed, lines (sku, name, variant, qty, unit cents), shipping
    (
        "1001",
        0,
        datetime(2026, 10, 2, 9, 30, tzinfo=UTC),
        [
            ("CER-BOWL-S", "Ciotola dipinta", "blu", 2, 1890),
            ("LIN-NAP-4", "Tovaglioli in lino", "grigio", 1, 2900),
        ],
        690,
    ),
    (
        "1002",
        1,
        datetime(2026, 10, 20, 15, 0, tzinfo=UTC),
        [("CER-VASE", "Vaso Deruta", "giallo", 1, 12900)],
        0,
    ),
    (
        "1003",
        2,
        datetime(2026, 11, 1, 11, 0, tzinfo=UTC),
        [("MOKA-6", "Caffettiera moka", "acciaio", 1, 3990)],
        690,
    ),
    (
        "1004",
        1,
        datetime(2026, 11, 10, 8, 0, tzinfo=UTC),
        [("THR-WOOL", "Plaid in lana", "ocra", 1, 11900)],
        0,
    ),
]


def make_shop(db: Database) -> Shop:
    add_user(db, None, "admin", "admin", "admin-pass", "Ada Admin")
    admin = login(db, "admin", "admin-pass")
    add_user(db, admin, "supervisor", "supervisor", "super-pass", "Sara Supervisor")
    add_user(db, admin, "agent", "agent", "agent-pass", "Giulia Bianchi")
    with db.write() as s:
        customers = []
        for first, last, email, phone, lang in CUSTOMERS:
            c = Customer(
                first_name=first,
                last_name=last,
                email=email,
                phone=phone,
                language=lang,
                search_text=search_document(first, last, email, phone, phone_forms(phone)),
            )
            s.add(c)
            customers.append(c)
        s.flush()
        for number, ci, placed, lines, shipping in ORDERS:
            cust = customers[ci]
            o = Order(
                source="shopify",
                number=number,
                customer_id=cust.id,
                placed_at=placed,
                currency="EUR",
                shipping_minor=shipping,
                promised_by=date(placed.year, placed.month, placed.day),
                search_text=search_document(number, cust.first_name, cust.last_name, cust.email),
            )
            subtotal = 0
            for pos, (sku, name, variant, qty, price) in enumerate(lines):
                o.lines.append(
                    OrderLine(
                        position=pos,
                        sku=sku,
                        name=name,
                        variant=variant,
                        quantity=qty,
                        unit_price_minor=price,
                    )
                )
                subtotal += qty * price
            o.subtotal_minor, o.total_minor = subtotal, subtotal + shipping
            s.add(o)
    return Shop(db, admin, login(db, "supervisor", "super-pass"), login(db, "agent", "agent-pass"))
