"""The demo shop built in one transaction: its settings and users, then the random shop, its cases and credit,
the README's well-known records, the later parts' steps and the remedies' proposals."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import Role
from app.errors import Conflict
from app.services import passwords
from app.services.database import Database
from app.services.demo.cases import add_cases
from app.services.demo.credit import add_credit
from app.services.demo.shop import add_customers, add_orders
from app.services.demo.well_known import add_well_known
from app.services.settings import set_settings_unchecked
from app.store.models import Customer, Order, User

DEMO_USERS = (
    ("agent", "Giulia Bianchi", Role.AGENT, "it"),
    ("supervisor", "Marco Conti", Role.SUPERVISOR, "it"),
    ("admin", "Elena Popescu", Role.ADMIN, "ro"),
)

SHOP = {
    "shop.name": "Bottega Aurora",
    "shop.address": "Via dei Ceramisti 14 | 50125 Firenze | Italia",
    "shop.website": "www.bottega-aurora.example",
    "shop.email": "cura@bottega-aurora.example",
    "shop.currency": "EUR",
    "shop.language": "it",
    "shop.timezone": "Europe/Rome",
    "hours.holidays": "2026-12-08,2026-12-25,2026-12-26,2027-01-01,2027-01-06",
}


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    orders: int
    cases: int
    users: tuple[str, ...]


DemoStep = Callable[[Session, random.Random, datetime], None]
#: Later parts of the program (credit, remedies…) add their demo data here, run after the core's.
EXTRA_STEPS: list[DemoStep] = []


def build_demo(
    db: Database,
    seed: int = 7,
    customers: int = 320,
    orders: int = 1100,
    cases: int = 72,
) -> DemoSummary:
    """Fill an empty database with the demo shop in one transaction, as of the database clock's now."""
    rng = random.Random(seed)
    now = db.clock.now()
    with db.write() as s:
        if s.scalar(select(func.count(Customer.id))) or s.scalar(select(func.count(Order.id))):
            raise Conflict(
                "The database already has customers or orders; the demo shop only fills an empty one."
            )
        set_settings_unchecked(s, SHOP)
        users = _users(s, now)
        custs = add_customers(s, rng, customers, now)
        order_rows = add_orders(s, rng, custs, orders, now)
        case_count = add_cases(s, rng, order_rows, users, cases, now)
        add_credit(s, rng, users, now)
        known_customers, known_orders = add_well_known(s, now)  # what the README's examples name
        for step in EXTRA_STEPS:
            step(s, rng, now)
        _remedies(s, rng, now)
        return DemoSummary(
            len(custs) + known_customers,
            len(order_rows) + known_orders,
            case_count,
            tuple(u.username for u in users),
        )


def _remedies(s: Session, rng: random.Random, now: datetime) -> None:
    """The proposals the agents saw, and the costs and savings of the demo's choices (app.services.remedies)."""
    from app.services.remedies import add_demo_proposals

    add_demo_proposals(s, rng, now)


def _users(s: Session, now: datetime) -> list[User]:
    result = []
    for username, display, role, lang in DEMO_USERS:
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            user = User(
                username=username,
                display_name=display,
                role=role.value,
                language=lang,
                password_hash=passwords.hash_demo_password(username),
                password_changed_at=now,
            )
            s.add(user)
        result.append(user)
    s.flush()
    return result
