"""The PyInstaller bundle is whole: every command, resource and screen works from the built folder alone.

The bundle (``bash packaging/build.sh`` → ``dist/rimedio/``, or the folder named by ``RIMEDIO_BUNDLE``) is run as
an installed program: from a temporary folder, with no source checkout on ``PYTHONPATH`` and a fresh data folder.
Without a bundle these tests are skipped, except under ``CI=true`` (CI builds it first), where that is a failure.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.documents.helpers import decode_qr

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "imports" / "fixtures"


def _bundle_folder() -> Path:
    return Path(os.environ.get("RIMEDIO_BUNDLE") or ROOT / "dist" / "rimedio")


@pytest.fixture(scope="module")
def bundle() -> Path:
    folder = _bundle_folder()
    if not (folder / "rimedio").is_file():
        message = f"no bundle at {folder}: build it with `bash packaging/build.sh`"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    built = (folder / "rimedio").stat().st_mtime
    sources = [p for d in ("app", "ui", "resources") for p in (ROOT / d).rglob("*") if p.suffix != ".pyc"]
    if (
        "RIMEDIO_BUNDLE" not in os.environ
        and os.environ.get("CI") != "true"
        and any(p.stat().st_mtime > built for p in sources if p.is_file())
    ):
        pytest.skip(
            f"the bundle in {folder} is older than the source: rebuild it with `bash packaging/build.sh`"
        )
    return folder


@pytest.fixture(scope="module")
def shop(bundle, tmp_path_factory):
    """A fresh data folder with the demo shop, made by the bundle's own ``init`` and ``demo``."""
    home = tmp_path_factory.mktemp("bundle-home")
    run = Runner(bundle, home)
    assert "Database ready" in run("init").stdout
    assert "Demo shop ready" in run("demo").stdout
    return run


