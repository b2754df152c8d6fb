"""Input that must be refused, or read right, on the command line: one line in the user's language, exit 1, the
database unchanged — never a traceback, never a silently different figure."""

from __future__ import annotations

import csv
import json

import pytest

from tests.support.cli import refused, run


def as_user(monkeypatch, name):
    monkeypatch.setenv("RIMEDIO_USER", name)
    monkeypatch.setenv("RIMEDIO_PASSWORD", name)


def run_json(capsys, *argv):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def a_customer(capsys):
    return next(c["email"] for c in run_json(capsys, "customer", "list", "--limit", "20") if c["email"])


# --- 11: amounts whose separators could mean two things --------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "lang", "readings"),
    [
        ("1,000", "en", "did you mean 1000.00 or 1.00?"),
        ("1.000", "en", "did you mean 1.00 or 1000.00?"),
        ("2,500", "en", "did you mean 2500.00 or 2.50?"),
        ("1,000", "it", "intendeva 1,00 o 1000,00?"),
        ("1.000", "it", "intendeva 1000,00 o 1,00?"),
        ("2,500", "ro", "ați vrut să scrieți 2,50 sau 2500,00?"),
    ],
)
def test_an_amount_with_ambiguous_separators_is_refused_with_both_readings(
    demo_db, capsys, typed, lang, readings
):
    email = a_customer(capsys)
    before = run_json(capsys, "credit", "balance", email)
    err = refused(capsys, "--lang", lang, "credit", "grant", email, "--amount", typed, "--reason", "sorry")
    assert readings in err
    assert run_json(capsys, "credit", "balance", email) == before


def test_unambiguous_amounts_stay_fine_in_every_language(demo_db, capsys):
    email = a_customer(capsys)
    grant = run_json(
        capsys, "--lang", "it", "credit", "grant", email, "--amount", "12,50", "--reason", "scuse"
    )
    assert grant["amount"] == "12.50"
    grant = run_json(
        capsys, "--lang", "en", "credit", "grant", email, "--amount", "12.50", "--reason", "sorry"
    )
    assert grant["amount"] == "12.50"
    grant = run_json(
        capsys, "credit", "grant", email, "--amount", "12,5", "--reason", "sorry", "--lang", "en"
    )
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
    assert run_json(capsys, "settings", "show")["cost.return_label"]["value"] == "6.90"
    monkeypatch.setenv("RIMEDIO_NEW_PASSWORD", "long s3cret phrase")
    err = refused(capsys, "user", "add", "gino", "--role", "agent", "--limit", "1,000")
    assert "1000.00 or 1.00" in err


# --- 14: files a spreadsheet opens never carry a formula --------------------------------------------------------


def test_the_rejects_file_neutralises_formulas_and_an_ambiguous_price_is_a_rejected_row(
    admin_db, capsys, tmp_path
):
    from tests.support.shop_files import shopify_export

    path = shopify_export(
        tmp_path / "orders.csv",
        [
            {
                "number": "9101",
                "email": "ok@example.it",
                "name": "Anna Bianchi",
                "total": "30.00",
                "lines": [("MUG", "Tazza", "2", "15.00")],
            },
            {
                "number": "9102",
                "email": "bad@example.it",
                "name": '=HYPERLINK("http://x")',
                "total": "1,000",
                "lines": [("CAND", "@SUM(A1)", "1", "-2+3"), ("VASE", "\tVaso", "1", "1.000")],
            },
        ],
    )
    rejects = tmp_path / "rejects.csv"
    code, out, err = run(capsys, "import", "orders", path, "--keep-good", "--rejects", rejects, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["created"] == 1 and "did you mean 1000.00 or 1.00?" in report["rejected"][0]["reason"]
    cells = [cell for row in csv.reader(rejects.open(encoding="utf-8-sig")) for cell in row]
    assert '\'=HYPERLINK("http://x")' in cells and "'@SUM(A1)" in cells and "'-2+3" in cells
    assert "'\tVaso" in cells
    assert not [
        c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not c[1:2].isdigit())
    ]


