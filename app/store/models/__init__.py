"""All tables, imported here so that ``Base.metadata`` knows every one of them (Alembic compares against it)."""

from app.store.models.core import (
    Case,
    CaseEvent,
    CaseLine,
    Customer,
    CustomerExternalId,
    Order,
    OrderLine,
    Setting,
    User,
)

__all__ = [
    "Case",
    "CaseEvent",
    "CaseLine",
    "Customer",
    "CustomerExternalId",
    "Order",
    "OrderLine",
    "Setting",
    "User",
]
