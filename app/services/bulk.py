"""Work on several cases at once from the inbox (issue 17): a status move or the case sheets for the selection.

A move is tried case by case, each in its own transaction under the same rules as one case (the state machine, a
pending approval request), so one case that refuses does not hold back the others; the outcome names each
refusal in one line. Assigning several cases is :func:`app.services.assignment.assign` (all or nothing).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO

from app.domain.ranges import check_id
from app.errors import RimedioError, ValidationError
from app.services import cases, documents
from app.services.context import ServiceContext

MAX_CASES = 500


@dataclass
class BulkOutcome:
    changed: list[int] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(
        default_factory=list
    )  # case id, the refusal in the user's language


def _ids(case_ids: Sequence[int]) -> list[int]:
    ids = sorted({check_id(i, "There is no case {id}.") for i in case_ids})
    if not ids:
        raise ValidationError("Choose at least one case.")
    if len(ids) > MAX_CASES:
        raise ValidationError("At most {n} cases at once.", n=MAX_CASES)
    return ids


def change_statuses(
    ctx: ServiceContext, case_ids: Sequence[int], status: str, reason: str = ""
) -> BulkOutcome:
    """Move each case to ``status``; the ones that refuse are listed with why."""
    outcome = BulkOutcome()
    for case_id in _ids(case_ids):
        try:
            detail = cases.change_status(ctx, case_id, status, reason=reason)
        except RimedioError as error:
            outcome.refused.append((case_id, error.message))
        else:
            if detail.status.value == status or str(detail.status) == status:
                outcome.changed.append(case_id)
    return outcome


def case_sheets(
    ctx: ServiceContext, case_ids: Sequence[int], *, lang: str | None = None
) -> documents.Document:
    """The case sheets of the selection in one PDF, in case order (to print or save together). Printing or
    saving it is recorded with :func:`app.services.documents.record_printed`, which puts a ``printed`` entry on
    each case's timeline, as printing one sheet does."""
    from pypdf import PdfReader, PdfWriter

    ids = _ids(case_ids)
    sheets = [documents.case_sheet_document(ctx, i, lang=lang) for i in ids]
    writer = PdfWriter()
    for sheet in sheets:
        writer.append(PdfReader(BytesIO(sheet.data)))
    out = BytesIO()
    writer.write(out)
    first = sheets[0]
    return documents.Document(
        "batch",
        out.getvalue(),
        f"case-sheets-{len(sheets)}.pdf",
        first.size,
        first.language,
        count=len(sheets),
        case_ids=tuple(ids),
    )