def test_the_report_csv_neutralises_formulas(admin_db, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("RIMEDIO_NEW_PASSWORD", "long s3cret phrase")
    assert run(capsys, "user", "add", "@evil", "--role", "agent")[0] == 0
    monkeypatch.setenv("RIMEDIO_USER", "@evil")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "long s3cret phrase")
    code, _, err = run(
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
    assert code == 0, err
    as_user(monkeypatch, "supervisor")
    target = tmp_path / "figures.csv"
    code, _, err = run(
        capsys, "report", "summary", "--from", "2025-01-01", "--to", "2029-12-31", "--csv", target
    )
    assert code == 0, err
    rows = list(csv.reader(target.open(encoding="utf-8-sig")))
    subjects = {row[1] for row in rows if row[0] == "agent"}
    assert "'@evil" in subjects and "@evil" not in subjects


# --- 12: ids, dates and settings out of range -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["case", "show", str(2**63)], f"There is no case {2**63}"),
        (["case", "show", str(2**31)], f"There is no case {2**31}"),
        (["case", "note", str(2**63), "x"], "There is no case"),
        (["case", "propose", str(10**25)], "There is no case"),
        (["case", "status", str(2**63), "closed"], "There is no case"),
        (["print", "note", str(2**63), "-o", "x.pdf"], "There is no case"),
        (["customer", "show", str(2**63)], "There is no customer"),
        (["credit", "balance", str(2**63)], "There is no customer"),
        (["credit", "balance", "²"], "There is no customer ²"),  # a digit to str.isdigit, not to int()
        (["customer", "show", "²"], "There is no customer ²"),
        (["report", "summary", "--from", "9999-12-01", "--to", "9999-12-31"], "outside the dates"),
        (["report", "summary", "--from", "0001-01-01", "--to", "0001-12-31"], "outside the dates"),
        (["report", "liability", "--as-of", "9999-12-31"], "outside the dates"),
        (["export", "ledger", "--as-of", "9999-12-31", "-o", "ledger.csv"], "outside the dates"),
        (["credit", "expire", "--as-of", "0001-01-01"], "outside the dates"),
    ],
)
def test_ids_and_dates_out_of_range_are_refused_in_one_line(
    admin_db, capsys, monkeypatch, tmp_path, argv, message
):
    monkeypatch.chdir(tmp_path)
    assert message in refused(capsys, *argv)


def test_approval_ids_out_of_range(supervisor_db, capsys):
    assert "There is no approval request" in refused(capsys, "approvals", "approve", str(2**63))
    assert "There is no approval request" in refused(
        capsys, "approvals", "reject", str(2**31), "--reason", "no"
    )


def test_a_far_expiry_is_refused_and_voucher_exports_keep_working(demo_db, capsys, monkeypatch, tmp_path):
    email = a_customer(capsys)
    assert "outside the dates" in refused(
        capsys, "credit", "grant", email, "--amount", "5", "--reason", "x", "--expires", "9999-12-31"
    )
    assert "3650 days" in refused(
        capsys, "credit", "grant", email, "--amount", "5", "--reason", "x", "--expires", "2199-12-31"
    )
    as_user(monkeypatch, "admin")
    code, _, err = run(
        capsys, "export", "vouchers", "--format", "woocommerce-coupons", "-o", tmp_path / "v.csv"
    )
    assert code == 0, err


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("security.lock_minutes", "99999999999", "at most 43200"),
        ("hours.close", "08:00", "must be after hours.open"),
        ("sla.peak_to", "02-30", "not a day of the year"),
        ("shop.currency", "XXX", "not a currency in use"),
        ("limits.agent.case", "-1", "cannot be negative"),
        ("credit.cap_share", "0", "above 0 and at most 1"),
        ("credit.keep_cap_share", "0", "above 0 and at most 1"),
        ("hours.holidays", "9999-12-31", "outside the dates"),
    ],
)
def test_settings_out_of_range_are_refused_and_not_stored(admin_db, capsys, key, value, message):
    before = run_json(capsys, "settings", "show")[key]
    assert message in refused(capsys, "settings", "set", key, value)
    assert run_json(capsys, "settings", "show")[key] == before


def test_lock_out_still_works_after_a_huge_lock_minutes_was_refused(admin_db, capsys, monkeypatch):
    refused(capsys, "settings", "set", "security.lock_minutes", "99999999999")
    assert run(capsys, "settings", "set", "security.max_failed_logins", "1")[0] == 0
    monkeypatch.setenv("RIMEDIO_USER", "agent")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "wrong")
    assert "wrong password" in refused(capsys, "case", "list")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "agent")
    assert "locked" in refused(capsys, "case", "list")


# --- 13: no traceback ever ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [900, 5000, 100000])
def test_a_deeply_nested_mapping_json_is_refused_in_one_line(admin_db, capsys, tmp_path, depth):
    path = tmp_path / "deep.json"
    path.write_text('{"fields": {"order_number": ' + "[" * depth + "]" * depth + "}}", encoding="utf-8")
    assert "mapping is damaged" in refused(capsys, "mapping", "save", "deep", "--from-json", path)


def _stdin(monkeypatch, data: bytes, errors: str) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors=errors))


@pytest.mark.parametrize("errors", ["strict", "surrogateescape"])
def test_invalid_utf8_on_standard_input_is_refused_in_one_line(admin_db, capsys, monkeypatch, errors):
    _stdin(monkeypatch, b"\xff\xfesecret-pass\n", errors)
    err = refused(capsys, "user", "add", "zeno", "--role", "agent", "--password-stdin")
    assert "not valid UTF-8" in err and "secret" not in err  # a password is never shown
    _stdin(monkeypatch, b"Dear {first_name} \xff", errors)
    assert "not" in refused(capsys, "template", "set", "damaged", "--lang", "en", "--file", "-")
    code, out, _ = run(capsys, "user", "list", "--json")
    assert "zeno" not in out