class Runner:
    """Runs the bundled ``rimedio`` as an installed program would be run."""

    def __init__(self, bundle: Path, home: Path) -> None:
        self.exe = bundle / "rimedio"
        self.home = home
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "RIMEDIO_", "VIRTUAL_ENV", "QT_"))
        }
        self.env.update(
            RIMEDIO_HOME=str(home),
            RIMEDIO_LANG="en",
            XDG_CONFIG_HOME=str(home / "config"),
            PATH="/usr/bin:/bin",
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        )

    def __call__(
        self, *args: str, expect: int = 0, user: str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess:
        environment = dict(self.env, **(env or {}))
        if user:
            environment.update(RIMEDIO_USER=user, RIMEDIO_PASSWORD=user)
        done = subprocess.run(
            [str(self.exe), *args],
            cwd=self.home,
            env=environment,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == expect, (
            f"bundled `rimedio {' '.join(args)}` exited {done.returncode} (expected {expect}):\n"
            f"{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
        )
        return done


def _source_commands() -> set[str]:
    from app.cli.main import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return set(sub.choices)


def test_help_lists_every_command_of_the_source(shop):
    listed = set(re.findall(r"^    (\w+)\s", shop("--help").stdout, flags=re.M))
    expected = _source_commands()
    assert expected, "the source parser lists no command"
    missing = expected - listed
    assert not missing, f"commands missing from the bundle (module not collected?): {sorted(missing)}"
    for command in sorted(expected):  # each group's own help loads without a missing module
        shop(command, "--help")


def test_every_module_of_the_program_is_bundled(bundle):
    readers = pytest.importorskip(
        "PyInstaller.archive.readers", reason="PyInstaller reads the bundle's archive"
    )
    archive = readers.CArchiveReader(str(bundle / "rimedio"))
    pyz_name = next(name for name in archive.toc if name.endswith(".pyz"))
    pyz = archive.open_embedded_archive(pyz_name)
    bundled = set(pyz.toc)
    wanted = set()
    for package in ("app", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            wanted.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    missing = sorted(wanted - bundled)
    assert not missing, f"modules missing from the bundle: {missing}"


def test_every_resource_is_bundled(bundle):
    inside = bundle / "_internal"
    missing = []
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and path.suffix != ".ts" and path.name != "update.sh":
            if not (inside / path.relative_to(ROOT)).is_file():
                missing.append(str(path.relative_to(ROOT)))
    for path in (ROOT / "app" / "store" / "migrations").rglob("*.py"):
        if not (inside / path.relative_to(ROOT)).is_file():
            missing.append(str(path.relative_to(ROOT)))
    for ts in (ROOT / "resources" / "translations").glob(
        "*.ts"
    ):  # compiled by scripts/setup before the build
        if not (inside / "resources" / "translations" / f"{ts.stem}.qm").is_file():
            missing.append(f"resources/translations/{ts.stem}.qm")
    for name in ("qtbase_it.qm",):
        if not (inside / "PySide6" / "Qt" / "translations" / name).is_file():
            missing.append(f"PySide6/Qt/translations/{name}")
    for locale in ("root", "en", "en_IE", "en_GB", "it", "it_IT", "ro", "ro_RO"):
        if not (inside / "babel" / "locale-data" / f"{locale}.dat").is_file():
            missing.append(f"babel/locale-data/{locale}.dat")
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "printsupport/libcupsprintersupport.so",
    ):
        if not (inside / "PySide6" / "Qt" / "plugins" / plugin).is_file():
            missing.append(f"Qt plugin {plugin}")
    assert not missing, f"missing from the bundle: {missing}"


def test_nothing_of_the_test_tools_and_small_enough(bundle):
    inside = bundle / "_internal"
    for name in ("pytest", "_pytest", "hypothesis", "aiosmtpd", "pytestqt", "PyInstaller"):
        assert not (inside / name).exists(), f"{name} is in the bundle"
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= 200 * 1024 * 1024, f"the bundle holds {size / 1024 / 1024:.0f} MB (at most 200 MB)"


def test_a_case_from_opening_to_a_printed_voucher(shop, tmp_path):
    opened = json.loads(
        shop(
            "case",
            "open",
            "--order",
            "1005",
            "--kind",
            "damaged",
            "--channel",
            "phone",
            "--summary",
            "Vase cracked",
            "--json",
            user="agent",
        ).stdout
    )
    case = str(opened["id"])
    proposals = json.loads(shop("case", "propose", case, "--json", user="agent").stdout)
    assert proposals and all("remedy" in p for p in proposals)
    resolved = json.loads(
        shop(
            "case", "resolve", case, "--remedy", "keep_and_credit", "--amount", "5", "--json", user="agent"
        ).stdout
    )
    assert resolved["status"] == "resolved" and resolved["voucher"], resolved
    code = resolved["voucher"]
    shop("print", "voucher", code, "-o", "voucher.pdf", "--size", "a6", user="agent")
    pdf = (shop.home / "voucher.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    shop("print", "note", case, "-o", "note.pdf", user="agent")  # fonts and templates from the bundle
    decoded = decode_qr(pdf, tmp_path)
    assert any(code.replace("-", "") in d.replace("-", "") for d in decoded), (code, decoded)


def test_an_import_and_the_report(shop):
    out = shop("import", "orders", str(FIXTURES / "shopify_orders_79.csv"), "--json", user="admin").stdout
    counts = json.loads(out)
    assert counts["created"] + counts["updated"] + counts["unchanged"] > 0, counts
    today = date.today()
    report = json.loads(
        shop(
            "report",
            "summary",
            "--from",
            (today - timedelta(days=90)).isoformat(),
            "--to",
            today.isoformat(),
            "--json",
            user="supervisor",
        ).stdout
    )
    assert {"cases", "credit", "weeks", "agents"} <= set(report)


def test_the_window_reaches_the_painted_inbox_and_closes(shop):
    done = shop(
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "RIMEDIO_USER": "agent",
            "RIMEDIO_PASSWORD": "agent",
            "RIMEDIO_QUIT_WHEN_PAINTED": str(time.time()),
        }
    )
    assert re.search(r"^painted-inbox-seconds: [\d.]+$", done.stdout, flags=re.M), done.stdout
    assert "Traceback" not in done.stderr, done.stderr


def test_no_display_is_one_clear_line(shop):
    env = {k: v for k, v in shop.env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run([str(shop.exe)], cwd=shop.home, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "DISPLAY" in lines[0], done.stderr


def test_a_source_tree_in_the_environment_changes_nothing(shop, tmp_path):
    """The bundle runs only its own modules: a decoy ``app`` package on PYTHONPATH is never imported."""
    decoy = tmp_path / "decoy"
    (decoy / "app").mkdir(parents=True)
    (decoy / "app" / "__init__.py").write_text('raise SystemExit("decoy imported")\n', encoding="utf-8")
    (decoy / "sitecustomize.py").write_text('raise SystemExit("decoy imported")\n', encoding="utf-8")
    done = shop("case", "list", "--limit", "1", "--json", user="agent", env={"PYTHONPATH": str(decoy)})
    assert "decoy" not in done.stdout + done.stderr


def test_the_bundle_works_on_postgresql(shop):
    """A team's set-up: the bundled psycopg reaches the server, migrates an empty database and fills it."""
    import uuid

    import psycopg

    from tests.support.databases import PG_ADMIN_URL, pg_reason_unavailable

    reason = pg_reason_unavailable()
    if reason:
        (pytest.fail if os.environ.get("CI") == "true" else pytest.skip)(reason)
    name = f"rimedio_bundle_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    try:
        assert "PostgreSQL" in shop("init", "--db", url).stdout
        assert "Demo shop ready" in shop("demo", "--db", url).stdout
        cases = json.loads(shop("case", "list", "--limit", "3", "--json", "--db", url, user="agent").stdout)
        assert len(cases) == 3
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
