"""The work-arounds for the Qt binding's bugs (ui/binding_fixes.py)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from ui.binding_fixes import keep_true_alive


class _Probe(QObject):
    ping = Signal(bool)


def test_true_outlives_any_number_of_emits(qapp):
    keep_true_alive()  # done already by the application (and the UI tests' set-up): once per process
    assert keep_true_alive() is False
    probe = _Probe()
    probe.ping.connect(lambda _on: None)
    for _ in range(1000):  # PySide6 6.12.0 takes a reference from True at each
        probe.ping.emit(True)
    assert sys.getrefcount(True) > 1 << 31  # as immortal as Python 3.12 makes it: no run can use it up