def test_arguments_and_environment_that_are_not_utf8_are_refused(demo_db, capsys, monkeypatch):
    bad = b"Richiamare \xff domani".decode("utf-8", "surrogateescape")  # what Python makes of such an argv
    assert "not valid UTF-8" in refused(capsys, "case", "note", "1", bad)
    monkeypatch.setenv("RIMEDIO_PASSWORD", b"agent\xff".decode("utf-8", "surrogateescape"))
    err = refused(capsys, "case", "list")
    assert "RIMEDIO_PASSWORD" in err and "agent" not in err.split("RIMEDIO_PASSWORD")[1]


def test_a_nul_byte_in_a_template_is_not_stored(admin_db, capsys, tmp_path):
    path = tmp_path / "t.txt"
    shown = run(capsys, "template", "show", "damaged", "--lang", "en")[1]
    path.write_text(shown.replace("Dear", "Dear\x00"), encoding="utf-8")
    code, _, err = run(capsys, "template", "set", "damaged", "--lang", "en", "--file", path)
    assert code == 0, err
    assert "\x00" not in run(capsys, "template", "show", "damaged", "--lang", "en")[1]


def _failing_sqlite(monkeypatch, reason: str, code: int | None = None) -> None:
    """SQLite refusing every connection with ``reason`` (and SQLite's result ``code``), as a full or read-only disk
    makes it."""
    import sqlite3

    from sqlalchemy import event

    import app.store.engine as engines

    real = engines.create_engine

    def create(*args, **kwargs):
        engine = real(*args, **kwargs)

        @event.listens_for(engine, "connect")
        def _refuse(dbapi_connection, record):
            refusal = sqlite3.OperationalError(reason)
            if code is not None:
                refusal.sqlite_errorcode = code
            raise refusal

        return engine

    monkeypatch.setattr(engines, "create_engine", create)


@pytest.mark.parametrize(
    ("reason", "message"),
    [("database or disk is full", "is full"), ("attempt to write a readonly database", "is read-only")],
)
def test_a_full_or_read_only_disk_says_so(demo_db, capsys, monkeypatch, caplog, reason, message):
    _failing_sqlite(monkeypatch, reason)
    err = refused(capsys, "case", "list")
    assert message in err and "not a Rimedio database" not in err


@pytest.mark.parametrize(
    ("code", "message"), [(13, "is full"), (8 | (1 << 8), "is read-only"), (26, "not a Rimedio")]
)
def test_opening_the_file_goes_by_sqlites_result_code_not_its_words(
    demo_db, capsys, monkeypatch, code, message
):
    _failing_sqlite(monkeypatch, "some words in another language", code)
    assert message in refused(capsys, "case", "list")


def test_a_storage_refusal_is_one_line_without_a_warning(demo_db, capsys, monkeypatch, caplog):
    import sqlite3

    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session

    def fail(self, *args, **kwargs):
        busy = sqlite3.OperationalError("database is locked")
        busy.sqlite_errorcode = 5  # SQLITE_BUSY
        raise OperationalError("INSERT", {}, busy)

    monkeypatch.setattr(Session, "flush", fail)
    with caplog.at_level("INFO"):
        err = refused(capsys, "case", "note", "1", "hello")
    assert "busy" in err
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]


def test_a_database_bug_is_a_crash_line_with_its_report_in_the_log(demo_db, capsys, monkeypatch, caplog):
    """A failure SQLite does not call an environmental condition (here: a missing column) is no refusal."""
    import sqlite3

    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session

    from app.cli.main import CRASHED

    def fail(self, *args, **kwargs):
        bug = sqlite3.OperationalError("no such column: cases.summary")
        bug.sqlite_errorcode = 1  # SQLITE_ERROR
        raise OperationalError("INSERT", {}, bug)

    monkeypatch.setattr(Session, "flush", fail)
    code, _, err = run(capsys, "case", "note", "1", "hello")
    assert code == CRASHED
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "no such column" in err and "rimedio.log" in err
    crash = [r for r in caplog.records if r.levelname == "ERROR" and r.exc_info]
    assert crash and "no such column" in str(crash[0].exc_info[1])


def test_a_search_for_digits_that_are_not_decimal_is_a_search(demo_db, capsys):
    code, _, err = run(capsys, "case", "list", "--search", "²", "--json")
    assert code == 0 and "Traceback" not in err


def test_a_users_own_limit_is_never_negative(admin_db, capsys, monkeypatch):
    monkeypatch.setenv("RIMEDIO_NEW_PASSWORD", "long s3cret phrase")
    assert "cannot be negative" in refused(capsys, "user", "add", "nina", "--role", "agent", "--limit", "-5")
    assert "cannot be negative" in refused(
        capsys, "user", "add", "nina", "--role", "agent", "--daily-limit", "-1"
    )
    assert "nina" not in run(capsys, "user", "list", "--json")[1]
