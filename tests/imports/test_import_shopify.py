"""Shopify orders and customers exports in the shapes shops really send."""

from __future__ import annotations

from datetime import UTC, datetime

from app.domain.money import Money
from app.imports import parse_customers, parse_orders
from tests.support.import_samples import FIXTURES, split


def eur(text):
    return Money.parse(text, "EUR")


def test_current_79_column_export_with_multi_row_orders(orders_of):
    orders, rejected = orders_of("shopify_orders_79.csv")
    assert rejected == []
    assert [o.number for o in orders] == ["1001", "1002", "1003", "1004"]
    first = orders[0]
    assert first.row_numbers == (2, 3, 4)
    assert first.total == eur("88.88") and first.shipping == eur("0") and first.discount_amount == eur("10")
    assert first.discount_codes == ("Bienvenue10",)
    assert first.financial_status == "paid" and first.fulfillment_status == "fulfilled"
    assert [(line.sku, line.name, line.variant, line.quantity) for line in first.lines] == [
        ("CH-LIN-M", "Chemise lin", "M / Bleu", 2),
        ("FOU-1", "Foulard", None, 1),
        (None, "Échantillon offert", None, 0),
    ]
    assert first.lines[0].unit_price == eur("22.22") and first.lines[0].total == eur("44.44")
    assert first.external_id == "5277634567890"
    assert first.tags == ("VIP", "wholesale")


def test_customer_of_an_order_with_accents_guards_and_a_comma_in_the_city(orders_of):
    orders, _ = orders_of("shopify_orders_79.csv")
    marie = orders[0].customer
    assert marie.key == "email:marie.tremblay@example.ca"
    assert (marie.first_name, marie.last_name, marie.city) == ("Marie", "Tremblay", "Montréal")
    assert marie.zip == "0812" and marie.phone == "0412 345 678"
    assert marie.accepts_marketing is True and marie.language == "en"
    stefan = orders[1].customer
    assert (stefan.first_name, stefan.last_name, stefan.language) == ("Ștefan", "Țărână", "ro")
    assert orders[2].customer.first_name == "Niccolò" and orders[2].customer.language == "it"


def test_offsets_change_with_daylight_saving_inside_one_file(orders_of):
    orders, _ = orders_of("shopify_orders_79.csv")
    assert orders[0].created_at == datetime(2024, 3, 29, 23, 14, 59, tzinfo=UTC)  # +1100
    assert orders[1].created_at == datetime(2024, 4, 7, 23, 0, tzinfo=UTC)  # +1000


def test_draft_without_email_and_paid_without_paid_at(orders_of):
    orders, _ = orders_of("shopify_orders_79.csv")
    draft = orders[1]
    assert draft.customer.email is None
    assert draft.financial_status == "paid" and draft.paid_at is None
    assert draft.total == eur("55")


def test_cancelled_and_refunded_order(orders_of):
    orders, _ = orders_of("shopify_orders_79.csv")
    refunded = orders[2]
    assert refunded.cancelled and refunded.cancelled_at == datetime(2024, 4, 9, 22, 0, tzinfo=UTC)
    assert refunded.refunded_amount == eur("34.90")
    assert refunded.discount_codes == ("10%ETE",)


def test_crlf_file_keeps_line_breaks_inside_fields():
    data = (FIXTURES / "shopify_orders_79.csv").read_bytes()
    assert b"\r\n" in data and b"Merci !\nLaisser" in data
    assert len(split(parse_orders(FIXTURES / "shopify_orders_79.csv"))[0]) == 4


def test_old_73_column_export_with_bom_and_names_without_hash(orders_of):
    orders, rejected = orders_of("shopify_orders_73_bom.csv")
    assert rejected == []
    assert [o.number for o in orders] == ["1001", "1002", "1003", "1004"]
    assert orders[0].lines[0].sku == "CH-LIN-M"


def test_deleted_columns_are_tolerated(orders_of):
    orders, rejected = orders_of("shopify_orders_deleted_columns.csv")
    assert rejected == [] and len(orders) == 4
    assert orders[0].total is None and orders[0].external_id is None
    assert orders[0].lines[0].unit_price is None and orders[0].lines[0].quantity == 2
    assert orders[0].customer.email is None and orders[0].customer.key == "phone:0412345678"


