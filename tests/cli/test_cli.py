"""The ``rimedio`` command as a script or a person uses it: exit codes, one-line refusals, JSON."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import refused, run
from ui.entry import main


def test_init_creates_the_database_and_says_how_to_start(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("RIMEDIO_HOME", str(tmp_path / "home"))
    code, out, _ = run(capsys, "init")
    assert code == 0
    assert "rimedio user add" in out
    assert (tmp_path / "home" / "rimedio.sqlite3").exists()


def test_demo_prints_its_users_and_warns(capsys, tmp_path):
    code, out, err = run(capsys, "--db", str(tmp_path / "d.sqlite3"), "demo")
    assert code == 0
    assert "supervisor" in out and "admin" in out
    assert "trying the program only" in err
    code, _, err = run(capsys, "--db", str(tmp_path / "d.sqlite3"), "demo")
    assert code == 1 and "only fills an empty one" in err


def test_agent_opens_a_case_and_reads_it_back_as_json(demo_db, capsys):
    code, out, _ = run(
        capsys,
        "case",
        "open",
        "--order",
        "#1005",
        "--kind",
        "damaged",
        "--channel",
        "phone",
        "--summary",
        "Ciotola arrivata rotta",
        "--json",
    )
    assert code == 0
    case_id = json.loads(out)["id"]
    code, out, _ = run(capsys, "case", "show", str(case_id), "--json")
    shown = json.loads(out)
    assert shown["id"] == case_id and shown["status"] == "new" and shown["order"] == "1005"
    assert shown["events"][0]["type"] == "opened"
    code, out, _ = run(capsys, "case", "note", str(case_id), "Richiamare domani")
    assert code == 0
    code, out, _ = run(capsys, "case", "list", "--search", "ciotola rotta", "--json")
    assert case_id in [row["id"] for row in json.loads(out)]


def test_case_open_prints_just_the_id(demo_db, capsys):
    code, out, _ = run(
        capsys,
        "case",
        "open",
        "--order",
        "1005",
        "--kind",
        "delay",
        "--channel",
        "email",
        "--summary",
        "Late",
    )
    assert code == 0 and out.strip().isdigit()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            [
                "case",
                "open",
                "--order",
                "999999",
                "--kind",
                "damaged",
                "--channel",
                "phone",
                "--summary",
                "x",
            ],
            "no order 999999",
        ),
        (
            ["case", "open", "--order", "1005", "--kind", "exploded", "--channel", "phone", "--summary", "x"],
            "Unknown case kind",
        ),
        (["case", "show", "424242"], "no case 424242"),
        (["settings", "set", "credit.cap_share", "2"], "may not do this"),
        (["case", "propose", "424242"], "no case 424242"),
        (["customer", "show", "nobody@example.invalid"], "no customer nobody@example.invalid"),
        (["settings", "set", "cost.return_label", "4.50"], "may not do this"),
        (["case", "resolve", "1", "--remedy", "goodwill_extra"], "Say how much credit to give. (--amount)"),
    ],
)
def test_refusals_are_one_line_on_stderr_with_exit_1(demo_db, capsys, argv, message):
    assert message in refused(capsys, *argv)


def test_usage_errors_exit_2(demo_db, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["case", "open", "--kind", "damaged"])
    assert exc.value.code == 2


def test_wrong_password_is_refused(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("RIMEDIO_PASSWORD", "nope")
    code, _, err = run(capsys, "case", "list")
    assert code == 1 and "wrong password" in err


def test_customer_list_shows_email_language_and_orders(demo_db, capsys):
    code, out, _ = run(capsys, "customer", "list", "--limit", "5", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 5
    assert set(rows[0]) >= {"name", "email", "language", "orders"}


def test_messages_follow_the_language(demo_db, capsys):
    code, _, err = run(capsys, "--lang", "it", "case", "show", "424242")
    assert code == 1 and "Non esiste il caso 424242" in err


def test_admin_adds_a_user_and_the_first_user_must_be_admin(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("RIMEDIO_DB", str(tmp_path / "u.sqlite3"))
    monkeypatch.setenv("RIMEDIO_NEW_PASSWORD", "s3cret!")
    code, _, err = run(capsys, "user", "add", "boss", "--role", "admin")
    assert code == 1 and "at least 10 characters" in err, "NIST SP 800-63B: length, not composition"
    monkeypatch.setenv("RIMEDIO_NEW_PASSWORD", "password1234")
    code, _, err = run(capsys, "user", "add", "boss", "--role", "admin")
    assert code == 1 and "common or leaked" in err
    monkeypatch.setenv("RIMEDIO_NEW_PASSWORD", "long s3cret phrase")
    code, _, err = run(capsys, "user", "add", "mario", "--role", "agent")
    assert code == 1 and "first user must be an admin" in err
    assert run(capsys, "user", "add", "boss", "--role", "admin")[0] == 0
    monkeypatch.setenv("RIMEDIO_USER", "boss")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "long s3cret phrase")
    assert run(capsys, "user", "add", "mario", "--role", "agent", "--limit", "30")[0] == 0
    code, out, _ = run(capsys, "user", "list", "--json")
    assert {u["username"]: u["case_limit"] for u in json.loads(out)} == {"boss": None, "mario": "30.00"}


def test_rimedio_without_a_command_starts_the_desktop_without_building_the_command_line(monkeypatch):
    """`rimedio`, `rimedio --db FILE` and `rimedio --lang it` go straight to the desktop (a quick start);
    anything else is the command line's, help and unknown words included."""
    from ui import entry

    assert entry.desktop_options([]) == (None, None)
    assert entry.desktop_options(["--db", "shop.sqlite3"]) == ("shop.sqlite3", None)
    assert entry.desktop_options(["--lang=it", "--db=postgresql://x@h/db"]) == ("postgresql://x@h/db", "it")
    for argv in (["case", "list"], ["--help"], ["--db"], ["--user", "agent"], ["--version"]):
        assert entry.desktop_options(argv) is None
    import app.i18n

    monkeypatch.setattr(app.i18n, "_current", app.i18n._current)  # the language is put back afterwards
    started = []
    monkeypatch.setattr(entry, "start_desktop", lambda db: started.append(db) or 0)
    assert entry.main(["--db", "shop.sqlite3", "--lang", "ro"]) == 0
    assert started == ["shop.sqlite3"]
