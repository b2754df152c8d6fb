"""Words for the fixed vocabularies (case kinds, channels, statuses, wishes, roles) as people read them.

The tables hold ``QT_TRANSLATE_NOOP`` markers, so ``pyside6-lupdate`` finds them; :func:`label` translates at the
moment of display, so a language switch needs no restart of the tables. Never put a business rule here.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from app.domain.enums import (
    ApprovalStatus,
    CampaignKind,
    CaseKind,
    CaseStatus,
    Channel,
    CustomerWants,
    EntryKind,
    EventType,
    GrantReason,
    Remedy,
    Role,
)
from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "labels"

_LABELS: dict[str, str] = {
    CaseKind.WRONG_ITEM: QT_TRANSLATE_NOOP("labels", "Wrong item"),
    CaseKind.DAMAGED: QT_TRANSLATE_NOOP("labels", "Damaged"),
    CaseKind.MISSING_ITEM: QT_TRANSLATE_NOOP("labels", "Missing item"),
    CaseKind.DELAY: QT_TRANSLATE_NOOP("labels", "Delay"),
    CaseKind.COMPLAINT: QT_TRANSLATE_NOOP("labels", "Complaint"),
    Channel.PHONE: QT_TRANSLATE_NOOP("labels", "Phone"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("labels", "E-mail"),
    Channel.CHAT: QT_TRANSLATE_NOOP("labels", "Chat"),
    Channel.SOCIAL: QT_TRANSLATE_NOOP("labels", "Social"),
    Channel.CLICK_TO_CALL: QT_TRANSLATE_NOOP("labels", "Click to call"),
    Channel.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    CaseStatus.NEW: QT_TRANSLATE_NOOP("labels", "New"),
    CaseStatus.PROPOSED: QT_TRANSLATE_NOOP("labels", "Proposed"),
    CaseStatus.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("labels", "Awaiting approval"),
    CaseStatus.AWAITING_CUSTOMER: QT_TRANSLATE_NOOP("labels", "Awaiting customer"),
    CaseStatus.RESOLVED: QT_TRANSLATE_NOOP("labels", "Resolved"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("labels", "Closed"),
    CustomerWants.KEEP: QT_TRANSLATE_NOOP("labels", "Keep the item"),
    CustomerWants.REPLACEMENT: QT_TRANSLATE_NOOP("labels", "Replacement"),
    CustomerWants.REFUND: QT_TRANSLATE_NOOP("labels", "Refund"),
    CustomerWants.UNKNOWN: QT_TRANSLATE_NOOP("labels", "Does not know yet"),
    Role.AGENT: QT_TRANSLATE_NOOP("labels", "Agent"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("labels", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("labels", "Administrator"),
    EventType.OPENED: QT_TRANSLATE_NOOP("labels", "Case opened"),
    EventType.NOTE: QT_TRANSLATE_NOOP("labels", "Note"),
    EventType.STATUS: QT_TRANSLATE_NOOP("labels", "Status changed"),
    EventType.EDITED: QT_TRANSLATE_NOOP("labels", "Edited"),
    EventType.ASSIGNED: QT_TRANSLATE_NOOP("labels", "Assigned"),
    EventType.PROPOSAL: QT_TRANSLATE_NOOP("labels", "Remedies proposed"),
    EventType.REMEDY_CHOSEN: QT_TRANSLATE_NOOP("labels", "Remedy chosen"),
    EventType.APPROVAL_REQUESTED: QT_TRANSLATE_NOOP("labels", "Approval requested"),
    EventType.APPROVED: QT_TRANSLATE_NOOP("labels", "Approved"),
    EventType.REJECTED: QT_TRANSLATE_NOOP("labels", "Rejected"),
    EventType.CREDIT_ISSUED: QT_TRANSLATE_NOOP("labels", "Credit issued"),
    EventType.PRINTED: QT_TRANSLATE_NOOP("labels", "Printed"),
    EventType.MAILED: QT_TRANSLATE_NOOP("labels", "E-mailed"),
    EventType.CUSTOMER_ANSWER: QT_TRANSLATE_NOOP("labels", "Customer answered"),
    EventType.ATTACHMENT: QT_TRANSLATE_NOOP("labels", "Attachment"),
    EventType.APPROVAL_EXPIRED: QT_TRANSLATE_NOOP("labels", "Approval request expired"),
    EventType.APPROVAL_WITHDRAWN: QT_TRANSLATE_NOOP("labels", "Approval request withdrawn"),
    Remedy.KEEP_AND_CREDIT: QT_TRANSLATE_NOOP("labels", "Keep the item and store credit"),
    Remedy.REPLACEMENT: QT_TRANSLATE_NOOP("labels", "Replacement"),
    Remedy.REFUND: QT_TRANSLATE_NOOP("labels", "Refund"),
    Remedy.RESHIP_MISSING: QT_TRANSLATE_NOOP("labels", "Ship what was missing"),
    Remedy.SHIPPING_UPGRADE: QT_TRANSLATE_NOOP("labels", "Free or faster shipping next time"),
    Remedy.GOODWILL_EXTRA: QT_TRANSLATE_NOOP("labels", "A small gift in the next parcel"),
    Remedy.CREDIT_INSTEAD_OF_REFUND: QT_TRANSLATE_NOOP("labels", "Store credit instead of a refund"),
    EntryKind.ISSUE: QT_TRANSLATE_NOOP("labels", "Issued"),
    EntryKind.REDEEM: QT_TRANSLATE_NOOP("labels", "Spent"),
    EntryKind.EXPIRE: QT_TRANSLATE_NOOP("labels", "Expired"),
    EntryKind.CANCEL: QT_TRANSLATE_NOOP("labels", "Cancelled"),
    EntryKind.RESTORE: QT_TRANSLATE_NOOP("labels", "Given back"),
    EntryKind.ADJUST: QT_TRANSLATE_NOOP("labels", "Corrected"),
    GrantReason.CASE: QT_TRANSLATE_NOOP("labels", "Case"),
    GrantReason.CAMPAIGN: QT_TRANSLATE_NOOP("labels", "Campaign"),
    GrantReason.MANUAL: QT_TRANSLATE_NOOP("labels", "Gift by hand"),
    ApprovalStatus.PENDING: QT_TRANSLATE_NOOP("labels", "Waiting"),
    ApprovalStatus.APPROVED: QT_TRANSLATE_NOOP("labels", "Approved"),
    ApprovalStatus.REJECTED: QT_TRANSLATE_NOOP("labels", "Rejected"),
    ApprovalStatus.EXPIRED: QT_TRANSLATE_NOOP("labels", "Expired"),
    ApprovalStatus.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "Withdrawn"),
    CampaignKind.SIGNUP: QT_TRANSLATE_NOOP("labels", "Welcome credit on sign-up"),
    CampaignKind.WINBACK: QT_TRANSLATE_NOOP("labels", "Win-back credit"),
}

#: Why a credit waits for a supervisor (``approvals`` / ``ui_queries.credit_check`` problem names).
_LIMIT_PROBLEMS = {
    "case_limit": QT_TRANSLATE_NOOP("labels", "above the limit per case"),
    "daily_limit": QT_TRANSLATE_NOOP("labels", "above the daily total"),
    "flagged": QT_TRANSLATE_NOOP("labels", "customer flagged for many claims"),
}

_ACCEPTANCE = {
    "low": QT_TRANSLATE_NOOP("labels", "unlikely"),
    "medium": QT_TRANSLATE_NOOP("labels", "maybe"),
    "high": QT_TRANSLATE_NOOP("labels", "likely"),
}

#: An order's payment status as the shops export it (app.imports.records.FINANCIAL_STATUSES, and "cancelled").
_ORDER_STATUSES = {
    "paid": QT_TRANSLATE_NOOP("labels", "Paid"),
    "pending": QT_TRANSLATE_NOOP("labels", "Payment pending"),
    "authorized": QT_TRANSLATE_NOOP("labels", "Authorised"),
    "refunded": QT_TRANSLATE_NOOP("labels", "Refunded"),
    "partially_refunded": QT_TRANSLATE_NOOP("labels", "Partly refunded"),
    "partially_paid": QT_TRANSLATE_NOOP("labels", "Partly paid"),
    "voided": QT_TRANSLATE_NOOP("labels", "Voided"),
    "failed": QT_TRANSLATE_NOOP("labels", "Payment failed"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
}

_LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("labels", "English"),
    "it": QT_TRANSLATE_NOOP("labels", "Italian"),
    "ro": QT_TRANSLATE_NOOP("labels", "Romanian"),
}


def label(value: StrEnum | str | None) -> str:
    """The translated word for an enum member (or its raw value when the table does not know it)."""
    if value is None:
        return ""
    text = _LABELS.get(value)  # StrEnum members hash like their value, so raw strings work too
    return QCoreApplication.translate(CONTEXT, text) if text else str(value)


def limit_problem(name: str) -> str:
    text = _LIMIT_PROBLEMS.get(name)
    return QCoreApplication.translate(CONTEXT, text) if text else name


def acceptance(level: str) -> str:
    text = _ACCEPTANCE.get(level)
    return QCoreApplication.translate(CONTEXT, text) if text else level


def order_status(value: str | None) -> str:
    """An order's payment status in words (the raw value when a shop sent one Rimedio does not know)."""
    text = _ORDER_STATUSES.get(value or "")
    return QCoreApplication.translate(CONTEXT, text) if text else (value or "")


def language_name(code: str) -> str:
    """The language's name in the reader's language (a customer's language in a list)."""
    text = _LANGUAGES.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code


#: Each language named in itself, for the pickers where a person chooses the language they read.
AUTONYMS = {"en": "English", "it": "Italiano", "ro": "Română"}


def autonym(code: str) -> str:
    """``Italiano``, ``Română``, ``English``: whatever language the screen is in, a reader finds their own."""
    return AUTONYMS.get(code, code)


def choices(enum_cls: type[StrEnum]) -> list[tuple[str, str]]:
    """``[(value, label), …]`` in declaration order, for combo boxes."""
    return [(m.value, label(m)) for m in enum_cls]
