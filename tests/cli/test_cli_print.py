"""``rimedio print``, ``template``, ``smtp`` and ``mail`` as an agent or an admin uses them: a PDF file or a clear
refusal that leaves no file behind, JSON for scripts, each print on the case's timeline."""

from __future__ import annotations

import json
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.domain import vouchers
from tests.services.test_documents_service_mail import mail_server  # noqa: F401 - the local SMTP server fixture
from tests.support.cli import refused, run
from ui.entry import main


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """A small demo shop (its users are agent/agent and admin/admin)."""
    from app.services.database import open_database
    from app.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo-print") / "demo.sqlite3"
    db = open_database(str(path))
    build_demo(db, seed=3, customers=40, orders=90, cases=10)
    db.dispose()
    return path


def pdf_text(path) -> str:
    return " ".join(
        " ".join(p.extract_text() or "" for p in PdfReader(BytesIO(path.read_bytes())).pages).split()
    )


def new_case(capsys) -> int:
    code, out, _ = run(
        capsys,
        "case",
        "open",
        "--order",
        "1005",
        "--kind",
        "delay",
        "--channel",
        "phone",
        "--summary",
        "Parcel late",
        "--json",
    )
    assert code == 0
    return json.loads(out)["id"]


def events(capsys, case_id: int) -> list[dict]:
    return json.loads(run(capsys, "case", "show", str(case_id), "--json")[1])["events"]


def test_agent_saves_a_note_as_pdf_and_the_print_is_on_the_timeline(demo_db, capsys, tmp_path):
    case_id = new_case(capsys)
    target = tmp_path / "note.pdf"
    code, out, err = run(
        capsys,
        "print",
        "note",
        str(case_id),
        "-o",
        str(target),
        "--size",
        "a6",
        "--lang",
        "ro",
        "--remedy-text",
        "următoarea comandă o livrăm gratuit",
        "--json",
    )
    assert code == 0, err
    result = json.loads(out)
    assert result == {
        "file": str(target),
        "document": "note",
        "case": case_id,
        "code": None,
        "size": "a6",
        "language": "ro",
        "count": 1,
        "bytes": target.stat().st_size,
    }
    assert "următoarea comandă o livrăm gratuit" in pdf_text(target)
    assert events(capsys, case_id)[-1]["type"] == "printed"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_a_refused_print_leaves_no_file_and_no_event(demo_db, capsys, tmp_path):
    case_id = new_case(capsys)
    target = tmp_path / "note.pdf"
    for argv, message in (
        (
            ["print", "note", str(case_id), "-o", str(target)],
            "before printing the note. (--remedy-text TEXT)",
        ),
        (
            ["print", "note", str(case_id), "-o", str(target), "--size", "b5", "--remedy-text", "x"],
            "Unknown paper size",
        ),
        (
            ["print", "note", str(case_id), "-o", str(target), "--lang", "de", "--remedy-text", "x"],
            "Unknown language",
        ),
        (["print", "note", "424242", "-o", str(target), "--remedy-text", "x"], "no case 424242"),
        (
            ["print", "note", str(case_id), "-o", str(tmp_path / "nope" / "n.pdf"), "--remedy-text", "x"],
            "does not exist",
        ),
        (
            ["print", "voucher", vouchers.format_code(vouchers.generate()), "-o", str(target)],
            "There is no voucher",
        ),
        (["print", "batch", "--campaign", "424242", "-o", str(target)], "There is no campaign 424242"),
    ):
        assert message in refused(capsys, *argv), argv
    assert list(tmp_path.iterdir()) == [tmp_path / "cli.sqlite3"]
    assert [e["type"] for e in events(capsys, case_id)] == ["opened"]


