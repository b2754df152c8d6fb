"""Notifications in the window (issue 17): the system tray's message and the in-app list, fed by
:mod:`app.services.notifications` (which decides what is new and remembers what was told).

The :class:`Notifier` asks for new notifications when the change feed says something that may concern this user
happened (a timeline entry, a case or an approval request moved) and every :data:`TICK_MS` for deadlines, which
come by the clock rather than by a change. Each new one is shown once by the tray icon (where the desktop has a
tray; offscreen and some Wayland sessions have none, the in-app list is there anyway) and goes to the top of the
list; *Notifications* in the toolbar says how many are unread.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QPushButton,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import formatting
from ui.i18n import QT_TRANSLATE_NOOP
from ui.icons import app_icon
from ui.labels import label
from ui.runner import Job
from ui.widgets.row_model import RowTableModel
from ui.workspace import Workspace

TICK_MS = 60_000
_FEED_KINDS = {"case", "event", "approval", "notify", "resync"}

KIND_LABELS = {
    "assigned": QT_TRANSLATE_NOOP("Notifications", "A case assigned to me"),
    "answer": QT_TRANSLATE_NOOP("Notifications", "A customer's answer on my case"),
    "decided": QT_TRANSLATE_NOOP("Notifications", "My approval request decided"),
    "waiting": QT_TRANSLATE_NOOP("Notifications", "A request waiting for a supervisor"),
    "deadline_soon": QT_TRANSLATE_NOOP("Notifications", "My case's deadline is near"),
    "deadline_breached": QT_TRANSLATE_NOOP("Notifications", "My case's deadline has passed"),
}


def sentence(n) -> str:
    """A notification in the reader's words."""
    case = str(n.case_id or "")
    if n.kind == "assigned":
        return (
            QCoreApplication.translate("Notifications", "Case %1 was given to you by %2")
            .replace("%1", case)
            .replace("%2", n.detail or "–")
        )
    if n.kind == "answer":
        return (
            QCoreApplication.translate("Notifications", "Case %1: the customer answered: %2")
            .replace("%1", case)
            .replace("%2", n.detail)
        )
    if n.kind == "decided":
        from app.domain.enums import ApprovalStatus

        status = (
            label(ApprovalStatus(n.detail)) if n.detail in ApprovalStatus._value2member_map_ else n.detail
        )
        return (
            QCoreApplication.translate("Notifications", "Case %1: your approval request: %2")
            .replace("%1", case)
            .replace("%2", status)
        )
    if n.kind == "waiting":
        return (
            QCoreApplication.translate("Notifications", "Case %1: %2 asks a supervisor to approve")
            .replace("%1", case)
            .replace("%2", n.detail)
        )
    when = formatting.date_time(datetime.fromisoformat(n.detail)) if n.detail else ""
    if n.kind == "deadline_soon":
        return (
            QCoreApplication.translate("Notifications", "Case %1 is due at %2")
            .replace("%1", case)
            .replace("%2", when)
        )
    return (
        QCoreApplication.translate("Notifications", "Case %1 is past its deadline (%2)")
        .replace("%1", case)
        .replace("%2", when)
    )


