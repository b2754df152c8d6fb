"""E-mail to the customer: the note's words as the message, the note (and voucher) as a PDF, over the shop's SMTP.

The mail server is a shop setting (``smtp.*``); its password lives only in the system keyring, account
``smtp:<user>@<host>``. Sending happens outside any database transaction; only a sent mail is recorded on the
case's timeline (a ``mailed`` event). This module must never log, store in the database or put in a message the
SMTP password.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.documents import Attachment, SmtpSettings, compose_customer_mail, render_note, send_mail
from app.documents.layout import PageSize
from app.documents.mailer import Security
from app.documents.templates import EMAIL_BODY, EMAIL_SUBJECT
from app.domain.documents_settings import check_security, smtp_keyring_account
from app.domain.enums import EventType
from app.domain.permissions import Permission
from app.domain.settings_registry import ShopSettings, parse, spec
from app.errors import ValidationError
from app.secrets_store import delete_secret, get_secret, set_secret
from app.services.case_records import get_case_row, record_event
from app.services.context import ServiceContext
from app.services.documents import check_language, note_parts
from app.services.retry import retried
from app.services.settings import load_settings
from app.store.models import Setting

#: The attachment's name in the customer's language.
_FILENAMES = {
    "en": ("note.pdf", "note-and-voucher.pdf"),
    "it": ("biglietto.pdf", "biglietto-e-buono.pdf"),
    "ro": ("bilet.pdf", "bilet-si-voucher.pdf"),
}


@dataclass(frozen=True)
class SmtpInfo:
    host: str
    port: int
    security: str
    user: str
    sender: str
    password_stored: bool

    @property
    def configured(self) -> bool:
        return bool(self.host)


@dataclass(frozen=True)
class MailResult:
    case_id: int
    to: str
    subject: str
    message_id: str
    attachments: tuple[str, ...]
    code: str = ""


def _info(settings: ShopSettings) -> SmtpInfo:
    host, user = settings["smtp.host"], settings["smtp.user"]
    stored = bool(host and user and get_secret(smtp_keyring_account(user, host)))
    return SmtpInfo(
        host,
        settings["smtp.port"],
        settings["smtp.security"].strip().lower() or "starttls",
        user,
        settings["smtp.sender"] or settings["shop.email"],
        stored,
    )


def ready_server(settings: ShopSettings, shop_name: str) -> tuple[SmtpSettings, str | None]:
    """The mail server as the shop set it and this computer's password for it, or why mail cannot go out now
    (no server, no sender address, no password in this computer's keyring) — one check for every mail sent."""
    info = _info(settings)
    if not info.configured:
        raise ValidationError("No mail server is set up: an admin sets it with `rimedio smtp set`.")
    security = check_security(info.security)
    if not (info.sender or "@" in info.user):
        raise ValidationError(
            "Mails to customers need a sender address: an admin sets shop.email or smtp.sender."
        )
    password = None
    if info.user:
        password = get_secret(smtp_keyring_account(info.user, info.host))
        if not password:
            raise ValidationError(
                "This computer's keyring has no password for the mail server ({user} on {host}): "
                "an admin stores it with `rimedio smtp set`.",
                user=info.user,
                host=info.host,
            )
    server = SmtpSettings(
        info.host,
        info.port,
        Security(security),
        info.user,
        info.sender,
        shop_name,
        shop_domain=settings["shop.email"] or info.sender,
    )
    return server, password


def smtp_info(ctx: ServiceContext) -> SmtpInfo:
    """Where mail goes out, and whether this workstation has the password."""
    ctx.require(Permission.CASE_READ)
    with ctx.db.read() as s:
        return _info(load_settings(s))


def _put(s: Session, key: str, value: str, actor_id: int, now: datetime) -> None:
    parse(spec(key), value)
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value, updated_at=now, updated_by_id=actor_id))
    else:
        row.value, row.updated_at, row.updated_by_id = value, now, actor_id


