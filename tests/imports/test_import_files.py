"""Whole files that cannot be imported, and the mapped-CSV path with its saved mapping and preview."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.money import Money
from app.errors import ValidationError
from app.imports import parse_customers, parse_orders
from app.imports.mapped import ColumnMapping, preview
from tests.support.import_samples import FIXTURES, split


@pytest.mark.parametrize(
    "name,words",
    [
        ("empty.csv", "is empty"),
        ("blank_lines_only.csv", "is empty"),
        ("workbook.csv", "workbook"),
        ("unknown_format.csv", "column mapping"),
        ("does_not_exist.csv", "does not exist"),
    ],
)
def test_files_that_cannot_be_imported_give_a_clear_error(name, words):
    result = parse_orders(FIXTURES / name)
    assert not result.ok and words in result.error.reason
    assert list(result) == [] and result.error.row is None


def test_header_only_file_has_nothing_to_import():
    result = parse_orders(FIXTURES / "header_only.csv")
    assert result.ok and list(result) == []


def test_utf16_and_bad_options(tmp_path):
    path = tmp_path / "unicode.csv"
    path.write_bytes(
        "Name\tCreated at\tLineitem name\tLineitem quantity\tFinancial Status\n"
        "#7\t2024-01-02 10:00:00 +0100\tMug\t1\tpaid\n".encode("utf-16")
    )
    orders, rejected = split(parse_orders(path))
    assert [o.number for o in orders] == ["7"] and rejected == []
    assert "choose dmy or mdy" in parse_orders(path, date_order="ymd").error.reason
    assert "Unknown currency" in parse_orders(path, default_currency="XX").error.reason
    assert "Unknown import format" in parse_orders(path, format="magento").error.reason


def test_a_file_ending_inside_a_quote_is_refused_naming_the_line(tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text(
        "Name,Created at,Lineitem name,Lineitem quantity,Financial Status\n"
        '#1,2024-01-02 10:00:00 +0100,"Mug,1,paid\n',
        encoding="utf-8",
    )
    result = parse_orders(path)
    list(result)  # an unterminated quote swallows the rest: no crash, and the whole file is refused
    assert result.error is not None and "line 2" in result.error.reason


MAPPING = ColumnMapping(
    name="Negozio vecchio",
    kind="orders",
    fields={
        "order_number": "Ordine",
        "created_at": "Data ordine",
        "full_name": "Cliente",
        "email": "E-mail",
        "line_name": "Prodotto",
        "line_sku": "Codice",
        "line_quantity": "Pezzi",
        "line_unit_price": "Prezzo",
        "total": "Totale",
    },
)


def test_a_mapping_is_saved_by_name_and_read_back():
    text = MAPPING.to_json()
    assert ColumnMapping.from_json(text) == MAPPING
    with pytest.raises(ValidationError):
        ColumnMapping.from_json("{not json")
    with pytest.raises(ValidationError):
        ColumnMapping(name="x", fields={"colour": "Colore", "order_number": "A", "created_at": "B"})
    with pytest.raises(ValidationError):
        ColumnMapping(name="x", fields={"order_number": "A"})  # no date column


def test_preview_shows_the_header_and_first_rows():
    p = preview(FIXTURES / "mapped_orders.csv", 2)
    assert p.header[:3] == ("Ordine", "Data ordine", "Cliente") and p.delimiter == ";"
    assert len(p.rows) == 2 and p.rows[0][0] == "A-1"
    assert preview(FIXTURES / "empty.csv").error is not None


def test_any_csv_through_a_mapping():
    result = parse_orders(FIXTURES / "mapped_orders.csv", mapping=MAPPING)
    orders, rejected = split(result)
    assert rejected == [] and result.format == "csv"
    first, second = orders
    assert first.created_at == datetime(2024, 3, 5, tzinfo=UTC)
    assert first.customer.key == "email:luca@example.it" and first.customer.first_name == "Luca"
    assert first.lines[0].unit_price == Money.parse("7.50", "EUR") and first.lines[0].total == Money.parse(
        "15", "EUR"
    )
    assert second.row_numbers == (3, 4) and [ln.sku for ln in second.lines] == ["P1", "C1"]
    assert second.customer.key == "name:sara blu|"


def test_a_mapping_naming_a_column_the_file_lacks():
    wrong = ColumnMapping(name="y", fields={"order_number": "Order", "created_at": "Data ordine"})
    result = parse_orders(FIXTURES / "mapped_orders.csv", mapping=wrong)
    assert not result.ok and "Order" in result.error.reason


def test_customers_through_a_mapping(tmp_path):
    path = tmp_path / "clienti.csv"
    path.write_text(
        "Nome;Cognome;Posta;Newsletter\nGiulia;D’Angelo;giulia@example.it;sì\n;;;\nAnna;;;forse\n",
        encoding="utf-8",
    )
    mapping = ColumnMapping(
        name="clienti",
        kind="customers",
        fields={
            "first_name": "Nome",
            "last_name": "Cognome",
            "email": "Posta",
            "accepts_marketing": "Newsletter",
        },
    )
    customers, rejected = split(parse_customers(path, mapping=mapping))
    assert [c.first_name for c in customers] == ["Giulia", "Anna"] and rejected == []
    assert customers[0].accepts_marketing is True and customers[1].accepts_marketing is None
    assert customers[1].warnings and "forse" in customers[1].warnings[0].reason
