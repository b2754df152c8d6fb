"""Progress of long work on a worker thread, shown on the GUI thread, with a cancel that the work polls.

A service that takes ``progress(done, total) -> bool`` gets :meth:`ProgressRelay.callback`; the call emits
``progressed`` (queued to the GUI thread when it runs on a worker) and answers ``False`` once :meth:`cancel` was
called, so the service stops and rolls back. Never touch a widget from the callback.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class ProgressRelay(QObject):
    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def callback(self, done: int, total: int) -> bool:
        self.progressed.emit(int(done), int(total))
        return not self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()
