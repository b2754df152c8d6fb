"""The remedies panel of the case view: the ranked options with cost and why, the choice, the amount, and — before
anything is sent — whether the credit is issued at once or waits for a supervisor.

The options come from the case's latest ``proposal`` event or, when none was recorded, from
:func:`app.services.remedies.preview_case`, which records nothing: opening a case is reading, and the proposal
goes on the timeline only when it is offered or acted on. While the agent edits the amount, a read-only check
(:func:`app.services.ui_queries.credit_check`) says what will happen, using the same decision as the service;
*Send* calls :func:`app.services.approvals.resolve_case`, which decides again and either issues the voucher or
creates the approval request. This panel never decides a limit itself.

The line before sending and the button agree by construction: a check belongs to one case, remedy and amount text,
and any change to them (typing, a background refresh, another case) drops it at once; *Send* sends the very amount
the line states, and only while that line is current. While a request waits, the panel offers to withdraw it.

The options' model is :mod:`ui.cases.remedy_model`, their table :mod:`ui.cases.remedy_table`; what the case's
timeline says (the recorded proposal, the pending request, the voucher) is read by :mod:`ui.cases.case_events`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseStatus
from app.errors import MissingInput, RimedioError
from app.services import approvals, remedies, ui_queries
from app.services.approvals import Resolution
from app.services.cases import CaseDetail
from app.services.remedies import CaseProposal
from app.services.ui_queries import CreditCheck
from ui import formatting, palette
from ui.cases.case_events import latest_proposal, pending_request_of, voucher_of
from ui.cases.remedy_model import RemedyModel, RemedyRole, RemedyRow, rows_from_json, rows_from_proposal
from ui.cases.remedy_table import RemedyTable
from ui.errors import show_refusal
from ui.i18n import QT_TRANSLATE_NOOP
from ui.icons import icon
from ui.labels import label, limit_problem
from ui.runner import Job
from ui.widgets.keys import on_ctrl_enter
from ui.workspace import Workspace

CHECK_DELAY_MS = 200
_CHOOSABLE = (CaseStatus.NEW, CaseStatus.PROPOSED, CaseStatus.AWAITING_CUSTOMER)


class RemediesPanel(QGroupBox):
    resolved = Signal(object)  # Resolution
    withdrawn = Signal()  # the case's approval request was taken back

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remediesPanel")
        self.setTitle(self.tr("Remedies"))
        self.workspace = workspace
        self.case: CaseDetail | None = None
        self.check: CreditCheck | None = None
        self._check_job: Job | None = None

        self.profile = QLabel()
        self.profile.setObjectName("remedyProfile")
        self.profile.setWordWrap(True)
        self.model = RemedyModel(self)
        self.table = RemedyTable(self.model)
        self.table.setAccessibleName(self.tr("Proposed remedies, best first"))
        self.why = QLabel()
        self.why.setObjectName("remedyWhy")
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.amount = QLineEdit()
        self.amount.setObjectName("remedyAmount")
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText(self.tr("e.g. 12,50"))
        self.reason = QLineEdit()
        self.reason.setObjectName("remedyReason")
        self.reason.setAccessibleName(self.tr("Why (for the supervisor and the timeline)"))
        self.reason.setPlaceholderText(self.tr("Optional: why this remedy"))
        self.outcome = QLabel()
        self.outcome.setObjectName("remedyOutcome")
        self.outcome.setWordWrap(True)
        self.propose_button = QPushButton(icon("action-refresh"), self.tr("Propose &again"))
        self.propose_button.setObjectName("proposeRemedies")
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setObjectName("sendRemedy")
        self.withdraw_button = QPushButton(self.tr("&Withdraw the request"))
        self.withdraw_button.setObjectName("withdrawRequest")
        self.withdraw_button.setToolTip(self.tr("Take the approval request back, so the case can move on"))
        self.withdraw_button.setVisible(False)
        self.state = QLabel()
        self.state.setObjectName("remedyState")
        self.state.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        amount_label = QLabel(self.tr("A&mount:"))
        amount_label.setBuddy(self.amount)
        reason_label = QLabel(self.tr("W&hy:"))
        reason_label.setBuddy(self.reason)
        form.addRow(amount_label, self.amount)
        form.addRow(reason_label, self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.propose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.profile)
        layout.addWidget(self.table)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        layout.addWidget(self.state)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self._checked_key: tuple | None = None
        self.amount.textChanged.connect(self._amount_changed)
        self.reason.textChanged.connect(lambda _t: self._allow_send())
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.propose_button.clicked.connect(self.propose)
        self.send_button.clicked.connect(self.send)
        # A shortcut acts on the widget that has focus: Ctrl+Enter in the amount, the reason or the options sends
        # this remedy (in the note box of the case view it adds the note).
        on_ctrl_enter(self.send, self.amount, self.reason, self.table)
        self.amount.returnPressed.connect(self.check_now)
        self.withdraw_button.clicked.connect(self.withdraw)
        self._set_choosing(False)

    # --- showing -------------------------------------------------------------------------------------------------
    def show_case(self, case: CaseDetail) -> None:
        same = self.case is not None and self.case.id == case.id
        if not same:
            self._drop_check()
        self.case = case
        status = CaseStatus(case.status)
        choosing = status in _CHOOSABLE and self.workspace.can_write_cases()
        recorded = latest_proposal(case)
        if recorded is not None:
            self._show_rows(
                rows_from_json(recorded["options"], case.currency),
                recorded.get("segment"),
                bool(recorded.get("flagged")),
                keep_choice=same,
            )
        elif choosing:
            if not (same and self.model.rowCount()):  # a refresh keeps the options shown and what was typed
                self.propose()
        else:
            self.model.set_rows([])
        if case.remedy and not choosing:  # show what was chosen, not the engine's first idea
            self.choose(case.remedy)
            self.amount.setText(formatting.amount_text(case.amount))
        self._set_choosing(choosing)
        self.state.setText(self._state_text(case))
        self.withdraw_button.setVisible(
            status == CaseStatus.AWAITING_APPROVAL and self.workspace.can_write_cases()
        )
        self.withdraw_button.setEnabled(pending_request_of(case) is not None)

    def _state_text(self, case: CaseDetail) -> str:
        chosen = label(case.remedy) + (f" · {formatting.money(case.amount)}" if case.amount else "")
        status = CaseStatus(case.status)
        if status == CaseStatus.AWAITING_APPROVAL:
            return self.tr("Waiting for a supervisor: %1. You will see the answer here.").replace(
                "%1", chosen
            )
        if status in (CaseStatus.RESOLVED, CaseStatus.CLOSED) and case.remedy:
            code = voucher_of(case)
            text = self.tr("Resolved: %1.").replace("%1", chosen)
            return text + (" " + self.tr("Voucher %1.").replace("%1", code) if code else "")
        return ""

    def propose(self) -> None:
        """The options as they stand now, for the agent to look at: nothing is recorded (reading is not writing).
        The proposal goes on the timeline when it is acted on (*Send*) or offered (the case moved to proposed)."""
        if self.case is None:
            return
        self.workspace.runner.submit(
            remedies.preview_case,
            self.workspace.ctx,
            self.case.id,
            done=self.show_proposal,
            failed=self._refused,
        )

    def show_proposal(self, proposal: CaseProposal) -> None:
        if self.case is None or proposal.case_id != self.case.id:
            return  # the options of a case the agent has left
        self._show_rows(
            rows_from_proposal(proposal), proposal.segment.value, proposal.flagged, keep_choice=False
        )

    def _show_rows(
        self, rows: list[RemedyRow], segment: str | None, flagged: bool, keep_choice: bool
    ) -> None:
        current = self.current_row()
        typed = self.amount.text()
        self.model.set_rows(rows)
        self.table.fit_height()
        parts = [segment_name(segment)] if segment else []
        if flagged:
            parts.append(self.tr("⚑ many claims: any credit needs a supervisor"))
        self.profile.setText(" · ".join(parts))
        row = 0
        if keep_choice and current is not None:
            row = next((i for i, r in enumerate(rows) if r.remedy == current.remedy), 0)
        if rows:
            self.table.setCurrentIndex(self.model.index(row, 0))
        kept = self.current_row()
        if (
            keep_choice
            and current is not None
            and kept is not None
            and kept.remedy == current.remedy
            and self.amount.text() != typed
            and kept.amount_editable
        ):
            self.amount.setText(typed)  # a refresh never replaces what the agent typed
            self.check_now()

    def current_row(self) -> RemedyRow | None:
        index = self.table.currentIndex()
        return index.data(RemedyRole) if index.isValid() else None

    def choose(self, remedy: str) -> bool:
        """Select the option for ``remedy`` (keyboard users do the same with the arrow keys)."""
        for i, row in enumerate(self.model.rows):
            if row.remedy == remedy:
                self.table.setCurrentIndex(self.model.index(i, 0))
                return True
        return False

    def _chosen(self, current, _previous) -> None:
        row = current.data(RemedyRole) if current.isValid() else None
        self.why.setText(row.why if row else "")
        self.amount.setText(formatting.amount_text(row.amount) if row else "")
        self.amount.setEnabled(bool(row and row.amount_editable) and self._choosing)
        self.check_now()

    def _set_choosing(self, choosing: bool) -> None:
        self._choosing = choosing
        row = self.current_row()
        self.table.setEnabled(choosing or self.model.rowCount() > 0)
        self.amount.setEnabled(choosing and bool(row and row.amount_editable))
        self.reason.setEnabled(choosing)
        self.send_button.setEnabled(choosing and row is not None)
        self._allow_send()
        self.propose_button.setEnabled(choosing)
        self.outcome.setVisible(choosing)

    # --- what will happen ---------------------------------------------------------------------------------------
    def _key(self) -> tuple | None:
        """What a check is about: the case, the remedy and the amount exactly as typed."""
        row = self.current_row()
        if row is None or self.case is None:
            return None
        return (self.case.id, row.remedy, self.amount.text().strip())

    def _drop_check(self) -> None:
        self._timer.stop()
        if self._check_job is not None:
            self._check_job.cancel()
            self._check_job = None
        self.check = None
        self._checked_key = None

    def _amount_changed(self, _text: str) -> None:
        """Any change to the amount (typed, or set by a refresh) makes the line before sending stale at once."""
        row = self.current_row()
        self._drop_check()
        if row is None or not row.gives_credit or not self._choosing:
            return
        self._say(self.tr("Checking…"), warn=False)
        self.send_button.setEnabled(False)
        self._timer.start()

    def check_now(self) -> None:
        self._drop_check()
        row = self.current_row()
        if row is None or self.case is None or not self._choosing:
            self.send_button.setEnabled(False)
            return
        self.send_button.setEnabled(True)
        if not row.gives_credit:
            self._say(self.tr("No credit is given: the case is resolved with this remedy."), warn=False)
            self.send_button.setText(self.tr("&Resolve with this remedy"))
            return
        text = self.amount.text().strip()
        if not text:
            self._say(self.tr("Write the amount of credit."), warn=True)
            self.send_button.setEnabled(False)
            return
        key = self._key()
        self.send_button.setEnabled(False)
        self._say(self.tr("Checking…"), warn=False)
        self._check_job = self.workspace.runner.submit(
            ui_queries.credit_check,
            self.workspace.ctx,
            self.case.id,
            text,
            row.remedy,
            done=lambda check: self._checked(key, check),
            failed=lambda error: self._check_refused(key, error),
        )

    def _checked(self, key: tuple | None, check: CreditCheck) -> None:
        if key != self._key():
            return  # about another case, remedy or amount: the current one is checked on its own
        self.show_check(check)

    def _check_refused(self, key: tuple | None, error: RimedioError) -> None:
        if key == self._key():
            self._bad_amount(error)

    def show_check(self, check: CreditCheck) -> None:
        self.check = check
        self._checked_key = self._key()
        parts = []
        if check.rejection is not None:
            parts.append(
                self.tr("%1 refused %2 on this case: “%3”. Say why you ask again (Why).")
                .replace("%1", check.rejection.by)
                .replace("%2", formatting.money(check.rejection.amount))
                .replace("%3", check.rejection.reason)
            )
        if check.given_on_case.minor:
            parts.append(
                self.tr("Already given on this case: %1.").replace(
                    "%1", formatting.money(check.given_on_case)
                )
            )
        if check.needs_approval:
            why = ", ".join(limit_problem(p) for p in check.problems)
            text = self.tr(
                "%1 needs a supervisor's approval before it is sent (%2). Your limit: %3 per case."
            )
            parts.append(
                text.replace("%1", formatting.money(check.amount))
                .replace("%2", why)
                .replace("%3", formatting.money(check.case_limit))
            )
            self.send_button.setText(self.tr("Ask for &approval"))
        else:
            parts.append(
                self.tr("Within your limit: the voucher of %1 is issued at once, valid until %2.")
                .replace("%1", formatting.money(check.amount))
                .replace("%2", formatting.day(check.expires_on))
            )
            self.send_button.setText(self.tr("&Issue credit and resolve"))
        self._say(" ".join(parts), warn=check.needs_approval or check.rejection is not None)
        self._allow_send()

    def _allow_send(self) -> None:
        """Send only what the line states, and after a refusal only with a reason."""
        row = self.current_row()
        if row is None or not self._choosing:
            self.send_button.setEnabled(False)
            return
        if not row.gives_credit:
            return
        check = self.check if self._checked_key == self._key() else None  # the check of the line as it is
        needs_reason = check is not None and check.rejection is not None and not self.reason.text().strip()
        self.send_button.setEnabled(check is not None and not needs_reason)

    def _bad_amount(self, error: RimedioError) -> None:
        self._say(error.message, warn=True)
        self.send_button.setEnabled(False)

    def _say(self, text: str, warn: bool) -> None:
        self.outcome.setText(text)
        palette.tone(self.outcome, "warning" if warn else "success", bold=warn)

    @property
    def needs_approval(self) -> bool:
        return bool(self.check and self.check.needs_approval)

    # --- sending -------------------------------------------------------------------------------------------------
    def send(self) -> None:
        row = self.current_row()
        if self.case is None or row is None or not self.send_button.isEnabled():
            return
        if row.gives_credit:
            if self.check is None or self._checked_key != self._key():
                self.check_now()  # the line is not about what is typed: check first, never send unseen
                return
            amount = self.check.amount.plain()  # exactly the amount the line before sending states
        else:
            amount = self.amount.text().strip() if row.amount_editable else ""
        self.send_button.setEnabled(False)
        self.workspace.runner.submit(
            approvals.resolve_case,
            self.workspace.ctx,
            self.case.id,
            row.remedy,
            amount or None,
            reason=self.reason.text(),
            expected_version=self.case.version,
            done=self._sent,
            failed=self._refused,
        )

    def withdraw(self) -> None:
        """Take back the case's pending approval request (the only way the case moves on without an answer)."""
        request = pending_request_of(self.case) if self.case is not None else None
        if request is None:
            return
        self.withdraw_button.setEnabled(False)
        self.workspace.runner.submit(
            approvals.withdraw,
            self.workspace.ctx,
            request,
            reason=self.reason.text(),
            done=lambda _info: self.withdrawn.emit(),
            failed=self._refused,
        )

    def _sent(self, resolution: Resolution) -> None:
        self.reason.clear()
        self.resolved.emit(resolution)

    def _refused(self, error: RimedioError) -> None:
        self.send_button.setEnabled(self._choosing and self.current_row() is not None)
        show_refusal(self, error)
        if isinstance(error, MissingInput) and error.field == "amount":
            self.amount.setFocus()  # the window's hint for what the service found missing: its field


def segment_name(segment: str | None) -> str:
    names = {
        "new": QT_TRANSLATE_NOOP("RemediesPanel", "New customer"),
        "regular": QT_TRANSLATE_NOOP("RemediesPanel", "Regular customer"),
        "loyal": QT_TRANSLATE_NOOP("RemediesPanel", "Loyal customer (VIP)"),
        "lapsed": QT_TRANSLATE_NOOP("RemediesPanel", "Lapsed customer – a win-back chance"),
        "occasional_small": QT_TRANSLATE_NOOP("RemediesPanel", "Occasional small buyer"),
    }
    text = names.get(segment or "")
    return QCoreApplication.translate("RemediesPanel", text) if text else (segment or "")


__all__ = ["RemediesPanel", "segment_name"]
