"""The approvals screen's context of one request: what was asked and why it needs a supervisor, the agent's reason,
the case and its order, the customer and the credit already given (to them, and on the agent's cases)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from app.services.approval_context import RequestContext
from app.services.approvals import RequestInfo
from app.services.cases import CaseDetail
from app.services.ui_queries import CustomerOverview
from ui import formatting
from ui.approvals.model import agent_history, customer_history
from ui.cases.remedies import segment_name
from ui.labels import label, limit_problem


class RequestContextPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Context"))
        self.facts: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text in (
            ("asked", self.tr("Asked:")),
            ("why", self.tr("Needs a supervisor because:")),
            ("reason", self.tr("The agent says:")),
            ("case", self.tr("Case:")),
            ("order", self.tr("Order:")),
            ("lines", self.tr("Affected:")),
            ("customer", self.tr("Customer:")),
            ("history", self.tr("History:")),
        ):
            value = QLabel()
            value.setObjectName(f"approval_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(QLabel(text), value)
            self.facts[key] = value
        self.open_button = QPushButton(self.tr("&Open the case"))
        self.open_button.setObjectName("openRequestCase")
        form.addRow(self.open_button)

    def show_request(self, request: RequestInfo | None, context: RequestContext | None) -> None:
        """What the request says; its case and customer follow (``show_case``, ``show_customer``)."""
        self.open_button.setEnabled(request is not None)
        if request is None:
            for value in self.facts.values():
                value.clear()
            return
        asked = f"{label(request.remedy)} · {formatting.money(request.amount)}"
        if request.approved is not None and request.approved != request.amount:
            asked += " → " + formatting.money(request.approved)
        if context is not None and context.suggested is not None:
            asked += " " + self.tr("(suggested %1)").replace("%1", formatting.money(context.suggested))
        self.facts["asked"].setText(
            asked + " · " + request.requested_by + ", " + formatting.date_time(request.requested_at)
        )
        self.facts["why"].setText(", ".join(limit_problem(w) for w in request.why))
        self.facts["reason"].setText(request.reason or "–")
        self.facts["customer"].setText(request.customer)

    def show_case(self, case: CaseDetail) -> None:
        self.facts["case"].setText(f"{label(case.kind)} · {label(case.channel)} · {case.summary}")
        order = case.order_number or self.tr("no order")
        if case.order_total is not None:
            order += f" · {formatting.money(case.order_total)}"
        self.facts["order"].setText(order)
        lines = ", ".join(f"{li.quantity}× {li.name}" for li in case.lines)
        self.facts["lines"].setText((lines + " · " + formatting.money(case.affected_value)) if lines else "–")

    def show_customer(
        self, info: CustomerOverview, context: RequestContext | None, requested_by: str
    ) -> None:
        text = " · ".join(
            (
                segment_name(info.segment),
                self.tr("%n order(s)", "", info.orders),
                formatting.money(info.lifetime_spend),
                self.tr("%n case(s)", "", info.claims),
            )
        )
        if info.flagged:  # and which claims and orders the rate counts
            text += " · " + self.tr("⚑ unusually many claims") + f" ({info.claim_rate_text})"
        if context is not None:
            text += "\n" + self.tr("Credit to this customer: %1").replace("%1", customer_history(context))
            text += "\n" + self.tr("Credit on %1's cases (90 days): %2").replace("%1", requested_by).replace(
                "%2", agent_history(context)
            )
        self.facts["history"].setText(text)
