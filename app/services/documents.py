"""Paper for a case: the apology note, the store-credit voucher, the case sheet and voucher batches, as PDF bytes.

Each document is gathered from the database in one read, rendered outside any transaction (rendering never holds
a write lock), and — when it is really printed or saved — recorded on the case's timeline as a ``printed`` event
in one write. The desktop client previews with the ``*_document`` functions and calls :func:`record_printed`
when the agent prints or saves; the CLI uses the ``print_*`` functions, which do both.

Shop wording overrides (templates) live here too, kept as settings rows ``template.<kind>.<lang>`` so the shipped
text stays the default. This module must never write files (the caller saves the bytes) or import Qt.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.domain.documents_settings as doc_settings
from app.documents import (
    CaseEvent,
    CaseSheetData,
    NoteData,
    PageSize,
    ShopProfile,
    VoucherData,
    parse_size,
    render_batch,
    render_case_sheet,
    render_note,
    render_voucher,
    validate_template,
)
from app.documents.case_events import event_detail
from app.documents.templates import TEMPLATE_KINDS, labels, shipped_template
from app.domain import vouchers
from app.domain.enums import EventType, Remedy
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.ranges import is_id
from app.domain.settings_registry import ShopSettings
from app.domain.text import clean_text, fold
from app.errors import MissingInput, NotFound, ValidationError
from app.i18n import SUPPORTED_LANGUAGES, translate
from app.services import credit
from app.services.cases import CaseDetail, get_case_row, load_case, record_event
from app.services.context import ServiceContext
from app.services.retry import retried
from app.services.settings import load_settings
from app.store.models import CreditCampaign, CreditGrant, Customer, Setting, User
from app.store.types import utcnow

log = logging.getLogger(__name__)

MAX_TEMPLATE = 10_000

#: What the shop is doing about it, said to the customer (``{amount}`` only where it matters).
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


@dataclass(frozen=True)
class Document:
    """A rendered PDF and what it is, ready to preview, print, save or attach."""

    kind: str  # note | voucher | case_sheet | batch
    data: bytes
    filename: str
    size: str
    language: str
    case_id: int | None = None
    code: str = ""
    count: int = 1


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    language: str
    text: str
    default: str
    overridden: bool
    updated_at: datetime | None = None
    updated_by: str | None = None


# --- shared look-ups --------------------------------------------------------------------------------------


def check_language(lang: str | None) -> str | None:
    """``None`` stays ``None``; a supported code is returned lower-case; anything else is refused."""
    if lang is None:
        return None
    code = lang.strip().lower()
    if code not in SUPPORTED_LANGUAGES:
        raise ValidationError(
            "Unknown language: {value}. Choose one of: {choices}.",
            value=lang,
            choices=", ".join(SUPPORTED_LANGUAGES),
        )
    return code


def _image(path_text: str, what: str) -> Path | None:
    """An image path from the settings, or ``None`` (with a warning) when the file is not on this workstation."""
    if not path_text:
        return None
    path = Path(path_text).expanduser()
    if not path.is_file():
        log.warning("%s %s is not on this workstation; printing without it", what, path)
        return None
    return path


def shop_profile(settings: ShopSettings) -> ShopProfile:
    """The letterhead from the shop settings (``shop.address`` lines are separated by ``|``)."""
    address = tuple(part.strip() for part in settings["shop.address"].split("|") if part.strip())
    return ShopProfile(
        settings["shop.name"],
        address,
        settings["shop.website"],
        _image(settings["shop.logo_path"], "logo"),
        settings["shop.email"],
    )


def _overrides(s: Session) -> dict[str, str]:
    rows = s.execute(select(Setting.key, Setting.value).where(Setting.key.like("template.%")))
    return {key: value for key, value in rows}


def _signature(s: Session, settings: ShopSettings, user_id: int) -> Path | None:
    own = s.get(Setting, doc_settings.signature_key(user_id))
    if own is not None and own.value:
        return _image(own.value, "signature")
    return _image(settings["shop.signature_path"], "signature")


def _local_date(moment: datetime | None, settings: ShopSettings) -> date | None:
    return moment.astimezone(settings["shop.timezone"]).date() if moment else None


def _local(moment: datetime | None, settings: ShopSettings) -> datetime | None:
    return moment.astimezone(settings["shop.timezone"]) if moment else None


def _customer_language(customer: Customer, settings: ShopSettings) -> str:
    lang = (customer.language or "").strip().lower()
    return lang if lang in SUPPORTED_LANGUAGES else settings["shop.language"]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "document"


# --- vouchers from the store-credit ledger -----------------------------------------------------------------
# Balances and expiry come from the credit service (a grant is printed while it can still be spent, on the shop's
# local day). Nothing here writes to the ledger.


def _voucher(
    grant: CreditGrant, balance_minor: int, customer: Customer, lang: str, settings: ShopSettings
) -> VoucherData:
    share = grant.cap_share if grant.cap_share is not None else settings["credit.cap_share"]
    return VoucherData(
        vouchers.format_code(grant.code),
        vouchers.export_form(grant.code),
        Money(balance_minor, grant.currency),
        grant.expires_on,
        Decimal(share),
        customer.name,
        lang,
    )


def _voucher_for_case(s: Session, case_id: int, lang: str, settings: ShopSettings) -> VoucherData | None:
    """The newest live voucher issued for a case, or ``None``."""
    grants = list(
        s.scalars(select(CreditGrant).where(CreditGrant.case_id == case_id).order_by(CreditGrant.id.desc()))
    )
    balances = credit.grant_balances(s, grants, credit.today(settings))
    for grant in grants:
        left = balances[grant.id].spendable
        if left.minor > 0:
            return _voucher(grant, left.minor, s.get(Customer, grant.customer_id), lang, settings)
    return None


def _voucher_by_code(
    s: Session, code: str, lang: str | None, settings: ShopSettings
) -> tuple[VoucherData, int | None]:
    grant = credit.grant_by_code(
        s, code, lock=False
    )  # a mistyped code is refused there, saying what is wrong
    shown = vouchers.format_code(grant.code)
    gb = credit.grant_balances(s, [grant], credit.today(settings))[grant.id]
    if gb.expired:
        raise ValidationError(
            "Voucher {code} expired on {date}; it cannot be printed.",
            code=shown,
            date=grant.expires_on.isoformat(),
        )  # type: ignore[union-attr]
    if gb.balance.minor <= 0:
        raise ValidationError("Voucher {code} has nothing left to spend; it cannot be printed.", code=shown)
    customer = s.get(Customer, grant.customer_id)
    language = lang or _customer_language(customer, settings)
    return _voucher(grant, gb.balance.minor, customer, language, settings), grant.case_id


def _vouchers_of_campaign(
    s: Session, campaign_id: int, lang: str | None, settings: ShopSettings
) -> list[VoucherData]:
    """Every live voucher of a campaign, in the order they were issued, each in its customer's language."""
    if not is_id(campaign_id) or s.get(CreditCampaign, campaign_id) is None:
        raise NotFound("There is no campaign {id}.", id=campaign_id)
    rows = s.execute(
        select(CreditGrant, Customer)
        .join(Customer, Customer.id == CreditGrant.customer_id)
        .where(CreditGrant.campaign_id == campaign_id)
        .order_by(CreditGrant.id)
    ).all()
    balances = credit.grant_balances(s, [grant for grant, _ in rows], credit.today(settings))
    return [
        _voucher(grant, left.minor, customer, lang or _customer_language(customer, settings), settings)
        for grant, customer in rows
        if (left := balances[grant.id].spendable).minor > 0
    ]


