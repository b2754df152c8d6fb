"""``rimedio case assign``: the assignment rule at the command line (issue 17)."""

from __future__ import annotations

import json

from tests.support.cli import refused, run


def _case_owned_by_someone_else(capsys) -> int:
    code, out, _ = run(capsys, "case", "list", "--json", "--limit", "200")
    assert code == 0
    rows = json.loads(out)
    return next(r["id"] for r in rows if r["owner"] and r["owner"] != "Giulia Bianchi")


def test_a_supervisor_gives_cases_to_nobody_and_an_agent_takes_them(capsys, demo_as):
    demo_as("supervisor")
    case_id = _case_owned_by_someone_else(capsys)
    code, out, _ = run(capsys, "case", "assign", case_id, "--nobody")
    assert code == 0 and "1 case(s) now assigned to nobody." in out
    demo_as("agent")
    code, out, _ = run(capsys, "case", "assign", case_id, "--json")
    assert code == 0 and json.loads(out) == {"assigned": [case_id], "to": "agent"}
    code, out, _ = run(capsys, "case", "show", case_id)
    assert "Giulia Bianchi" in out


def test_an_agent_cannot_take_a_colleagues_case_or_give_one_away(capsys, demo_as):
    demo_as("agent")
    case_id = _case_owned_by_someone_else(capsys)
    assert "only a supervisor can reassign it" in refused(capsys, "case", "assign", case_id)
    assert "Only a supervisor can leave a case without an owner." in refused(
        capsys, "case", "assign", case_id, "--nobody"
    )
