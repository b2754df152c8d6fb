"""Money and limits at the command line: a pending request holds the case, the caps refuse with the figure allowed,
re-resolving says what the case already got."""

from __future__ import annotations

import json

from tests.support.cli import run


def _json(capsys, *argv):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_case_status_cannot_walk_around_a_pending_request_but_withdrawing_frees_the_case(demo_db, capsys):
    waiting = _json(capsys, "case", "list", "--status", "awaiting_approval")
    case_id = waiting[0]["id"]
    for target in ("resolved", "proposed", "closed"):
        code, out, err = run(capsys, "case", "status", case_id, target)
        assert code != 0 and out == ""
        assert len(err.strip().splitlines()) == 1 and "approval request pending" in err, err
    assert _json(capsys, "case", "show", case_id)["status"] == "awaiting_approval"
    request = next(r for r in _json(capsys, "approvals", "list") if r["case"] == case_id)
    withdrawn = _json(
        capsys, "approvals", "withdraw", request["id"], "--reason", "il cliente ha cambiato idea"
    )
    assert withdrawn["status"] == "withdrawn"
    code, out, err = run(capsys, "case", "status", case_id, "awaiting_customer")
    assert code == 0, err


def test_asking_above_the_caps_is_refused_with_the_figure_allowed(demo_db, capsys):
    case_id = _json(capsys, "case", "list", "--status", "new", "--limit", "1")[0]["id"]
    code, out, err = run(capsys, "case", "resolve", case_id, "--remedy", "goodwill_extra", "--amount", "300")
    assert code != 0 and "at most €100.00" in err and len(err.strip().splitlines()) == 1
    assert not [r for r in _json(capsys, "approvals", "list") if r["case"] == case_id]


def test_re_resolving_says_what_the_case_already_got(demo_db, capsys):
    case_id = _json(capsys, "case", "list", "--status", "new", "--limit", "1")[0]["id"]
    first = _json(capsys, "case", "resolve", case_id, "--remedy", "goodwill_extra", "--amount", "20")
    assert first["status"] == "resolved" and first["given_before"] == "0.00"
    run(capsys, "case", "status", case_id, "proposed")
    code, out, err = run(capsys, "case", "resolve", case_id, "--remedy", "goodwill_extra", "--amount", "10")
    assert code == 0, err
    assert "Already given on case" in out and "€20.00" in out and "awaits approval" in out
