"""The case view: what happened (timeline), notes, the customer's answer, status moves, and the side panels.

Every change names the version of the case the agent saw (``expected_version``); if someone else saved the case
meanwhile, the service refuses with who and when, the refusal is shown, and the case is reloaded — what the agent
typed stays in its box so they can make the change again. Remedies (:mod:`ui.cases.remedies`) and documents
(:mod:`ui.cases.panels`) are separate panels; Ctrl+P previews the note (the main window's *Print* action).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.business_hours import paused_text
from app.domain.enums import CaseStatus, EventType
from app.errors import Conflict, RimedioError
from app.services import cases, ui_queries
from app.services.cases import CaseDetail
from app.services.orders import OrderLineInfo
from ui import formatting
from ui.cases.case_events import pending_request_of
from ui.cases.lookup import LINE_NAME, LINE_SKU, OrderLinesModel
from ui.cases.panels import CustomerPanel, DocumentsPanel
from ui.cases.remedies import RemediesPanel
from ui.cases.timeline import COL_TEXT, COL_WHAT, COL_WHEN, COL_WHO, TimelineModel, describe
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
        self.changed_elsewhere.setStyleSheet(
            "#changedElsewhere { background: #e8f1fb; border: 1px solid #8fb3dc;"
            " border-radius: 4px; padding: 3px 6px; color: #12304f; }"
        )
        self.changed_elsewhere.setAccessibleName(self.tr("Changed on another workstation"))
        self.changed_elsewhere.hide()

        # facts
        self.facts: dict[str, QLabel] = {}
        facts_box = QGroupBox(self.tr("Case"))
        form = QFormLayout(facts_box)
        for key, text in (
            ("status", self.tr("Status:")),
            ("channel", self.tr("Channel:")),
            ("wants", self.tr("The customer wants:")),
            ("order", self.tr("Order:")),
            ("owner", self.tr("Owner:")),
            ("due", self.tr("Resolution due:")),
            ("description", self.tr("Description:")),
        ):
            value = QLabel()
            value.setObjectName(f"case_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(text.rstrip(":"))
            form.addRow(QLabel(text), value)
            self.facts[key] = value
        self.lines = OrderLinesModel(checkable=False, parent=self)
        self.lines_view = QTableView()
        self.lines_view.setObjectName("caseLines")
        self.lines_view.setAccessibleName(self.tr("Affected lines"))
        self.lines_view.setModel(self.lines)
        self.lines_view.setTabKeyNavigation(False)
        self.lines_view.verticalHeader().setVisible(False)
        self.lines_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines_view.horizontalHeader().setSectionResizeMode(LINE_NAME, QHeaderView.ResizeMode.Stretch)
        self.lines_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lines_view.setWordWrap(True)  # a long product name takes a second line instead of "Ca… di …"
        self.lines_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.lines_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines_view.setColumnHidden(
            LINE_SKU, True
        )  # the product's name says it; the code is on the case sheet
        form.addRow(QLabel(self.tr("Affected lines:")), self.lines_view)

        # timeline
        self.timeline = TimelineModel(self)
        self.timeline_view = QTableView()
        self.timeline_view.setObjectName("timeline")
        self.timeline_view.setAccessibleName(self.tr("Timeline"))
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.setTabKeyNavigation(False)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_view.verticalHeader().setVisible(False)
        self.timeline_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.timeline_view.horizontalHeader().setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.timeline_view.installEventFilter(self)
        self.timeline_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_view.setWordWrap(True)  # the details wrap; they are never pushed out of sight
        self.timeline_view.setMinimumHeight(self.fontMetrics().height() * 8)
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
        right_layout.addWidget(facts_box)
        right_layout.addWidget(self.customer_panel)
        right_layout.addWidget(self.remedies_panel)
        right_layout.addWidget(self.documents_panel)
        right_layout.addStretch(1)
        self.side = scroll = SidePane(right)
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

    def eventFilter(self, watched, event) -> bool:
        if watched is self.timeline_view and event.type() == QEvent.Type.Resize:
            self._fit_timeline()
        return super().eventFilter(watched, event)

    def _fit_timeline(self) -> None:
        """When, who and what as wide as they need up to a cap; the details always keep at least 40% of the
        width (they wrap, so nothing is pushed out of sight)."""
        view = self.timeline_view
        header = view.horizontalHeader()
        available = view.viewport().width()
        if available <= 0 or not self.timeline.rowCount():
            return
        caps = {COL_WHEN: 10_000, COL_WHO: 130, COL_WHAT: 180}
        widths = {
            col: min(max(view.sizeHintForColumn(col), header.sectionSizeFromContents(col).width()), cap)
            for col, cap in caps.items()
        }
        room = available * 0.6 - widths[COL_WHEN]  # the time keeps its width; who and what wrap
        shrinkable = widths[COL_WHO] + widths[COL_WHAT]
        if shrinkable > room:
            scale = max(room, 0) / shrinkable
            for col in (COL_WHO, COL_WHAT):
                widths[col] = max(int(widths[col] * scale), 60)
        for col, width in widths.items():
            header.resizeSection(col, width)
        view.resizeRowsToContents()

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
        self.facts["status"].setText(label(case.status))
        self.facts["channel"].setText(label(case.channel))
        self.facts["wants"].setText(label(case.wants))
        order = case.order_number or self.tr("no order")
        if case.order_total is not None:
            order += f" · {formatting.day(case.order_placed_at)} · {formatting.money(case.order_total)}"
        self.facts["order"].setText(order)
        self.facts["owner"].setText(case.owner or "")
        due = formatting.date_time(case.resolution_due)
        if case.remaining is not None:  # waiting for the customer: the clock stands still
            due += f" ({paused_text(case.remaining)})"
        elif case.resolution_due and case.status in (
            CaseStatus.NEW,
            CaseStatus.PROPOSED,
            CaseStatus.AWAITING_APPROVAL,
        ):
            due += f" ({formatting.due_in(case.resolution_due)})"
        self.facts["due"].setText(due)
        self.facts["description"].setText(case.description or "–")
        self.lines.set_lines(
            [_as_line(li) for li in case.lines],
            affected={li.order_line_id: li.quantity for li in case.lines if li.quantity != li.ordered},
        )
        self.timeline.set_events(case.events)
        self._fit_timeline()
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
        if self.case_id is None:
            return
        from app.services import presence

        self.view.workspace.runner.submit(
            presence.heartbeat,
            self.view.workspace.ctx,
            self.case_id,
            self.typing,
            done=lambda _r: self.ask_others(),
            failed=lambda _e: None,
        )

    def ask_others(self) -> None:
        if self.case_id is None:
            return
        from app.services import presence

        case_id = self.case_id
        self.view.workspace.runner.submit(
            presence.others,
            self.view.workspace.ctx,
            case_id,
            done=lambda viewers: self.view.show_presence(viewers) if self.case_id == case_id else None,
            failed=lambda _e: None,
        )

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


def _as_line(line) -> OrderLineInfo:
    return OrderLineInfo(
        line.order_line_id, line.sku, line.name, line.variant, line.ordered or line.quantity, line.unit_price
    )