# --- the note ---------------------------------------------------------------------------------------------


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
        return labels(lang)["remedies"].get(remedy, remedy)
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
        return self.settings["documents.handwriting"] == 1


def _refuse_while_credit_awaits_approval(s: Session, case_id: int) -> None:
    """A note (preview, print or mail) never promises credit a supervisor has not granted yet."""
    from app.services.approvals import pending_request  # approvals stand on the cases this module reads

    req = pending_request(s, case_id)
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
        detail = load_case(s, case_id)
        _refuse_while_credit_awaits_approval(s, case_id)
        customer = s.get(Customer, detail.customer_id)
        language = lang or _customer_language(customer, settings)
        chosen = _last_remedy_event(detail)
        remedy = chosen.get("remedy") or detail.remedy
        voucher = _voucher_for_case(s, case_id, language, settings)
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
            signature_path=_signature(s, settings, ctx.actor.id),
            written_on=_local_date(utcnow(), settings),
        )
        if detail.kind.value in ("wrong_item", "damaged", "missing_item") and not note.item:
            raise ValidationError(
                "The note for case {id} needs the item: the case names no order line. Add the affected line first.",
                id=case_id,
            )
        return NoteParts(
            note, voucher, shop_profile(settings), settings, _overrides(s), detail.customer_email
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
        f"note-{case_id}-{_slug(note.customer_full_name)}.pdf",
        paper.value,
        note.language,
        case_id,
        voucher.code_plain if voucher else "",
    )


