"""The real :class:`~ui.runner.ThreadPoolRunner`: the call runs on a worker thread, its outcome arrives on the GUI
thread (the other UI tests use the synchronous runner, so this is where the threads are proven)."""

from __future__ import annotations

import sys
import threading

import pytest

from app.errors import ValidationError
from ui.runner import ThreadPoolRunner


@pytest.fixture
def runner(qapp):
    pool = ThreadPoolRunner(threads=2)
    yield pool
    pool.wait_idle(5000)


def test_the_call_runs_on_a_worker_and_its_result_arrives_on_the_gui_thread(qtbot, runner):
    ran_on, arrived = [], []

    def work(a: int, b: int) -> int:
        ran_on.append(threading.current_thread())
        return a + b

    runner.submit(work, 2, 3, done=lambda value: arrived.append((value, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(arrived), timeout=5000)
    assert arrived == [(5, threading.main_thread())]
    assert ran_on and ran_on[0] is not threading.main_thread()


def test_a_refusal_reaches_the_failed_callback_and_a_bug_the_crash_hook(qtbot, runner, monkeypatch):
    refusals, crashes = [], []

    def refuse() -> None:
        raise ValidationError("The amount is empty.")

    def bug() -> None:
        raise KeyError("no such thing")

    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: crashes.append(value))
    runner.submit(refuse, done=lambda _v: pytest.fail("a refusal is no result"), failed=refusals.append)
    runner.submit(bug, done=lambda _v: pytest.fail("a bug is no result"))
    qtbot.waitUntil(lambda: bool(refusals) and bool(crashes), timeout=5000)
    assert refusals[0].msgid == "The amount is empty."
    assert isinstance(crashes[0], KeyError)


def test_a_cancelled_job_never_calls_back(qtbot, runner):
    started, release, arrived = threading.Event(), threading.Event(), []

    def slow() -> str:
        started.set()
        release.wait(5)
        return "stale"

    job = runner.submit(slow, done=arrived.append)
    assert started.wait(5)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: job.finished, timeout=5000)
    assert arrived == []
