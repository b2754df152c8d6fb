"""Stories of store-credit vouchers on paper: with the case's note, alone by their code, and a campaign's batch —
read from the credit ledger, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from email import message_from_bytes, policy  # noqa: F401 - used by the imported mail fixture's inbox
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.documents import BatchCancelled
from app.domain import vouchers
from app.domain.enums import EntryKind, EventType, GrantReason
from app.errors import NotFound, ValidationError
from app.services import case_records, cases, documents, mail
from app.services.settings import set_setting
from app.store.models import Case, CreditCampaign, CreditEntry, CreditGrant, Customer
from app.store.types import utcnow
from tests.services.test_documents_service_mail import mail_server  # noqa: F401 - the local SMTP server


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages).split())


def give_credit(
    shop,
    customer_id: int,
    minor: int,
    *,
    case_id: int | None = None,
    campaign_id: int | None = None,
    expires_on: date | None = None,
    spent: int = 0,
    cap_share: str | None = None,
) -> str:
    """What the credit service does when credit is issued (and, with ``spent``, partly redeemed)."""
    code = vouchers.generate()
    with shop.db.write() as s:
        grant = CreditGrant(
            customer_id=customer_id,
            amount_minor=minor,
            currency="EUR",
            reason=(GrantReason.CAMPAIGN if campaign_id else GrantReason.CASE).value,
            case_id=case_id,
            campaign_id=campaign_id,
            code=code,
            expires_on=expires_on or date.today() + timedelta(days=365),
            cap_share=Decimal(cap_share) if cap_share else None,
            created_by_id=shop.agent.id,
        )
        s.add(grant)
        s.flush()
        s.add(
            CreditEntry(
                grant_id=grant.id,
                kind=EntryKind.ISSUE.value,
                amount_minor=minor,
                currency="EUR",
                at=utcnow(),
                by_id=shop.agent.id,
            )
        )
        if spent:
            s.add(
                CreditEntry(
                    grant_id=grant.id,
                    kind=EntryKind.REDEEM.value,
                    amount_minor=-spent,
                    currency="EUR",
                    at=utcnow(),
                    by_id=shop.agent.id,
                    order_number="1003",
                )
            )
        if case_id:
            case = s.get(Case, case_id)
            case.remedy, case.amount_minor = "keep_and_credit", minor
            case_records.record_event(
                s,
                case,
                shop.agent.id,
                EventType.REMEDY_CHOSEN,
                "keep_and_credit",
                at=shop.db.clock.now(),
                data={"remedy": "keep_and_credit", "amount": f"{minor / 100:.2f}", "currency": "EUR"},
            )
    return code


def stefan_case(shop):
    return cases.open_case(
        shop.as_(shop.agent),
        order_number="1001",
        kind="wrong_item",
        channel="phone",
        summary="Blue bowls instead of green",
        skus=["CER-BOWL-S"],
        wants="keep",
    )


def test_the_note_carries_the_cases_voucher_on_the_same_a4_sheet(shop):
    ctx = shop.as_(shop.agent)
    case = stefan_case(shop)
    code = give_credit(shop, case.customer_id, 1200, case_id=case.id)
    doc = documents.print_note(ctx, case.id, size="a4")
    text = text_of(doc.data)
    assert len(PdfReader(BytesIO(doc.data)).pages) == 1
    assert "păstrează produsul" in text and "12,00 €" in text
    assert vouchers.format_code(code) in text and "30 %" in text
    assert doc.code == vouchers.export_form(code)
    assert cases.get_case(ctx, case.id).events[-1].data["code"] == vouchers.export_form(code)


def test_a5_note_puts_the_voucher_on_a_second_page(shop):
    case = stefan_case(shop)
    give_credit(shop, case.customer_id, 1200, case_id=case.id)
    assert len(PdfReader(BytesIO(documents.note_document(shop.as_(shop.agent), case.id).data)).pages) == 2


def test_agent_reprints_a_voucher_read_aloud_on_the_phone(shop):
    ctx = shop.as_(shop.agent)
    case = stefan_case(shop)
    code = give_credit(shop, case.customer_id, 2500, case_id=case.id, spent=1000, cap_share="0.5")
    typed = vouchers.format_code(code).lower().replace("-", " ")
    doc = documents.print_voucher(ctx, typed, size="label")
    text = text_of(doc.data)
    assert doc.kind == "voucher" and doc.language == "ro" and doc.case_id == case.id
    assert "15,00 €" in text and "Ștefan Țărână" in text and "50 %" in text  # what is left, and its own cap
    printed = cases.get_case(ctx, case.id).events[-1]
    assert printed.type == "printed" and printed.data["document"] == "voucher"
    assert "€15.00" in text_of(documents.voucher_document(ctx, code, lang="en").data)


def test_a_voucher_that_cannot_be_spent_is_not_printed(shop):
    ctx = shop.as_(shop.agent)
    customer = shop_customer(shop, "Anna")
    expired = give_credit(shop, customer, 500, expires_on=date.today() - timedelta(days=2))
    used_up = give_credit(shop, customer, 500, spent=500)
    good = vouchers.format_code(give_credit(shop, customer, 500))
    for code, error, message in (
        (expired, ValidationError, "expired on"),
        (used_up, ValidationError, "nothing left to spend"),
        (good[:-1] + ("A" if good[-1] != "A" else "B"), ValidationError, ""),
        (vouchers.format_code(vouchers.generate()), NotFound, "There is no voucher"),
    ):
        with pytest.raises(error) as err:
            documents.print_voucher(ctx, code)
        assert message in err.value.message


def shop_customer(shop, first_name: str) -> int:
    with shop.db.read() as s:
        return next(c.id for c in s.query(Customer).filter(Customer.first_name == first_name))


def campaign(shop, name: str = "Welcome back") -> int:
    with shop.db.write() as s:
        row = CreditCampaign(
            name=name,
            kind="winback",
            amount_minor=500,
            currency="EUR",
            criteria={},
            created_by_id=shop.admin.id,
        )
        s.add(row)
        s.flush()
        return row.id


def test_a_campaigns_vouchers_print_in_one_batch_each_in_its_customers_language(shop):
    set_setting(shop.as_(shop.admin), "shop.name", "Bottega Aurora")
    ctx = shop.as_(shop.supervisor)
    cid = campaign(shop)
    with shop.db.read() as s:
        customers = [c.id for c in s.query(Customer).order_by(Customer.id)]
    for customer in customers:
        give_credit(shop, customer, 500, campaign_id=cid)
    give_credit(shop, customers[0], 500, campaign_id=None)  # not part of the campaign
    seen = []
    doc = documents.batch_document(ctx, cid, progress=lambda done, total: seen.append((done, total)) or True)
    text = text_of(doc.data)
    assert doc.count == 3 and seen == [(3, 3)]
    assert "Valabil până la" in text and "Scadenza:" in text and "Valid until" in text
    assert "Ștefan Țărână" in text and "Niccolò Rossi" in text and "Anna Müller" in text
    assert documents.batch_document(ctx, cid, size="a6", lang="en").count == 3


def test_a_batch_can_be_stopped_and_an_empty_or_unknown_campaign_is_refused(shop):
    ctx = shop.as_(shop.supervisor)
    cid = campaign(shop)
    for customer in range(3):
        give_credit(shop, shop_customer(shop, ("Ștefan", "Niccolò", "Anna")[customer]), 500, campaign_id=cid)
    with pytest.raises(BatchCancelled):
        documents.batch_document(ctx, cid, size="a6", progress=lambda done, total: done < 2)
    with pytest.raises(ValidationError) as err:
        documents.batch_document(ctx, campaign(shop, "Nobody yet"))
    assert "no live vouchers" in err.value.message
    with pytest.raises(NotFound):
        documents.batch_document(ctx, 424242)


def test_the_mail_carries_the_note_and_the_voucher_code(shop, mail_server):  # noqa: F811
    controller, inbox = mail_server
    admin = shop.as_(shop.admin)
    set_setting(admin, "shop.email", "cura@bottega-aurora.example")
    mail.configure_smtp(admin, host=controller.hostname, port=controller.port, security="none")
    case = stefan_case(shop)
    code = give_credit(shop, case.customer_id, 1200, case_id=case.id)
    result = mail.mail_case(shop.as_(shop.agent), case.id)
    (msg,) = inbox.messages
    assert result.attachments == ("bilet-si-voucher.pdf",) and result.code == vouchers.export_form(code)
    assert vouchers.format_code(code) in msg.get_body(("plain",)).get_content()
    (attachment,) = list(msg.iter_attachments())
    assert vouchers.format_code(code) in text_of(attachment.get_content())
