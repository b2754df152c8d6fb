"""``credit redeem`` at the counter: the cap of an order is the order's (issue 12, point 2) and a customer's credit
is spent earliest expiry first (point 3)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.support.cli import run
from tests.support.shop_files import shopify_export


def run_json(capsys, *argv):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def a_known_order(path):
    """An order of the demo shop, not cancelled, whose customer has an e-mail: number, total, e-mail."""
    with sqlite3.connect(path) as con:
        number, total, discount, email = con.execute(
            "SELECT o.number, o.total_minor, o.discount_minor, c.email FROM orders o JOIN customers c "
            "ON c.id = o.customer_id WHERE o.cancelled_at IS NULL AND c.email IS NOT NULL ORDER BY o.id LIMIT 1"
        ).fetchone()
    return number, Decimal(total + max(discount, 0)) / 100, email


def test_a_known_orders_total_is_the_truth(demo_db, capsys):
    number, total, email = a_known_order(demo_db)
    code = run_json(capsys, "credit", "grant", email, "--amount", "10", "--reason", "Scuse")["code"]
    status, _, err = run(capsys, "credit", "redeem", code, "--order", number, "--order-total", "99999")
    assert status == 1 and "€99,999.00" in err and f"€{total:,.2f}" in err
    assert len(err.strip().splitlines()) == 1
    assert run_json(capsys, "credit", "balance", email)["balance"] == "10.00"  # nothing was applied
    done = run_json(capsys, "credit", "redeem", code, "--order", number)
    assert (done["order_total"], done["provisional"]) == (f"{total:.2f}", False)
    assert Decimal(done["applied"]) <= (total * Decimal("0.30")).quantize(Decimal("0.01"))


def test_an_order_not_imported_yet_is_provisional_until_its_import_reports_the_excess(
    demo_as, capsys, monkeypatch, tmp_path
):
    _, _, email = a_known_order(demo_as("agent"))
    code = run_json(capsys, "credit", "grant", email, "--amount", "20", "--reason", "Scuse")["code"]
    status, _, err = run(capsys, "credit", "redeem", code, "--order", "880001")
    assert status == 1 and "not in Rimedio yet: give its total. (--order-total)" in err
    done = run_json(capsys, "credit", "redeem", code, "--order", "880001", "--order-total", "200")
    assert (done["applied"], done["provisional"]) == ("20.00", True)
    monkeypatch.setenv("RIMEDIO_USER", "admin")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "admin")
    path = shopify_export(
        tmp_path / "o.csv",
        [
            {
                "number": "880001",
                "email": email,
                "name": "A B",
                "total": "30.00",
                "lines": [("MUG", "Tazza", "1", "30.00")],
            }
        ],
    )
    report = run_json(capsys, "import", "orders", path)
    (checked,) = [r for r in report["redemptions"] if r["order"] == "880001"]
    assert (checked["status"], checked["amount"]) == ("excess", "11.00")  # 20.00 on an order capped at 9.00
    status, out, _ = run(capsys, "import", "orders", path)
    assert status == 0 and "880001" not in out  # reported once


def test_a_customer_pays_earliest_expiry_first(demo_db, capsys):
    _, _, email = a_known_order(demo_db)
    today = date.today()
    late = run_json(
        capsys,
        "credit",
        "grant",
        email,
        "--amount",
        "5",
        "--reason",
        "a",
        "--expires",
        str(today + timedelta(days=400)),
    )
    soon = run_json(
        capsys,
        "credit",
        "grant",
        email,
        "--amount",
        "5",
        "--reason",
        "b",
        "--expires",
        str(today + timedelta(days=200)),
    )
    done = run_json(
        capsys,
        "credit",
        "redeem",
        "--customer",
        email,
        "--order",
        "880003",
        "--order-total",
        "100",
        "--amount",
        "7",
    )
    assert [(u["code"], u["applied"]) for u in done["used"]] == [
        (soon["code"], "5.00"),
        (late["code"], "2.00"),
    ]
    status, out, _ = run(
        capsys, "credit", "redeem", "--customer", email, "--order", "880004", "--order-total", "100"
    )
    assert status == 0 and late["code"] in out and "Provisional" in out
    with pytest.raises(SystemExit) as usage:  # a code or a customer, not both
        run(capsys, "credit", "redeem", soon["code"], "--customer", email, "--order", "1")
    assert usage.value.code == 2
