"""The program carries no hooks for its tests: no switch, flag or replaceable module function that exists only so a
test can change how it behaves, and the services read the time from the context's clock only.

Tests change the time by giving a database or a context a clock (:mod:`tests.support.clock`), and cheap password
hashing by replacing the hasher from the test side (:mod:`tests.support.hashing`).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Names that only a test would look for in the program.
HOOK_NAMES = re.compile(
    r"for_tests?\b|for_testing|_testing\b|\bTESTING\b|PYTEST|\bpytest\b|monkeypatch|use_fast_hashing"
    r"|def _now\(|_real_now"
)

#: Reading the machine's clock directly, instead of the context's (``ctx.now()``) or the database's.
CLOCK_READS = re.compile(r"\butcnow\(\)|datetime\.now\(|\bdate\.today\(\)|\btime\.time\(\)")

#: Where a service may still read the machine's clock, and why.
CLOCK_READS_ALLOWED = {
    # the clock itself
    "app/services/clock.py": "SystemClock.now is the one place the services' time comes from",
    # before a database (and so its clock) exists: the desktop's quick start reads with plain sqlite3/libpq
    "app/services/quick_start.py": "the quick reader answers before any database or context exists",
    # when this process received a change notification (how late the live feed is), not a business time
    "app/services/feed.py": "a receipt time for the live feed's delay, not a time the shop's rules read",
}


def _sources(*folders: str) -> list[Path]:
    return [p for folder in folders for p in sorted((ROOT / folder).rglob("*.py"))]


def test_the_program_has_no_names_made_for_tests():
    found = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in _sources("app", "ui")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HOOK_NAMES.search(line)
    ]
    assert found == []


def test_the_services_read_the_time_from_the_clock_they_are_given():
    found = []
    for path in _sources("app/services"):
        name = path.relative_to(ROOT).as_posix()
        if name in CLOCK_READS_ALLOWED:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if CLOCK_READS.search(line.split("#", 1)[0]):
                found.append(f"{name}:{n}: {line.strip()}")
    assert found == [], "read ctx.now() (or the database's clock) instead"


def test_the_allowed_clock_reads_still_exist():
    """An entry of the allowance whose module no longer reads the clock is removed with it."""
    for name in CLOCK_READS_ALLOWED:
        path = ROOT / name
        assert path.exists(), name
        assert CLOCK_READS.search(path.read_text(encoding="utf-8")), name
