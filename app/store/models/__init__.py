"""All tables, imported here so that ``Base.metadata`` knows every one of them (Alembic compares against it), and
the mapper hooks that keep the cases' report figures (:mod:`app.store.models.case_figures`)."""

from app.store.models import case_figures  # noqa: F401 - registers the hooks on CaseEvent
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
from app.store.models.credit import (
    ApprovalRequest,
    AuditHead,
    AuditLog,
    CreditCampaign,
    CreditEntry,
    CreditGrant,
    InstallationKey,
    ProvisionalRedemption,
)
from app.store.models.imports import CustomerImportKey, ImportMapping, ImportRun, VoucherExport
from app.store.models.reports import (
    ReportCaseDay,
    ReportLedgerDay,
    ReportOrderDay,
    ReportOwnerDay,
    ReportRollupState,
    ReportTzOffset,
)
from app.store.models.team import CasePresence, ChangeLog, Notification, NotifyMute

__all__ = [
    "ApprovalRequest",
    "AuditHead",
    "AuditLog",
    "CreditCampaign",
    "CreditEntry",
    "CreditGrant",
    "Case",
    "CaseEvent",
    "CaseLine",
    "CasePresence",
    "ChangeLog",
    "Customer",
    "CustomerExternalId",
    "CustomerImportKey",
    "ImportMapping",
    "ImportRun",
    "InstallationKey",
    "Notification",
    "NotifyMute",
    "Order",
    "OrderLine",
    "ProvisionalRedemption",
    "ReportCaseDay",
    "ReportLedgerDay",
    "ReportOrderDay",
    "ReportOwnerDay",
    "ReportRollupState",
    "ReportTzOffset",
    "Setting",
    "User",
    "VoucherExport",
]
