"""The supervisors' approvals screen: the requests waiting, each with its context, and the decision.

Choose a request → its case (kind, summary, order, affected lines), the customer (segment, claims, flag) and the
agent's reason appear → approve as asked, lower the amount and approve, or reject with a reason. The service
refuses deciding on one's own request and amounts above the supervisor's own limit; the refusal is shown here.
The list reloads when the watcher sees the number of waiting requests change.

A decision is said back in words ("Approving €22.50 of the €30.00 asked on case 12 …") with *Undo* for
:data:`UNDO_MS`; nothing is issued until then (or until the supervisor leaves the screen or decides the next one).
After a decision no request is chosen: the next one is picked by the supervisor, never by a stray second click.

The request's context is :mod:`ui.approvals.context_panel`, the bar with *Undo* :mod:`ui.approvals.undo_bar`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import Money
from app.errors import RimedioError
from app.services import approval_context, approvals, cases, ui_queries
from app.services.approval_context import RequestContext
from app.services.approvals import RequestInfo
from app.services.cases import CaseDetail
from app.services.ui_queries import CustomerOverview
from ui import formatting, palette
from ui.approvals.context_panel import RequestContextPanel
from ui.approvals.model import COL_CUSTOMER, RequestModel, RequestRole
from ui.approvals.undo_bar import UndoBar
from ui.errors import show_refusal
from ui.labels import label
from ui.layout_memory import remember_header, remember_splitter
from ui.widgets.common import BusyBar, SidePane, heading
from ui.widgets.keys import on_ctrl_enter
from ui.workspace import Workspace

_WAITING, _DECIDED = "pending", ""
#: How long *Undo* is offered after a decision before it is carried out.
UNDO_MS = 6000


def load_requests(ctx, status: str | None) -> tuple[list[RequestInfo], dict[int, RequestContext]]:
    """Runs on the runner's thread: the requests and, for each, what the supervisor sees beside it."""
    requests = approvals.list_requests(ctx, status)
    return requests, approval_context.request_contexts(ctx, [r.id for r in requests])


@dataclass(frozen=True)
class Decision:
    """A decision said back to the supervisor and not carried out yet (Undo is still possible)."""

    request: RequestInfo
    approve: bool
    amount: str | None  # as typed; None: as asked
    reason: str
    text: str


