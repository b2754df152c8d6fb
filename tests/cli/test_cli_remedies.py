"""``rimedio case propose``, ``rimedio customer show`` and the cost settings, as a script or a person uses them."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from tests.support.cli import run
from ui.entry import main

OPTION_KEYS = {"remedy", "amount", "currency", "cost", "acceptance", "requires_return", "why"}
CUSTOMER_KEYS = {
    "segment",
    "flagged",
    "orders",
    "spent",
    "currency",
    "first_order",
    "last_order",
    "claims_in_window",
    "orders_in_window",
    "claim_rate",
}


def _new_case(capsys, kind: str = "wrong_item", order: str = "1005") -> int:
    code, out, _ = run(
        capsys,
        "case",
        "open",
        "--order",
        order,
        "--kind",
        kind,
        "--channel",
        "phone",
        "--summary",
        "Colore sbagliato",
        "--wants",
        "keep",
        "--json",
    )
    assert code == 0
    return json.loads(out)["id"]


def test_agent_asks_what_to_offer_and_gets_the_options_best_first_as_json(demo_db, capsys):
    case_id = _new_case(capsys)
    code, out, err = run(capsys, "case", "propose", str(case_id), "--json")
    assert code == 0, err
    options = json.loads(out)
    assert options and all(OPTION_KEYS <= set(o) for o in options)
    assert [Decimal(o["rank_score"]) for o in options] == sorted(Decimal(o["rank_score"]) for o in options)
    assert {"replacement", "refund"} <= {o["remedy"] for o in options}
    assert all(o["currency"] == "EUR" and Decimal(o["cost"]) >= 0 for o in options)
    code, out, _ = run(capsys, "case", "show", str(case_id), "--json")
    proposal = [e for e in json.loads(out)["events"] if e["type"] == "proposal"]
    assert len(proposal) == 1 and proposal[0]["internal"] is True
    recorded = proposal[0]["data"]["options"]
    assert [{k: v for k, v in o.items() if k != "why_by_language"} for o in recorded] == options
    assert all(o["why_by_language"]["en"] == o["why"] for o in recorded)


def test_propose_for_people_says_who_the_customer_is_and_why_each_option(demo_db, capsys):
    case_id = _new_case(capsys, kind="damaged")
    code, out, _ = run(capsys, "--lang", "it", "case", "propose", str(case_id))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"Caso {case_id}: cliente ")
    assert lines[1].startswith("1. ") and "accettazione" in lines[1]
    assert "per il negozio" in lines[2]


def test_customer_show_gives_segment_flag_and_lifetime_figures(demo_db, capsys):
    code, out, _ = run(capsys, "customer", "list", "--limit", "1", "--json")
    email = json.loads(out)[0]["email"]
    code, out, err = run(capsys, "customer", "show", email, "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert CUSTOMER_KEYS <= set(shown)
    assert shown["email"] == email
    assert shown["segment"] in {"new", "regular", "loyal", "lapsed", "occasional_small"}
    assert isinstance(shown["flagged"], bool) and shown["orders"] >= 0
    code, out, _ = run(capsys, "customer", "show", email)
    assert code == 0 and "segment" in out and "claim rate" in out


def test_propose_needs_a_case_number(demo_db, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["case", "propose", "tomorrow"])
    assert exc.value.code == 2


def test_admin_changes_a_cost_and_the_settings_show_it(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("RIMEDIO_USER", "admin")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "admin")
    assert run(capsys, "settings", "set", "cost.return_label", "4.50")[0] == 0
    code, _, err = run(capsys, "--lang", "ro", "settings", "set", "credit.min", "500")
    assert code == 1 and "nu poate" in err
    code, out, _ = run(capsys, "settings", "show", "--json")
    shown = json.loads(out)
    assert shown["cost.return_label"]["value"] == "4.50"
    assert shown["credit.min"]["value"] == "5.00" and shown["season.rules"]["value"] == "12-01..12-18>12-24"
    code, out, _ = run(capsys, "settings", "show")
    assert "What one return label costs the shop." in out
