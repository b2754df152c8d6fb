"""Splitters and table columns remember how each user left them, per user on this computer.

Saved shortly after a change (a drag fires many signals), restored when the widget is made.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QSplitter

from ui import prefs

SAVE_DELAY_MS = 400

_pending: set[_Saver] = set()


def flush_pending() -> None:
    """Save every change still waiting for its delay (the main window calls this when it closes)."""
    for saver in list(_pending):
        try:
            saver.save()
        except RuntimeError:  # its widget is gone already
            _pending.discard(saver)


class _Saver(QObject):
    def __init__(self, target, username: str, name: str) -> None:
        super().__init__(target)
        self.target, self.username, self.name = target, username, name
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)

    def later(self) -> None:
        _pending.add(self)
        self.timer.start()

    def save(self) -> None:
        self.timer.stop()
        _pending.discard(self)
        prefs.put_user_state(self.username, self.name, self.target.saveState())


def remember_splitter(splitter: QSplitter, username: str, name: str) -> bool:
    """Restore ``splitter`` as ``username`` left it; keep it from now on. True when a state was restored."""
    state = prefs.user_state(username, name)
    restored = not state.isEmpty() and splitter.restoreState(state)
    saver = _Saver(splitter, username, name)
    splitter.splitterMoved.connect(lambda *_: saver.later())
    return restored


def remember_header(header: QHeaderView, username: str, name: str) -> bool:
    """Restore a table's column widths and order as ``username`` left them; keep them from now on."""
    state = prefs.user_state(username, name)
    restored = not state.isEmpty() and header.restoreState(state)
    saver = _Saver(header, username, name)
    header.sectionResized.connect(lambda *_: saver.later())
    header.sectionMoved.connect(lambda *_: saver.later())
    header.sortIndicatorChanged.connect(lambda *_: saver.later())
    return restored
