"""Plain input for the document engine: what a note, a voucher or a case sheet shows, and nothing else.

These are frozen dataclasses filled by a service from the database (or by a test by hand). They must never hold
a database session, a model object or a Qt type, and never do I/O: the renderers take them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from app.domain.money import Money


@dataclass(frozen=True, slots=True)
class ShopProfile:
    """The shop's letterhead: printed on every note, voucher and case sheet."""

    name: str
    address_lines: tuple[str, ...] = ()
    website: str = ""
    logo_path: Path | None = None
    email: str = ""


@dataclass(frozen=True, slots=True)
class NoteData:
    """One apology note for one customer and one case. ``language`` is ``en``, ``it`` or ``ro`` (others: English)."""

    customer_first_name: str
    customer_full_name: str
    language: str
    kind: str
    order_number: str = ""
    item: str = ""
    problem: str = ""
    remedy_text: str = ""
    amount: Money | None = None
    expires_on: date | None = None
    agent_name: str = ""
    signature_path: Path | None = None
    written_on: date | None = None


@dataclass(frozen=True, slots=True)
class VoucherData:
    """One store-credit voucher. ``cap_share`` is the largest share of an order it may pay (``Decimal("0.3")``)."""

    code_grouped: str
    code_plain: str
    amount: Money
    expires_on: date | None
    cap_share: Decimal
    customer_name: str = ""
    language: str = "en"


@dataclass(frozen=True, slots=True)
class CaseEvent:
    """One line of a case's timeline. ``internal`` events (internal notes) are never printed."""

    when: datetime
    kind: str
    #: What the sheet prints after the event's name, already in the reader's words
    #: (:func:`app.documents.case_events.event_line` makes it from the stored event).
    text: str
    author: str = ""
    internal: bool = False


@dataclass(frozen=True, slots=True)
class CaseSheetData:
    """A case and its history, for the file or a courier claim."""

    case_number: str
    kind: str
    status: str
    channel: str
    opened_at: datetime
    customer_name: str
    language: str = "en"
    customer_email: str = ""
    customer_phone: str = ""
    order_number: str = ""
    order_date: date | None = None
    items: tuple[str, ...] = ()
    summary: str = ""
    customer_wants: str = ""
    remedy: str = ""
    credit: Money | None = None
    owner: str = ""
    first_answer_due: datetime | None = None
    resolution_due: datetime | None = None
    events: tuple[CaseEvent, ...] = field(default_factory=tuple)
    printed_on: date | None = None  # the footer's date; the computer's today when not given
