"""Reading is not writing (issue 12, point 7): the read-only commands work while another process holds SQLite's
write lock and on a read-only copy of the file; a command-line login that changes nothing writes nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import engine as engines
from tests.support.cli import run

ROOT = Path(__file__).resolve().parents[2]
READS = (
    ["case", "list", "--limit", "5"],
    ["case", "show", "3"],
    ["case", "propose", "3", "--preview"],
    ["customer", "show", "1"],
    ["approvals", "list"],
)


@pytest.fixture
def write_lock(demo_db, monkeypatch):
    """Another process's write transaction, held open on the demo copy (and a short busy timeout, so a command
    that tries to write fails at once instead of after ten seconds)."""
    monkeypatch.setattr(engines, "SQLITE_BUSY_TIMEOUT_MS", 300)
    other = sqlite3.connect(demo_db, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE settings SET value = value")
    yield demo_db
    other.execute("ROLLBACK")
    other.close()


def test_read_only_commands_work_while_another_process_holds_the_write_lock(write_lock, capsys, monkeypatch):
    with sqlite3.connect(write_lock) as con:
        events = con.execute("SELECT count(*) FROM case_events").fetchone()
    for argv in READS:
        code, out, err = run(capsys, *argv)
        assert code == 0 and out and not err, (argv, err)
    monkeypatch.setenv("RIMEDIO_USER", "supervisor")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "supervisor")
    code, _, err = run(capsys, "report", "summary", "--from", "2026-01-01", "--to", "2026-12-31")
    assert code == 0, err
    code, _, err = run(capsys, "case", "note", "3", "Called back")  # a write still waits for the lock
    assert code == 1 and "busy" in err
    with sqlite3.connect(write_lock) as con:
        assert con.execute("SELECT count(*) FROM case_events").fetchone() == events


def test_looking_records_nothing_and_a_cli_login_is_not_a_write(demo_db, capsys, monkeypatch):
    with sqlite3.connect(demo_db) as con:
        before = con.execute(
            "SELECT (SELECT count(*) FROM audit_log), (SELECT count(*) FROM case_events)"
        ).fetchone()
    for argv in READS:
        assert run(capsys, *argv)[0] == 0
    with sqlite3.connect(demo_db) as con:
        after = con.execute(
            "SELECT (SELECT count(*) FROM audit_log), (SELECT count(*) FROM case_events)"
        ).fetchone()
    assert after == before
    monkeypatch.setenv("RIMEDIO_PASSWORD", "wrong")
    assert run(capsys, "case", "list")[0] == 1
    with sqlite3.connect(demo_db) as con:
        failed = con.execute("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert failed == ("login_failed",)  # failures are still written


def _as_unprivileged() -> list[str]:
    """A prefix that runs a command without the power to write a read-only file (root ignores file modes)."""
    if os.geteuid() != 0:
        return []
    unshare = shutil.which("unshare")
    if (
        unshare is None
        or subprocess.run(
            [unshare, "--user", "--map-user=1000", "--map-group=1000", "true"], capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip("running as root without user namespaces: a read-only file cannot be made read-only")
    return [unshare, "--user", "--map-user=1000", "--map-group=1000"]


def test_read_only_commands_work_on_a_read_only_copy(demo_template, tmp_path):
    folder = tmp_path / "copy"
    folder.mkdir()
    copy = folder / "shop.sqlite3"
    shutil.copyfile(demo_template, copy)
    copy.chmod(0o444)
    env = {
        **os.environ,
        "RIMEDIO_DB": str(copy),
        "RIMEDIO_USER": "agent",
        "RIMEDIO_PASSWORD": "agent",
        "RIMEDIO_HOME": str(tmp_path / "home"),
        "RIMEDIO_LANG": "en",
    }
    prefix = _as_unprivileged()

    def rimedio(*argv: str) -> subprocess.CompletedProcess:
        code = "import sys; from ui.entry import main; sys.exit(main(sys.argv[1:]))"
        return subprocess.run(
            [*prefix, sys.executable, "-c", code, *argv],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    for argv in (["case", "show", "3"], ["case", "list", "--limit", "3"]):
        done = rimedio(*argv)
        assert done.returncode == 0 and done.stdout and not done.stderr, (argv, done.stderr)
    env.update(RIMEDIO_USER="supervisor", RIMEDIO_PASSWORD="supervisor")
    report = rimedio("report", "summary", "--from", "2026-01-01", "--to", "2026-12-31", "--json")
    assert report.returncode == 0 and '"cases"' in report.stdout, report.stderr
    refused = rimedio("case", "note", "3", "Called back")
    assert refused.returncode == 1 and "read-only" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
