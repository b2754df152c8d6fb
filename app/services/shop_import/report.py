"""What an import tells its caller: the report, each refused row, each voucher code's outcome, the running
counts of a run, and the question about the date order."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.money import Money
from app.errors import ValidationError
from app.imports.records import Rejection


class DateOrderNeeded(ValidationError):
    """The file's dates could be day/month or month/day; ask the user and import again with ``date_order``."""

    def __init__(self, example: str | None) -> None:
        super().__init__(
            "The dates in this file (such as “{example}”) could be day/month or month/day. "
            "Choose the date order and import again.",
            example=example or "",
        )
        self.example = example


@dataclass(frozen=True)
class RowIssue:
    """A refused (or warned-about) row: its spreadsheet row number (``None``: the whole file), the reason in the
    user's language, and the order number or customer key when known."""

    row: int | None
    reason: str
    key: str | None = None


@dataclass(frozen=True)
class ImportReport:
    kind: str
    format: str
    file: str
    created: int
    updated: int
    unchanged: int
    rejected: tuple[RowIssue, ...]
    warnings: tuple[RowIssue, ...]
    redemptions: tuple[RedemptionOutcome, ...]
    written: bool
    dry_run: bool
    cancelled: bool = False
    rejects_file: str | None = None
    rejected_units: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


@dataclass(frozen=True)
class RedemptionOutcome:
    """What became of one of our voucher codes found on an imported order.

    ``status``: ``redeemed`` (recorded now), ``already`` (recorded by an earlier import), ``partial`` (recorded,
    but less than the shop applied: the ledger's cap or the balance allowed no more), ``unknown``, ``expired``,
    ``spent``, ``refused`` (nothing recorded, ``message`` says why), ``not_needed`` (one of several codes on the
    order that was not drawn: codes that expire sooner covered what the shop took off). A redemption made at the counter before the
    order was imported (*provisional*) is checked when the order arrives: ``checked`` (within the cap of the real
    total) or ``excess`` (``amount`` is the credit above the cap; nothing is taken back by the import;
    ``give_back_all``: the order arrived cancelled, so all of it). How to give it back is each client's to say.
    """

    order: str
    code: str
    status: str
    amount: Money | None
    message: str
    give_back_all: bool = False

    @property
    def recorded(self) -> bool:
        return self.status in ("redeemed", "partial")


@dataclass
class State:
    """The running counts and lists of one import run, which become its :class:`ImportReport`."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    redemptions: list[RedemptionOutcome] = field(default_factory=list)
    last_row: int = 0
    cancelled: bool = False
