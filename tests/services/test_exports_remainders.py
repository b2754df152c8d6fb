"""What a single-use WooCommerce coupon leaves after a partial use is never lost; a Shopify gift card keeps its
balance under its own code (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from app.domain import vouchers
from app.services import credit, exports, shop_import
from app.store.models import VoucherExport
from tests.support.shop_files import give_voucher, shopify_export

STEFAN = "stefan.tarana@example.ro"
WOO_HEADER = [
    "order_id",
    "order_number",
    "order_date",
    "status",
    "discount_total",
    "order_total",
    "order_currency",
    "customer_email",
    "billing_first_name",
    "billing_last_name",
    "coupon_items",
    "line_item_1",
]


def _read(path):
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _woo_order(path, number: str, coupon: str, discount: str, total: str, *, status: str = "completed"):
    """A WooCommerce order that used ``coupon`` (written as WooCommerce writes codes: lower case)."""
    when = (datetime.now(UTC) + timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M:%S")
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(WOO_HEADER)
        writer.writerow(
            [
                number,
                number,
                when,
                status,
                discount,
                total,
                "EUR",
                STEFAN,
                "Ștefan",
                "Țărână",
                f"code:{coupon.lower()}|amount:{discount}",
                f"name:Vaso|sku:VASE|quantity:1|total:{total}",
            ]
        )
    return path


def test_a_woocommerce_coupon_spent_on_a_smaller_cart_comes_back_for_what_is_left(shop, tmp_path):
    supervisor, admin = shop.as_(shop.supervisor), shop.as_(shop.admin)
    printed = give_voucher(shop.db, STEFAN, 1000)
    first = exports.export_vouchers(supervisor, tmp_path / "woo1.csv", "woocommerce-coupons")
    (coupon,) = _read(tmp_path / "woo1.csv")
    assert (first.count, first.remainders, coupon["amount"], coupon["usage_limit"]) == (1, 0, "10.00", "1")
    # The customer spends 6.00 of the 10.00 coupon on a 20.00 cart: WooCommerce marks the coupon used up.
    report = shop_import.import_orders(
        admin, _woo_order(tmp_path / "o1.csv", "9001", coupon["code"], "6.00", "14.00")
    )
    assert [r.status for r in report.redemptions] == ["redeemed"]
    second = exports.export_vouchers(supervisor, tmp_path / "woo2.csv", "woocommerce-coupons")
    (again,) = _read(tmp_path / "woo2.csv")
    assert (second.count, second.remainders, again["amount"], again["usage_limit"]) == (1, 1, "4.00", "1")
    assert again["code"] != coupon["code"] and vouchers.check_code(again["code"]).ok
    assert f"remainder of {printed}" in again["description"]  # linked to the original grant
    assert again["email_restrictions"] == STEFAN
    # Unused, the new coupon is not offered again; the grant is the same one, found by either code.
    assert exports.export_vouchers(supervisor, tmp_path / "woo3.csv", "woocommerce-coupons").count == 0
    assert (
        credit.find_voucher(supervisor, again["code"]).code == credit.find_voucher(supervisor, printed).code
    )
    with shop.db.read() as s:
        written = s.execute(
            select(VoucherExport.code, VoucherExport.amount_minor).order_by(VoucherExport.id)
        ).all()
    assert [(c is None, a) for c, a in written] == [(True, 1000), (False, 400)]
    # The new code spent in full on the next order redeems the same grant: nothing left, nothing offered.
    report = shop_import.import_orders(
        admin, _woo_order(tmp_path / "o2.csv", "9002", again["code"], "4.00", "16.00")
    )
    assert [(r.status, r.amount.minor) for r in report.redemptions] == [("redeemed", 400)]
    assert credit.find_voucher(supervisor, printed).balance.minor == 0
    assert exports.export_vouchers(supervisor, tmp_path / "woo4.csv", "woocommerce-coupons").count == 0


def test_a_cancelled_woocommerce_order_gives_the_coupon_back_so_no_new_one_is_made(shop, tmp_path):
    supervisor, admin = shop.as_(shop.supervisor), shop.as_(shop.admin)
    give_voucher(shop.db, STEFAN, 1000)
    exports.export_vouchers(supervisor, tmp_path / "woo1.csv", "woocommerce-coupons")
    (coupon,) = _read(tmp_path / "woo1.csv")
    shop_import.import_orders(
        admin, _woo_order(tmp_path / "o.csv", "9003", coupon["code"], "6.00", "14.00", status="cancelled")
    )
    assert exports.export_vouchers(supervisor, tmp_path / "woo2.csv", "woocommerce-coupons").count == 0
    everything = exports.export_vouchers(
        supervisor, tmp_path / "woo3.csv", "woocommerce-coupons", include_exported=True
    )
    assert everything.remainders == 0 and _read(tmp_path / "woo3.csv")[0]["code"] == coupon["code"]


def test_a_shopify_gift_card_keeps_its_balance_under_its_own_code(shop, tmp_path):
    supervisor, admin = shop.as_(shop.supervisor), shop.as_(shop.admin)
    printed = give_voucher(shop.db, STEFAN, 1000)
    exports.export_vouchers(supervisor, tmp_path / "gift1.csv", "shopify-giftcards")
    (card,) = _read(tmp_path / "gift1.csv")
    order = {
        "number": "3001",
        "email": STEFAN,
        "name": "Ștefan Țărână",
        "total": "14.00",
        "lines": [("VASE", "Vaso", "1", "20.00")],
        "discount_code": card["code"],
        "discount": "6.00",
        "created": (datetime.now(UTC) + timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M:%S +0000"),
    }
    report = shop_import.import_orders(admin, shopify_export(tmp_path / "o.csv", [order]))
    assert [r.status for r in report.redemptions] == ["redeemed"]
    assert credit.find_voucher(supervisor, printed).balance.minor == 400
    # Shopify keeps the card's 4.00 itself: no new card, and the card is still the same code.
    later = exports.export_vouchers(supervisor, tmp_path / "gift2.csv", "shopify-giftcards")
    assert (later.count, later.remainders) == (0, 0)
    exports.export_vouchers(supervisor, tmp_path / "gift3.csv", "shopify-giftcards", include_exported=True)
    (same,) = _read(tmp_path / "gift3.csv")
    assert (same["code"], same["initial_value"]) == (card["code"], "4.00")


def _export(url, actor, path, barrier, results) -> None:
    from app.services.context import ServiceContext
    from app.services.database import open_database

    db = open_database(url, upgrade=False)
    barrier.wait(timeout=30)
    try:
        report = exports.export_vouchers(ServiceContext(db, actor), path, "woocommerce-coupons")
        results.put(("ok", report.remainders))
    except Exception as exc:  # noqa: BLE001 - the parent checks what happened
        results.put((type(exc).__name__, str(exc)))
    finally:
        db.dispose()


def test_two_exports_at_the_same_moment_make_one_coupon_for_the_remainder(shop, tmp_path):
    import multiprocessing as mp

    supervisor, admin = shop.as_(shop.supervisor), shop.as_(shop.admin)
    give_voucher(shop.db, STEFAN, 1000)
    exports.export_vouchers(supervisor, tmp_path / "woo1.csv", "woocommerce-coupons")
    (coupon,) = _read(tmp_path / "woo1.csv")
    shop_import.import_orders(admin, _woo_order(tmp_path / "o1.csv", "9001", coupon["code"], "6.00", "14.00"))
    url = shop.db.engine.url.render_as_string(hide_password=False)
    fork = mp.get_context("fork")
    barrier, results = fork.Barrier(2), fork.Queue()
    procs = [
        fork.Process(target=_export, args=(url, shop.supervisor, tmp_path / f"race{i}.csv", barrier, results))
        for i in range(2)
    ]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert sorted(outcomes) == [("ok", 0), ("ok", 1)], outcomes
    with shop.db.read() as s:
        assert (
            s.scalar(select(func.count()).select_from(VoucherExport).where(VoucherExport.code.is_not(None)))
            == 1
        )