class ApprovalsView(QWidget):
    openCase = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsView")
        self.workspace = workspace
        self.request: RequestInfo | None = None
        self._last_decision = ""

        self.which = QComboBox()
        self.which.setObjectName("approvalFilter")
        self.which.setAccessibleName(self.tr("Which requests"))
        self.which.addItem(self.tr("Waiting for a decision"), _WAITING)
        self.which.addItem(self.tr("All requests"), _DECIDED)
        self.count = QLabel()
        self.count.setObjectName("approvalCount")
        self.busy = BusyBar()
        self.model = RequestModel(self)
        self.table = QTableView()
        self.table.setObjectName("approvalTable")
        self.table.setAccessibleName(self.tr("Approval requests"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.title = heading(self.tr("Choose a request"))
        self.title.setObjectName("approvalTitle")
        self.context_panel = RequestContextPanel()

        decision = QGroupBox(self.tr("Decision"))
        self.amount = QLineEdit()
        self.amount.setObjectName("approveAmount")
        self.amount.setAccessibleName(self.tr("Amount to approve"))
        self.reason = QLineEdit()
        self.reason.setObjectName("decisionReason")
        self.reason.setAccessibleName(self.tr("Reason for the decision"))
        self.reason.setPlaceholderText(self.tr("Required to reject; shown to the agent"))
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.setObjectName("approveRequest")
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.reject_button.setObjectName("rejectRequest")
        self.message = QLabel()
        self.message.setObjectName("approvalMessage")
        self.message.setWordWrap(True)
        decision_form = QFormLayout(decision)
        decision_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        amount_label = QLabel(self.tr("A&mount (lower it to approve less):"))
        amount_label.setBuddy(self.amount)
        amount_label.setWordWrap(True)
        reason_label = QLabel(self.tr("Rea&son:"))
        reason_label.setBuddy(self.reason)
        decision_form.addRow(amount_label, self.amount)
        decision_form.addRow(reason_label, self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        decision_form.addRow(buttons)
        decision_form.addRow(self.message)

        self.undo_bar = UndoBar()
        self.pending: Decision | None = None
        self.undo_ms = UNDO_MS

        top = QHBoxLayout()
        top.addWidget(self.which)
        top.addWidget(self.count, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.busy)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.context_panel)
        right_layout.addWidget(decision)
        right_layout.addStretch(1)
        self.side = SidePane(right)  # the request's context scrolls as a whole; wrapped lines are never cut
        self.side.setMinimumWidth(340)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("approvalsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        remember_splitter(splitter, workspace.actor.username, "approvals/splitter")
        self._columns_restored = remember_header(
            self.table.horizontalHeader(), workspace.actor.username, "approvals/columns"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.undo_bar)
        layout.addWidget(splitter, 1)

        self.which.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda index: self.openCase.emit(int(index.data(RequestRole).case_id)))
        self.context_panel.open_button.clicked.connect(
            lambda: self.request and self.openCase.emit(self.request.case_id)
        )
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        self.undo_bar.undoRequested.connect(self.undo)
        self.undo_bar.expired.connect(self.commit_pending)
        QShortcut(
            QKeySequence.StandardKey.Undo,
            self,
            self.undo,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        on_ctrl_enter(self.approve, self.amount)
        self._show_request(None)
        self._started = False
        self._chosen_once = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.reload()

    def hideEvent(self, event) -> None:
        """Leaving the screen carries out a decision still waiting for its Undo time (it was said and meant)."""
        self.commit_pending()
        super().hideEvent(event)

    # --- the list ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._started = True
        self.busy.set_busy(True)
        self.workspace.runner.submit(
            load_requests,
            self.workspace.ctx,
            self.which.currentData() or None,
            done=self._loaded,
            failed=self._refused,
        )

    def _loaded(self, loaded: tuple[list[RequestInfo], dict[int, RequestContext]]) -> None:
        self.busy.set_busy(False)
        requests, contexts = loaded
        keep = self.request.id if self.request else None
        if self.pending is not None:  # decided, Undo still possible: not in the list meanwhile
            requests = [r for r in requests if r.id != self.pending.request.id]
        if self.which.currentData() == _DECIDED:
            requests = list(reversed(requests))  # newest first when looking back
        self.model.set_requests(requests, contexts)
        self.count.setText(self.tr("%n request(s)", "", len(requests)))
        if not self._columns_restored:  # as the user left them, if they did
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(COL_CUSTOMER, min(self.table.columnWidth(COL_CUSTOMER), 200))
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and not self._chosen_once and self.model.rowCount():
            row = 0  # the first time only: after a decision the supervisor chooses the next request
        if row >= 0:
            self._chosen_once = True
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
            self._show_request(None)

    def _current_changed(self, current, _previous) -> None:
        self._show_request(current.data(RequestRole) if current.isValid() else None)

    # --- one request -------------------------------------------------------------------------------------------
    def _show_request(self, request: RequestInfo | None) -> None:
        self.request = request
        pending = request is not None and request.status == "pending"
        for w in (self.amount, self.reason, self.approve_button, self.reject_button):
            w.setEnabled(pending)
        self.context_panel.show_request(request, self.model.context(request.id) if request else None)
        if self._last_decision:  # said once, after the decision, over whichever request comes next
            self._say(self._last_decision, ok=True)
            self._last_decision = ""
        else:
            self.message.clear()
        if request is None:
            self.title.setText(self.tr("No request chosen"))
            self.amount.clear()
            return
        self.title.setText(
            self.tr("Request %1 · case %2").replace("%1", str(request.id)).replace("%2", str(request.case_id))
        )
        self.amount.setText(formatting.amount_text(request.amount))
        self.reason.clear()
        if request.status != "pending":
            decided = label(request.status)
            if request.decided_by:
                decided += " · " + request.decided_by
            if request.decision_reason:
                decided += " · " + request.decision_reason
            self.message.setText(decided)
            palette.tone(self.message, None)
        request_id = request.id
        self.workspace.runner.submit(
            cases.get_case,
            self.workspace.ctx,
            request.case_id,
            done=lambda case: self._show_case(request_id, case),
            failed=self._refused,
        )

    def _show_case(self, request_id: int, case: CaseDetail) -> None:
        if self.request is None or self.request.id != request_id:
            return
        self.context_panel.show_case(case)
        self.side.refit()
        self.workspace.runner.submit(
            ui_queries.customer_overview,
            self.workspace.ctx,
            case.customer_id,
            done=lambda info: self._show_customer(request_id, info),
            failed=self._refused,
        )

    def _show_customer(self, request_id: int, info: CustomerOverview) -> None:
        if self.request is None or self.request.id != request_id:
            return
        self.context_panel.show_customer(info, self.model.context(request_id), self.request.requested_by)
        self.side.refit()

    # --- deciding ------------------------------------------------------------------------------------------------
    def approve(self) -> None:
        """Check the amount with the service, then say what will happen and offer Undo."""
        if self.request is None or not self.approve_button.isEnabled():
            return
        request, amount, reason = self.request, self.amount.text().strip() or None, self.reason.text()
        self.workspace.runner.submit(
            approvals.check_approval,
            self.workspace.ctx,
            request.id,
            amount,
            done=lambda approved: self._approvable(request, amount, reason, approved),
            failed=self._say_refusal,
        )

    def _approvable(self, request: RequestInfo, amount: str | None, reason: str, approved: Money) -> None:
        if approved != request.amount:
            text = (
                self.tr("Approving %1 of the %2 asked on case %3 (%4).")
                .replace("%1", formatting.money(approved))
                .replace("%2", formatting.money(request.amount))
            )
        else:
            text = self.tr("Approving %1 on case %3 (%4).").replace("%1", formatting.money(approved))
        text = text.replace("%3", str(request.case_id)).replace("%4", request.customer)
        self._decide(Decision(request, True, amount, reason, text))

    def reject(self) -> None:
        if self.request is None or not self.reject_button.isEnabled():
            return
        if not self.reason.text().strip():
            self._say(self.tr("Say why you reject it: the agent and the timeline will show the reason."))
            self.reason.setFocus()
            return
        request = self.request
        text = (
            self.tr("Rejecting the %1 asked on case %2 (%3).")
            .replace("%1", formatting.money(request.amount))
            .replace("%2", str(request.case_id))
            .replace("%3", request.customer)
        )
        self._decide(Decision(request, False, None, self.reason.text(), text))

    def _decide(self, decision: Decision) -> None:
        self.commit_pending()  # one decision waits for its Undo at a time
        self.pending = decision
        row = self.model.row_of(decision.request.id)
        if row >= 0:
            self.model.set_requests(
                [r for r in self.model.requests if r.id != decision.request.id], self.model.contexts
            )
            self.count.setText(self.tr("%n request(s)", "", self.model.rowCount()))
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self._show_request(None)
        self.message.clear()
        self.undo_bar.offer(decision.text, self.undo_ms)
        self.table.setFocus()

    def undo(self) -> None:
        """Take the pending decision back: nothing was issued; the request is chosen again as it was."""
        decision = self.pending
        if decision is None:
            return
        self._stop_undo()
        self.model.set_requests(
            sorted([*self.model.requests, decision.request], key=lambda r: r.id), self.model.contexts
        )
        self.count.setText(self.tr("%n request(s)", "", self.model.rowCount()))
        self.table.setCurrentIndex(self.model.index(self.model.row_of(decision.request.id), 0))
        if decision.amount:
            self.amount.setText(decision.amount)
        self.reason.setText(decision.reason)
        self._say(self.tr("Undone: nothing was issued or sent."), ok=True)

    def _stop_undo(self) -> None:
        self.pending = None
        self.undo_bar.stop()

    def commit_pending(self) -> None:
        """Carry out the decision waiting for its Undo time (now, or when the time is up)."""
        decision = self.pending
        if decision is None:
            return
        self._stop_undo()
        if decision.approve:
            self.workspace.runner.submit(
                approvals.approve,
                self.workspace.ctx,
                decision.request.id,
                decision.amount,
                reason=decision.reason,
                done=self._decided,
                failed=self._say_refusal,
            )
        else:
            self.workspace.runner.submit(
                approvals.reject,
                self.workspace.ctx,
                decision.request.id,
                reason=decision.reason,
                done=self._decided,
                failed=self._say_refusal,
            )

    def _decided(self, request: RequestInfo) -> None:
        self.workspace.caseChanged.emit(request.case_id)
        text = (
            self.tr("Approved %1 on case %2; voucher %3.")
            .replace("%1", formatting.money(request.approved))
            .replace("%2", str(request.case_id))
            .replace("%3", request.voucher or "")
            if request.status == "approved"
            else self.tr("Rejected; case %1 goes back to the agent.").replace("%1", str(request.case_id))
        )
        self._last_decision = text  # said by _show_request once the list is back
        self.reload()

    def _say_refusal(self, error: RimedioError) -> None:
        self._say(error.message)

    def _say(self, text: str, ok: bool = False) -> None:
        self.message.setText(text)
        palette.tone(self.message, "success" if ok else "error")

    def _refused(self, error: RimedioError) -> None:
        self.busy.set_busy(False)
        show_refusal(self, error)
