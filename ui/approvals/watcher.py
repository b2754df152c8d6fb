"""Reads the approval requests off the GUI thread when the change feed says one moved (and slowly on a timer),
so answers reach people without asking.

Supervisors get ``waitingChanged`` (the badge on *Approvals*); the agent who asked gets ``decided`` with the
request once a supervisor approved, lowered or rejected it (or it expired). A poll still running when the
timer fires again is not doubled. The watcher never changes anything: it reads
(:func:`app.services.ui_queries.approval_poll`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import RimedioError
from ui.runner import Job
from ui.workspace import Workspace

if TYPE_CHECKING:
    from app.services.ui_queries import ApprovalPoll

#: A slow poll behind the change feed (which asks at once when a request moves): it catches requests that expire
#: without anyone touching them, and a feed that is reconnecting.
POLL_MS = 30_000


def approval_poll(ctx, mine: tuple[int, ...]) -> ApprovalPoll:
    """Runs on a worker thread; the queries are imported there, at the first poll (a quick start)."""
    from app.services import ui_queries

    return ui_queries.approval_poll(ctx, mine)


class ApprovalWatcher(QObject):
    waitingChanged = Signal(int)
    decided = Signal(object)  # RequestInfo

    def __init__(
        self, workspace: Workspace, interval_ms: int = POLL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.waiting = -1
        self.mine: tuple[int, ...] = ()
        self._job: Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        workspace.caseChanged.connect(lambda _id: self.poll())

    def start(self) -> None:
        self.poll()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._job is not None:
            self._job.cancel()

    def poll(self) -> None:
        if self._job is not None and not self._job.finished:
            return
        self._job = self.workspace.runner.submit(
            approval_poll, self.workspace.ctx, self.mine, done=self._arrived, failed=self._failed
        )

    def _arrived(self, poll: ApprovalPoll) -> None:
        if poll.waiting != self.waiting:
            self.waiting = poll.waiting
            self.waitingChanged.emit(poll.waiting)
        self.mine = poll.mine
        for request in poll.decided:
            self.decided.emit(request)

    def _failed(self, _error: RimedioError) -> None:
        """A poll that fails (the database is briefly away) is simply tried again at the next tick."""