def letterhead_preview(
    ctx: ServiceContext,
    case_id: int,
    unsaved: dict[str, str],
    *,
    size: str | None = None,
    lang: str | None = None,
) -> Document:
    """The note of case ``case_id`` as it would print with the ``unsaved`` shop settings (name, address, logo,
    signature…) — for the settings screen, before saving; nothing is stored or recorded. A case without a remedy
    yet shows where the remedy will go, as the template preview does."""
    ctx.require(Permission.CASE_READ)
    paper = parse_size(size or PageSize.A5)
    language = check_language(lang)
    try:
        parts = note_parts(ctx, case_id, language, unsaved=unsaved)
    except MissingInput:  # the placeholder in the note's own language (the customer's, unless one is asked)
        placeholder = "[the remedy, once chosen]"
        parts = note_parts(ctx, case_id, language, translate(placeholder, language or "en"), unsaved=unsaved)
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
        f"note-{case_id}-preview.pdf",
        paper.value,
        note.language,
        case_id,
        voucher.code_plain if voucher else "",
    )


# --- the case sheet -----------------------------------------------------------------------------------------


def case_sheet_document(ctx: ServiceContext, case_id: int, *, lang: str | None = None) -> Document:
    """The case and its history for the file or a courier claim — never its internal notes — for preview."""
    ctx.require(Permission.CASE_READ)
    language = check_language(lang)
    with ctx.db.read() as s:
        settings = load_settings(s)
        detail = load_case(s, case_id)
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
            opened_at=_local(detail.created_at, settings),
            customer_name=detail.customer_name,
            language=language,
            customer_email=detail.customer_email or "",
            customer_phone=detail.customer_phone or "",
            order_number=f"#{detail.order_number}" if detail.order_number else "",
            order_date=_local_date(detail.order_placed_at, settings),
            items=items,
            summary=detail.summary,
            customer_wants=detail.wants.value,
            remedy=detail.remedy or "",
            credit=detail.amount if detail.remedy and "credit" in detail.remedy else None,
            owner=detail.owner or "",
            first_answer_due=_local(detail.first_answer_due, settings),
            resolution_due=_local(detail.resolution_due, settings),
            events=tuple(
                CaseEvent(
                    _local(e.at, settings),
                    e.type,
                    event_detail(e.type, e.text, e.data, words, language),
                    e.actor or "",
                    False,
                )
                for e in detail.events
                if not e.internal
            ),
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


# --- vouchers ------------------------------------------------------------------------------------------------


def voucher_document(
    ctx: ServiceContext, code: str, *, size: str | None = None, lang: str | None = None
) -> Document:
    """One store-credit voucher by its code, for preview; records nothing."""
    ctx.require(Permission.CASE_READ)
    paper = parse_size(size or PageSize.A6)
    language = check_language(lang)
    with ctx.db.read() as s:
        settings = load_settings(s)
        voucher, case_id = _voucher_by_code(s, code, language, settings)
        shop = shop_profile(settings)
    return Document(
        "voucher",
        render_voucher(voucher, shop, paper),
        f"voucher-{voucher.code_plain}.pdf",
        paper.value,
        voucher.language,
        case_id,
        voucher.code_plain,
    )


