"""WooCommerce (both plugin layouts) and PrestaShop (translated headers) order exports, and format detection."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.money import Money
from app.imports import detect_format
from app.imports.woocommerce import unpack, unpack_all


def test_woocommerce_one_row_per_order_with_packed_lines(orders_of):
    orders, rejected = orders_of("woocommerce_line_items.csv")
    assert [o.number for o in orders] == ["5021", "5022", "5023"]
    shoe = orders[0]
    assert shoe.created_at == datetime(2024, 3, 28, 14, 5, 10, tzinfo=UTC)  # DD-MM-YYYY ...
    assert shoe.paid_at == datetime(2024, 3, 28, 14, 6, tzinfo=UTC)  # ... beside ISO in the same file
    assert shoe.financial_status == "paid" and shoe.fulfillment_status == "fulfilled"
    assert shoe.source_status == "wc-completed"
    assert shoe.total == Money.parse("46.00", "EUR") and shoe.discount_codes == ("flat20",)
    assert shoe.refunded_amount == Money.parse("46.00", "EUR")
    assert [(ln.sku, ln.name, ln.quantity) for ln in shoe.lines] == [
        ("A12", "Formal shoe & laces", 1),
        ("B7", "Borsa pelle | nera", 2),
    ]
    assert shoe.lines[1].variant == "colore=nero" and shoe.lines[1].unit_price == Money.parse("16.55", "EUR")
    assert shoe.customer.last_name == "D’Angelo" and shoe.customer.zip == "00184"
    assert shoe.customer.external_id == "17" and shoe.customer.phone == "0612345678"


def test_woocommerce_guest_order_uses_billing_email(orders_of):
    orders, _ = orders_of("woocommerce_line_items.csv")
    guest = orders[1]
    assert guest.customer.email == "ion.popescu@example.ro" and guest.customer.external_id is None
    assert guest.customer.language == "ro"
    assert orders[2].financial_status == "pending"  # wc-on-hold


def test_woocommerce_bad_packed_quantity_is_a_row_rejection(orders_of):
    _, rejected = orders_of("woocommerce_line_items.csv")
    assert [r.row for r in rejected] == [5]
    assert "line_item_1" in rejected[0].reason and "many" in rejected[0].reason


def test_woocommerce_one_row_per_line_item_layout(orders_of):
    orders, rejected = orders_of("woocommerce_per_item.csv")
    assert rejected == []
    assert [o.number for o in orders] == ["812", "813"]
    socks = orders[0]
    assert socks.row_numbers == (2, 3) and socks.currency == "RON"
    assert [ln.name for ln in socks.lines] == ["Șosete", "Fular"]
    assert socks.refunded_amount == Money.parse("25.00", "RON") and socks.financial_status == "refunded"
    assert socks.external_id == "812"
    assert [ln.sku for ln in orders[1].lines] == ["C1", "T1"]  # two lines packed in one cell


def test_packed_fields():
    assert unpack("name:Formal shoe|product_id:13|sku:A12|quantity:1|total:8.00|tax:1.44") == {
        "name": "Formal shoe",
        "product_id": "13",
        "sku": "A12",
        "quantity": "1",
        "total": "8.00",
        "tax": "1.44",
    }
    assert [i["code"] for i in unpack_all("code:flat20|amount:10.00;code:ete|amount:5.00")] == [
        "flat20",
        "ete",
    ]
    assert unpack("garbage") == {}


def test_prestashop_italian_export(orders_of):
    orders, rejected = orders_of("prestashop_it.csv")
    assert [o.number for o in orders] == ["XKBKNABJK", "OHSATSERP", "FFATNOMMJ"]
    first, second, third = orders
    assert first.external_id == "12" and first.total == Money.parse("59.90", "EUR")
    assert first.fulfillment_status == "fulfilled" and first.customer.last_name == "Bianchi"
    assert first.customer.country_code == "IT" and first.customer.language == "it"
    assert second.total == Money.parse("1234.50", "EUR") and second.customer.company == "Rossi S.r.l."
    assert second.financial_status == "paid" and second.payment_method == "Carta"
    assert third.cancelled and third.financial_status == "voided"
    assert [r.row for r in rejected] == [5] and "Totale" in rejected[0].reason


HEADERS = {
    "en": "ID;Reference;New client;Delivery;Customer;Total;Payment;Status;Date",
    "it": "ID;Riferimento;Nuovo cliente;Consegna;Cliente;Totale;Pagamento;Stato;Data;Azienda",
    "fr": "ID;Référence;Nouveau client;Livraison;Client;Total;Paiement;État;Date;Société",
    "es": "ID;Referencia;Nuevo cliente;Entrega;Cliente;Total;Pago;Estado;Fecha;Empresa",
    "de": "ID;Bestellnummer;Neukunde;Lieferung;Kunde;Gesamt;Zahlung;Status;Datum;Firma",
    "ro": "ID;Referință;Client nou;Livrare;Client;Total;Plată;Stare;Data;Companie",
}


@pytest.mark.parametrize("lang", sorted(HEADERS))
def test_prestashop_headers_in_every_back_office_language(lang):
    assert detect_format(HEADERS[lang].split(";")) == "prestashop"


def test_detection_of_every_format(fixture_path):
    from app.imports.sniff import inspect

    expected = {
        "shopify_orders_79.csv": "shopify-orders",
        "shopify_orders_73_bom.csv": "shopify-orders",
        "shopify_orders_deleted_columns.csv": "shopify-orders",
        "shopify_orders_semicolon.csv": "shopify-orders",
        "shopify_customers_current.csv": "shopify-customers",
        "shopify_customers_old.csv": "shopify-customers",
        "shopify_customers_old_with_id.csv": "shopify-customers",
        "woocommerce_line_items.csv": "woocommerce",
        "woocommerce_per_item.csv": "woocommerce",
        "prestashop_it.csv": "prestashop",
        "mapped_orders.csv": None,
        "unknown_format.csv": None,
    }
    for name, fmt in expected.items():
        assert detect_format(inspect(fixture_path(name)).header) == fmt, name


def test_woocommerce_a_packed_line_without_its_total_or_spanning_lines_is_refused(tmp_path):
    from app.imports import parse_orders
    from tests.imports.conftest import split

    path = tmp_path / "woo.csv"
    path.write_text(
        "order_id,order_number,order_date,status,order_total,customer_email,customer_note,line_item_1\n"
        "1,1,2024-04-01 09:00:00,completed,5.00,a@example.com,,name:Tazza|sku:T1|quantity:1\n"
        '2,2,2024-04-01 09:00:00,completed,5.00,b@example.com,"Citofono\nrotto",name:Tazza|sku:T1|quantity:1|total:5.00\n'
        '3,3,2024-04-01 09:00:00,completed,5.00,c@example.com,,"name:Tazza\nblu|sku:T1|quantity:1|total:5.00"\n',
        encoding="utf-8",
    )
    orders, rejected = split(parse_orders(path))
    assert [o.number for o in orders] == ["2"]  # a line break in the customer's note is free text
    assert [r.key for r in rejected] == ["1", "3"]
    assert "no price" in rejected[0].reason
    assert "line 5" in rejected[1].reason and "line_item_1" in rejected[1].reason


def test_webtoffee_lines_keep_their_attributes_out_of_the_total(orders_of):
    orders, rejected = orders_of("woocommerce_webtoffee_attributes.csv")
    assert rejected == [] and [o.number for o in orders] == ["7101", "7102"]
    shirt, poster = orders[0].lines
    assert (shirt.sku, shirt.name, shirt.quantity) == ("TS-ONDA-R-M", "Maglietta Onda", 2)
    assert shirt.total == Money.parse("30.00", "EUR") and shirt.unit_price == Money.parse("15.00", "EUR")
    assert shirt.variant == "Color: Red, Size: M"  # shown with the item; hidden keys are not
    assert shirt.attributes == (
        ("color", "Red"),
        ("size", "M"),
        ("_reduced_stock", "2"),
        ("_variation_id", "31544"),
    )
    assert poster.name == "Poster | Golfo di Napoli" and poster.sku is None  # the | in the name glues
    assert poster.total == Money.parse("12.00", "EUR") and poster.variant == "Finish: opaco"
    assert ("_wc_cog_item_cost", "3.10") in poster.attributes
    mug, card = orders[1].lines
    assert mug.name == "Tazza | Edizione: 2025" and mug.variant == "Gift wrap: si"
    assert mug.total == Money.parse("15.00", "EUR") and card.total == Money.parse("10.00", "EUR")
    assert card.variant is None and card.attributes == (("_reduced_stock", "2"),)
    assert orders[0].customer.address1 == "Via Roma 12\nScala B"  # free text over two lines


def test_packed_item_attributes_after_the_known_keys():
    from app.imports.woocommerce import unpack_item

    fields, attributes = unpack_item("name:Tee|sku:T|quantity:1|total:8.00|color:Red|size:M|_reduced_stock:1")
    assert fields == {"name": "Tee", "sku": "T", "quantity": "1", "total": "8.00"}
    assert attributes == [("color", "Red"), ("size", "M"), ("_reduced_stock", "1")]
    fields, attributes = unpack_item("name:A | b: c|total:1.00|note:x|y")
    assert fields["name"] == "A | b: c" and fields["total"] == "1.00"
    assert attributes == [("note", "x|y")]


def test_woocommerce_refund_items_written_negative_count_as_the_refund(tmp_path):
    """Some WooCommerce exports write a refund as a negative amount and have no refunded_total column."""
    from app.imports import parse_orders
    from tests.imports.conftest import FIXTURES, split

    text = (FIXTURES / "woocommerce_line_items.csv").read_text(encoding="utf-8")
    assert "refunded_total" not in text.splitlines()[0] and "amount:46.00|" in text
    path = tmp_path / "negative_refund.csv"
    path.write_text(text.replace("amount:46.00|", "amount:-46.00|"), encoding="utf-8")
    result = parse_orders(path)
    assert result.ok, result.error and result.error.reason
    shoe = next(o for o in split(result)[0] if o.number == "5021")
    assert shoe.refunded_amount == Money.parse("46.00", "EUR")
