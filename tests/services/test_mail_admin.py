"""The mail server's test message and the template preview (issue 15, point 11), on both databases."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied, ValidationError
from app.services import cases, mail_admin
from tests.services.test_documents_service_mail import mail_server, shop_with_mail  # noqa: F401 - fixtures


def test_a_test_message_goes_out_through_the_configured_server(shop_with_mail):  # noqa: F811
    shop, inbox = shop_with_mail
    mail_admin.send_test_message(shop.as_(shop.admin), "ada@example.it")
    (msg,) = inbox.messages
    assert msg["To"] == "ada@example.it" and "test" in msg["Subject"].lower()
    with pytest.raises(PermissionDenied):
        mail_admin.send_test_message(shop.as_(shop.agent), "ada@example.it")
    with pytest.raises(ValidationError, match="Not an e-mail address"):
        mail_admin.send_test_message(shop.as_(shop.admin), "not an address")


def test_without_a_server_the_test_is_refused_before_sending(shop):
    with pytest.raises(ValidationError, match="No mail server"):
        mail_admin.send_test_message(shop.as_(shop.admin), "ada@example.it")


def test_a_template_is_previewed_for_a_case_without_saving(shop):
    ctx = shop.as_(shop.agent)
    case_id = cases.open_case(
        ctx, order_number="1002", kind="damaged", channel="phone", summary="Vaso rotto", skus=["CER-VASE"]
    ).id
    preview = mail_admin.preview_template(
        ctx, "damaged", "it", "Cara {first_name}, {item}: {remedy}", case_id
    )
    assert preview.text.startswith("Cara Niccolò") and "Vaso Deruta" in preview.text
    subject = mail_admin.preview_template(ctx, "email_subject", "it", "Per {first_name}", case_id)
    assert subject.subject == "Per Niccolò"
    with pytest.raises(ValidationError):
        mail_admin.preview_template(ctx, "damaged", "it", "Cara {nome}", case_id)
    required, others = mail_admin.placeholders("damaged")
    assert "first_name" in required and "shop_name" in others
