"""Stories of vouchers coming back with the shop's orders: redeemed under the ledger's rules, never twice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain import vouchers
from app.services import audit, shop_import
from tests.support.shop_files import entries, give_voucher, shopify_export

EMAIL = "niccolo.rossi@example.it"


def _order(
    number: str, code: str, total: str, discount: str, created: str = "2026-10-10 10:00:00 +0200"
) -> dict:
    return {
        "number": number,
        "email": EMAIL,
        "name": "Niccolò Rossi",
        "total": total,
        "discount_code": code,
        "discount": discount,
        "lines": [("MUG", "Tazza", "1", total)],
        "created": created,
    }


def test_a_voucher_used_in_the_shop_becomes_a_redemption_once(shop, tmp_path):
    admin = shop.as_(shop.admin)
    code = give_voucher(shop.db, EMAIL, 1500)
    shop_code = vouchers.export_form(vouchers.parse(code))  # as the shop's checkout saw it: RIM…, no hyphens
    path = shopify_export(tmp_path / "o.csv", [_order("3001", shop_code, "85.00", "15.00")])
    report = shop_import.import_orders(admin, path)
    assert [(r.order, r.code, r.status, r.amount.minor) for r in report.redemptions] == [
        ("3001", code, "redeemed", 1500)
    ]
    assert entries(shop.db) == [("3001", -1500)]
    again = shop_import.import_orders(admin, path)
    assert [r.status for r in again.redemptions] == ["already"]
    assert entries(shop.db) == [("3001", -1500)]
    (logged,) = audit.list_entries(admin, action="credit_redeemed")  # like a redemption at the counter
    assert (logged.actor, logged.data["order"], logged.data["applied"], logged.data["order_total"]) == (
        "admin",
        "3001",
        "15.00",
        "100.00",
    )


def test_when_the_shop_took_more_than_the_cap_only_what_the_ledger_allows_is_recorded(shop, tmp_path):
    admin = shop.as_(shop.admin)
    code = give_voucher(shop.db, EMAIL, 5000)  # shop cap: 30 % of the order
    report = shop_import.import_orders(
        admin, shopify_export(tmp_path / "o.csv", [_order("3002", code, "60.00", "40.00")])
    )
    (outcome,) = report.redemptions
    assert outcome.status == "partial" and outcome.amount.minor == 3000  # 30 % of 100.00 before the discount
    assert "40.00" in outcome.message and "30.00" in outcome.message
    assert entries(shop.db) == [("3002", -3000)]


def test_a_grant_with_its_own_cap_is_redeemed_up_to_it(shop, tmp_path):
    admin = shop.as_(shop.admin)
    code = give_voucher(shop.db, EMAIL, 5000, cap_share=Decimal("0.5"))
    shop_import.import_orders(
        admin, shopify_export(tmp_path / "o.csv", [_order("3003", code, "60.00", "40.00")])
    )
    assert entries(shop.db) == [("3003", -4000)]


def test_unknown_expired_and_spent_codes_are_reported_and_not_recorded(shop, tmp_path):
    admin = shop.as_(shop.admin)
    expired = give_voucher(shop.db, EMAIL, 1000, expires_on=date(2026, 10, 1))
    spent = give_voucher(shop.db, EMAIL, 1000)
    shop_import.import_orders(
        admin, shopify_export(tmp_path / "a.csv", [_order("3010", spent, "90.00", "10.00")])
    )
    unknown = vouchers.format_code(vouchers.generate())
    orders = [
        _order("3011", expired, "90.00", "10.00", created="2026-10-05 10:00:00 +0200"),
        _order("3012", spent, "90.00", "10.00"),
        _order("3013", unknown, "90.00", "10.00"),
        _order(
            "3014", "BIENVENUE10", "90.00", "10.00"
        ),  # the shop's own campaign code: not ours, not reported
    ]
    report = shop_import.import_orders(admin, shopify_export(tmp_path / "b.csv", orders))
    assert [(r.order, r.status) for r in report.redemptions] == [
        ("3011", "expired"),
        ("3012", "spent"),
        ("3013", "unknown"),
    ]
    assert "expired on 2026-10-01" in report.redemptions[0].message
    assert entries(shop.db) == [("3010", -1000)]


def test_a_voucher_still_valid_on_the_day_of_the_order_is_redeemed_after_it_expired(shop, tmp_path):
    admin = shop.as_(shop.admin)
    code = give_voucher(shop.db, EMAIL, 1000, expires_on=date(2026, 10, 1))
    report = shop_import.import_orders(
        admin,
        shopify_export(
            tmp_path / "o.csv", [_order("3020", code, "90.00", "10.00", "2026-10-01 21:00:00 +0200")]
        ),
    )
    assert [r.status for r in report.redemptions] == ["redeemed"]


def test_a_dry_run_shows_the_redemption_and_records_nothing(shop, tmp_path):
    admin = shop.as_(shop.admin)
    code = give_voucher(shop.db, EMAIL, 1000)
    path = shopify_export(tmp_path / "o.csv", [_order("3030", code, "90.00", "10.00")])
    report = shop_import.import_orders(admin, path, dry_run=True)
    assert [r.status for r in report.redemptions] == ["redeemed"]
    assert entries(shop.db) == []