def test_agent_prints_a_voucher_by_its_code_and_a_campaign_batch(demo_db, capsys, tmp_path):
    from app.services.database import open_database
    from app.store.models import CreditCampaign, CreditEntry, CreditGrant

    db = open_database(str(demo_db))
    codes = [vouchers.generate() for _ in range(5)]
    with db.write() as s:
        campaign = CreditCampaign(
            name="Torna da noi", kind="winback", amount_minor=500, currency="EUR", criteria={}
        )
        s.add(campaign)
        s.flush()
        for customer_id, code in enumerate(codes, start=1):
            grant = CreditGrant(
                customer_id=customer_id,
                amount_minor=500,
                currency="EUR",
                reason="campaign",
                campaign_id=campaign.id,
                code=code,
            )
            s.add(grant)
            s.flush()
            s.add(CreditEntry(grant_id=grant.id, kind="issue", amount_minor=500, currency="EUR"))
        campaign_id = campaign.id
    db.dispose()
    card = tmp_path / "voucher.pdf"
    code, out, err = run(
        capsys,
        "print",
        "voucher",
        vouchers.format_code(codes[0]).lower(),
        "-o",
        str(card),
        "--size",
        "a6",
        "--lang",
        "it",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["code"] == vouchers.export_form(codes[0])
    assert vouchers.format_code(codes[0]) in pdf_text(card) and "5,00 €" in pdf_text(card)
    sheet = tmp_path / "batch.pdf"
    code, out, err = run(capsys, "print", "batch", "--campaign", str(campaign_id), "-o", str(sheet), "--json")
    assert code == 0, err
    assert json.loads(out)["count"] == 5 and len(PdfReader(sheet).pages) == 2  # four to an A4 sheet


def test_an_existing_file_survives_a_refusal_untouched(demo_db, capsys, tmp_path):
    target = tmp_path / "old.pdf"
    target.write_bytes(b"yesterday's note")
    code, _, _ = run(capsys, "print", "note", "424242", "-o", str(target), "--remedy-text", "x")
    assert code == 1 and target.read_bytes() == b"yesterday's note"


def test_the_case_sheet_in_the_messages_language(demo_db, capsys, tmp_path):
    case_id = new_case(capsys)
    run(capsys, "case", "note", str(case_id), "internal gossip")
    target = tmp_path / "sheet.pdf"
    code, out, err = run(
        capsys, "--lang", "it", "print", "sheet", str(case_id), "-o", str(target), "--lang", "ro"
    )
    assert code == 0 and out.startswith("Salvato ")
    text = pdf_text(target)
    assert f"Fișa cazului {case_id}" in text and "gossip" not in text


def test_usage_errors_exit_2(demo_db, capsys):
    for argv in (
        ["print", "note", "5"],
        ["print", "batch", "-o", "x.pdf"],
        ["print", "note", "five", "-o", "x"],
    ):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2


def test_admin_changes_the_wording_from_a_file_and_an_agent_may_not(demo_db, capsys, tmp_path, monkeypatch):
    wording = tmp_path / "delay.it.txt"
    wording.write_text(
        "Caro {first_name},\n\nl'ordine {order_number} è in ritardo: {remedy}.\n", encoding="utf-8"
    )
    code, _, err = run(capsys, "template", "set", "delay", "--lang", "it", "--file", str(wording))
    assert code == 1 and "may not do this" in err
    monkeypatch.setenv("RIMEDIO_USER", "admin")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "admin")
    code, out, _ = run(
        capsys, "template", "set", "delay", "--lang", "it", "--text", "Caro {first_name}: {remedy}."
    )
    assert code == 1
    code, out, _ = run(capsys, "template", "set", "delay", "--lang", "it", "--file", str(wording), "--json")
    assert code == 0 and json.loads(out)["overridden"] is True
    code, out, _ = run(capsys, "template", "show", "delay", "--lang", "it")
    assert out == wording.read_text(encoding="utf-8")
    code, out, _ = run(capsys, "template", "list", "--json")
    assert [(r["kind"], r["language"]) for r in json.loads(out) if r["overridden"]] == [("delay", "it")]
    code, out, _ = run(capsys, "--lang", "ro", "template", "reset", "delay", "--lang", "it")
    assert code == 0 and "textul original" in out


def test_agent_mails_a_note_through_the_shops_server(demo_db, capsys, monkeypatch, mail_server):  # noqa: F811
    controller, inbox = mail_server
    case_id = new_case(capsys)
    code, _, err = run(capsys, "mail", str(case_id), "--remedy-text", "x")
    assert code == 1 and "No mail server is set up" in err
    monkeypatch.setenv("RIMEDIO_USER", "admin")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "admin")
    monkeypatch.setenv("RIMEDIO_SMTP_PASSWORD", "s3cret!")
    code, out, err = run(
        capsys,
        "smtp",
        "set",
        "--host",
        controller.hostname,
        "--port",
        str(controller.port),
        "--security",
        "none",
        "--login",
        "cura",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["password_stored"] is True
    monkeypatch.setenv("RIMEDIO_USER", "agent")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "agent")
    code, out, err = run(capsys, "mail", str(case_id), "--remedy-text", "spedizione gratuita", "--json")
    assert code == 0, err
    sent = json.loads(out)
    assert set(sent) == {"case", "to", "subject", "message_id", "attachments", "code"}
    assert len(inbox.messages) == 1 and inbox.messages[0]["To"] == sent["to"]
    assert events(capsys, case_id)[-1]["type"] == "mailed"
