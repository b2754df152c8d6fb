"""E-mail to the customer: the note's words as the message, the note and voucher PDFs attached, sent over SMTP.

The password is handed in by the caller (the keyring lives elsewhere); this module must never store it, log it
or put it in an error message. Every failure a user can fix (server unreachable, login refused, address refused)
becomes a :class:`MailError` with a clear message; nothing else is caught.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from enum import StrEnum

from app.documents.data import NoteData, ShopProfile
from app.documents.note import note_text, note_values
from app.documents.templates import EMAIL_BODY, EMAIL_SUBJECT, load_template, paragraphs, render
from app.errors import RimedioError, ValidationError


class Security(StrEnum):
    STARTTLS = "starttls"
    SSL = "ssl"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """Where and as whom to send. ``security`` ``none`` is for a local relay only."""

    host: str
    port: int
    security: Security = Security.STARTTLS
    user: str = ""
    sender: str = ""
    sender_name: str = ""
    timeout: float = 30.0
    #: The domain the Message-ID is made in: the shop's (its e-mail address's), so a reply or a bounce is
    #: threaded under the shop and never names this computer; empty: the sender's domain.
    shop_domain: str = ""


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    data: bytes
    mime_type: str = "application/pdf"


class MailError(RimedioError):
    """The mail could not be sent; the message says why and what to check."""

    code = "mail"


def _check_address(address: str) -> str:
    address = (address or "").strip()
    local, _, domain = address.partition("@")
    if not local or "." not in domain or any(ch.isspace() for ch in address) or "\n" in address:
        raise ValidationError("Not an e-mail address: {address}", address=address)
    return address


def compose_customer_mail(
    note: NoteData,
    shop: ShopProfile,
    code: str = "",
    *,
    note_template: str | None = None,
    subject_template: str | None = None,
    body_template: str | None = None,
) -> tuple[str, str]:
    """Subject and plain-text body for the customer, from the same templates as the printed note."""
    values: dict[str, str] = note_values(note, shop, code)
    values["note"] = "\n\n".join(paragraphs(note_text(note, shop, note_template)))
    subject = render(load_template(EMAIL_SUBJECT, note.language, subject_template), values)
    body = render(load_template(EMAIL_BODY, note.language, body_template), values)
    return " ".join(subject.split()), body + "\n"


def build_message(
    settings: SmtpSettings,
    to: str,
    subject: str,
    body: str,
    attachments: Sequence[Attachment] = (),
    *,
    now: datetime | None = None,
) -> EmailMessage:
    """The MIME message (UTF-8 text, PDFs attached), without sending it.

    It carries its own ``Date:`` (``now``, default the current time; RFC 5322 wants one, and a message without
    it is scored as spam or shown undated) and a ``Message-ID`` in the shop's domain (never this computer's
    name, which :func:`email.utils.make_msgid` uses by default).
    """
    sender = _check_address(settings.sender or settings.user)
    msg = EmailMessage()
    msg["From"] = formataddr((settings.sender_name, sender)) if settings.sender_name else sender
    msg["To"] = _check_address(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now or datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain=message_domain(settings.shop_domain or sender))
    msg.set_content(body)
    for item in attachments:
        maintype, _, subtype = item.mime_type.partition("/")
        msg.add_attachment(item.data, maintype=maintype, subtype=subtype, filename=item.filename)
    return msg


def message_domain(address_or_domain: str) -> str:
    """The domain part of an address (or a domain), lower case and in its ASCII (IDNA) form, for a Message-ID."""
    domain = address_or_domain.rpartition("@")[2].strip().strip(".").lower()
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return domain.encode("ascii", "ignore").decode("ascii") or "localhost"


def send_mail(
    settings: SmtpSettings,
    to: str,
    subject: str,
    body: str,
    attachments: Sequence[Attachment] = (),
    password: str | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> str:
    """Send one message; returns its Message-ID. Refusals become :class:`MailError`."""
    msg = build_message(settings, to, subject, body, attachments)
    security = Security(settings.security)
    context = ssl_context or ssl.create_default_context()
    where = f"{settings.host}:{settings.port}"
    try:
        if security is Security.SSL:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout, context=context
            )
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with client:
            client.ehlo()
            if security is Security.STARTTLS:
                client.starttls(context=context)
                client.ehlo()
            if settings.user:
                client.login(settings.user, password or "")
            client.send_message(msg)
    except smtplib.SMTPAuthenticationError:
        raise MailError("The mail server {server} refused the user name or password.", server=where) from None
    except smtplib.SMTPRecipientsRefused:
        raise MailError("The mail server refused the address {address}.", address=to) from None
    except smtplib.SMTPNotSupportedError:
        raise MailError(
            "The mail server {server} does not offer STARTTLS; choose SSL or check the port.", server=where
        ) from None
    except smtplib.SMTPResponseException as exc:
        raise MailError(
            "The mail server {server} refused the message: {reason}",
            server=where,
            reason=f"{exc.smtp_code} {exc.smtp_error!r}",
        ) from None
    except (OSError, smtplib.SMTPException) as exc:  # refused, timed out, TLS handshake, name not found
        reason = "timed out" if isinstance(exc, socket.timeout) else str(exc) or type(exc).__name__
        raise MailError(
            "Cannot reach the mail server {server}: {reason}", server=where, reason=reason
        ) from None
    return str(msg["Message-ID"])
