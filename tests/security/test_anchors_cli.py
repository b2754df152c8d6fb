"""The anchor outside the database, through the command line and on the monthly report: ``audit anchor``
signs the log's end with the admins' key, the report PDF carries it, ``audit verify --anchor`` proves it."""

from __future__ import annotations

import json

from pypdf import PdfReader

from tests.support.cli import run
from ui.entry import main


def test_anchor_out_then_verify_and_the_report_pdf_carries_it(capsys, tmp_path, monkeypatch):
    db = tmp_path / "demo.sqlite3"
    assert main(["--db", str(db), "demo", "--seed", "2"]) == 0
    capsys.readouterr()
    for name, value in (("RIMEDIO_DB", str(db)), ("RIMEDIO_USER", "admin"), ("RIMEDIO_PASSWORD", "admin")):
        monkeypatch.setenv(name, value)
    code, _, err = run(capsys, "audit", "anchor")
    assert code == 1 and "No anchor key" in err, "no key, no anchor: it must be signed"
    code, out, _ = run(capsys, "audit", "anchor", "--new-key")
    key = out.strip().splitlines()[-1]
    assert code == 0 and len(key) >= 43
    target = tmp_path / "anchor-2026-12.json"
    assert run(capsys, "audit", "anchor", "--out", target)[0] == 0
    anchor = json.loads(target.read_text())
    assert anchor["signature"] and anchor["entries"] > 0
    code, out, _ = run(capsys, "audit", "verify", "--anchor", target)
    assert code == 0 and f"anchored entry {anchor['last_id']} unchanged" in out
    pdf = tmp_path / "report.pdf"
    assert (
        run(capsys, "report", "summary", "--from", "2026-11-01", "--to", "2026-11-30", "--pdf", pdf)[0] == 0
    )
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Audit log anchor" in text and anchor["head"][:32] in text.replace("\n", "")
    monkeypatch.setenv("RIMEDIO_ANCHOR_KEY", "A" * 43)  # another shop's key
    code, out, _ = run(capsys, "audit", "verify", "--anchor", target)
    assert code == 1 and "not signed with this shop's anchor key" in out