@retried
def configure_smtp(
    ctx: ServiceContext,
    *,
    host: str,
    port: int | str,
    security: str = "starttls",
    user: str = "",
    sender: str = "",
    password: str | None = None,
) -> SmtpInfo:
    """Set the mail server (admins) in one write; the password goes to this workstation's keyring only."""
    ctx.require(Permission.SETTINGS_WRITE)
    host = (host or "").strip()
    if not host or any(ch.isspace() for ch in host):
        raise ValidationError("Give the mail server's host name, e.g. smtp.example.com.")
    security = check_security(security)
    user, sender = (user or "").strip(), (sender or "").strip()
    if sender and ("@" not in sender or any(ch.isspace() for ch in sender)):
        raise ValidationError("Not an e-mail address: {address}", address=sender)
    if user and not password and not get_secret(smtp_keyring_account(user, host)):
        raise ValidationError("The mail server user {user} needs a password.", user=user)
    with ctx.db.write() as s:
        for key, value in (
            ("smtp.host", host),
            ("smtp.port", str(port).strip()),
            ("smtp.security", security),
            ("smtp.user", user),
            ("smtp.sender", sender),
        ):
            _put(s, key, value, ctx.actor.id, ctx.now())
        s.flush()
        if user and password:
            set_secret(
                smtp_keyring_account(user, host), password
            )  # last: a refused setting stores no password
        return _info(load_settings(s))


def forget_smtp_password(ctx: ServiceContext) -> None:
    """Remove the mail server's password from this workstation's keyring."""
    ctx.require(Permission.SETTINGS_WRITE)
    info = smtp_info(ctx)
    if info.user and info.host:
        delete_secret(smtp_keyring_account(info.user, info.host))


def mail_case(
    ctx: ServiceContext, case_id: int, *, lang: str | None = None, remedy_text: str | None = None
) -> MailResult:
    """Send the case's note (with its voucher, if any) to the customer and put a ``mailed`` event on the timeline.

    Refused clearly, before anything is sent, when the customer has no e-mail address, no mail server is set up,
    or this workstation lacks the server's password.
    """
    ctx.require(Permission.CASE_WRITE)
    parts = note_parts(ctx, case_id, check_language(lang), remedy_text)
    note, voucher, shop = parts.note, parts.voucher, parts.shop
    to = (parts.customer_email or "").strip()
    if not to:
        raise ValidationError(
            "{name} has no e-mail address: print the note instead, or add the address first.",
            name=note.customer_full_name,
        )
    settings, password = ready_server(parts.settings, shop.name)
    code = voucher.code_grouped if voucher else ""
    subject, body = compose_customer_mail(
        note,
        shop,
        code,
        note_template=parts.template(note.kind),
        subject_template=parts.template(EMAIL_SUBJECT),
        body_template=parts.template(EMAIL_BODY),
    )
    pdf = render_note(
        note,
        shop,
        PageSize.A4,
        voucher=voucher,
        template=parts.template(note.kind),
        handwriting=parts.handwriting,
    )
    filename = _FILENAMES.get(note.language, _FILENAMES["en"])[1 if voucher else 0]
    message_id = send_mail(settings, to, subject, body, [Attachment(filename, pdf)], password=password)
    with ctx.db.write() as s:
        case = get_case_row(s, case_id)
        data = {
            "to": to,
            "subject": subject,
            "message_id": message_id,
            "attachments": [filename],
            "language": note.language,
        }
        if voucher:
            data["code"] = voucher.code_plain
        record_event(s, case, ctx.actor.id, EventType.MAILED, to, at=ctx.now(), data=data)
    return MailResult(case_id, to, subject, message_id, (filename,), voucher.code_plain if voucher else "")


__all__ = ["MailResult", "SmtpInfo", "configure_smtp", "forget_smtp_password", "mail_case", "smtp_info"]
