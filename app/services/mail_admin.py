"""The mail server and the templates, looked after from the window: a test message through the configured server,
and a preview of a template being edited, filled for a chosen case, before it is saved.

Both stand on the services the command line uses (:mod:`app.services.mail`, :mod:`app.services.documents`), so a
preview is exactly what printing or mailing would produce and a test goes out the way customers' mails do.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.documents import compose_customer_mail, send_mail
from app.documents.note import note_text
from app.documents.templates import EMAIL_BODY, EMAIL_SUBJECT, PLACEHOLDERS, REQUIRED, validate_template
from app.domain.permissions import Permission
from app.errors import ValidationError
from app.i18n import translate
from app.services.context import ServiceContext
from app.services.documents import check_language, note_parts
from app.services.mail import ready_server
from app.services.settings import load_settings


@dataclass(frozen=True)
class TemplatePreview:
    subject: str  # the e-mail's subject ("" for a printed note's template)
    text: str


def placeholders(kind: str) -> tuple[list[str], list[str]]:
    """The placeholders ``kind`` must contain, and the others it may use (for the editor's list)."""
    required = sorted(REQUIRED.get(kind, frozenset()))
    allowed = PLACEHOLDERS | ({"note"} if kind == EMAIL_BODY else frozenset())
    return required, sorted(allowed - set(required))


def preview_template(ctx: ServiceContext, kind: str, lang: str, text: str, case_id: int) -> TemplatePreview:
    """``text`` as a template of ``kind`` in ``lang``, filled with case ``case_id`` — nothing is saved. Refused
    like saving would be (an unknown or missing placeholder, a stray brace)."""
    ctx.require(Permission.CASE_READ)
    validate_template(text, kind)
    lang = check_language(lang) or "en"
    try:
        parts = note_parts(ctx, case_id, lang)
    except ValidationError:  # no remedy chosen yet: the preview says where it will go
        parts = note_parts(ctx, case_id, lang, translate("[the remedy, once chosen]", lang))
    note, shop = parts.note, parts.shop
    code = parts.voucher.code_grouped if parts.voucher else ""
    if kind in (EMAIL_SUBJECT, EMAIL_BODY):
        subject, body = compose_customer_mail(
            note,
            shop,
            code,
            note_template=parts.template(note.kind),
            subject_template=text if kind == EMAIL_SUBJECT else parts.template(EMAIL_SUBJECT),
            body_template=text if kind == EMAIL_BODY else parts.template(EMAIL_BODY),
        )
        return TemplatePreview(subject, body)
    return TemplatePreview("", note_text(note, shop, text))


def send_test_message(ctx: ServiceContext, to: str) -> str:
    """Send a short test message through the configured mail server (admins); returns its Message-ID. Refused
    clearly, before anything is sent, when the server or this computer's password for it is missing."""
    ctx.require(Permission.SETTINGS_WRITE)
    to = (to or "").strip()
    if "@" not in to or any(ch.isspace() for ch in to):
        raise ValidationError("Not an e-mail address: {address}", address=to)
    with ctx.db.read() as s:
        settings = load_settings(s)
    smtp, password = ready_server(settings, settings["shop.name"])
    subject = translate("Rimedio: test message")
    body = translate("This is a test message from Rimedio: the mail server {host} works.", host=smtp.host)
    return send_mail(smtp, to, subject, body, [], password=password)
