"""The change feed in the window: :class:`app.services.feed.ChangeFeed` listening on its own thread, its batches
handed to the GUI thread by a queued signal and gathered for :data:`GATHER_MS` so that an import of a hundred cases
is one refresh, not a hundred.

Nothing here reads the database: the views that hear ``changed`` decide what to re-read (in the background, through
the runner), keeping what the agent selected, scrolled to and typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ui.workspace import Workspace

if TYPE_CHECKING:  # the feed is loaded after the first paint
    from app.services.feed import Change, ChangeFeed

#: How long the window gathers changes before it tells the views (well inside the 1 s the feed promises).
GATHER_MS = 120


class LiveUpdates(QObject):
    changed = Signal(object)  # list[Change] on the GUI thread
    _arrived = Signal(object)  # from the feed's thread, queued to the GUI thread

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.feed: ChangeFeed | None = None
        self._pending: list[Change] = []
        self._unsubscribe: Callable[[], None] | None = None
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._flush)
        self._arrived.connect(self._collect)

    def start(self) -> None:
        """Start listening (the feed's thread connects; the GUI thread never waits for the database)."""
        if self.feed is not None:
            return
        from app.services.feed import open_feed  # loaded after the first paint (a quick start)

        feed = self.feed = open_feed(self.workspace.db)
        self._unsubscribe = feed.subscribe(self._arrived.emit)
        feed.start(wait=0)

    def stop(self) -> None:
        if self.feed is not None:
            if self._unsubscribe is not None:
                self._unsubscribe()
            self.feed.stop()
            self.feed = None

    @property
    def running(self) -> bool:
        return self.feed is not None

    def _collect(self, changes: list[Change]) -> None:
        self._pending.extend(changes)
        if not self._gather.isActive():
            self._gather.start()

    def _flush(self) -> None:
        changes, self._pending = self._pending, []
        if changes:
            self.changed.emit(changes)
