"""The note and voucher reach the customer by e-mail: a local SMTP server receives them with the PDF attached."""

from __future__ import annotations

import socket
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from app.documents.mailer import (
    Attachment,
    MailError,
    Security,
    SmtpSettings,
    compose_customer_mail,
    send_mail,
)
from app.documents.note import render_note
from app.errors import ValidationError
from tests.documents.helpers import make_note, make_voucher, pdf_text


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp_server():
    inbox = _Inbox()

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == b"shop"
            and auth_data.password == b"s3cret"
        )
        return AuthResult(success=ok, handled=False)

    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=_free_port(),
        authenticator=authenticator,
        auth_require_tls=False,
        auth_exclude_mechanism=["LOGIN"],
    )
    controller.start()
    try:
        yield controller, inbox
    finally:
        controller.stop()


def _settings(controller, user: str = "") -> SmtpSettings:
    return SmtpSettings(
        controller.hostname,
        controller.port,
        Security.NONE,
        user,
        "ciao@bottegaverde.example",
        "Bottega Verde di Niccolò",
        timeout=5,
    )


def test_customer_receives_note_and_voucher_as_pdf(smtp_server, shop):
    controller, inbox = smtp_server
    note, voucher = make_note("ro"), make_voucher("ro")
    pdf = render_note(note, shop, "a4", voucher=voucher)
    subject, body = compose_customer_mail(note, shop, voucher.code_grouped)
    send_mail(
        _settings(controller, "shop"),
        "stefan@example.ro",
        subject,
        body,
        [Attachment("bilet-si-voucher.pdf", pdf)],
        password="s3cret",
    )
    assert len(inbox.messages) == 1
    sender, rcpts, raw = inbox.messages[0]
    assert sender == "ciao@bottegaverde.example" and rcpts == ["stefan@example.ro"]
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg["Subject"] == "Bottega Verde di Niccolò: un mesaj pentru tine, Ștefan"
    text = msg.get_body(("plain",)).get_content()
    assert "Dragă Ștefan," in text and "K7QM-4XPT-9R" in text and "Ioana Popescu" in text
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_filename() == "bilet-si-voucher.pdf"
    data = attachment.get_content()
    assert data == pdf and "Ștefan Țărână" in pdf_text(data)


def test_wrong_password_is_a_clear_refusal(smtp_server):
    controller, inbox = smtp_server
    with pytest.raises(MailError) as err:
        send_mail(_settings(controller, "shop"), "a@example.it", "x", "y", password="wrong")
    assert "password" in err.value.message and "wrong" not in err.value.message
    assert inbox.messages == []


def test_unreachable_server_is_a_clear_refusal():
    settings = SmtpSettings(
        "127.0.0.1", _free_port(), Security.STARTTLS, "", "ciao@bottegaverde.example", timeout=2
    )
    with pytest.raises(MailError) as err:
        send_mail(settings, "a@example.it", "x", "y")
    assert "Cannot reach the mail server 127.0.0.1" in err.value.message


def test_server_without_starttls_is_explained(smtp_server):
    controller, _ = smtp_server
    settings = SmtpSettings(
        controller.hostname, controller.port, Security.STARTTLS, "", "ciao@bottegaverde.example", timeout=5
    )
    with pytest.raises(MailError) as err:
        send_mail(settings, "a@example.it", "x", "y")
    assert "STARTTLS" in err.value.message


def test_bad_address_is_refused_before_connecting():
    with pytest.raises(ValidationError):
        send_mail(SmtpSettings("127.0.0.1", 1, sender="shop@example.it"), "not an address", "x", "y")


@pytest.mark.parametrize("lang,greeting", [("en", "Dear Øystein,"), ("it", "Ciao Niccolò,")])
def test_mail_text_comes_from_the_templates(lang, greeting, shop):
    subject, body = compose_customer_mail(make_note(lang), shop, "K7QM-4XPT-9R")
    assert body.startswith(greeting) and "K7QM-4XPT-9R" in body
    assert "{" not in subject + body


def test_a_message_has_a_date_and_a_message_id_in_the_shops_domain():
    from datetime import UTC, datetime
    from email.utils import parsedate_to_datetime

    from app.documents.mailer import build_message

    settings = SmtpSettings(
        "smtp.provider.example", 587, user="apikey@provider.example", shop_domain="ciao@Caffè.example"
    )
    at = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)
    msg = build_message(settings, "a@example.it", "x", "y", now=at)
    assert parsedate_to_datetime(msg["Date"]) == at
    assert msg["Message-ID"].endswith("@xn--caff-8oa.example>")
    plain = build_message(SmtpSettings("h", 25, sender="ciao@bottegaverde.example"), "a@example.it", "x", "y")
    assert plain["Date"] and plain["Message-ID"].endswith("@bottegaverde.example>")
