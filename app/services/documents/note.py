"""The apology note: what the shop is doing said to the customer, everything the note needs read in one
transaction (the mail sends the same parts), the note and the letterhead preview as PDFs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.domain.documents_settings as doc_settings
from app.documents import (
    NoteData,
    PageSize,
    ShopProfile,
    VoucherData,
    parse_size,
    render_note,
)
from app.documents.templates import labels
from app.domain.enums import EventType, Remedy
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.settings_registry import ShopSettings
from app.errors import MissingInput, ValidationError
from app.i18n import translate
from app.services import credit
from app.services.case_records import pending_request
from app.services.cases import CaseDetail, load_case
from app.services.context import ServiceContext
from app.services.documents.shared import (
    Document,
    check_language,
    customer_language,
    local_date,
    shop_profile,
    signature_file,
    slug,
    template_overrides,
)
from app.services.documents.voucher import voucher_for_case
from app.services.settings import load_settings
from app.store.models import Customer, User

REMEDY_PHRASES: dict[str, dict[str, str]] = {
    "en": {
        Remedy.KEEP_AND_CREDIT: "keep the item, it is yours, and we are giving you store credit",
        Remedy.REPLACEMENT: "we are sending you the right item, at our expense",
        Remedy.REFUND: "we are refunding you {amount}",
        Remedy.RESHIP_MISSING: "we are shipping the missing item to you right away",
        Remedy.SHIPPING_UPGRADE: "your next order ships free and faster",
        Remedy.GOODWILL_EXTRA: "a small gift will travel with your next parcel",
        Remedy.CREDIT_INSTEAD_OF_REFUND: "instead of a refund you receive store credit, with a little extra on top",
    },
    "it": {
        Remedy.KEEP_AND_CREDIT: "tieni pure l'articolo, è tuo, e in più ti diamo un buono da spendere da noi",
        Remedy.REPLACEMENT: "ti spediamo l'articolo giusto, a spese nostre",
        Remedy.REFUND: "ti rimborsiamo {amount}",
        Remedy.RESHIP_MISSING: "ti spediamo subito l'articolo mancante",
        Remedy.SHIPPING_UPGRADE: "il tuo prossimo ordine viaggia gratis e più veloce",
        Remedy.GOODWILL_EXTRA: "nel tuo prossimo pacco troverai un piccolo regalo",
        Remedy.CREDIT_INSTEAD_OF_REFUND: "al posto del rimborso ricevi un buono, con qualcosa in più",
    },
    "ro": {
        Remedy.KEEP_AND_CREDIT: "păstrează produsul, este al tău, iar noi îți oferim credit în magazin",
        Remedy.REPLACEMENT: "îți trimitem produsul corect, pe cheltuiala noastră",
        Remedy.REFUND: "îți rambursăm {amount}",
        Remedy.RESHIP_MISSING: "îți trimitem imediat produsul lipsă",
        Remedy.SHIPPING_UPGRADE: "următoarea ta comandă va fi livrată gratuit și mai rapid",
        Remedy.GOODWILL_EXTRA: "în următorul colet vei găsi un mic cadou",
        Remedy.CREDIT_INSTEAD_OF_REFUND: "în locul rambursării primești credit în magazin, cu un bonus",
    },
}


_REFUND_IN_FULL = {
    "en": "we are refunding you in full",
    "it": "ti rimborsiamo l'intero importo",
    "ro": "îți rambursăm integral suma",
}


def _last_remedy_event(detail: CaseDetail) -> dict[str, Any]:
    for event in reversed(detail.events):
        if event.type == EventType.REMEDY_CHOSEN.value:
            return event.data or {}
    return {}


def _chosen_amount(chosen: dict[str, Any]) -> Money | None:
    """The amount recorded with the remedy choice (``{"amount": "12.50", "currency": "EUR"}``), if any."""
    try:
        return Money.parse(str(chosen["amount"]), str(chosen["currency"])) if chosen.get("amount") else None
    except (KeyError, ValueError, ValidationError):
        return None


def remedy_phrase(remedy: str | None, lang: str, amount: Money | None = None) -> str:
    """What the shop is doing, in a sentence for the customer (empty when no remedy is chosen)."""
    if not remedy:
        return ""
    phrases = REMEDY_PHRASES.get(lang, REMEDY_PHRASES["en"])
    phrase = phrases.get(remedy)
    if phrase is None:
        return str(labels(lang)["remedies"].get(remedy, remedy))
    if "{amount}" in phrase:
        return (
            phrase.format(amount=amount.format(lang))
            if amount
            else _REFUND_IN_FULL.get(lang, _REFUND_IN_FULL["en"])
        )
    return phrase


def _items(detail: CaseDetail, s: Session) -> tuple[str, ...]:
    lines = [(li.name, li.variant, li.quantity) for li in detail.lines]
    if not lines and detail.order_id is not None:
        from app.store.models import OrderLine

        order_lines = list(s.scalars(select(OrderLine).where(OrderLine.order_id == detail.order_id)))
        if len(order_lines) == 1:  # a one-line order: that line is what the case is about
            lines = [(order_lines[0].name, order_lines[0].variant, order_lines[0].quantity)]
    return tuple(f"{name} ({variant})" if variant else name for name, variant, _ in lines)


@dataclass(frozen=True)
class NoteParts:
    """Everything a note (and the mail that carries it) needs, read in one transaction."""

    note: NoteData
    voucher: VoucherData | None
    shop: ShopProfile
    settings: ShopSettings
    overrides: dict[str, str]
    customer_email: str | None

    def template(self, kind: str) -> str | None:
        return self.overrides.get(doc_settings.template_key(kind, self.note.language))

    @property
    def handwriting(self) -> bool:
        return bool(self.settings["documents.handwriting"] == 1)


def _refuse_while_credit_awaits_approval(s: Session, case_id: int, now: datetime) -> None:
    """A note (preview, print or mail) never promises credit a supervisor has not granted yet."""
    req = pending_request(s, case_id, now)
    if req is not None:
        raise ValidationError(
            "The credit on case {id} awaits a supervisor's approval (request {request}): the note cannot promise it "
            "yet. Print or send it once the answer is in.",
            id=case_id,
            request=req.id,
        )


def note_parts(
    ctx: ServiceContext,
    case_id: int,
    lang: str | None,
    remedy_text: str | None = None,
    unsaved: dict[str, str] | None = None,
) -> NoteParts:
    """Everything a note needs, read in one transaction; ``unsaved`` settings (checked) replace the stored ones."""
    with ctx.db.read() as s:
        settings = load_settings(s)
        if unsaved:
            settings = settings.with_values(unsaved)
        detail = load_case(s, case_id, ctx.now())
        _refuse_while_credit_awaits_approval(s, case_id, ctx.now())
        customer = s.get_one(Customer, detail.customer_id)
        language = lang or customer_language(customer, settings)
        chosen = _last_remedy_event(detail)
        remedy = chosen.get("remedy") or detail.remedy
        voucher = voucher_for_case(s, case_id, language, settings, credit.today(settings, ctx.now()))
        amount = detail.amount or _chosen_amount(chosen)
        text = (
            (remedy_text or "").strip()
            or str(chosen.get("customer_text") or "").strip()
            or remedy_phrase(remedy, language, amount)
        )
        if not text:
            raise MissingInput(
                "remedy_text",
                "Case {id} has no remedy yet: choose one (or write its text) before printing the note.",
                id=case_id,
            )
        items = _items(detail, s)
        actor = s.get(User, ctx.actor.id)
        note = NoteData(
            customer_first_name=customer.first_name.strip() or customer.name,
            customer_full_name=customer.name,
            language=language,
            kind=detail.kind.value,
            order_number=f"#{detail.order_number}" if detail.order_number else "",
            item=", ".join(items),
            problem=str(chosen.get("problem") or "").strip(),
            remedy_text=text,
            amount=voucher.amount if voucher else None,
            expires_on=voucher.expires_on if voucher else None,
            agent_name=actor.display_name if actor else ctx.actor.display_name,
            signature_path=signature_file(s, settings, ctx.actor.id),
            written_on=local_date(ctx.now(), settings),
        )
        if detail.kind.value in ("wrong_item", "damaged", "missing_item") and not note.item:
            raise ValidationError(
                "The note for case {id} needs the item: the case names no order line. Add the affected line first.",
                id=case_id,
            )
        return NoteParts(
            note, voucher, shop_profile(settings), settings, template_overrides(s), detail.customer_email
        )


def note_document(
    ctx: ServiceContext,
    case_id: int,
    *,
    size: str | None = None,
    lang: str | None = None,
    remedy_text: str | None = None,
    handwriting: bool | None = None,
) -> Document:
    """The apology note of a case as a PDF (with its voucher when the case has one), for preview; records nothing."""
    ctx.require(Permission.CASE_READ)
    paper = parse_size(size or PageSize.A5)
    parts = note_parts(ctx, case_id, check_language(lang), remedy_text)
    note, voucher = parts.note, parts.voucher
    data = render_note(
        note,
        parts.shop,
        paper,
        voucher=voucher,
        template=parts.template(note.kind),
        handwriting=parts.handwriting if handwriting is None else handwriting,
    )
    return Document(
        "note",
        data,
        f"note-{case_id}-{slug(note.customer_full_name)}.pdf",
        paper.value,
        note.language,
        case_id,
        voucher.code_plain if voucher else "",
    )


#: The made-up customer and item of the sample note (first name, full name, item), per language.
SAMPLE_NOTE: dict[str, tuple[str, str, str]] = {
    "en": ("Emma", "Emma Clarke", "Linen tea towels, set of 4 (grey)"),
    "it": ("Giulia", "Giulia Bianchi", "Strofinacci di lino, set da 4 (grigio)"),
    "ro": ("Ioana", "Ioana Marin", "Prosoape de bucătărie din in, set de 4 (gri)"),
}


def sample_note_parts(
    ctx: ServiceContext, lang: str | None, unsaved: dict[str, str] | None = None
) -> NoteParts:
    """A note that needs no case: a made-up customer sent the right item for a wrong one, written by the one
    asking, with the shop's settings (``unsaved`` ones in place of the stored). In ``lang``, else the shop's
    default language of customers."""
    with ctx.db.read() as s:
        settings = load_settings(s)
        if unsaved:
            settings = settings.with_values(unsaved)
        language = lang or settings["shop.language"]
        first, full, item = SAMPLE_NOTE.get(language, SAMPLE_NOTE["en"])
        actor = s.get(User, ctx.actor.id)
        note = NoteData(
            customer_first_name=first,
            customer_full_name=full,
            language=language,
            kind="wrong_item",
            order_number="#1001",
            item=item,
            remedy_text=remedy_phrase(Remedy.REPLACEMENT, language),
            agent_name=actor.display_name if actor else ctx.actor.display_name,
            signature_path=signature_file(s, settings, ctx.actor.id),
            written_on=local_date(ctx.now(), settings),
        )
        return NoteParts(note, None, shop_profile(settings), settings, template_overrides(s), None)


def letterhead_preview(
    ctx: ServiceContext,
    case_id: int | None,
    unsaved: dict[str, str],
    *,
    size: str | None = None,
    lang: str | None = None,
) -> Document:
    """The note of case ``case_id`` — or, without one, the sample note (:func:`sample_note_parts`), which every
    shop can show, even one without cases — as it would print with the ``unsaved`` shop settings (name, address,
    logo, signature…): for the settings screen, before saving; nothing is stored or recorded. A case without a
    remedy yet shows where the remedy will go, as the template preview does."""
    ctx.require(Permission.CASE_READ)
    paper = parse_size(size or PageSize.A5)
    language = check_language(lang)
    if case_id is None:
        parts = sample_note_parts(ctx, language, unsaved)
    else:
        try:
            parts = note_parts(ctx, case_id, language, unsaved=unsaved)
        except MissingInput:
            # the placeholder, in the note's own language (the customer's, unless one is asked)
            placeholder = "[the remedy, once chosen]"
            parts = note_parts(
                ctx, case_id, language, translate(placeholder, language or "en"), unsaved=unsaved
            )
            if parts.note.language != (language or "en"):
                parts = note_parts(
                    ctx,
                    case_id,
                    parts.note.language,
                    translate(placeholder, parts.note.language),
                    unsaved=unsaved,
                )
    note, voucher = parts.note, parts.voucher
    handwriting = parts.settings["documents.handwriting"] == 1
    data = render_note(
        note, parts.shop, paper, voucher=voucher, template=parts.template(note.kind), handwriting=handwriting
    )
    return Document(
        "note",
        data,
        f"note-{case_id or 'sample'}-preview.pdf",
        paper.value,
        note.language,
        case_id,
        voucher.code_plain if voucher else "",
    )
