"""Stories of an admin importing the shop's exports, on SQLite and PostgreSQL: idempotent, all or nothing."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import select

from app.errors import NotFound, PermissionDenied, ValidationError
from app.imports.mapped import ColumnMapping
from app.services import cases, customers, shop_import
from app.services.shop_import import DateOrderNeeded
from app.store.models import Customer, Order, OrderLine
from tests.support.shop_files import FIXTURES, counts, shopify_export

MARIA = {
    "number": "2001",
    "email": "maria.popescu@example.ro",
    "name": "Maria Popescu",
    "total": "40.00",
    "lines": [("CER-BOWL-S", "Ciotola - blu", "2", "20.00")],
    "created": "2026-10-01 09:00:00 +0200",
}
LUCA = {
    "number": "2002",
    "email": "luca.neri@example.it",
    "name": "Luca Neri",
    "total": "12.50",
    "lines": [("MUG", "Tazza", "1", "12.50")],
    "created": "2026-10-02 09:00:00 +0200",
}
ANNA = {
    "number": "2003",
    "email": "anna.mueller@example.de",
    "name": "Anna Müller",
    "total": "99.00",
    "lines": [("VASE", "Vaso", "1", "89.00"), ("CARD", "Biglietto", "1", "10.00")],
    "created": "2026-10-03 09:00:00 +0200",
}


def test_importing_the_same_export_twice_changes_nothing_the_second_time(shop, tmp_path):
    admin = shop.as_(shop.admin)
    path = shopify_export(tmp_path / "orders.csv", [MARIA, LUCA, ANNA])
    first = shop_import.import_orders(admin, path)
    assert (first.created, first.updated, first.unchanged, first.rejected) == (3, 0, 0, ())
    assert first.written
    after_first = counts(shop.db)
    second = shop_import.import_orders(admin, path)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 3)
    assert counts(shop.db) == after_first
    with shop.db.read() as s:
        anna = s.scalar(select(Customer).where(Customer.email == "anna.mueller@example.de"))
        order = s.scalar(select(Order).where(Order.number == "2003"))
        assert order.customer_id == anna.id  # the shop's known Anna Müller, matched by e-mail, not a copy
        assert order.total_minor == 9900
        assert [li.sku for li in order.lines] == ["VASE", "CARD"]


def test_an_overlapping_export_creates_the_new_updates_the_changed_and_leaves_the_rest(shop, tmp_path):
    admin = shop.as_(shop.admin)
    shop_import.import_orders(admin, shopify_export(tmp_path / "october.csv", [MARIA, LUCA]))
    luca_more = dict(LUCA, total="25.00", lines=[("MUG", "Tazza", "2", "12.50")])
    report = shop_import.import_orders(
        admin, shopify_export(tmp_path / "later.csv", [MARIA, luca_more, ANNA])
    )
    assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
    with shop.db.read() as s:
        luca_order = s.scalar(select(Order).where(Order.number == "2002"))
        assert luca_order.total_minor == 2500
        assert [(li.quantity, li.unit_price_minor) for li in luca_order.lines] == [(2, 1250)]


def test_a_renamed_customer_is_found_by_the_new_name_in_cases_and_orders(shop, tmp_path):
    admin = shop.as_(shop.admin)
    shop_import.import_orders(admin, shopify_export(tmp_path / "a.csv", [MARIA]))
    case = cases.open_case(
        shop.as_(shop.agent), order_number="2001", kind="damaged", channel="phone", summary="Ciotola rotta"
    )
    newer = dict(
        MARIA,
        number="2010",
        name="Maria Ionescu",
        created="2026-11-01 09:00:00 +0100",
        phone="+40 721 000 111",
    )
    shop_import.import_orders(admin, shopify_export(tmp_path / "b.csv", [newer]))
    found = cases.list_cases(admin, cases.CaseFilter(search="ionescu"))
    assert [c.id for c in found] == [case.id]
    assert [c.id for c in cases.list_cases(admin, cases.CaseFilter(search="721000111"))] == [case.id]
    assert [c.name for c in customers.list_customers(admin, "ionescu")] == ["Maria Ionescu"]
    older = dict(MARIA, number="1999", name="Maria P.", created="2026-01-01 09:00:00 +0100")
    shop_import.import_orders(admin, shopify_export(tmp_path / "c.csv", [older]))
    assert [c.name for c in customers.list_customers(admin, "maria")] == [
        "Maria Ionescu"
    ]  # older orders never win


def test_a_file_with_bad_rows_writes_nothing_and_lists_every_bad_row(shop):
    admin = shop.as_(shop.admin)
    before = counts(shop.db)
    report = shop_import.import_orders(admin, FIXTURES / "shopify_orders_bad_rows.csv")
    assert not report.written
    assert [(i.row, i.key) for i in report.rejected] == [(3, "1001"), (5, "1002"), (8, "1004")]
    assert "“two” is not a whole number" in report.rejected[0].reason
    assert "“yesterday” is not a date" in report.rejected[1].reason and "55.555" in report.rejected[1].reason
    assert counts(shop.db) == before


def test_keep_good_imports_the_good_orders_and_writes_the_bad_ones_to_a_reject_csv(shop, tmp_path):
    admin = shop.as_(shop.admin)
    rejects = tmp_path / "rejects.csv"
    report = shop_import.import_orders(
        admin, FIXTURES / "shopify_orders_bad_rows.csv", keep_good=True, rejects_path=rejects
    )
    assert report.written and report.rejected_units == 3
    assert report.created + report.updated + report.unchanged == 1
    with rejects.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["Rejected row", "Rejection reason", "Name"]
    assert [r[0] for r in rows[1:]] == ["2", "3", "4", "5", "8"]  # the whole refused order 1001 comes back
    assert "“two” is not a whole number" in rows[2][1]


def test_a_dry_run_reports_the_counts_and_writes_nothing(shop, tmp_path):
    admin = shop.as_(shop.admin)
    before = counts(shop.db)
    report = shop_import.import_orders(admin, shopify_export(tmp_path / "o.csv", [MARIA, LUCA]), dry_run=True)
    assert (report.created, report.written, report.dry_run) == (2, False, True)
    assert counts(shop.db) == before


def test_dates_that_could_be_either_order_must_be_settled_by_the_user(shop):
    admin = shop.as_(shop.admin)
    with pytest.raises(DateOrderNeeded) as err:
        shop_import.import_orders(admin, FIXTURES / "shopify_orders_ambiguous.csv")
    assert err.value.example == "04/09/24 11:59"
    report = shop_import.import_orders(admin, FIXTURES / "shopify_orders_ambiguous.csv", date_order="dmy")
    assert report.written
    with shop.db.read() as s:
        placed = s.scalar(select(Order.placed_at).where(Order.number == "1003"))
    assert (placed.month, placed.day) == (9, 4)


def test_only_an_admin_imports(shop, tmp_path):
    path = shopify_export(tmp_path / "o.csv", [MARIA])
    with pytest.raises(PermissionDenied):
        shop_import.import_orders(shop.as_(shop.agent), path)


def test_a_file_that_cannot_be_imported_is_refused_clearly(shop):
    admin = shop.as_(shop.admin)
    with pytest.raises(ValidationError, match="spreadsheet workbook"):
        shop_import.import_orders(admin, FIXTURES / "workbook.csv")
    with pytest.raises(ValidationError, match="customers export"):
        shop_import.import_orders(admin, FIXTURES / "shopify_customers_current.csv")
    with pytest.raises(ValidationError, match="needs a saved column mapping"):
        shop_import.import_orders(admin, FIXTURES / "mapped_orders.csv", format="mapped")


def test_cancelling_from_the_progress_callback_rolls_everything_back(shop, tmp_path, monkeypatch):
    monkeypatch.setattr(shop_import.run, "CHUNK", 1)
    admin = shop.as_(shop.admin)
    before = counts(shop.db)
    seen = []

    def progress(rows, bytes_read):
        seen.append((rows, bytes_read))
        return len(seen) < 2

    report = shop_import.import_orders(
        admin, shopify_export(tmp_path / "o.csv", [MARIA, LUCA, ANNA]), progress=progress
    )
    assert report.cancelled and not report.written
    assert counts(shop.db) == before
    assert seen[0][0] >= 2 and seen[1][1] >= seen[0][1]


def test_progress_reaches_the_whole_file(shop, tmp_path):
    path = shopify_export(tmp_path / "o.csv", [MARIA, LUCA, ANNA])
    seen = []
    shop_import.import_orders(shop.as_(shop.admin), path, progress=lambda r, b: seen.append((r, b)) or True)
    assert seen[-1] == (5, path.stat().st_size)


@pytest.mark.parametrize(
    ("fixture", "options", "orders"),
    [
        ("shopify_orders_79.csv", {}, 4),
        ("shopify_orders_73_bom.csv", {}, 4),
        ("shopify_orders_cp1252.csv", {}, None),
        ("shopify_orders_semicolon.csv", {}, None),
        ("shopify_orders_deleted_columns.csv", {}, None),
        ("shopify_orders_spreadsheet_dmy.csv", {}, None),
        ("shopify_orders_spreadsheet_mdy.csv", {}, None),
        ("woocommerce_line_items.csv", {"keep_good": True}, 3),
        ("woocommerce_per_item.csv", {}, None),
        ("woocommerce_webtoffee_attributes.csv", {}, 2),
        ("prestashop_it.csv", {"keep_good": True}, 3),
    ],
)
def test_every_shop_quirk_imports_and_then_stays_unchanged(shop, fixture, options, orders):
    admin = shop.as_(shop.admin)
    first = shop_import.import_orders(admin, FIXTURES / fixture, **options)
    assert first.written
    if orders is not None:
        assert first.total == orders
    again = shop_import.import_orders(admin, FIXTURES / fixture, **options)
    assert (again.created, again.updated, again.unchanged) == (0, 0, first.total)


def test_webtoffee_line_attributes_are_shown_with_the_item_and_stay_out_of_the_total(shop):
    admin = shop.as_(shop.admin)
    report = shop_import.import_orders(admin, FIXTURES / "woocommerce_webtoffee_attributes.csv")
    assert (report.created, report.rejected) == (2, ())
    with shop.db.read() as s:
        order = s.scalar(select(Order).where(Order.source == "woocommerce", Order.number == "7101"))
        assert order.total_minor == 4690
        assert [(li.name, li.variant, li.quantity, li.unit_price_minor) for li in order.lines] == [
            ("Maglietta Onda", "Color: Red, Size: M", 2, 1500),
            ("Poster | Golfo di Napoli", "Finish: opaco", 1, 1200),
        ]


def test_a_saved_mapping_imports_any_csv(shop):
    admin = shop.as_(shop.admin)
    shop_import.save_mapping(
        admin,
        ColumnMapping(
            name="Gestionale",
            kind="orders",
            date_order="dmy",
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
        ),
    )
    assert [m.name for m in shop_import.list_mappings(admin)] == ["Gestionale"]
    report = shop_import.import_orders(
        admin, FIXTURES / "mapped_orders.csv", format="mapped", mapping="Gestionale"
    )
    assert (report.created, report.written) == (2, True)
    with shop.db.read() as s:
        skus = s.scalars(
            select(OrderLine.sku).join(Order).where(Order.number == "A-2").order_by(OrderLine.position)
        )
        assert list(skus) == ["P1", "C1"]
    with pytest.raises(NotFound, match="no column mapping called Nope"):
        shop_import.import_orders(admin, FIXTURES / "mapped_orders.csv", mapping="Nope")


def test_customers_export_with_keep_good_then_unchanged(shop, tmp_path):
    admin = shop.as_(shop.admin)
    strict = shop_import.import_customers(admin, FIXTURES / "shopify_customers_current.csv")
    assert not strict.written and [i.row for i in strict.rejected] == [5]
    first = shop_import.import_customers(admin, FIXTURES / "shopify_customers_current.csv", keep_good=True)
    assert first.written and first.total == 3
    again = shop_import.import_customers(admin, FIXTURES / "shopify_customers_current.csv", keep_good=True)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    old = shop_import.import_customers(admin, FIXTURES / "shopify_customers_old.csv", keep_good=True)
    again = shop_import.import_customers(admin, FIXTURES / "shopify_customers_old.csv", keep_good=True)
    assert again.unchanged == old.total and again.created == 0


def test_a_customer_without_email_is_found_again_by_phone(shop, tmp_path):
    admin = shop.as_(shop.admin)
    guest = dict(LUCA, email="", phone="+39 333 999 8888")
    shop_import.import_orders(admin, shopify_export(tmp_path / "a.csv", [guest]))
    second = dict(guest, number="2020", created="2026-10-20 09:00:00 +0200")
    shop_import.import_orders(admin, shopify_export(tmp_path / "b.csv", [second]))
    with shop.db.read() as s:
        owners = set(s.scalars(select(Order.customer_id).where(Order.number.in_(["2002", "2020"]))))
    assert len(owners) == 1


def test_every_import_and_export_message_is_translated_to_italian_and_romanian():
    import json
    import re
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "resources" / "messages"
    it, ro = (
        json.loads((folder / lang / "imports_services.json").read_text(encoding="utf-8"))
        for lang in ("it", "ro")
    )
    assert set(it) == set(ro)
    for msgid in it:
        for text in (it[msgid], ro[msgid]):
            assert text.strip() and text != msgid
            assert set(re.findall(r"\{(\w+)\}", msgid)) == set(re.findall(r"\{(\w+)\}", text))
    assert any(ch in "ăâîșț" for text in ro.values() for ch in text)
