"""A command line that explains itself: group descriptions, campaign ids, currencies in money messages, a refused
import that does not look as if it ran, settings with their meaning, unit and default, approvals with both
amounts, and no password asked of someone who may not add users."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

from app.cli.main import build_parser
from tests.support.cli import run

FIXTURES = Path(__file__).resolve().parents[1] / "imports" / "fixtures"


def as_user(monkeypatch, name):
    monkeypatch.setenv("RIMEDIO_USER", name)
    monkeypatch.setenv("RIMEDIO_PASSWORD", name)


def run_json(capsys, *argv):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_every_command_group_says_what_it_is_for():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    helps = {choice.dest: (choice.help or "") for choice in sub._choices_actions}
    assert set(helps) == set(sub.choices)
    vague = sorted(name for name, text in helps.items() if len(text.split()) < 3 or text.strip() == name)
    assert not vague, f"commands without a one-line description in `rimedio --help`: {vague}"


def test_campaign_issue_prints_its_id_and_campaign_list_shows_it(supervisor_db, capsys):
    code, out, err = run(
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
    )
    assert code == 0, err
    listed = run_json(capsys, "campaign", "list")
    campaign = next(c for c in listed if c["name"] == "Benvenuto")
    assert f"Campaign {campaign['id']} issued" in out and f"--campaign {campaign['id']}" in out
    assert campaign["customers"] > 0 and campaign["currency"] == "EUR"
    again = run_json(
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
    assert again["id"] == campaign["id"]
    code, out, _ = run(capsys, "campaign", "list")
    assert code == 0 and "Benvenuto" in out and str(campaign["id"]) in out


def test_money_messages_name_the_currency(supervisor_db, capsys):
    email = next(c["email"] for c in run_json(capsys, "customer", "list", "--limit", "20") if c["email"])
    grant = run_json(capsys, "credit", "grant", email, "--amount", "10", "--reason", "Scuse")
    code, out, err = run(capsys, "credit", "adjust", grant["code"], "--amount", "-2.50", "--reason", "typo")
    assert code == 0, err
    assert "now has 7.50 EUR" in out, out
    code, out, err = run(
        capsys, "credit", "redeem", grant["code"], "--order", "9101", "--order-total", "20.00"
    )
    assert code == 0, err
    assert "left on" in out and out.count(" EUR") >= 3, out  # applied, left on the code, balance


def test_a_refused_import_prints_no_counts_first(admin_db, capsys):
    code, out, err = run(capsys, "import", "orders", str(FIXTURES / "shopify_orders_bad_rows.csv"))
    assert code == 1
    assert "Nothing was imported" in err
    assert "created" not in out and "updated" not in out, out
    assert "row" in out  # the rows to fix are listed


def test_settings_show_json_has_meaning_unit_and_default(demo_db, capsys):
    shown = run_json(capsys, "settings", "show")
    limit = shown["limits.agent.case"]
    assert set(limit) >= {"value", "default", "unit", "meaning"}
    assert limit["unit"] == "EUR" and limit["default"] == "25.00" and limit["meaning"]
    assert shown["credit.expiry_days"]["unit"] == "days"
    assert shown["credit.cap_share"]["unit"] == "share from 0 to 1"
    assert shown["sla.resolution.damaged"]["unit"] == "business hours"
    assert all(item["meaning"] for item in shown.values())
    assert shown["limits.agent.case"]["label"] == "Agent credit limit per case"
    assert all(item["label"] and item["label"] != key for key, item in shown.items())
    without_unit = sorted(key for key, item in shown.items() if not item["unit"] and item["kind"] != "text")
    assert not without_unit, f"settings without a unit (app/domain/setting_units.py): {without_unit}"
    code, out, _ = run(capsys, "settings", "show")
    assert code == 0 and "unit" in out.splitlines()[0]


def test_approvals_list_shows_the_amount_approved_beside_the_amount_asked(demo_db, capsys, monkeypatch):
    case = run_json(capsys, "case", "list", "--status", "new", "--limit", "1")[0]["id"]
    assert (
        run_json(capsys, "case", "resolve", str(case), "--remedy", "keep_and_credit", "--amount", "40")[
            "status"
        ]
        == "awaiting_approval"
    )
    as_user(monkeypatch, "supervisor")
    request = next(r for r in run_json(capsys, "approvals", "list") if r["case"] == case)
    run_json(capsys, "approvals", "approve", str(request["id"]), "--amount", "30")
    code, out, _ = run(capsys, "approvals", "list", "--status", "all")
    header, *rows = out.splitlines()
    assert header.split()[3:5] == ["asked", "approved"], header
    row = next(r for r in rows if r.split()[0] == str(request["id"]))
    assert "40.00 EUR" in row and "30.00 EUR" in row, row


def test_user_add_refuses_a_non_admin_before_asking_for_the_password(demo_db, capsys, monkeypatch):
    monkeypatch.delenv("RIMEDIO_NEW_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)

    def no_prompt(*_args, **_kwargs):
        raise AssertionError("a password was asked for")

    monkeypatch.setattr(getpass, "getpass", no_prompt)
    code, _, err = run(capsys, "user", "add", "gino", "--role", "agent")
    assert code == 1 and "Only an admin may add users." in err
    as_user(monkeypatch, "admin")
    code, _, err = run(capsys, "user", "add", "agent", "--role", "agent")
    assert code == 1 and "already a user called agent" in err
