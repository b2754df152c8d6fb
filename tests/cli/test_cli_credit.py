"""The credit, approval, campaign and audit commands as an agent, a supervisor and an admin use them."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import run


def as_user(monkeypatch, name):
    monkeypatch.setenv("RIMEDIO_USER", name)
    monkeypatch.setenv("RIMEDIO_PASSWORD", name)


def run_json(capsys, *argv):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def a_customer(capsys):
    return next(c["email"] for c in run_json(capsys, "customer", "list", "--limit", "20") if c["email"])


def test_grant_balance_and_redeem_with_the_contract_json(demo_db, capsys):
    email = a_customer(capsys)
    grant = run_json(capsys, "credit", "grant", email, "--amount", "10", "--reason", "Scuse per il ritardo")
    assert grant["code"].startswith("RIM-") and grant["amount"] == "10.00"
    before = run_json(capsys, "credit", "balance", email)
    assert set(before) >= {"grants", "entries", "balance"}
    redeemed = run_json(
        capsys, "credit", "redeem", grant["code"].lower(), "--order", "#9001", "--order-total", "20.00"
    )
    assert set(redeemed) >= {"applied", "remaining_on_code", "balance"}  # keys are only ever added
    assert (redeemed["applied"], redeemed["remaining_on_code"]) == ("6.00", "4.00")
    after = run_json(capsys, "credit", "balance", email)
    assert after["entries"][-1]["kind"] == "redeem" and after["entries"][-1]["order"] == "9001"


def test_case_resolve_within_and_above_the_limit_and_the_supervisors_answer(demo_db, capsys, monkeypatch):
    cases = run_json(capsys, "case", "list", "--status", "new", "--limit", "2")
    small, large = cases[0]["id"], cases[1]["id"]
    res = run_json(capsys, "case", "resolve", str(small), "--remedy", "keep_and_credit", "--amount", "12.50")
    assert res["status"] == "resolved" and res["voucher"].startswith("RIM-")
    res = run_json(capsys, "case", "resolve", str(large), "--remedy", "keep_and_credit", "--amount", "40")
    assert res == {
        "status": "awaiting_approval",
        "voucher": None,
        "given_before": "0.00",
        "approvers": ["admin", "supervisor"],
    }
    mine = run_json(capsys, "approvals", "list")
    request = next(r for r in mine if r["case"] == large)
    code, _, err = run(capsys, "approvals", "approve", str(request["id"]))
    assert code == 1 and "may not do this" in err
    as_user(monkeypatch, "supervisor")
    approved = run_json(capsys, "approvals", "approve", str(request["id"]), "--amount", "30")
    assert approved["status"] == "approved" and approved["approved"] == "30.00"
    other = next(r for r in run_json(capsys, "approvals", "list") if r["id"] != request["id"])
    assert (
        run_json(capsys, "approvals", "reject", str(other["id"]), "--reason", "Troppo")["status"]
        == "rejected"
    )
    shown = run_json(capsys, "case", "show", str(other["case"]))
    assert shown["status"] == "proposed"


def test_expire_check_campaign_and_audit(demo_db, capsys, monkeypatch):
    code, _, err = run(capsys, "credit", "expire")
    assert code == 1 and "may not do this" in err
    as_user(monkeypatch, "supervisor")
    assert run_json(capsys, "credit", "expire", "--as-of", "2020-01-01")["grants"] == 0
    assert run_json(capsys, "credit", "check")["ok"] is True
    dry = run_json(
        capsys,
        "campaign",
        "issue",
        "--name",
        "Torna",
        "--kind",
        "winback",
        "--amount",
        "5",
        "--expires",
        "2099-01-31",
        "--no-order-since",
        "2000-01-01",
        "--dry-run",
    )
    assert dry["dry_run"] is True and dry["customers"] == 0
    dry = run_json(
        capsys,
        "campaign",
        "issue",
        "--name",
        "Benvenuto",
        "--kind",
        "signup",
        "--amount",
        "5",
        "--signed-up-since",
        "2000-01-01",
        "--dry-run",
    )
    assert dry["customers"] > 100 and dry["liability"] == f"{dry['customers'] * 5}.00"
    as_user(monkeypatch, "admin")
    code, out, _ = run(capsys, "audit", "verify")
    assert code == 0 and "whole" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["credit", "redeem", "RIM-0000-0000-1", "--order", "1", "--order-total", "10"], "check character"),
        (["credit", "grant", "nobody@example.com", "--amount", "5", "--reason", "x"], "no customer"),
        (["credit", "grant", "x@example.com", "--amount", "dieci", "--reason", "x"], "Not an amount"),
        (["case", "resolve", "1", "--remedy", "teleport"], "Unknown remedy"),
        (["approvals", "reject", "1", "--reason", "x"], "may not do this"),
    ],
)
def test_refusals_are_one_line_with_exit_1(demo_db, capsys, argv, message):
    code, _, err = run(capsys, *argv)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1


def test_refusals_follow_the_language(demo_db, capsys):
    code, _, err = run(
        capsys, "--lang", "ro", "credit", "grant", "nobody@example.com", "--amount", "5", "--reason", "x"
    )
    assert code == 1 and "Nu există clientul" in err
    code, _, err = run(capsys, "--lang", "it", "credit", "expire")
    assert code == 1 and "non può" in err
