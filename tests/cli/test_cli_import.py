"""``rimedio import``, ``rimedio mapping`` and ``rimedio export`` as an admin's script uses them."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import pytest

from tests.support.cli import run
from tests.support.shop_files import FIXTURES, give_voucher, shopify_export

ORDERS = [
    {
        "number": "9001",
        "email": "new.customer@example.it",
        "name": "Chiara Zanè",
        "total": "30.00",
        "lines": [("MUG", "Tazza", "2", "15.00")],
    },
    {
        "number": "9002",
        "email": "other@example.ro",
        "name": "Ștefan Țărână",
        "total": "10.00",
        "lines": [("CAND", "Candela", "1", "10.00")],
    },
]


def test_import_orders_twice_prints_the_counts_as_json(admin_db, capsys, tmp_path):
    path = shopify_export(tmp_path / "orders.csv", ORDERS)
    code, out, _ = run(capsys, "import", "orders", path, "--json")
    assert code == 0
    report = json.loads(out)
    assert {k: report[k] for k in ("created", "updated", "unchanged", "rejected")} == {
        "created": 2,
        "updated": 0,
        "unchanged": 0,
        "rejected": [],
    }
    code, out, _ = run(capsys, "import", "orders", path, "--format", "shopify", "--json")
    report = json.loads(out)
    assert (code, report["created"], report["unchanged"], report["written"]) == (0, 0, 2, True)
    code, out, _ = run(capsys, "customer", "list", "--search", "new.customer", "--json")
    assert [c["name"] for c in json.loads(out)] == ["Chiara Zanè"]


def test_a_bad_file_is_refused_with_every_bad_row_and_exit_1(admin_db, capsys):
    code, out, err = run(capsys, "import", "orders", FIXTURES / "shopify_orders_bad_rows.csv", "--json")
    report = json.loads(out)
    assert code == 1 and report["written"] is False
    assert [r["row"] for r in report["rejected"]] == [3, 5, 8]
    code, out, err = run(capsys, "import", "orders", FIXTURES / "shopify_orders_bad_rows.csv")
    assert code == 1 and "row" in out and "Nothing was imported" in err


def test_keep_good_writes_the_reject_file(admin_db, capsys, tmp_path):
    rejects = tmp_path / "rejects.csv"
    code, out, _ = run(
        capsys,
        "import",
        "orders",
        FIXTURES / "shopify_orders_bad_rows.csv",
        "--keep-good",
        "--rejects",
        rejects,
    )
    assert code == 0 and str(rejects) in out
    with rejects.open(encoding="utf-8-sig") as fh:
        assert next(csv.reader(fh))[:2] == ["Rejected row", "Rejection reason"]


def test_usage_errors_exit_2(admin_db, capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "import", "orders", FIXTURES / "shopify_orders_79.csv", "--rejects", tmp_path / "r.csv")
    assert exit_.value.code == 2 and "--keep-good" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "import", "orders", FIXTURES / "shopify_orders_79.csv", "--format", "excel")
    assert exit_.value.code == 2


def test_dates_that_could_be_either_way_say_which_option_to_use(admin_db, capsys):
    code, _, err = run(capsys, "import", "orders", FIXTURES / "shopify_orders_ambiguous.csv")
    assert code == 1 and "--date-order dmy" in err and err.count("\n") == 1
    code, out, _ = run(
        capsys,
        "import",
        "orders",
        FIXTURES / "shopify_orders_ambiguous.csv",
        "--date-order",
        "dmy",
        "--dry-run",
    )
    assert code == 0 and "Dry run" in out


def test_messages_in_italian(admin_db, capsys):
    code, out, err = run(capsys, "import", "orders", FIXTURES / "shopify_orders_bad_rows.csv", "--lang", "it")
    assert code == 1 and "non è un numero intero" in out and "Non è stato importato nulla" in err


def test_an_agent_may_not_import(admin_db, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("RIMEDIO_USER", "agent")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "agent")
    code, _, err = run(capsys, "import", "orders", shopify_export(tmp_path / "o.csv", ORDERS))
    assert code == 1 and "may not" in err


def test_save_a_mapping_and_import_with_it(admin_db, capsys, tmp_path):
    spec = tmp_path / "gestionale.json"
    spec.write_text(
        json.dumps(
            {
                "kind": "orders",
                "date_order": "dmy",
                "fields": {
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
            }
        ),
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "mapping", "save", "Gestionale", "--from-json", spec)
    assert code == 0 and "Gestionale" in out
    code, out, _ = run(capsys, "mapping", "list", "--json")
    assert [m["name"] for m in json.loads(out)] == ["Gestionale"]
    code, out, _ = run(
        capsys,
        "import",
        "orders",
        FIXTURES / "mapped_orders.csv",
        "--format",
        "mapped",
        "--mapping",
        "Gestionale",
        "--json",
    )
    assert code == 0 and json.loads(out)["created"] == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "mapping", "save", "Broken", "--from-json", bad)
    assert code == 1 and "damaged" in err


def test_export_vouchers_and_ledger(admin_db, capsys, tmp_path):
    from app.services.database import open_database

    db = open_database(str(admin_db))
    email = (
        db.engine.connect()
        .exec_driver_sql("SELECT email FROM customers WHERE email IS NOT NULL LIMIT 1")
        .scalar()
    )
    give_voucher(db, email, 2500)
    db.dispose()
    out_file = tmp_path / "gift.csv"
    code, out, _ = run(
        capsys, "export", "vouchers", "--format", "shopify-giftcards", "-o", out_file, "--json"
    )
    assert code == 0 and json.loads(out)["count"] >= 1  # ours, and any the demo shop gave
    assert (
        Path(out_file).read_text(encoding="utf-8-sig").startswith("initial_value,code,email,expires_on,note")
    )
    code, out, _ = run(
        capsys, "export", "vouchers", "--format", "shopify-giftcards", "-o", out_file, "--json"
    )
    assert json.loads(out)["count"] == 0
    code, out, _ = run(
        capsys, "export", "ledger", "--as-of", "2099-12-31", "-o", tmp_path / "ledger.csv", "--json"
    )
    report = json.loads(out)
    with (tmp_path / "ledger.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert code == 0 and report["entries"] == len(rows)
    assert sum(Decimal(r["amount"]) for r in rows) == Decimal(report["liability"]["EUR"]) >= Decimal("25.00")
    code, _, err = run(capsys, "export", "ledger", "--as-of", "soon", "-o", tmp_path / "ledger.csv")
    assert code == 1 and "not a date" in err
