"""The case view: what happened (timeline), notes, the customer's answer, status moves, and the side panels.

Every change names the version of the case the agent saw (``expected_version``); if someone else saved the case
meanwhile, the service refuses with who and when, the refusal is shown, and the case is reloaded — what the agent
typed stays in its box so they can make the change again. The case's facts (:mod:`ui.cases.case_facts`), remedies
(:mod:`ui.cases.remedies`), the customer and documents (:mod:`ui.cases.panels`) are separate panels, the timeline's
table is :mod:`ui.cases.timeline_view`, who else is on the case and what they changed :mod:`ui.cases.case_live`;
Ctrl+P previews the note (the main window's *Print* action).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseStatus, EventType
from app.errors import Conflict, RimedioError
from app.services import cases, ui_queries
from app.services.cases import CaseDetail
from ui import formatting, palette
from ui.cases.case_events import pending_request_of
from ui.cases.case_facts import CaseFactsPanel
from ui.cases.case_live import CaseLive, what_changed
from ui.cases.panels import CustomerPanel, DocumentsPanel
from ui.cases.remedies import RemediesPanel
from ui.cases.timeline import TimelineModel
from ui.cases.timeline_view import TimelineView
from ui.errors import show_refusal
from ui.icons import icon
from ui.labels import label
from ui.layout_memory import remember_splitter
from ui.widgets.common import BusyBar, SidePane, heading
from ui.widgets.keys import on_ctrl_enter
from ui.workspace import Workspace


class CaseView(QWidget):
    back = Signal()
    openCustomer = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.workspace = workspace
        self.case: CaseDetail | None = None

        self.back_button = QToolButton()
        self.back_button.setIcon(icon("action-back"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.back_button.clicked.connect(self.back)
        self.title = heading("")
        self.title.setObjectName("caseTitle")
        self.busy = BusyBar()
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        # who else has the case open; what another workstation changed while it was open
        self.presence = QLabel()
        self.presence.setObjectName("casePresence")
        self.presence.setAccessibleName(self.tr("Also on this case"))
        self.presence.hide()
        top.addWidget(self.presence)
        self.changed_elsewhere = QLabel()
        self.changed_elsewhere.setObjectName("changedElsewhere")
        self.changed_elsewhere.setWordWrap(True)
        palette.style(
            self.changed_elsewhere,
            lambda c: (
                f"#changedElsewhere {{ background: {c.info_background}; border: 1px solid {c.info_border};"
                f" border-radius: 4px; padding: 3px 6px; color: {c.info_text}; }}"
            ),
        )
        self.changed_elsewhere.setAccessibleName(self.tr("Changed on another workstation"))
        self.changed_elsewhere.hide()

        self.facts_panel = CaseFactsPanel()

        # timeline
        self.timeline = TimelineModel(self)
        self.timeline_view = TimelineView(self.timeline)
        self.timeline_view.setAccessibleName(self.tr("Timeline"))
        timeline_box = QGroupBox(self.tr("Timeline"))
        QVBoxLayout(timeline_box).addWidget(self.timeline_view)

        # note
        self.note = QPlainTextEdit()
        self.note.setObjectName("noteText")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Write a note (Ctrl+Enter adds it)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().height() * 4)
        self.internal = QCheckBox(self.tr("&Internal (never on the customer's paper)"))
        self.internal.setChecked(True)
        self.add_note_button = QPushButton(icon("action-note"), self.tr("Add &note"))
        self.add_note_button.setObjectName("addNote")
        note_row = QHBoxLayout()
        note_row.addWidget(self.internal, 1)
        note_row.addWidget(self.add_note_button)

        # customer's answer and status
        self.answer = QLineEdit()
        self.answer.setObjectName("customerAnswer")
        self.answer.setPlaceholderText(self.tr("What the customer answered"))
        self.answer.setAccessibleName(self.tr("The customer's answer"))
        self.record_answer = QPushButton(self.tr("&Record answer"))
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer, 1)
        answer_row.addWidget(self.record_answer)
        self.target = QComboBox()
        self.target.setObjectName("targetStatus")
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Never narrower than its longest status: the reason box beside it gives way instead.
        self.target.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.target.setAccessibleName(self.tr("New status"))
        self.reason = QLineEdit()
        self.reason.setObjectName("statusReason")
        self.reason.setPlaceholderText(self.tr("Reason (optional)"))
        self.reason.setAccessibleName(self.tr("Reason for the status change"))
        self.reason.setMinimumWidth(160)
        self.move_button = QPushButton(self.tr("Change &status"))
        self.move_button.setObjectName("changeStatus")
        self.close_button = QPushButton(self.tr("C&lose case"))
        self.close_button.setObjectName("closeCase")
        status_row = QHBoxLayout()
        status_row.addWidget(self.target)
        status_row.addWidget(self.reason, 1)
        status_buttons = QHBoxLayout()
        status_buttons.addStretch(1)
        status_buttons.addWidget(self.move_button)
        status_buttons.addWidget(self.close_button)
        actions_box = QGroupBox(self.tr("Work on the case"))
        actions = QVBoxLayout(actions_box)
        actions.addWidget(self.note)
        actions.addLayout(note_row)
        actions.addLayout(answer_row)
        actions.addLayout(status_row)
        actions.addLayout(status_buttons)

        # The timeline is the main pane; what the case, the customer and the remedies are sits beside it and
        # scrolls as a whole (designed for 1366×768, usable at 1024×700).
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(timeline_box, 1)
        left_layout.addWidget(actions_box)
        left.setMinimumWidth(420)

        self.customer_panel = CustomerPanel(workspace)
        self.customer_panel.openCustomer.connect(self.openCustomer)
        self.remedies_panel = RemediesPanel(workspace)
        self.remedies_panel.resolved.connect(self._resolved)
        self.remedies_panel.withdrawn.connect(self.reload)
        self.documents_panel = DocumentsPanel(workspace)
        self.documents_panel.changed.connect(self.reload)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.facts_panel)
        right_layout.addWidget(self.customer_panel)
        right_layout.addWidget(self.remedies_panel)
        right_layout.addWidget(self.documents_panel)
        right_layout.addStretch(1)
        self.side = scroll = SidePane(right, follow_width=True)  # its tables keep their headers whole
        scroll.setObjectName("caseSide")
        scroll.setMinimumWidth(360)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("caseSplitter")
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        remember_splitter(splitter, workspace.actor.username, "case/splitter")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.changed_elsewhere)
        layout.addWidget(self.busy)
        layout.addWidget(splitter, 1)

        self.add_note_button.clicked.connect(self.add_note)
        self.record_answer.clicked.connect(self.add_answer)
        self.answer.returnPressed.connect(self.add_answer)
        self.move_button.clicked.connect(lambda: self.move_to(self.target.currentData()))
        self.close_button.clicked.connect(lambda: self.move_to(CaseStatus.CLOSED.value))
        on_ctrl_enter(self.add_note, self.note, self.internal)
        QShortcut(
            QKeySequence("Alt+Left"),
            self,
            self.back.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.back.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._live = CaseLive(self)
        self._set_enabled(False)

    # --- loading ---------------------------------------------------------------------------------------------
    def load(self, case_id: int) -> None:
        self.busy.set_busy(True)
        if self.case is None or self.case.id != case_id:
            self.changed_elsewhere.hide()
            self._live.left()
        self.workspace.runner.submit(
            cases.get_case, self.workspace.ctx, case_id, done=self.show_case, failed=self._refused
        )

    def refresh_live(self, changes) -> None:
        """Someone changed this case elsewhere: re-read it, keep what the agent typed, and say what changed."""
        if self.case is None:
            return
        before = self.case
        case_id = before.id

        def arrived(case: CaseDetail) -> None:
            if self.case is None or self.case.id != case_id:
                return
            what = what_changed(before, case, self.workspace.actor.display_name)
            self.show_case(case)
            if what:
                stamp = formatting.date_time(datetime.now(UTC))
                self.changed_elsewhere.setText(
                    self.tr("Changed elsewhere (%1): %2").replace("%1", stamp).replace("%2", "; ".join(what))
                )
                self.changed_elsewhere.show()

        self.workspace.runner.submit(
            cases.get_case, self.workspace.ctx, case_id, done=arrived, failed=lambda _error: None
        )

    def refresh_presence(self) -> None:
        self._live.ask_others()

    def show_presence(self, viewers) -> None:
        if not viewers:
            self.presence.hide()
            return
        names = [
            self.tr("%1 (typing a note…)").replace("%1", v.name) if v.typing else v.name for v in viewers
        ]
        self.presence.setText(self.tr("Also here: %1").replace("%1", ", ".join(names)))
        self.presence.show()

    def leave(self) -> None:
        """The case is no longer on screen: the others stop seeing this user on it."""
        self._live.left()

    def reload(self) -> None:
        if self.case is not None:
            self.load(self.case.id)

    def _fit_target(self) -> None:
        """A hard minimum for the status box (its cached size hint can lag behind its items and the font it gets
        when shown): the splitter then keeps room for the longest status."""
        self.target.ensurePolished()
        self.target.setMinimumWidth(0)
        self.target.setMinimumWidth(self.target.minimumSizeHint().width())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_target()

    def show_case(self, case: CaseDetail) -> None:
        self.busy.set_busy(False)
        if self.case is None or self.case.id != case.id:
            self.side.verticalScrollBar().setValue(0)  # each case opens on its facts and the customer's name
        self.case = case
        self.title.setText(
            self.tr("Case %1 · %2 · %3")
            .replace("%1", str(case.id))
            .replace("%2", label(case.kind))
            .replace("%3", case.summary)
        )
        self.facts_panel.show_case(case)
        self.timeline.set_events(case.events)
        self.timeline_view.fit_columns()
        self.timeline_view.scrollToBottom()
        chosen = self.target.currentData()  # kept across a re-read (a colleague's change arriving)
        self.target.clear()
        for status in ui_queries.next_statuses(case.status):
            self.target.addItem(label(status), status.value)
        if chosen is not None and self.target.findData(chosen) >= 0:
            self.target.setCurrentIndex(self.target.findData(chosen))
        self._fit_target()
        self.close_button.setEnabled(CaseStatus.CLOSED in ui_queries.next_statuses(case.status))
        self.customer_panel.show_case(case)
        self.remedies_panel.show_case(case)
        self.documents_panel.show_case(case)
        self.side.refit()
        window = self.window()
        if window is not self:
            window.setWindowTitle(self.tr("Rimedio – case %1").replace("%1", str(case.id)))
        self._set_enabled(True)
        if pending_request_of(case) is not None:  # the service refuses any move but withdrawing the request
            self.target.clear()
            self.target.setEnabled(False)
            self.move_button.setEnabled(False)
            self.close_button.setEnabled(False)
        self._live.opened(case.id)

    def _set_enabled(self, enabled: bool) -> None:
        for w in (
            self.note,
            self.add_note_button,
            self.answer,
            self.record_answer,
            self.target,
            self.reason,
            self.move_button,
        ):
            w.setEnabled(enabled)
        if not enabled:
            self.close_button.setEnabled(False)

    # --- changes -----------------------------------------------------------------------------------------------
    def add_note(self) -> None:
        if self.case is None:
            return
        self.workspace.runner.submit(
            cases.add_note,
            self.workspace.ctx,
            self.case.id,
            self.note.toPlainText(),
            internal=self.internal.isChecked(),
            done=self._note_added,
            failed=self._refused,
        )

    def _note_added(self, _event) -> None:
        self.note.clear()
        self._live.typing_stopped()
        self.reload()

    def add_answer(self) -> None:
        if self.case is None:
            return
        text = self.answer.text().strip()
        if not text:
            self.answer.setFocus()
            return
        self.workspace.runner.submit(
            cases.add_event,
            self.workspace.ctx,
            self.case.id,
            EventType.CUSTOMER_ANSWER,
            text,
            done=self._answer_added,
            failed=self._refused,
        )

    def _answer_added(self, _result) -> None:
        self.answer.clear()
        self.reload()

    def move_to(self, status: str | None) -> None:
        if self.case is None or not status:
            return
        self.workspace.runner.submit(
            cases.change_status,
            self.workspace.ctx,
            self.case.id,
            status,
            expected_version=self.case.version,
            reason=self.reason.text(),
            done=self._moved,
            failed=self._refused,
        )

    def _moved(self, case: CaseDetail) -> None:
        self.reason.clear()
        self.show_case(case)
        self.workspace.caseChanged.emit(case.id)

    def _resolved(self, resolution) -> None:
        self.workspace.caseChanged.emit(resolution.case_id)
        self.reload()

    def print_preview(self) -> None:
        """Ctrl+P: the note's preview (printing is one more Ctrl+P there); the case sheet when there is no remedy."""
        if self.case is None:
            return
        if self.documents_panel.note_button.isEnabled():
            self.documents_panel.preview_note()
        else:
            self.documents_panel.preview_sheet()

    def _refused(self, error: RimedioError) -> None:
        self.busy.set_busy(False)
        show_refusal(self, error)
        if isinstance(error, Conflict):
            self.reload()  # show what the other person did; the agent's typing stays in its box
