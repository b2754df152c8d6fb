"""The open case's life beside the others': who else has it open (a heartbeat while it is open, typing said at
once), and what changed when another workstation saved it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.domain.enums import EventType
from app.services.cases import CaseDetail
from ui.cases.timeline import describe
from ui.labels import label

if TYPE_CHECKING:
    from app.services.presence import Viewer
    from ui.cases.case_view import CaseView


def what_changed(before: CaseDetail, after: CaseDetail, me: str) -> list[str]:
    """The changes between two readings of a case, in the reader's words: status, owner, new timeline entries
    (by whom and what), excluding the reader's own entries."""
    out: list[str] = []
    if before.status != after.status:
        out.append(
            QCoreApplication.translate("CaseView", "status %1 → %2")
            .replace("%1", label(before.status))
            .replace("%2", label(after.status))
        )
    if before.owner != after.owner:
        out.append(
            QCoreApplication.translate("CaseView", "owner %1 → %2")
            .replace("%1", before.owner or "–")
            .replace("%2", after.owner or "–")
        )
    seen = {e.id for e in before.events}
    for event in after.events:
        if event.id in seen or event.actor == me:
            continue
        if event.type == EventType.STATUS.value:
            continue  # said above
        who = event.actor or ""
        text = describe(event)
        words = (
            f"{label(EventType(event.type)) if event.type in EventType._value2member_map_ else event.type}"
        )
        out.append(f"{who}: {words}" + (f" – {text[:60]}" if text else ""))
    return out


class CaseLive(QObject):
    """The open case's presence: a heartbeat while it is open, typing said at once, and the others asked for
    when the feed says someone arrived, left or started typing."""

    TYPING_IDLE_MS = 5000

    def __init__(self, view: CaseView) -> None:
        super().__init__(view)
        self.view = view
        self.case_id: int | None = None
        self.typing = False
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(presence_heartbeat_ms())
        self.heartbeat.timeout.connect(self.beat)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(self.TYPING_IDLE_MS)
        self.idle.timeout.connect(self.typing_stopped)
        view.note.textChanged.connect(self._typed)

    def opened(self, case_id: int) -> None:
        if self.case_id == case_id:
            return
        self.left()
        self.case_id = case_id
        self.beat()
        self.heartbeat.start()

    def left(self) -> None:
        self.heartbeat.stop()
        self.idle.stop()
        if self.case_id is not None:
            from app.services import presence

            self.view.workspace.runner.submit(
                presence.leave, self.view.workspace.ctx, self.case_id, failed=lambda _e: None
            )
        self.case_id = None
        self.typing = False
        self.view.show_presence([])

    def beat(self) -> None:
        """This workstation is still on the case (typing or not), and who else is: one transaction."""
        if self.case_id is None:
            return
        from app.services import presence

        case_id = self.case_id
        self.view.workspace.runner.submit(
            presence.heartbeat_and_others,
            self.view.workspace.ctx,
            case_id,
            self.typing,
            done=lambda viewers: self._show(case_id, viewers),
            failed=lambda _e: None,
        )

    def ask_others(self) -> None:
        """Who else is on the case (the feed said someone arrived, left or started typing)."""
        if self.case_id is None:
            return
        from app.services import presence

        case_id = self.case_id
        self.view.workspace.runner.submit(
            presence.others,
            self.view.workspace.ctx,
            case_id,
            done=lambda viewers: self._show(case_id, viewers),
            failed=lambda _e: None,
        )

    def _show(self, case_id: int, viewers: list[Viewer]) -> None:
        if self.case_id == case_id:  # not an answer about the case the agent has since left
            self.view.show_presence(viewers)

    def _typed(self) -> None:
        if self.case_id is None or not self.view.note.toPlainText().strip():
            return
        self.idle.start()
        if not self.typing:
            self.typing = True
            self.beat()

    def typing_stopped(self) -> None:
        if self.typing:
            self.typing = False
            self.beat()


def presence_heartbeat_ms() -> int:
    from app.services.presence import HEARTBEAT_S

    return HEARTBEAT_S * 1000
