"""Table model of approval requests: what is asked, for whom, by whom, why it needs a supervisor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from app.services.approvals import RequestInfo
from ui import formatting
from ui.labels import label, limit_problem

COL_CASE, COL_CUSTOMER, COL_REMEDY, COL_AMOUNT, COL_ASKED_BY, COL_WHEN, COL_WHY, COL_STATUS = range(8)
_HEADERS = (QT_TRANSLATE_NOOP("RequestModel", "Case"), QT_TRANSLATE_NOOP("RequestModel", "Customer"),
            QT_TRANSLATE_NOOP("RequestModel", "Remedy"), QT_TRANSLATE_NOOP("RequestModel", "Amount"),
            QT_TRANSLATE_NOOP("RequestModel", "Asked by"), QT_TRANSLATE_NOOP("RequestModel", "When"),
            QT_TRANSLATE_NOOP("RequestModel", "Why a supervisor"), QT_TRANSLATE_NOOP("RequestModel", "Status"))
RequestRole = Qt.ItemDataRole.UserRole + 1


class RequestModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.requests: list[RequestInfo] = []

    def set_requests(self, requests) -> None:
        self.beginResetModel()
        self.requests = list(requests)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.requests)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(_HEADERS)):
            return QCoreApplication.translate("RequestModel", _HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.requests):
            return None
        r = self.requests[index.row()]
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
