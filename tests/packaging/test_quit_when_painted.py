"""``RIMEDIO_QUIT_WHEN_PAINTED`` (the smoke test's and the start-up benchmark's hook) from a source checkout:
the window reaches the painted inbox, prints the time and closes with exit 0."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from ui.entry import main

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_reports_the_painted_inbox_and_closes(tmp_path):
    db = tmp_path / "shop.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("RIMEDIO_")}
    env.update(
        RIMEDIO_HOME=str(tmp_path),
        RIMEDIO_DB=str(db),
        RIMEDIO_USER="agent",
        RIMEDIO_PASSWORD="agent",
        RIMEDIO_LANG="en",
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        RIMEDIO_QUIT_WHEN_PAINTED=repr(time.time()),
    )
    done = subprocess.run(
        [sys.executable, "-m", "ui.entry"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert re.search(r"^painted-inbox-seconds: \d+\.\d{3}$", done.stdout, flags=re.M), done.stdout
