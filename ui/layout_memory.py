"""Splitters and table columns remember how each user left them, per user on this computer.

Saved shortly after a change (a drag fires many signals), restored when the widget is made. A table's columns
saved by a Rimedio with other columns (one added or dropped since) are not forced onto the new table: it keeps the
layout it was made with, and the user's next change is saved over the old one. A restored column is never left
narrower than its heading (widths saved in one language would cut another's longer words).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QTimer
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


def restore_header_state(header: QHeaderView, state: QByteArray) -> bool:
    """``header.restoreState(state)`` when ``state`` fits the table's columns as they are now; otherwise the header
    stays as it was. True when it was restored."""
    if state.isEmpty():
        return False
    model = header.model()
    columns = model.columnCount() if model is not None else header.count()
    before = header.saveState()
    if header.restoreState(state) and header.count() == columns:
        positions = sorted(header.visualIndex(logical) for logical in range(columns))
        if positions == list(range(columns)) and any(
            not header.isSectionHidden(logical) for logical in range(columns)
        ):
            _headers_readable(header, columns)
            return True
    header.restoreState(before)
    return False


def _headers_readable(header: QHeaderView, columns: int) -> None:
    """Widen a restored column that is narrower than its own heading: widths saved in one language cut the
    longer headings of another ("Case limit" left room for "Limite per caso"). Wider columns stay as they are."""
    for logical in range(columns):
        if (
            header.isSectionHidden(logical)
            or header.sectionResizeMode(logical) != QHeaderView.ResizeMode.Interactive
        ):
            continue
        needed = header.sectionSizeFromContents(logical).width()
        if header.sectionSize(logical) < needed:
            header.resizeSection(logical, needed)


def remember_header(header: QHeaderView, username: str, name: str) -> bool:
    """Restore a table's column widths and order as ``username`` left them; keep them from now on."""
    restored = restore_header_state(header, prefs.user_state(username, name))
    saver = _Saver(header, username, name)
    header.sectionResized.connect(lambda *_: saver.later())
    header.sectionMoved.connect(lambda *_: saver.later())
    header.sortIndicatorChanged.connect(lambda *_: saver.later())
    return restored
