"""Plain, frozen records that the import parsers produce: orders, their lines, customers, and problems.

These are the hand-over between the parsers (which read shop files) and the store (which upserts). They hold
clean, typed values only — ``Money`` for amounts, aware UTC datetimes, ``None`` for unknown — and never touch a
database, a file or Qt. A ``Problem`` keeps its English message id and parameters and is translated only when
read, so a parser never needs to know who is looking.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.money import Money
from app.i18n import translate

#: Values of ``ImportedOrder.financial_status`` (Shopify's own words; other shops are mapped onto them).
FINANCIAL_STATUSES = (
    "paid",
    "pending",
    "authorized",
    "refunded",
    "partially_refunded",
    "partially_paid",
    "voided",
    "failed",
)
#: Values of ``ImportedOrder.fulfillment_status``.
FULFILLMENT_STATUSES = ("fulfilled", "partial", "unfulfilled", "restocked")


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a row was refused (or, as a warning, what was dropped from it). ``row`` is the spreadsheet row
    number (the header is row 1); ``None`` for a problem with the whole file."""

    row: int | None
    msgid: str
    params: tuple[tuple[str, Any], ...] = ()
    column: str | None = None

    @classmethod
    def make(cls, row: int | None, msgid: str, /, *, in_column: str | None = None, **params: Any) -> Problem:
        return cls(row, msgid, tuple(params.items()), in_column)

    @property
    def reason(self) -> str:
        """The message in the current language, after the file's own column name when there is one."""
        return self.reason_in(None)

    def reason_in(self, lang: str | None) -> str:
        text = translate(self.msgid, lang=lang, **dict(self.params))
        return f"{self.column}: {text}" if self.column else text


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One record of the file as it was read, kept so a rejected row can be written back unchanged."""

    row: int
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Rejection:
    """A unit of the file (one order, which may span several rows, or one customer row) that was refused.

    ``problems`` lists every problem found in the unit, each with its own row; ``records`` holds all the unit's
    rows as read, so the reject CSV can give the whole order back to be fixed and imported again.
    """

    problems: tuple[Problem, ...]
    records: tuple[SourceRow, ...] = ()
    key: str | None = None

    @property
    def row(self) -> int | None:
        """The first row with a problem."""
        return self.problems[0].row if self.problems else None

    @property
    def reason(self) -> str:
        """Every problem, each after its row number when there are several."""
        return self.reason_in(None)

    def reason_in(self, lang: str | None) -> str:
        several_rows = len({p.row for p in self.problems}) > 1
        return " ".join(_numbered(p, p.reason_in(lang), several_rows, lang) for p in self.problems)

    def reasons_for_row(self, row: int, lang: str | None = None) -> str:
        """The problems of one row of the unit, joined; empty when that row itself was fine."""
        return " ".join(p.reason_in(lang) for p in self.problems if p.row == row)


def _numbered(p: Problem, text: str, several_rows: bool, lang: str | None = None) -> str:
    if not several_rows or p.row is None:
        return text
    return translate("Row {row}:", lang=lang, row=p.row) + " " + text


@dataclass(frozen=True, slots=True)
class ImportedCustomer:
    """A customer as a shop file describes them.

    ``key`` is the stable matching key, in this order of trust: ``email:<lower-case e-mail>``,
    ``<source>:<id>`` (only ids that survived intact), ``phone:<digits>``, ``name:<lower-case name>|<zip>``.
    """

    key: str
    source: str
    external_id: str | None
    first_name: str
    last_name: str
    email: str | None = None
    phone: str | None = None
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    province: str | None = None
    zip: str | None = None
    country_code: str | None = None
    language: str | None = None
    accepts_marketing: bool | None = None
    marketing_date: datetime | None = None
    accepts_sms: bool | None = None
    tags: tuple[str, ...] = ()
    note: str | None = None
    total_spent: Money | None = None
    orders_count: int | None = None
    row_numbers: tuple[int, ...] = ()
    warnings: tuple[Problem, ...] = ()

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


@dataclass(frozen=True, slots=True)
class ImportedLine:
    """One line of an order. ``unit_price`` is ``None`` when the file does not give it (or it is not exact).

    ``attributes`` are the further ``key: value`` pairs the shop gave the line (a variation's ``color``, hidden
    meta keys starting with ``_``), in file order; ``variant`` is what is shown beside the name (the visible ones).
    """

    sku: str | None
    name: str
    variant: str | None
    quantity: int
    unit_price: Money | None
    total: Money | None = None
    vendor: str | None = None
    row: int | None = None
    attributes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ImportedOrder:
    """An order with its lines and its customer. ``number`` is the shop's order number without ``#``."""

    source: str
    number: str
    external_id: str | None
    created_at: datetime
    currency: str
    subtotal: Money | None
    shipping: Money | None
    total: Money | None
    discount_codes: tuple[str, ...]
    financial_status: str | None
    fulfillment_status: str | None
    cancelled_at: datetime | None
    refunded_amount: Money | None
    customer: ImportedCustomer
    lines: tuple[ImportedLine, ...]
    row_numbers: tuple[int, ...]
    taxes: Money | None = None
    discount_amount: Money | None = None
    paid_at: datetime | None = None
    source_status: str | None = None
    cancelled: bool = False
    payment_method: str | None = None
    tags: tuple[str, ...] = ()
    warnings: tuple[Problem, ...] = ()
