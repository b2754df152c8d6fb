"""Clear when the system lacks something: no display, or a library of Qt's xcb plugin missing, is one line
naming what to install — never Qt's abort (exit 134)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import system_check

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def linux_xcb(monkeypatch):
    monkeypatch.setattr(system_check.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)


def test_no_display_is_named(linux_xcb, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    problem = system_check.display_problem()
    assert problem and "DISPLAY is not set" in problem and "rimedio --help" in problem


def test_a_missing_xcb_library_is_named_with_its_package(linux_xcb, monkeypatch):
    monkeypatch.setenv("DISPLAY", ":0")

    def cdll(name, *args, **kwargs):
        # every other library "loads", whatever this machine has installed: the test is about the two missing
        if name in ("libxcb-cursor.so.0", "libxcb-icccm.so.4"):
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()

    monkeypatch.setattr(system_check.ctypes, "CDLL", cdll)
    problem = system_check.display_problem()
    assert problem is not None
    assert "libxcb-cursor.so.0" in problem and "libxcb-icccm.so.4" in problem
    assert problem.endswith("sudo apt-get install libxcb-cursor0 libxcb-icccm4"), problem
    assert "\n" not in problem


def test_the_message_speaks_the_users_language(linux_xcb, monkeypatch):
    from app.i18n import set_language

    monkeypatch.delenv("DISPLAY", raising=False)
    set_language("it")
    assert "Nessuno schermo" in system_check.display_problem()
    set_language("ro")
    assert "Niciun ecran" in system_check.display_problem()


def test_a_display_that_does_not_answer(linux_xcb, monkeypatch):
    if system_check._missing_libraries():
        pytest.skip("this machine lacks libraries of Qt's xcb plugin (checked by the test above)")
    monkeypatch.setenv("DISPLAY", ":97")  # no X server listens there
    problem = system_check.display_problem()
    assert problem and ":97" in problem and "does not answer" in problem


def test_offscreen_and_other_platforms_need_no_display(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert system_check.display_problem() is None


@pytest.mark.parametrize("command", [["-m", "ui.entry"], ["-m", "app.system_check"]])
def test_rimedio_and_the_start_script_check_say_one_line(command, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(RIMEDIO_HOME=str(tmp_path), RIMEDIO_LANG="en")
    done = subprocess.run(
        [sys.executable, *command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rimedio: No display"), done.stderr


def test_scripts_start_runs_the_check_before_the_window():
    script = (ROOT / "scripts" / "start").read_text(encoding="utf-8")
    assert "python -m app.system_check" in script
    assert script.index("app.system_check") < script.index("exec .venv/bin/rimedio")
