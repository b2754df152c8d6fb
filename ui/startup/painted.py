"""``RIMEDIO_QUIT_WHEN_PAINTED``: start, wait for the inbox painted with its rows, print the time and quit.

Used by the bundle's smoke test and the start-up benchmark (tests/benchmarks/bench_bundle.py) to check that an
installed program — not only a source checkout — reaches its working window and closes cleanly. The variable
holds the moment (seconds since the epoch, as ``time.time()``) the caller started the process; the seconds
from then to the painted inbox are printed as ``painted-inbox-seconds: S`` on standard output.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

VARIABLE = "RIMEDIO_QUIT_WHEN_PAINTED"
#: Seconds after the window shows by which the inbox must be painted, else the program exits 1.
LIMIT_S = 60


def requested() -> float | None:
    """The start moment given in the variable, or ``None`` when the program runs normally."""
    value = os.environ.get(VARIABLE)
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        return time.time()


def watcher(started: float):
    """A ``window_shown`` callback for :func:`ui.application.run` that quits once the inbox is painted."""

    def shown(window: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        try:
            inbox = window.pages["inbox"]
            viewport = inbox.table.viewport()
        except (AttributeError, KeyError, TypeError) as exc:  # the window changed: say so, do not hang
            sys.stderr.write(f"rimedio: {VARIABLE}: no inbox table to watch ({exc!r})\n")
            QTimer.singleShot(0, lambda: QApplication.exit(1))
            return

        def too_late() -> None:
            sys.stderr.write(f"rimedio: {VARIABLE}: the inbox was not painted with rows within {LIMIT_S} s\n")
            QApplication.exit(1)

        class Painted(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
                if event.type() == QEvent.Type.Paint and inbox.model.rowCount():
                    viewport.removeEventFilter(self)
                    QTimer.singleShot(0, self.done)
                return False

            def done(self) -> None:
                sys.stdout.write(f"painted-inbox-seconds: {time.time() - started:.3f}\n")
                sys.stdout.flush()
                window.close()
                QApplication.quit()

        window._quit_when_painted = Painted(window)
        viewport.installEventFilter(window._quit_when_painted)
        QTimer.singleShot(LIMIT_S * 1000, too_late)

    return shown
