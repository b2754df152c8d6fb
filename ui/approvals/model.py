"""Table model of approval requests: what is asked beside what the engine suggested, the value affected, how old
the request is and when it expires, who asked, and the agent's and the customer's credit history."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.services.approval_context import RequestContext
from app.services.approvals import RequestInfo
from ui import formatting
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label, limit_problem
from ui.widgets.row_model import RowTableModel

# what decides first (asked beside suggested and the items' value, how old, how long left), then who and why
(
    COL_CASE,
    COL_CUSTOMER,
    COL_AMOUNT,
    COL_SUGGESTED,
    COL_VALUE,
    COL_AGE,
    COL_EXPIRES,
    COL_REMEDY,
    COL_ASKED_BY,
    COL_AGENT_HISTORY,
    COL_CUSTOMER_HISTORY,
    COL_WHY,
    COL_STATUS,
) = range(13)
RequestRole = Qt.ItemDataRole.UserRole + 1
_RIGHT = (COL_CASE, COL_AMOUNT, COL_SUGGESTED, COL_VALUE)


def agent_history(context: RequestContext | None) -> str:
    """``3 · €120.00 · 1 rejected``: credit on the agent's cases in the last 90 days and their refusals."""
    if context is None:
        return ""
    h = context.agent
    text = f"{h.issued_count} · {formatting.money(h.issued_total)}"
    if h.lowered:
        text += " · " + QCoreApplication.translate("RequestModel", "%1 lowered").replace("%1", str(h.lowered))
    if h.rejected:
        text += " · " + QCoreApplication.translate("RequestModel", "%1 rejected").replace(
            "%1", str(h.rejected)
        )
    return text


def customer_history(context: RequestContext | None) -> str:
    """``2 · €60.00 (left €45.00)``: every credit the customer was given, and what they can still spend."""
    if context is None:
        return ""
    h = context.customer
    return f"{h.grants} · {formatting.money(h.granted_total)} " + QCoreApplication.translate(
        "RequestModel", "(left %1)"
    ).replace("%1", formatting.money(h.balance))


class RequestModel(RowTableModel):
    CONTEXT = "RequestModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RequestModel", "Case"),
        QT_TRANSLATE_NOOP("RequestModel", "Customer"),
        QT_TRANSLATE_NOOP("RequestModel", "Asked"),
        QT_TRANSLATE_NOOP("RequestModel", "Suggested"),
        QT_TRANSLATE_NOOP("RequestModel", "Items' value"),
        QT_TRANSLATE_NOOP("RequestModel", "Age"),
        QT_TRANSLATE_NOOP("RequestModel", "Expires"),
        QT_TRANSLATE_NOOP("RequestModel", "Remedy"),
        QT_TRANSLATE_NOOP("RequestModel", "Asked by"),
        QT_TRANSLATE_NOOP("RequestModel", "Agent's credit (90 days)"),
        QT_TRANSLATE_NOOP("RequestModel", "Customer's credit"),
        QT_TRANSLATE_NOOP("RequestModel", "Why a supervisor"),
        QT_TRANSLATE_NOOP("RequestModel", "Status"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.contexts: dict[int, RequestContext] = {}
        self.now = datetime.now(UTC)

    @property
    def requests(self) -> list[RequestInfo]:
        return self.rows

    def set_requests(self, requests, contexts: dict[int, RequestContext] | None = None) -> None:
        self.contexts = contexts or {}
        self.now = datetime.now(UTC)
        self.set_rows(requests)

    def context(self, request_id: int) -> RequestContext | None:
        return self.contexts.get(request_id)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        r = self.row_at(index)
        if r is None:
            return None
        col = index.column()
        ctx = self.contexts.get(r.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_CASE:
                return str(r.case_id)
            if col == COL_CUSTOMER:
                return r.customer
            if col == COL_REMEDY:
                return label(r.remedy)
            if col == COL_AMOUNT:
                text = formatting.money(r.amount)
                if r.approved is not None and r.approved != r.amount:
                    text += " → " + formatting.money(r.approved)
                return text
            if col == COL_SUGGESTED:
                return formatting.money(ctx.suggested) if ctx and ctx.suggested else "–"
            if col == COL_VALUE:
                return formatting.money(ctx.affected_value) if ctx else ""
            if col == COL_ASKED_BY:
                return r.requested_by
            if col == COL_AGE:
                return formatting.duration(self.now - r.requested_at)
            if col == COL_EXPIRES:
                return formatting.due_in(r.expires_at, self.now) if r.status == "pending" else "–"
            if col == COL_AGENT_HISTORY:
                return agent_history(ctx)
            if col == COL_CUSTOMER_HISTORY:
                return customer_history(ctx)
            if col == COL_WHY:
                return ", ".join(limit_problem(w) for w in r.why)
            return label(r.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_AGE:
                return formatting.date_time(r.requested_at)
            if col == COL_EXPIRES:
                return formatting.date_time(r.expires_at)
            return r.reason or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RequestRole:
            return r
        return None

    def row_of(self, request_id: int) -> int:
        return next((i for i, r in enumerate(self.requests) if r.id == request_id), -1)
