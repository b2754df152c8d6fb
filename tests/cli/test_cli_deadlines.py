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
    assert re.search(r"awaiting_customer \(paused · .+ (left|past the deadline) \(business hours\)\)", out)
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
    assert re.search(r"claim rate\s+(\d+\.\d\d · )?\d+ claim\(s\) on \d+ order\(s\) placed in the last 365 days", out)
