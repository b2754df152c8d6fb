"""The cap of an order is the order's: Rimedio's total when it holds the order, a typed total only provisionally,
checked by the import that brings the order (issue 12, point 2); a customer's credit is spent earliest expiry first
at the counter and in imports (point 3). On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain import vouchers
from app.errors import ValidationError
from app.services import credit, shop_import
from app.store.models import CreditEntry, CreditGrant, ProvisionalRedemption
from tests.support.shop_files import entries, give_voucher, shopify_export

NICCOLO = "niccolo.rossi@example.it"


def _entries(db):
    with db.read() as s:
        return [
            (e.kind, e.amount_minor, e.order_number)
            for e in s.scalars(select(CreditEntry).order_by(CreditEntry.id))
        ]


def _provisional(db):
    with db.read() as s:
        return [
            (p.order_number, p.typed_total_minor, p.applied_minor, p.checked_at is not None, p.excess_minor)
            for p in s.scalars(select(ProvisionalRedemption).order_by(ProvisionalRedemption.id))
        ]


def test_a_typed_total_other_than_the_known_orders_is_refused_naming_both(shop, clock):
    agent = shop.as_(shop.agent)
    code = give_voucher(shop.db, NICCOLO, 20000)  # order 1002 is held at 129.00
    before = _entries(shop.db)
    with pytest.raises(ValidationError) as refused:
        credit.redeem(agent, code, order_number="#1002", order_total="99999")
    assert "€129.00" in refused.value.message and "€99,999.00" in refused.value.message
    assert _entries(shop.db) == before and _provisional(shop.db) == []


def test_a_known_order_is_capped_on_its_stored_total_typed_or_not(shop, clock):
    agent = shop.as_(shop.agent)
    code = give_voucher(shop.db, NICCOLO, 20000)
    r = credit.redeem(agent, code, order_number="1002")  # no total typed: Rimedio's
    assert (r.applied.plain(), r.order_total.plain(), r.provisional) == ("38.70", "129.00", False)
    with pytest.raises(ValidationError, match="already has all the credit"):
        credit.redeem(agent, code, order_number="1002", order_total="129,00")
    assert _provisional(shop.db) == []


def test_an_order_not_imported_yet_needs_a_total_and_is_redeemed_provisionally(shop, clock):
    agent = shop.as_(shop.agent)
    code = give_voucher(shop.db, NICCOLO, 20000)
    with pytest.raises(ValidationError, match="not in Rimedio yet"):
        credit.redeem(agent, code, order_number="5001")
    r = credit.redeem(agent, code, order_number="5001", order_total="200.00")
    assert (r.applied.plain(), r.provisional) == ("60.00", True)
    assert _provisional(shop.db) == [("5001", 20000, 6000, False, None)]


def test_the_import_that_brings_the_order_checks_a_provisional_redemption_and_reports_the_excess(
    shop, clock, tmp_path
):
    agent, admin = shop.as_(shop.agent), shop.as_(shop.admin)
    code = give_voucher(shop.db, NICCOLO, 20000)
    credit.redeem(agent, code, order_number="5002", order_total="200.00")  # 60.00 on a typed 200.00
    ok = credit.redeem(agent, give_voucher(shop.db, NICCOLO, 1000), order_number="5003", order_total="50.00")
    assert ok.provisional
    real = [
        {
            "number": "5002",
            "email": NICCOLO,
            "name": "Niccolò Rossi",
            "total": "67.80",
            "lines": [("MUG", "Tazza", "1", "67.80")],
        },
        {
            "number": "5003",
            "email": NICCOLO,
            "name": "Niccolò Rossi",
            "total": "50.00",
            "lines": [("MUG", "Tazza", "1", "50.00")],
        },
    ]
    dry = shop_import.import_orders(admin, shopify_export(tmp_path / "o.csv", real), dry_run=True)
    assert [(x.order, x.status) for x in dry.redemptions] == [("5002", "excess"), ("5003", "checked")]
    assert [p[3] for p in _provisional(shop.db)] == [False, False]  # a dry run marks nothing
    report = shop_import.import_orders(admin, shopify_export(tmp_path / "o.csv", real))
    excess, checked = report.redemptions
    assert (excess.order, excess.status, excess.amount.plain()) == (
        "5002",
        "excess",
        "39.66",
    )  # 60.00 - 20.34
    assert "67.80" in excess.message and "200.00" in excess.message and "20.34" in excess.message
    assert (checked.order, checked.status) == ("5003", "checked")
    assert _provisional(shop.db) == [("5002", 20000, 6000, True, 3966), ("5003", 5000, 1000, True, 0)]
    again = shop_import.import_orders(admin, shopify_export(tmp_path / "o.csv", real))
    assert again.redemptions == ()  # checked once
    assert entries(shop.db) == [("5002", -6000), ("5003", -1000)]  # reported, never taken back by the import


def test_a_provisional_redemption_on_an_order_that_arrives_cancelled_is_reported(shop, clock, tmp_path):
    agent, admin = shop.as_(shop.agent), shop.as_(shop.admin)
    code = give_voucher(shop.db, NICCOLO, 2000)
    credit.redeem(agent, code, order_number="5004", order_total="100.00")
    order = {
        "number": "5004",
        "email": NICCOLO,
        "name": "Niccolò Rossi",
        "total": "100.00",
        "status": "voided",
        "lines": [("MUG", "Tazza", "1", "100.00")],
    }
    (outcome,) = shop_import.import_orders(admin, shopify_export(tmp_path / "o.csv", [order])).redemptions
    assert (outcome.status, outcome.amount.plain()) == ("excess", "20.00")
    assert "cancelled" in outcome.message


# --- earliest expiry first wherever a customer pays (issue 12, point 3) ------------------------------------------


def test_a_customers_credit_is_spent_earliest_expiry_first(shop, clock):
    agent = shop.as_(shop.agent)
    late = give_voucher(shop.db, NICCOLO, 1000, expires_on=date(2027, 12, 31))
    soon = give_voucher(shop.db, NICCOLO, 1000, expires_on=date(2027, 1, 31))
    never = give_voucher(shop.db, NICCOLO, 1000)
    r = credit.redeem_for_customer(agent, NICCOLO, order_number="6001", order_total="50.00")  # cap 15.00
    assert [(code, amount.plain()) for code, amount in r.used] == [(soon, "10.00"), (late, "5.00")]
    assert (r.applied.plain(), r.balance.plain(), r.provisional) == ("15.00", "15.00", True)
    r = credit.redeem_for_customer(
        agent, NICCOLO, order_number="1002", amount="8"
    )  # a known order: its total
    assert [(code, amount.plain()) for code, amount in r.used] == [(late, "5.00"), (never, "3.00")]


def test_several_of_our_codes_on_one_imported_order_are_spent_earliest_expiry_first(shop, clock, tmp_path):
    admin = shop.as_(shop.admin)
    late = give_voucher(shop.db, NICCOLO, 1000, expires_on=date(2027, 12, 31))
    soon = give_voucher(shop.db, NICCOLO, 1000, expires_on=date(2027, 1, 31))
    order = {
        "number": "6002",
        "email": NICCOLO,
        "name": "Niccolò Rossi",
        "total": "90.00",
        "discount_code": f"{late}, {soon}",
        "discount": "10.00",
        "lines": [("MUG", "Tazza", "1", "90.00")],
    }
    report = shop_import.import_orders(admin, shopify_export(tmp_path / "o.csv", [order]))
    assert [(x.code, x.status) for x in report.redemptions] == [(late, "not_needed"), (soon, "redeemed")]
    with shop.db.read() as s:
        spent = list(
            s.execute(
                select(CreditGrant.code, CreditEntry.amount_minor)
                .join(CreditEntry, CreditEntry.grant_id == CreditGrant.id)
                .where(CreditEntry.kind == "redeem")
            )
        )
    assert [(vouchers.format_code(c), m) for c, m in spent] == [
        (soon, -1000)
    ]  # never more than the shop took off


def test_an_order_not_imported_yet_keeps_the_total_of_its_first_redemption(shop, clock):
    agent = shop.as_(shop.agent)
    first, second = give_voucher(shop.db, NICCOLO, 2000), give_voucher(shop.db, NICCOLO, 5000)
    credit.redeem(agent, first, order_number="5010", order_total="50.00")  # 15.00 of a 15.00 cap
    with pytest.raises(
        ValidationError
    ) as refused:  # a larger total typed the second time would raise the cap
        credit.redeem(agent, second, order_number="5010", order_total="500.00")
    assert "€50.00" in refused.value.message and "€500.00" in refused.value.message
    with pytest.raises(ValidationError, match="already has all the credit"):
        credit.redeem(agent, second, order_number="5010")  # the first total is kept
    assert entries(shop.db) == [("5010", -1500)]


def test_the_import_service_words_no_command_the_cli_does(shop, clock, tmp_path, capsys):
    """What to do about an excess is each client's to say: the service's message names no command."""
    from app.cli.commands.imports import outcome_text

    agent, admin = shop.as_(shop.agent), shop.as_(shop.admin)
    code = give_voucher(shop.db, NICCOLO, 2000)
    credit.redeem(agent, code, order_number="5004", order_total="100.00")
    order = {
        "number": "5004",
        "email": NICCOLO,
        "name": "Niccolò Rossi",
        "total": "100.00",
        "status": "voided",
        "lines": [("MUG", "Tazza", "1", "100.00")],
    }
    (outcome,) = shop_import.import_orders(admin, shopify_export(tmp_path / "o.csv", [order])).redemptions
    assert "rimedio" not in outcome.message and "--" not in outcome.message
    assert outcome_text(outcome).endswith("(rimedio credit restore --order 5004)")
