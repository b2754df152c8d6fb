"""A supervisor asks ``rimedio report`` for the figures: text for people, JSON for scripts, CSV and PDF files."""

from __future__ import annotations

import csv
import json

import pytest

from tests.support.cli import run
from ui.entry import main


def test_summary_as_json_has_the_documented_keys(supervisor_db, capsys):
    code, out, _ = run(capsys, "report", "summary", "--from", "2020-01-01", "--to", "2024-12-31", "--json")
    assert code == 0, out
    data = json.loads(out)
    assert set(data) == {
        "from",
        "to",
        "timezone",
        "currency",
        "generated_at",
        "filter",
        "cases",
        "first_answer",
        "resolution",
        "remedies",
        "credit",
        "weeks",
        "agents",
    }
    assert set(data["credit"]) >= {
        "issued",
        "spent",
        "expired",
        "owed_at_end",
        "spent_pct",
        "revenue_with_credit",
        "revenue_beyond_credit",
    }
    assert data["cases"]["total"] == 0 and data["first_answer"]["on_time_pct"] is None


def test_summary_of_the_demo_shop_in_text_and_filtered_json(supervisor_db, capsys):
    code, out, _ = run(capsys, "report", "summary", "--from", "2000-01-01", "--to", "2004-12-31")
    assert code == 0 and "Cases" in out and "Credit still owed (liability)" in out
    code, out, _ = run(capsys, "report", "summary", "--from", "2025-01-01", "--to", "2029-12-31", "--json")
    everything = json.loads(out)
    assert everything["cases"]["total"] == 72
    code, out, _ = run(
        capsys,
        "report",
        "summary",
        "--from",
        "2025-01-01",
        "--to",
        "2029-12-31",
        "--json",
        "--kind",
        "damaged",
        "--agent",
        "agent",
    )
    only = json.loads(out)
    assert 0 < only["cases"]["total"] < 72
    assert only["cases"]["by_kind"]["wrong_item"] == 0
    assert [a["username"] for a in only["agents"]] == ["agent"]


def test_summary_writes_csv_and_pdf(supervisor_db, capsys, tmp_path):
    csv_path, pdf_path = tmp_path / "figures.csv", tmp_path / "report.pdf"
    code, out, _ = run(
        capsys,
        "report",
        "summary",
        "--from",
        "2025-01-01",
        "--to",
        "2029-12-31",
        "--csv",
        str(csv_path),
        "--pdf",
        str(pdf_path),
    )
    assert code == 0
    rows = list(csv.reader(csv_path.open(encoding="utf-8-sig")))
    assert rows[0] == ["section", "subject", "figure", "value"]
    assert ["cases", "", "total", "72"] in rows
    assert pdf_path.read_bytes().startswith(b"%PDF")


def test_liability_as_json(supervisor_db, capsys):
    code, out, _ = run(capsys, "report", "liability", "--as-of", "2026-12-31", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {
        "as_of",
        "currency",
        "issued",
        "spent",
        "expired",
        "cancelled",
        "adjusted",
        "owed",
        "grants_with_balance",
    }
    assert data["as_of"] == "2026-12-31"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", "summary", "--from", "2026-11-30", "--to", "2026-11-01"], "before it starts"),
        (["report", "summary", "--from", "yesterday", "--to", "2026-11-01"], "must be a date like"),
        (["report", "liability", "--as-of", "31/12/2026"], "must be a date like"),
        (
            ["report", "summary", "--from", "2026-11-01", "--to", "2026-11-30", "--agent", "nobody"],
            "Unknown user",
        ),
    ],
)
def test_bad_dates_are_refused_in_one_line(supervisor_db, capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 1 and message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_agents_are_refused_and_usage_errors_exit_2(supervisor_db, capsys, monkeypatch):
    monkeypatch.setenv("RIMEDIO_USER", "agent")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "agent")
    code, _, err = run(capsys, "report", "liability", "--as-of", "2026-12-31")
    assert code == 1 and "may not do this" in err
    with pytest.raises(SystemExit) as exit_:
        main(["report", "summary", "--from", "2026-11-01"])
    assert exit_.value.code == 2


def test_refusals_in_italian_and_romanian(supervisor_db, capsys):
    _, _, err = run(capsys, "report", "summary", "--from", "2026-11-30", "--to", "2026-11-01", "--lang", "it")
    assert "Il periodo finisce (2026-11-01) prima di cominciare (2026-11-30)." in err
    _, _, err = run(capsys, "report", "summary", "--from", "2026-11-30", "--to", "2026-11-01", "--lang", "ro")
    assert "Perioada se termină (2026-11-01) înainte să înceapă (2026-11-30)." in err