def test_a_missing_needed_column_is_named(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("Name,Email,Financial Status,Lineitem name,Lineitem quantity\n#1,a@b.c,paid,x,1\n")
    result = parse_orders(path)
    assert not result.ok and "Created at" in result.error.reason
    assert list(result) == []


def test_windows_1252_file(orders_of):
    orders, rejected = orders_of("shopify_orders_cp1252.csv")
    assert rejected == []
    assert orders[0].customer.city == "Montréal"
    assert orders[0].lines[2].name == "Échantillon offert"
    assert parse_orders(FIXTURES / "shopify_orders_cp1252.csv").source.encoding == "cp1252"


def test_semicolon_and_decimal_comma(orders_of):
    orders, rejected = orders_of("shopify_orders_semicolon.csv")
    assert rejected == []
    assert orders[0].total == eur("88.88") and orders[0].lines[0].unit_price == eur("22.22")
    assert parse_orders(FIXTURES / "shopify_orders_semicolon.csv").delimiter == ";"


def test_spreadsheet_damage_month_first(orders_of):
    result = parse_orders(FIXTURES / "shopify_orders_spreadsheet_mdy.csv")
    assert result.date_order == "mdy"
    orders, rejected = split(result)
    assert rejected == [] and [o.number for o in orders] == ["1001", "1002", "1003", "1004"]
    assert orders[0].created_at == datetime(2024, 3, 30, 10, 14, tzinfo=UTC)
    assert orders[1].created_at == datetime(2024, 4, 8, 9, 0, tzinfo=UTC)
    assert all(o.external_id is None for o in orders)  # 5.27763E+12 is not a key
    assert any("scientific" in w.msgid for w in orders[0].warnings)
    assert orders[2].customer.phone is None and orders[0].customer.accepts_marketing is True
    assert orders[1].customer.accepts_marketing is False


def test_spreadsheet_damage_day_first(orders_of):
    result = parse_orders(FIXTURES / "shopify_orders_spreadsheet_dmy.csv")
    assert result.date_order == "dmy"
    orders, rejected = split(result)
    assert rejected == []
    assert orders[1].created_at == datetime(2024, 4, 8, 9, 0, tzinfo=UTC)


def test_a_file_that_cannot_tell_the_date_order_asks_and_then_obeys():
    path = FIXTURES / "shopify_orders_ambiguous.csv"
    result = parse_orders(path)
    assert result.needs_date_order and not result.ok
    assert result.date_example == "04/09/24 11:59"
    assert "day/month or month/day" in result.error.reason
    assert list(result) == []
    as_mdy, _ = split(parse_orders(path, date_order="mdy"))
    as_dmy, _ = split(parse_orders(path, date_order="dmy"))
    assert as_mdy[0].created_at.date().isoformat() == "2024-04-09"
    assert as_dmy[0].created_at.date().isoformat() == "2024-09-04"


def test_bad_rows_are_all_listed_with_row_numbers_and_reasons():
    result = parse_orders(FIXTURES / "shopify_orders_bad_rows.csv")
    orders, rejected = split(result)
    assert [o.number for o in orders] == ["1003"]
    assert [r.row for r in rejected] == [3, 5, 8]
    assert [r.key for r in rejected] == ["1001", "1002", "1004"]
    assert "Lineitem quantity" in rejected[0].reason and "two" in rejected[0].reason
    assert [rec.row for rec in rejected[0].records] == [2, 3, 4]  # the whole order, for the reject file
    assert "yesterday" in rejected[1].reason and "55.555" in rejected[1].reason
    assert "XYZ" in rejected[2].reason
    assert (result.accepted, result.rejected) == (1, 3)


def test_reasons_are_translated_when_read(orders_of):
    _, rejected = orders_of("shopify_orders_bad_rows.csv")
    assert "non è un numero intero" in rejected[0].reason_in("it")
    assert "nu este un număr întreg" in rejected[0].reason_in("ro")


def test_a_row_with_too_few_fields_and_no_final_newline(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text(
        "Name,Created at,Lineitem name,Lineitem quantity,Total,Financial Status\n"
        "#1,2024-01-02 10:00:00 +0100,Mug,1,5\n#2,2024-01-03 10:00:00 +0100,,,0",
        encoding="utf-8",
    )
    orders, rejected = split(parse_orders(path))
    assert [o.number for o in orders] == ["1", "2"] and rejected == []
    assert orders[1].lines == ()


# --- customers ----------------------------------------------------------------------------------------


def test_current_customers_export(customers_of):
    customers, rejected = customers_of("shopify_customers_current.csv")
    assert [c.first_name for c in customers] == ["Ștefan", "Niccolò", "Marie"]
    stefan, niccolo, marie = customers
    assert stefan.external_id == "6543210987654" and stefan.zip == "400001" and stefan.language == "ro"
    assert stefan.accepts_marketing is True and stefan.accepts_sms is False
    assert stefan.total_spent == eur("120.50") and stefan.orders_count == 3
    assert stefan.tags == ("vip", "newsletter")
    # damaged id and phone, garbage boolean, no e-mail: kept, with warnings, matched by name
    assert niccolo.external_id is None and niccolo.phone is None and niccolo.accepts_marketing is None
    assert len(niccolo.warnings) == 3 and niccolo.key == "name:niccolò rossi|"
    assert marie.email == "marie.tremblay@example.ca" and marie.note == "Préfère être appelée\nle matin"
    assert [r.row for r in rejected] == [5] and "lots" in rejected[0].reason


def test_old_customers_export_with_and_without_id(customers_of):
    customers, rejected = customers_of("shopify_customers_old.csv")
    anna = customers[0]
    assert (anna.city, anna.province, anna.country_code, anna.zip, anna.phone) == (
        "Torino",
        "TO",
        "IT",
        "10121",
        "011 123456",
    )
    assert anna.external_id is None and anna.language == "it"
    assert [r.row for r in rejected] == [3] and "Nothing identifies" in rejected[0].reason
    with_id, _ = customers_of("shopify_customers_old_with_id.csv")
    assert with_id[0].external_id == "207119551"


def test_an_orders_file_imported_as_customers_says_so():
    result = parse_customers(FIXTURES / "shopify_orders_79.csv")
    assert not result.ok and "import it as orders" in result.error.reason
