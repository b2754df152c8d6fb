"""Words for the fixed vocabularies (case kinds, channels, statuses, wishes, roles) as people read them.

The tables hold ``QT_TRANSLATE_NOOP`` markers, so ``pyside6-lupdate`` finds them; :func:`label` translates at the
moment of display, so a language switch needs no restart of the tables. Never put a business rule here.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import CaseKind, CaseStatus, Channel, CustomerWants, EventType, Role

CONTEXT = "labels"

_LABELS: dict[StrEnum, str] = {
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


def language_name(code: str) -> str:
    text = _LANGUAGES.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code


def choices(enum_cls: type[StrEnum]) -> list[tuple[str, str]]:
    """``[(value, label), …]`` in declaration order, for combo boxes."""
    return [(m.value, label(m)) for m in enum_cls]
