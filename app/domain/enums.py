"""The fixed vocabularies of Rimedio. Their ``value`` strings are a contract: they are stored in the database,
accepted by the CLI and written to JSON, so they never change once shipped (add, never rename)."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)


class CaseKind(StrEnum):
    WRONG_ITEM = "wrong_item"
    DAMAGED = "damaged"
    MISSING_ITEM = "missing_item"
    DELAY = "delay"
    COMPLAINT = "complaint"


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    SOCIAL = "social"
    CLICK_TO_CALL = "click_to_call"
    OTHER = "other"


class CaseStatus(StrEnum):
    NEW = "new"
    PROPOSED = "proposed"
    AWAITING_APPROVAL = "awaiting_approval"
    AWAITING_CUSTOMER = "awaiting_customer"
    RESOLVED = "resolved"
    CLOSED = "closed"


class CustomerWants(StrEnum):
    KEEP = "keep"
    REPLACEMENT = "replacement"
    REFUND = "refund"
    UNKNOWN = "unknown"


class Remedy(StrEnum):
    KEEP_AND_CREDIT = "keep_and_credit"
    REPLACEMENT = "replacement"
    REFUND = "refund"
    RESHIP_MISSING = "reship_missing"
    SHIPPING_UPGRADE = "shipping_upgrade"
    GOODWILL_EXTRA = "goodwill_extra"
    CREDIT_INSTEAD_OF_REFUND = "credit_instead_of_refund"


class Role(StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Language(StrEnum):
    EN = "en"
    IT = "it"
    RO = "ro"


class EventType(StrEnum):
    """What can happen on a case's timeline."""

    OPENED = "opened"
    NOTE = "note"
    STATUS = "status"
    EDITED = "edited"
    ASSIGNED = "assigned"
    PROPOSAL = "proposal"
    REMEDY_CHOSEN = "remedy_chosen"
    APPROVAL_REQUESTED = "approval_requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    CREDIT_ISSUED = "credit_issued"
    PRINTED = "printed"
    MAILED = "mailed"
    CUSTOMER_ANSWER = "customer_answer"
    ATTACHMENT = "attachment"
    APPROVAL_EXPIRED = "approval_expired"
    APPROVAL_WITHDRAWN = "approval_withdrawn"


class EntryKind(StrEnum):
    """What a ledger entry does to a grant's balance. Stored values: add, never rename."""

    ISSUE = "issue"  # +: the grant is given
    REDEEM = "redeem"  # −: spent on an order
    EXPIRE = "expire"  # −: what was left when the grant expired
    CANCEL = "cancel"  # −: the shop withdrew what was left
    RESTORE = "restore"  # +: an order that spent it was refunded
    ADJUST = "adjust"  # ±: a correction, with a reason


class GrantReason(StrEnum):
    """Why a grant was made; ``reason_ref`` names the case or campaign."""

    CASE = "case"
    CAMPAIGN = "campaign"
    MANUAL = "manual"


class ApprovalStatus(StrEnum):
    """Where an approval request stands; only ``pending`` is open."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"  # the asker (or a supervisor) took the request back before an answer


class CampaignKind(StrEnum):
    """Credit given to many customers at once."""

    SIGNUP = "signup"  # welcome credit for customers who signed up since a date
    WINBACK = "winback"  # "€5 if you order before DATE" for customers who stopped ordering


def parse_enum(enum_cls: type[E], value: str, what: str) -> E:
    """``"Wrong_Item"`` → ``CaseKind.WRONG_ITEM``; an unknown value is refused with the list of valid ones."""
    from app.errors import ValidationError

    key = (value or "").strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return enum_cls(key)
    except ValueError:
        raise ValidationError(
            "Unknown {what}: {value}. Choose one of: {choices}.",
            what=what,
            value=value,
            choices=", ".join(m.value for m in enum_cls),
        ) from None
