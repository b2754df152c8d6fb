"""Rows an import refuses: amounts too large for the columns, one issue per bad row, the rejects file."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.errors import ValidationError
from app.imports.records import ImportedOrder, Problem, Rejection
from app.imports.rejects import write_rejects
from app.services.shop_import.report import RowIssue

#: Largest amount (minor units) and quantity the columns hold on both databases.
MAX_MINOR = 10**15
MAX_QUANTITY = 2**31 - 1


def issues_of(rejection: Rejection) -> list[RowIssue]:
    """One issue per bad row of a refused unit (a row with several problems says them all)."""
    rows = list(dict.fromkeys(p.row for p in rejection.problems))
    return [
        RowIssue(
            row,
            rejection.reasons_for_row(row)
            if row is not None
            else " ".join(p.reason for p in rejection.problems if p.row is None),
            rejection.key,
        )
        for row in rows
    ]


def rejection_of(order: ImportedOrder, problem: Problem) -> Rejection:
    return Rejection((problem,), (), order.number)


def write_rejects_file(
    path: Path, header: tuple[str, ...], delimiter: str, rejections: list[Rejection]
) -> None:
    try:
        write_rejects(path, header, rejections, delimiter)
    except OSError as exc:
        raise ValidationError(
            "The reject file {path} cannot be written: {error}; nothing was imported.",
            path=str(path),
            error=exc.strerror or str(exc),
        ) from None


def save_rejects_copy(source: str | Path, target: str | Path) -> Path:
    """A run's rejects file saved where the user chose (the wizard's "Save the refused rows"): a folder that
    cannot be written is a refusal in the user's language, never a crash."""
    try:
        shutil.copyfile(source, target)
    except OSError as exc:
        raise ValidationError(
            "Cannot write {path}: {reason}", path=str(target), reason=exc.strerror or str(exc)
        ) from None
    return Path(target)


def out_of_range(order: ImportedOrder) -> Problem | None:
    """Amounts and quantities too large for the columns (a damaged cell) refuse the order, never the database."""
    row = order.row_numbers[0] if order.row_numbers else None
    amounts = [order.subtotal, order.shipping, order.total, order.refunded_amount, order.discount_amount]
    amounts += [line.unit_price for line in order.lines]
    if any(a is not None and abs(a.minor) >= MAX_MINOR for a in amounts):
        return Problem.make(row, "An amount of this order is too large to be real.")
    if any(abs(line.quantity) > MAX_QUANTITY for line in order.lines):
        return Problem.make(row, "A quantity of this order is too large to be real.")
    return None