def batch_document(
    ctx: ServiceContext,
    campaign_id: int,
    *,
    size: str | None = None,
    lang: str | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> Document:
    """Every live voucher of a campaign in one PDF (four to an A4 sheet). ``progress`` may cancel."""
    ctx.require(Permission.CASE_READ)
    paper = parse_size(size or PageSize.A4)
    language = check_language(lang)
    with ctx.db.read() as s:
        settings = load_settings(s)
        cards = _vouchers_of_campaign(s, campaign_id, language, settings)
        shop = shop_profile(settings)
    if not cards:
        raise ValidationError("Campaign {id} has no live vouchers to print.", id=campaign_id)
    data = render_batch(cards, shop, paper, progress)
    return Document(
        "batch",
        data,
        f"campaign-{campaign_id}-vouchers.pdf",
        paper.value,
        language or cards[0].language,
        None,
        "",
        len(cards),
    )


# --- on the timeline ------------------------------------------------------------------------------------------


@retried
def record_printed(ctx: ServiceContext, document: Document, how: str = "printer") -> None:
    """Put a print (``how``: ``printer`` or ``pdf``) of a case's document on its timeline, in one write."""
    ctx.require(Permission.CASE_READ)
    if document.case_id is None:
        return
    data = {"document": document.kind, "size": document.size, "language": document.language, "how": how}
    if document.code:
        data["code"] = document.code
    with ctx.db.write() as s:
        case = get_case_row(s, document.case_id)
        record_event(
            s,
            case,
            ctx.actor.id,
            EventType.PRINTED,
            f"{document.kind} · {document.size.upper()} · {document.language}",
            data=data,
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


# --- templates ------------------------------------------------------------------------------------------------


def _check_template_key(kind: str, lang: str) -> tuple[str, str]:
    kind = (kind or "").strip().lower()
    if kind not in TEMPLATE_KINDS:
        raise ValidationError(
            "Unknown template: {name}. Choose one of: {choices}.",
            name=kind,
            choices=", ".join(TEMPLATE_KINDS),
        )
    return kind, check_language(lang) or "en"


def _template_info(s: Session, kind: str, lang: str) -> TemplateInfo:
    row = s.get(Setting, doc_settings.template_key(kind, lang))
    default = shipped_template(kind, lang)
    if row is None or not row.value.strip():
        return TemplateInfo(kind, lang, default, default, False)
    who = s.get(User, row.updated_by_id) if row.updated_by_id else None
    return TemplateInfo(
        kind, lang, row.value, default, True, row.updated_at, who.display_name if who else None
    )


def get_template(ctx: ServiceContext, kind: str, lang: str) -> TemplateInfo:
    """The wording in use for ``kind`` in ``lang``: the shop's override, or the shipped text."""
    ctx.require(Permission.CASE_READ)
    kind, lang = _check_template_key(kind, lang)
    with ctx.db.read() as s:
        return _template_info(s, kind, lang)


def list_templates(ctx: ServiceContext) -> list[TemplateInfo]:
    ctx.require(Permission.CASE_READ)
    with ctx.db.read() as s:
        return [_template_info(s, kind, lang) for kind in TEMPLATE_KINDS for lang in SUPPORTED_LANGUAGES]


@retried
def set_template(ctx: ServiceContext, kind: str, lang: str, text: str) -> TemplateInfo:
    """Keep the shop's own wording (admins); a missing or unknown placeholder is refused now, not at printing."""
    ctx.require(Permission.SETTINGS_WRITE)
    kind, lang = _check_template_key(kind, lang)
    text = clean_text((text or "").replace("\r\n", "\n"))  # NUL and other control bytes never stored
    if len(text) > MAX_TEMPLATE:
        raise ValidationError(
            "The template is {n} characters long; keep it under {max}.", n=len(text), max=MAX_TEMPLATE
        )
    validate_template(text, kind)
    with ctx.db.write() as s:
        key = doc_settings.template_key(kind, lang)
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=text, updated_at=utcnow(), updated_by_id=ctx.actor.id))
        else:
            row.value, row.updated_at, row.updated_by_id = text, utcnow(), ctx.actor.id
        s.flush()
        return _template_info(s, kind, lang)


@retried
def reset_template(ctx: ServiceContext, kind: str, lang: str) -> TemplateInfo:
    """Go back to the shipped wording (admins)."""
    ctx.require(Permission.SETTINGS_WRITE)
    kind, lang = _check_template_key(kind, lang)
    with ctx.db.write() as s:
        row = s.get(Setting, doc_settings.template_key(kind, lang))
        if row is not None:
            s.delete(row)
            s.flush()
        return _template_info(s, kind, lang)


# --- signatures -----------------------------------------------------------------------------------------------


@retried
def set_signature(ctx: ServiceContext, path: str | None, *, shop_wide: bool = False) -> str:
    """Set (or with ``None`` clear) the acting user's signature image; ``shop_wide`` sets the shop's (admins).

    The image is checked now so a broken file is refused here, not on a customer's card.
    """
    ctx.require(Permission.SETTINGS_WRITE if shop_wide else Permission.CASE_READ)
    value = ""
    if path:
        file = Path(path).expanduser().resolve()
        if not file.is_file():
            raise NotFound("There is no image file {path}.", path=str(file))
        try:
            from reportlab.lib.utils import ImageReader

            ImageReader(str(file)).getSize()
        except Exception:  # reportlab/PIL raise many kinds for a file that is not an image
            raise ValidationError(
                "{path} is not an image Rimedio can print (use PNG or JPEG).", path=str(file)
            ) from None
        value = str(file)
    key = "shop.signature_path" if shop_wide else doc_settings.signature_key(ctx.actor.id)
    with ctx.db.write() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value, updated_at=utcnow(), updated_by_id=ctx.actor.id))
        else:
            row.value, row.updated_at, row.updated_by_id = value, utcnow(), ctx.actor.id
    return value


__all__ = [
    "Document",
    "TemplateInfo",
    "VoucherData",
    "batch_document",
    "case_sheet_document",
    "get_template",
    "list_templates",
    "note_document",
    "print_case_sheet",
    "print_note",
    "print_voucher",
    "record_printed",
    "remedy_phrase",
    "reset_template",
    "set_signature",
    "set_template",
    "shop_profile",
    "voucher_document",
]
