"""Table model of approval requests: what is asked, for whom, by whom, why it needs a supervisor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt

from app.services.approvals import RequestInfo
from ui import formatting
from ui.labels import label, limit_problem
from ui.widgets.row_model import RowTableModel

COL_CASE, COL_CUSTOMER, COL_REMEDY, COL_AMOUNT, COL_ASKED_BY, COL_WHEN, COL_WHY, COL_STATUS = range(8)
RequestRole = Qt.ItemDataRole.UserRole + 1


class RequestModel(RowTableModel):
    CONTEXT = "RequestModel"
    HEADERS = (QT_TRANSLATE_NOOP("RequestModel", "Case"), QT_TRANSLATE_NOOP("RequestModel", "Customer"),
               QT_TRANSLATE_NOOP("RequestModel", "Remedy"), QT_TRANSLATE_NOOP("RequestModel", "Amount"),
               QT_TRANSLATE_NOOP("RequestModel", "Asked by"), QT_TRANSLATE_NOOP("RequestModel", "When"),
               QT_TRANSLATE_NOOP("RequestModel", "Why a supervisor"), QT_TRANSLATE_NOOP("RequestModel", "Status"))

    @property
    def requests(self) -> list[RequestInfo]:
        return self.rows

    def set_requests(self, requests) -> None:
        self.set_rows(requests)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index)
        if r is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_CASE:
                return str(r.case_id)
            if col == COL_CUSTOMER:
                return r.customer
            if col == COL_REMEDY:
                return label(r.remedy)
            if col == COL_AMOUNT:
                return formatting.money(r.approved if r.approved is not None else r.amount)
            if col == COL_ASKED_BY:
                return r.requested_by
            if col == COL_WHEN:
                return formatting.date_time(r.requested_at)
            if col == COL_WHY:
                return ", ".join(limit_problem(w) for w in r.why)
            return label(r.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.reason or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_CASE, COL_AMOUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RequestRole:
            return r
        return None

    def row_of(self, request_id: int) -> int:
        return next((i for i, r in enumerate(self.requests) if r.id == request_id), -1)
