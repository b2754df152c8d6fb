"""Files that go out: vouchers in the shops' import formats, the ledger for the accountant, the reject CSV."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime

import pytest

from app.domain.money import Money
from app.errors import ValidationError
from app.imports import parse_orders
from app.imports.exports import LedgerRow, VoucherRow, write_ledger, write_vouchers
from app.imports.rejects import write_rejects
from tests.support.import_samples import FIXTURES, split


def eur(text):
    return Money.parse(text, "EUR")


def read(path):
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


VOUCHERS = [
    VoucherRow(
        "K7QM-4XPA-9",
        eur("10"),
        "marie@example.ca",
        date(2024, 12, 31),
        "Sorry for the wrong size",
        "Marie Tremblay",
    ),
    VoucherRow("ZZ8899AABB", eur("5.50"), None, None, "", '=HYPERLINK("x")'),
]


def test_shopify_gift_cards_without_hyphens_and_the_expiry_shopify_means(tmp_path):
    path = tmp_path / "giftcards.csv"
    assert write_vouchers(VOUCHERS, path, "shopify-giftcards") == 2
    rows = read(path)
    assert rows[0] == ["initial_value", "code", "email", "expires_on", "note"]
    assert rows[1] == ["10.00", "K7QM4XPA9", "marie@example.ca", "2025-01-01", "Sorry for the wrong size"]
    assert rows[2] == ["5.50", "ZZ8899AABB", "", "", ""]


def test_a_code_shopify_would_refuse_writes_nothing(tmp_path):
    path = tmp_path / "giftcards.csv"
    with pytest.raises(ValidationError):
        write_vouchers([VoucherRow("AB-1", eur("5"))], path, "shopify-giftcards")
    assert not path.exists() and list(tmp_path.iterdir()) == []


def test_woocommerce_coupons(tmp_path):
    path = tmp_path / "coupons.csv"
    write_vouchers(VOUCHERS[:1], path, "woocommerce-coupons")
    rows = read(path)
    assert rows[0] == [
        "code",
        "amount",
        "discount_type",
        "description",
        "date_expires",
        "individual_use",
        "usage_limit",
        "usage_limit_per_user",
        "email_restrictions",
    ]
    assert rows[1] == [
        "K7QM-4XPA-9",
        "10.00",
        "fixed_cart",
        "Sorry for the wrong size",
        "2025-01-01",
        "no",
        "1",
        "1",
        "marie@example.ca",
    ]


def test_plain_csv_is_safe_in_a_spreadsheet(tmp_path):
    path = tmp_path / "vouchers.csv"
    write_vouchers(VOUCHERS, path, "csv")
    rows = read(path)
    assert rows[1][:6] == ["K7QM-4XPA-9", "10.00", "EUR", "marie@example.ca", "Marie Tremblay", "2024-12-31"]
    assert rows[2][4] == '\'=HYPERLINK("x")'


def test_vouchers_refuse_mixed_currencies_and_unknown_formats(tmp_path):
    mixed = [VOUCHERS[0], VoucherRow("RON12345", Money.parse("10", "RON"))]
    with pytest.raises(ValidationError):
        write_vouchers(mixed, tmp_path / "x.csv", "woocommerce-coupons")
    with pytest.raises(ValidationError):
        write_vouchers(VOUCHERS, tmp_path / "x.csv", "magento")


def test_the_ledger_sums_to_the_liability_at_a_date(tmp_path):
    def at(day):
        return datetime(2024, 5, day, 12, tzinfo=UTC)

    entries = [
        LedgerRow(at(1), "issue", eur("20"), "K7QM4XPA9", "Marie", "case 12", "anna"),
        LedgerRow(at(2), "issue", eur("10"), "ZZ8899AA", "Ștefan Țărână", "campaign", "system"),
        LedgerRow(at(3), "redeem", eur("6"), "K7QM4XPA9", "Marie", "order #1005", "import"),
        LedgerRow(at(4), "restore", eur("6"), "K7QM4XPA9", "Marie", "order #1005 refunded", "import"),
        LedgerRow(at(5), "expire", eur("10"), "ZZ8899AA", "Ștefan Țărână", "", "system"),
        LedgerRow(at(6), "cancel", eur("-4"), "K7QM4XPA9", "Marie", "", "anna"),
        LedgerRow(at(7), "correction", eur("-1"), "K7QM4XPA9", "Marie", "typo", "anna"),
        LedgerRow(at(9), "redeem", eur("5"), "K7QM4XPA9", "Marie", "after the date", "import"),
    ]
    path = tmp_path / "ledger.csv"
    totals = write_ledger(entries, path, up_to=date(2024, 5, 7))
    rows = read(path)
    assert rows[0][6] == "amount" and len(rows) == 8
    amounts = [Money.parse(r[6], "EUR") for r in rows[1:]]
    assert [a.plain() for a in amounts] == ["20.00", "10.00", "-6.00", "6.00", "-10.00", "-4.00", "-1.00"]
    assert sum(a.minor for a in amounts) == totals["EUR"].minor == 1500
    assert rows[2][4] == "Ștefan Țărână"
    with pytest.raises(ValidationError):
        write_ledger([LedgerRow(at(1), "gift", eur("1"))], tmp_path / "bad.csv")


def test_the_reject_csv_gives_back_whole_orders_that_import_again_once_fixed(tmp_path):
    result = parse_orders(FIXTURES / "shopify_orders_bad_rows.csv")
    good, bad = split(result)
    path = tmp_path / "rejects.csv"
    written = write_rejects(path, result.header, bad, delimiter=result.delimiter)
    rows = read(path)
    assert written == 5 and rows[0][:3] == ["Rejected row", "Rejection reason", "Name"]
    assert [r[0] for r in rows[1:]] == ["2", "3", "4", "5", "8"]
    assert rows[1][1].startswith("Part of an order refused for row 3")
    assert "two" in rows[2][1] and rows[2][2] == "#1001"
    assert len(rows[1]) == 2 + len(result.header)
    # fix the quantity in the reject file and import it again: the order comes back whole
    rows[2][2 + result.header.index("Lineitem quantity")] = "1"
    fixed = tmp_path / "fixed.csv"
    with fixed.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    again, still_bad = split(parse_orders(fixed))
    assert [o.number for o in again] == ["1001"] and again[0].row_numbers == (2, 3, 4)
    assert [r.key for r in still_bad] == ["1002", "1004"]


def test_reject_csv_in_the_users_language(tmp_path):
    result = parse_orders(FIXTURES / "shopify_orders_bad_rows.csv")
    _, bad = split(result)
    path = tmp_path / "scarti.csv"
    write_rejects(path, result.header, bad, lang="it")
    rows = read(path)
    assert rows[0][:2] == ["Riga rifiutata", "Motivo del rifiuto"]
    assert "non è un numero intero" in rows[2][1]