class Notifier(QObject):
    """Collects this user's notifications in the background; shows new ones in the tray."""

    arrived = Signal(object)  # list[NotificationInfo], new ones
    listChanged = Signal()
    openCase = Signal(int)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.items: list = []
        self.told: list[str] = []  # what was shown (the tray's texts): tests and the log read it
        self.tray: QSystemTrayIcon | None = None
        self._job: Job | None = None
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.collect)

    @property
    def unread(self) -> int:
        return sum(1 for n in self.items if not n.read)

    def start(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable() and self.tray is None:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip(QCoreApplication.translate("Notifications", "Rimedio"))
            self.tray.messageClicked.connect(self._tray_clicked)
            self.tray.show()
        self._last_case: int | None = None
        self.collect()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def changes(self, changes: list) -> None:
        """The change feed's batch: collect when something that may concern this user happened."""
        if any(c.kind in _FEED_KINDS for c in changes):
            self.collect()

    def collect(self) -> None:
        from app.services import notifications

        if self._job is not None and not self._job.finished:
            self._again = True
            return
        self._job = self.workspace.runner.submit(
            notifications.collect, self.workspace.ctx, done=self._collected, failed=lambda _e: None
        )

    def _collected(self, new: list) -> None:
        for n in new:
            text = sentence(n)
            self.told.append(text)
            self._last_case = n.case_id
            if self.tray is not None:
                self.tray.showMessage(
                    QCoreApplication.translate("Notifications", "Rimedio"),
                    text,
                    QSystemTrayIcon.MessageIcon.Information,
                    8000,
                )
        if new:
            self.arrived.emit(new)
        self.reload()
        if self._again:
            self._again = False
            self.collect()

    def reload(self) -> None:
        from app.services import notifications

        self.workspace.runner.submit(
            notifications.recent, self.workspace.ctx, done=self._listed, failed=lambda _e: None
        )

    def _listed(self, items: list) -> None:
        self.items = items
        self.listChanged.emit()

    def mark_all_read(self) -> None:
        from app.services import notifications

        self.workspace.runner.submit(
            notifications.mark_read,
            self.workspace.ctx,
            None,
            done=lambda _r: self.reload(),
            failed=lambda _e: None,
        )

    def _tray_clicked(self) -> None:
        if self._last_case:
            self.openCase.emit(int(self._last_case))


class NotificationsModel(RowTableModel):
    CONTEXT = "Notifications"
    HEADERS = (QT_TRANSLATE_NOOP("Notifications", "When"), QT_TRANSLATE_NOOP("Notifications", "Notification"))

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        n = self.row_at(index)
        if n is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return formatting.date_time(n.created_at) if index.column() == 0 else sentence(n)
        if role == Qt.ItemDataRole.FontRole and not n.read:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return n.case_id
        return None


class NotificationsDialog(QDialog):
    """The in-app list (non-modal): Enter or a double click opens the case; the kinds this user wants."""

    openCase = Signal(int)

    def __init__(self, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsDialog")
        self.setWindowTitle(self.tr("Rimedio – notifications"))
        self.notifier = notifier
        self.model = NotificationsModel(self)
        self.table = QTableView()
        self.table.setObjectName("notificationsList")
        self.table.setAccessibleName(self.tr("Notifications"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.mutes: dict[str, QCheckBox] = {}
        box = QGroupBox(self.tr("Tell me about"))
        grid = QGridLayout(box)
        for i, (kind, text) in enumerate(KIND_LABELS.items()):
            check = QCheckBox(QCoreApplication.translate("Notifications", text))
            check.setObjectName(f"notify_{kind}")
            check.setChecked(True)
            check.toggled.connect(lambda on, kind=kind: self._mute(kind, not on))
            grid.addWidget(check, i // 2, i % 2)
            self.mutes[kind] = check
        self.read_button = QPushButton(self.tr("Mark all &read"))
        self.read_button.setObjectName("markAllRead")
        self.read_button.clicked.connect(notifier.mark_all_read)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.read_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addWidget(buttons)
        self.resize(640, 420)
        notifier.listChanged.connect(self._refresh)
        self._refresh()
        self._load_mutes()

    def _refresh(self) -> None:
        self.model.set_rows(self.notifier.items)

    def _load_mutes(self) -> None:
        from app.services import notifications

        self.notifier.workspace.runner.submit(
            notifications.muted_kinds, self.notifier.workspace.ctx, done=self._muted, failed=lambda _e: None
        )

    def _muted(self, kinds: set[str]) -> None:
        for kind, check in self.mutes.items():
            check.blockSignals(True)
            check.setChecked(kind not in kinds)
            check.blockSignals(False)

    def _mute(self, kind: str, muted: bool) -> None:
        from app.services import notifications

        self.notifier.workspace.runner.submit(
            notifications.set_muted, self.notifier.workspace.ctx, kind, muted, failed=lambda _e: None
        )

    def _activated(self, index: QModelIndex) -> None:
        case_id = index.data(Qt.ItemDataRole.UserRole)
        if case_id:
            self.openCase.emit(int(case_id))
