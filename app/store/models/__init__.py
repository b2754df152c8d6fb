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
from app.store.models.imports import CustomerImportKey, ImportMapping, ImportRun, VoucherExport

__all__ = [
    "Case",
    "CaseEvent",
    "CaseLine",
    "Customer",
    "CustomerExternalId",
    "CustomerImportKey",
    "ImportMapping",
    "ImportRun",
    "Order",
    "OrderLine",
    "Setting",
    "User",
    "VoucherExport",
]
