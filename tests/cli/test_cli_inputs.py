"""Input that must be refused, or read right, on the command line: one line in the user's language, exit 1, the
database unchanged — never a traceback, never a silently different figure."""

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


def refused(capsys, *argv) -> str:
    """Standard error of a call that must be refused with one line and exit 1."""
    code, out, err = run(capsys, *argv)
    assert code == 1, (out, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err


def a_customer(capsys):
    return next(c["email"] for c in run_json(capsys, "customer", "list", "--limit", "20") if c["email"])


# --- 11: amounts whose separators could mean two things --------------------------------------------------------

@pytest.mark.parametrize(
    ("typed", "lang", "readings"),
    [
        ("1,000", "en", "did you mean 1000.00 or 1.00?"),
        ("1.000", "en", "did you mean 1.00 or 1000.00?"),
        ("2,500", "en", "did you mean 2500.00 or 2.50?"),
        ("1,000", "it", "intendevi 1,00 o 1000,00?"),
        ("1.000", "it", "intendevi 1000,00 o 1,00?"),
        ("2,500", "ro", "ați vrut să scrieți 2,50 sau 2500,00?"),
    ],
)
def test_an_amount_with_ambiguous_separators_is_refused_with_both_readings(demo_db, capsys, typed, lang, readings):
    email = a_customer(capsys)
    before = run_json(capsys, "credit", "balance", email)
    err = refused(capsys, "--lang", lang, "credit", "grant", email, "--amount", typed, "--reason", "sorry")
    assert readings in err
    assert run_json(capsys, "credit", "balance", email) == before


def test_unambiguous_amounts_stay_fine_in_every_language(demo_db, capsys):
    email = a_customer(capsys)
    grant = run_json(capsys, "--lang", "it", "credit", "grant", email, "--amount", "12,50", "--reason", "scuse")
    assert grant["amount"] == "12.50"
    grant = run_json(capsys, "--lang", "en", "credit", "grant", email, "--amount", "12.50", "--reason", "sorry")
    assert grant["amount"] == "12.50"
    grant = run_json(capsys, "credit", "grant", email, "--amount", "12,5", "--reason", "sorry", "--lang", "en")
    assert grant["amount"] == "12.50"


def test_every_amount_path_uses_the_same_reading(demo_as, capsys, monkeypatch):
    demo_as("agent")
    case = run_json(capsys, "case", "list", "--status", "new", "--limit", "1")[0]["id"]
    err = refused(capsys, "case", "resolve", str(case), "--remedy", "keep_and_credit", "--amount", "2,500")
    assert "2500.00 or 2.50" in err
    assert run_json(capsys, "case", "show", str(case))["status"] == "new"
    as_user(monkeypatch, "admin")
    err = refused(capsys, "settings", "set", "limits.agent.case", "1.000")
    assert "1.00 or 1000.00" in err
    err = refused(capsys, "settings", "set", "cost.return_label", "1,000")
    assert "1000 or 1" in err
    assert run_json(capsys, "settings", "show")["cost.return_label"] == "6.90"
    monkeypatch.setenv("RIMEDIO_NEW_PASSWORD", "s3cret!")
    err = refused(capsys, "user", "add", "gino", "--role", "agent", "--limit", "1,000")
    assert "1000.00 or 1.00" in err
