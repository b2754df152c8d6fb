"""Stories of agents e-mailing the apology note to a customer through the shop's mail server (a local aiosmtpd),
and the clear refusals before anything is sent — on SQLite and PostgreSQL."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime
from io import BytesIO

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from pypdf import PdfReader

from app.documents import MailError
from app.domain.documents_settings import smtp_keyring_account
from app.errors import PermissionDenied, ValidationError
from app.secrets_store import delete_secret, get_secret
from app.services import cases, documents, mail
from app.services.settings import set_setting
from app.store.models import Customer


class Inbox:
    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append(message_from_bytes(envelope.original_content, policy=policy.default))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def mail_server():
    """A local SMTP server that wants the login ``cura`` / ``s3cret!`` (no TLS: a local relay)."""
    inbox = Inbox()

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
            b"cura",
            b"s3cret!",
        )
        return AuthResult(success=ok, handled=False)

    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=authenticator,
        auth_require_tls=False,
        auth_exclude_mechanism=["LOGIN"],
    )
    controller.start()
    try:
        yield controller, inbox
    finally:
        controller.stop()


@pytest.fixture
def shop_with_mail(shop, mail_server):
    controller, inbox = mail_server
    admin = shop.as_(shop.admin)
    set_setting(admin, "shop.name", "Bottega Aurora")
    set_setting(admin, "shop.email", "cura@bottega-aurora.example")
    info = mail.configure_smtp(
        admin,
        host=controller.hostname,
        port=controller.port,
        security="none",
        user="cura",
        password="s3cret!",
    )
    assert info.configured and info.password_stored
    return shop, inbox


def open_wrong_item(shop):
    ctx = shop.as_(shop.agent)
    return cases.open_case(
        ctx,
        order_number="1001",
        kind="wrong_item",
        channel="phone",
        summary="Wrong bowls",
        skus=["CER-BOWL-S"],
    )


def test_agent_mails_the_note_to_stefan_and_the_mail_goes_on_the_timeline(shop_with_mail):
    shop, inbox = shop_with_mail
    case = open_wrong_item(shop)
    ctx = shop.as_(shop.agent)
    result = mail.mail_case(ctx, case.id, remedy_text="îți trimitem bolurile verzi, pe cheltuiala noastră")
    assert result.to == "stefan.tarana@example.ro" and result.attachments == ("bilet.pdf",)
    (msg,) = inbox.messages
    assert msg["To"] == "stefan.tarana@example.ro"
    assert msg["Subject"] == "Bottega Aurora: un mesaj pentru tine, Ștefan"
    assert "Bottega Aurora" in msg["From"] and "cura@bottega-aurora.example" in msg["From"]
    body = msg.get_body(("plain",)).get_content()
    assert "Dragă Ștefan" in body and "bolurile verzi" in body
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_filename() == "bilet.pdf"
    pdf_text = " ".join((PdfReader(BytesIO(attachment.get_content())).pages[0].extract_text() or "").split())
    assert "Dragă Ștefan" in pdf_text
    mailed = cases.get_case(ctx, case.id).events[-1]
    assert mailed.type == "mailed" and mailed.text == "stefan.tarana@example.ro"
    assert mailed.data["message_id"] == result.message_id and mailed.data["attachments"] == ["bilet.pdf"]


def test_the_mail_is_dated_and_its_message_id_is_in_the_shops_domain(shop_with_mail, mail_server):
    shop, inbox = shop_with_mail
    controller, _ = mail_server
    # the mail goes out through a provider's account and sender: the Message-ID still names the shop
    mail.configure_smtp(
        shop.as_(shop.admin),
        host=controller.hostname,
        port=controller.port,
        security="none",
        user="cura",
        sender="noreply@relay.example",
        password="s3cret!",
    )
    case = open_wrong_item(shop)
    before = datetime.now(UTC).replace(microsecond=0)
    result = mail.mail_case(shop.as_(shop.agent), case.id, remedy_text="x")
    (msg,) = inbox.messages
    sent = parsedate_to_datetime(msg["Date"])
    assert sent.tzinfo is not None and before <= sent <= datetime.now(UTC)
    assert msg["Message-ID"] == result.message_id and result.message_id.endswith("@bottega-aurora.example>")
    assert socket.getfqdn() not in result.message_id


def test_the_mail_uses_the_shops_own_subject(shop_with_mail):
    shop, inbox = shop_with_mail
    documents.set_template(shop.as_(shop.admin), "email_subject", "ro", "Scuze din partea {shop_name}")
    case = open_wrong_item(shop)
    mail.mail_case(shop.as_(shop.agent), case.id, remedy_text="x")
    assert inbox.messages[0]["Subject"] == "Scuze din partea Bottega Aurora"


def test_a_customer_without_an_email_address_is_refused_before_sending(shop_with_mail):
    shop, inbox = shop_with_mail
    case = open_wrong_item(shop)
    with shop.db.write() as s:
        s.get(Customer, case.customer_id).email = None
    with pytest.raises(ValidationError) as err:
        mail.mail_case(shop.as_(shop.agent), case.id, remedy_text="x")
    assert "Ștefan Țărână has no e-mail address" in err.value.message
    assert inbox.messages == []
    assert [e.type for e in cases.get_case(shop.as_(shop.agent), case.id).events] == ["opened"]


def test_without_a_mail_server_the_agent_is_told_who_sets_it_up(shop):
    case = open_wrong_item(shop)
    with pytest.raises(ValidationError) as err:
        mail.mail_case(shop.as_(shop.agent), case.id, remedy_text="x")
    assert "No mail server is set up" in err.value.message


def test_a_workstation_without_the_password_is_refused_clearly(shop_with_mail, mail_server):
    shop, inbox = shop_with_mail
    controller, _ = mail_server
    delete_secret(smtp_keyring_account("cura", controller.hostname))
    case = open_wrong_item(shop)
    with pytest.raises(ValidationError) as err:
        mail.mail_case(shop.as_(shop.agent), case.id, remedy_text="x")
    assert "keyring has no password for the mail server (cura on 127.0.0.1)" in err.value.message
    assert inbox.messages == []


def test_a_wrong_password_or_a_server_that_is_down_records_nothing(shop_with_mail, mail_server):
    shop, inbox = shop_with_mail
    controller, _ = mail_server
    from app.secrets_store import set_secret

    set_secret(smtp_keyring_account("cura", controller.hostname), "wrong")
    case = open_wrong_item(shop)
    ctx = shop.as_(shop.agent)
    with pytest.raises(MailError) as err:
        mail.mail_case(ctx, case.id, remedy_text="x")
    assert "refused the user name or password" in err.value.message and "wrong" not in err.value.message
    mail.configure_smtp(
        shop.as_(shop.admin),
        host="127.0.0.1",
        port=free_port(),
        security="none",
        user="cura",
        password="s3cret!",
    )  # nothing listens there
    with pytest.raises(MailError) as err:
        mail.mail_case(ctx, case.id, remedy_text="x")
    assert "Cannot reach the mail server" in err.value.message
    assert [e.type for e in cases.get_case(ctx, case.id).events] == ["opened"]


def test_only_an_admin_sets_the_mail_server_and_the_password_stays_in_the_keyring(shop):
    with pytest.raises(PermissionDenied):
        mail.configure_smtp(shop.as_(shop.agent), host="smtp.example.com", port=587)
    admin = shop.as_(shop.admin)
    for bad, message in (
        ({"host": ""}, "host name"),
        ({"security": "tls13"}, "choose one of starttls, ssl, none"),
        ({"port": 70000}, "at most 65535"),
        ({"user": "cura"}, "needs a password"),
        ({"sender": "not an address"}, "Not an e-mail address"),
    ):
        with pytest.raises(ValidationError) as err:
            mail.configure_smtp(admin, **({"host": "smtp.example.com", "port": 587} | bad))
        assert message in err.value.message
    assert not mail.smtp_info(admin).configured
    info = mail.configure_smtp(
        admin, host="SMTP.example.com", port=465, security="SSL", user="cura", password="s3cret!"
    )
    assert (info.host, info.port, info.security, info.password_stored) == (
        "SMTP.example.com",
        465,
        "ssl",
        True,
    )
    assert get_secret("smtp:cura@smtp.example.com") == "s3cret!"
    from app.services.settings import list_settings

    assert "s3cret!" not in {row.value for row in list_settings(admin)}
    mail.forget_smtp_password(admin)
    assert get_secret("smtp:cura@smtp.example.com") is None
