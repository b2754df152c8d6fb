"""The case sheet: the case and its history for the file or a courier claim, never its internal notes."""

from __future__ import annotations

from app.documents import (
    CaseEvent,
    CaseSheetData,
    PageSize,
    render_case_sheet,
)
from app.documents.case_events import event_detail
from app.documents.templates import labels
from app.domain.permissions import Permission
from app.services.cases import load_case
from app.services.context import ServiceContext
from app.services.documents.shared import Document, check_language, local_date, local_time, shop_profile
from app.services.settings import load_settings


def case_sheet_document(ctx: ServiceContext, case_id: int, *, lang: str | None = None) -> Document:
    """The case and its history for the file or a courier claim — never its internal notes — for preview."""
    ctx.require(Permission.CASE_READ)
    language = check_language(lang)
    with ctx.db.read() as s:
        settings = load_settings(s)
        detail = load_case(s, case_id, ctx.now())
        language = language or settings["shop.language"]
        words = labels(language)
        items = tuple(
            f"{li.sku} · {li.name}{f' ({li.variant})' if li.variant else ''} × {li.quantity}"
            for li in detail.lines
        )
        data = CaseSheetData(
            case_number=str(detail.id),
            kind=detail.kind.value,
            status=detail.status.value,
            channel=detail.channel.value,
            opened_at=local_time(detail.created_at, settings),
            customer_name=detail.customer_name,
            language=language,
            customer_email=detail.customer_email or "",
            customer_phone=detail.customer_phone or "",
            order_number=f"#{detail.order_number}" if detail.order_number else "",
            order_date=local_date(detail.order_placed_at, settings),
            items=items,
            summary=detail.summary,
            customer_wants=detail.wants.value,
            remedy=detail.remedy or "",
            credit=detail.amount if detail.remedy and "credit" in detail.remedy else None,
            owner=detail.owner or "",
            first_answer_due=local_time(detail.first_answer_due, settings),
            resolution_due=local_time(detail.resolution_due, settings),
            events=tuple(
                CaseEvent(
                    local_time(e.at, settings),
                    e.type,
                    event_detail(e.type, e.text, e.data, words, language),
                    e.actor or "",
                    False,
                )
                for e in detail.events
                if not e.internal
            ),
            printed_on=ctx.now().astimezone().date(),  # the workstation's day, as printed on paper
        )
        shop = shop_profile(settings)
    return Document(
        "case_sheet",
        render_case_sheet(data, shop),
        f"case-{case_id}.pdf",
        PageSize.A4.value,
        language,
        case_id,
    )
