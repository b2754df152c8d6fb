"""Stories of vouchers going back to the shop and the ledger going to the accountant, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.domain import vouchers
from app.errors import PermissionDenied, ValidationError
from app.services import exports, shop_import
from app.store.models import CreditEntry, CreditGrant, VoucherExport
from tests.support.shop_files import give_voucher, shopify_export

STEFAN, NICCOLO = "stefan.tarana@example.ro", "niccolo.rossi@example.it"


def _read(path):
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _spend_all(db, code: str, minor: int, at: datetime) -> None:
    with db.write() as s:
        gid = s.scalar(select(CreditGrant.id).where(CreditGrant.code == vouchers.parse(code)))
        s.add(
            CreditEntry(
                grant_id=gid,
                kind="redeem",
                amount_minor=-minor,
                currency="EUR",
                at=at,
                order_number="1004",
                note="",
            )
        )


def test_live_vouchers_go_to_shopify_once_and_the_export_is_recorded(shop, tmp_path):
    supervisor = shop.as_(shop.supervisor)
    live = give_voucher(shop.db, STEFAN, 1500, expires_on=date(2099, 12, 31))
    give_voucher(shop.db, NICCOLO, 1000, expires_on=date(2020, 1, 1))  # expired: never exported
    spent = give_voucher(shop.db, NICCOLO, 700)
    _spend_all(shop.db, spent, 700, datetime(2026, 10, 1, tzinfo=UTC))
    first = exports.export_vouchers(supervisor, tmp_path / "gift.csv", "shopify-giftcards")
    rows = _read(tmp_path / "gift.csv")
    assert first.count == 1 and first.total["EUR"].minor == 1500
    assert list(rows[0]) == ["initial_value", "code", "email", "expires_on", "note"]
    assert rows == [
        {
            "initial_value": "15.00",
            "code": vouchers.export_form(vouchers.parse(live)),
            "email": STEFAN,
            "expires_on": "2100-01-01",
            "note": "My shop: store credit, test",
        }
    ]
    assert "-" not in rows[0]["code"]
    again = exports.export_vouchers(supervisor, tmp_path / "gift2.csv", "shopify-giftcards")
    assert again.count == 0 and _read(tmp_path / "gift2.csv") == []
    woo = exports.export_vouchers(supervisor, tmp_path / "woo.csv", "woocommerce-coupons")
    assert woo.count == 1  # another format: not exported there yet
    assert (
        exports.export_vouchers(
            supervisor, tmp_path / "all.csv", "shopify-giftcards", include_exported=True
        ).count
        == 1
    )
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(VoucherExport)) == 3


def test_a_partly_spent_voucher_goes_out_with_what_is_left_and_the_plain_csv_keeps_names(shop, tmp_path):
    code = give_voucher(shop.db, STEFAN, 2000)
    _spend_all(shop.db, code, 600, datetime(2026, 10, 1, tzinfo=UTC))
    exports.export_vouchers(shop.as_(shop.supervisor), tmp_path / "plain.csv", "csv")
    (row,) = _read(tmp_path / "plain.csv")
    assert (row["code"], row["amount"], row["customer"]) == (code, "14.00", "Ștefan Țărână")


def test_the_ledger_up_to_a_date_sums_to_what_the_shop_owed_that_day(shop, tmp_path):
    supervisor = shop.as_(shop.supervisor)
    give_voucher(shop.db, STEFAN, 2000, created_at=datetime(2026, 9, 1, 8, tzinfo=UTC))
    code = give_voucher(shop.db, NICCOLO, 1000, created_at=datetime(2026, 9, 2, 8, tzinfo=UTC))
    _spend_all(shop.db, code, 300, datetime(2026, 9, 30, 22, 30, tzinfo=UTC))  # 00:30 on 1 October in Rome
    give_voucher(shop.db, STEFAN, 500, created_at=datetime(2026, 10, 5, tzinfo=UTC))
    report = exports.export_ledger(supervisor, tmp_path / "ledger.csv", "2026-09-30")
    rows = _read(tmp_path / "ledger.csv")
    assert report.entries == len(rows) == 2
    assert sum(Decimal(r["amount"]) for r in rows) == Decimal("30.00") == report.liability["EUR"].amount
    later = exports.export_ledger(supervisor, tmp_path / "ledger2.csv", date(2026, 10, 31))
    rows = _read(tmp_path / "ledger2.csv")
    assert [r["type"] for r in rows] == ["issue", "issue", "redeem", "issue"]
    assert [r["amount"] for r in rows] == ["20.00", "10.00", "-3.00", "5.00"]
    assert later.liability["EUR"].plain() == "32.00"


def test_redemptions_from_an_import_appear_in_the_ledger_export(shop, tmp_path):
    code = give_voucher(shop.db, NICCOLO, 1000)
    order = {
        "number": "4001",
        "email": NICCOLO,
        "name": "Niccolò Rossi",
        "total": "90.00",
        "discount_code": code,
        "discount": "10.00",
        "lines": [("MUG", "Tazza", "1", "90.00")],
        "created": "2026-10-10 10:00:00 +0200",
    }
    shop_import.import_orders(shop.as_(shop.admin), shopify_export(tmp_path / "o.csv", [order]))
    exports.export_ledger(shop.as_(shop.supervisor), tmp_path / "l.csv", "2026-12-31")
    rows = _read(tmp_path / "l.csv")
    assert [(r["type"], r["amount"]) for r in rows] == [("issue", "10.00"), ("redeem", "-10.00")]
    assert "order 4001" in rows[1]["reason"] and rows[1]["by"] == "admin"


def test_agents_do_not_export_and_bad_requests_are_refused(shop, tmp_path):
    with pytest.raises(PermissionDenied):
        exports.export_vouchers(shop.as_(shop.agent), tmp_path / "x.csv", "csv")
    supervisor = shop.as_(shop.supervisor)
    with pytest.raises(ValidationError, match="Unknown voucher format"):
        exports.export_vouchers(supervisor, tmp_path / "x.csv", "excel")
    with pytest.raises(ValidationError, match="not a date"):
        exports.export_ledger(supervisor, tmp_path / "x.csv", "yesterday")
    with pytest.raises(ValidationError, match="does not exist"):
        exports.export_ledger(supervisor, tmp_path / "nowhere" / "x.csv", "2026-10-01")
    give_voucher(shop.db, STEFAN, 1000)
    with pytest.raises(ValidationError, match="does not exist"):
        exports.export_vouchers(supervisor, tmp_path / "nowhere" / "x.csv", "csv")
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(VoucherExport)) == 0
