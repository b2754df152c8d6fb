"""Printed or saved paper on the case's timeline: a ``printed`` event in one write, and the ``print_*``
calls of the command line that render and record.
"""

from __future__ import annotations

from typing import Any

from app.domain.enums import EventType
from app.domain.permissions import Permission
from app.services.case_records import get_case_row, record_event
from app.services.context import ServiceContext
from app.services.documents.case_sheet import case_sheet_document
from app.services.documents.note import note_document
from app.services.documents.shared import Document
from app.services.documents.voucher import voucher_document
from app.services.retry import retried


@retried
def record_printed(ctx: ServiceContext, document: Document, how: str = "printer") -> None:
    """Put a print (``how``: ``printer`` or ``pdf``) of a case's document on its timeline, in one write; a batch
    of case sheets (the inbox's several cases) puts one on each of its cases' timelines, as printing each sheet
    alone would, in the same write (the cases in id order, the order every lock is taken in)."""
    ctx.require(Permission.CASE_READ)
    if document.kind == "batch":
        case_ids, kind = sorted(set(document.case_ids)), "case_sheet"
    elif document.case_id is not None:
        case_ids, kind = [document.case_id], document.kind
    else:
        return
    if not case_ids:  # a campaign's vouchers: no case to tell, no write to take
        return
    data = {"document": kind, "size": document.size, "language": document.language, "how": how}
    if document.code:
        data["code"] = document.code
    with ctx.db.write() as s:
        now = ctx.now()
        for case_id in case_ids:
            case = get_case_row(s, case_id)
            record_event(
                s,
                case,
                ctx.actor.id,
                EventType.PRINTED,
                f"{kind} · {document.size.upper()} · {document.language}",
                at=now,
                data=dict(data),
            )


def print_note(ctx: ServiceContext, case_id: int, *, how: str = "pdf", **options: Any) -> Document:
    document = note_document(ctx, case_id, **options)
    record_printed(ctx, document, how)
    return document


def print_case_sheet(
    ctx: ServiceContext, case_id: int, *, how: str = "pdf", lang: str | None = None
) -> Document:
    document = case_sheet_document(ctx, case_id, lang=lang)
    record_printed(ctx, document, how)
    return document


def print_voucher(ctx: ServiceContext, code: str, *, how: str = "pdf", **options: Any) -> Document:
    document = voucher_document(ctx, code, **options)
    record_printed(ctx, document, how)
    return document
