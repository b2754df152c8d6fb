"""Deadlines on the command line: a case waiting for the customer is paused, not overdue, and ``case show`` reads
its times in the shop's zone, in the order things happened (issue 12, point 8b)."""

from __future__ import annotations

import json
import re

from tests.support.cli import run


def test_case_list_overdue_leaves_out_the_cases_waiting_for_the_customer(demo_db, capsys):
    code, out, _ = run(capsys, "case", "list", "--status", "awaiting_customer", "--json", "--limit", "500")
    assert code == 0
    waiting = json.loads(out)
    assert waiting, "the demo shop has cases waiting for the customer"
    assert all(r["paused"] and not r["overdue"] and r["remaining_hours"] is not None for r in waiting)
    code, out, _ = run(capsys, "case", "list", "--overdue", "--json", "--limit", "500")
    overdue = json.loads(out)
    assert code == 0 and overdue
    assert all(r["status"] != "awaiting_customer" and not r["paused"] for r in overdue)
    assert not {r["id"] for r in waiting} & {r["id"] for r in overdue}
    code, out, _ = run(capsys, "case", "list", "--status", "awaiting_customer", "--limit", "500")
    assert out.count("paused · ") == len(waiting)
    assert "! " not in out, "no red mark on a paused case"


def test_case_show_says_paused_and_reads_the_timeline_in_time_order_in_the_shop_zone(demo_db, capsys):
    code, out, _ = run(capsys, "case", "list", "--status", "awaiting_customer", "--json")
    case_id = json.loads(out)[0]["id"]
    run(capsys, "case", "note", str(case_id), "Sent a reminder")
    code, out, _ = run(capsys, "case", "show", str(case_id))
    assert code == 0
    assert re.search(
        r"Awaiting the customer \(paused · .+ (left|past the deadline) \(business hours\)\)", out
    )
    assert re.search(r"resolution due\s+\d{4}-\d\d-\d\d \d\d:\d\d Europe/Rome", out)
    assert "at (Europe/Rome)" in out
    stamps = re.findall(r"^(\d{4}-\d\d-\d\d \d\d:\d\d)  ", out, flags=re.M)
    assert len(stamps) >= 3 and stamps == sorted(stamps)
    code, out, _ = run(capsys, "case", "show", str(case_id), "--json")
    shown = json.loads(out)
    assert shown["paused"] is True and shown["timezone"] == "Europe/Rome"
    assert [e["at"] for e in shown["events"]] == sorted(e["at"] for e in shown["events"])


def test_customer_show_counts_claims_and_orders_in_one_window_and_says_which(demo_db, capsys):
    code, out, _ = run(capsys, "case", "list", "--json", "--limit", "500")
    emails = sorted({r["email"] for r in json.loads(out) if r["email"]})[:12]
    assert emails
    for email in emails:
        code, out, err = run(capsys, "customer", "show", email, "--json")
        assert code == 0, err
        shown = json.loads(out)
        assert shown["claim_rate_text"].endswith(f"placed in the last {shown['window_days']} days")
        assert not (shown["claims_in_window"] and not shown["orders_in_window"]), shown
    code, out, _ = run(capsys, "customer", "show", emails[0])
    assert re.search(
        r"claim rate\s+(\d+\.\d\d · )?\d+ claim\(s\) on \d+ order\(s\) placed in the last 365 days", out
    )


def _line_of_two(db_path) -> tuple[str, str, str]:
    """An order of the demo shop with a line of two pieces: (number, sku, unit price)."""
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        number, sku, price = conn.execute(
            "SELECT o.number, l.sku, l.unit_price_minor FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "WHERE l.quantity = 2 ORDER BY o.id LIMIT 1"
        ).fetchone()
    return number, sku, f"{price // 100}.{price % 100:02d}"


def test_case_open_takes_the_pieces_affected_of_a_line(demo_db, capsys):
    number, sku, price = _line_of_two(demo_db)
    code, out, err = run(
        capsys,
        "case",
        "open",
        "--order",
        number,
        "--kind",
        "damaged",
        "--channel",
        "phone",
        "--summary",
        "Una delle due è rotta",
        "--line",
        f"{sku}:1",
        "--wants",
        "refund",
        "--json",
    )
    assert code == 0, err
    case_id = json.loads(out)["id"]
    code, out, _ = run(capsys, "case", "show", str(case_id), "--json")
    assert [(li["sku"], li["quantity"], li["ordered"]) for li in json.loads(out)["lines"]] == [(sku, 1, 2)]
    code, out, _ = run(capsys, "case", "show", str(case_id))
    assert re.search(rf"{re.escape(sku)}\s.*\s1 of 2\s", out)
    code, out, _ = run(capsys, "case", "propose", str(case_id), "--json")
    refund = next(o for o in json.loads(out) if o["remedy"] == "refund")
    assert refund["amount"] == price, "the refund of one piece, not of the line"
    code, out, _ = run(
        capsys,
        "case",
        "open",
        "--order",
        number,
        "--kind",
        "damaged",
        "--channel",
        "phone",
        "--summary",
        "x",
        "--line",
        sku,
        "--json",
    )
    assert code == 0, "a plain SKU still means the whole line"
    code, _, err = run(
        capsys,
        "case",
        "open",
        "--order",
        number,
        "--kind",
        "damaged",
        "--channel",
        "phone",
        "--summary",
        "x",
        "--line",
        f"{sku}:3",
    )
    assert code == 1 and "from 1 to 2" in err and len(err.strip().splitlines()) == 1
