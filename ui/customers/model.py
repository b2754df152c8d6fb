"""Table models of the customers screen: customers found by a search (lazy pages) and one customer's orders."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.errors import RimedioError
from app.services import customers
from app.services.customers import CustomerRow
from app.services.orders import OrderInfo
from ui import formatting, palette
from ui.cases.remedies import segment_name
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import language_name, order_status
from ui.runner import Job
from ui.widgets.row_model import RowTableModel
from ui.workspace import Workspace

COL_NAME, COL_EMAIL, COL_PHONE, COL_LANGUAGE, COL_ORDERS, COL_SEGMENT, COL_FLAG = range(7)
CustomerIdRole = Qt.ItemDataRole.UserRole + 1


class CustomerTableModel(RowTableModel):
    """Customers matching a search, fetched a page at a time in the background; older searches are dropped."""

    CONTEXT = "CustomerTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CustomerTableModel", "Name"),
        QT_TRANSLATE_NOOP("CustomerTableModel", "E-mail"),
        QT_TRANSLATE_NOOP("CustomerTableModel", "Phone"),
        QT_TRANSLATE_NOOP("CustomerTableModel", "Language"),
        QT_TRANSLATE_NOOP("CustomerTableModel", "Orders"),
        QT_TRANSLATE_NOOP("CustomerTableModel", "Segment"),
        QT_TRANSLATE_NOOP("CustomerTableModel", "Claims"),
    )

    loadingChanged = Signal(bool)
    refused = Signal(object)

    def __init__(self, workspace: Workspace, page_size: int = 100, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.page_size = page_size
        self.search = ""
        self._more = False
        self._fetching = False
        self._generation = 0
        self._job: Job | None = None

    def set_search(self, text: str) -> None:
        self.search = text.strip()
        self.reload()

    def reload(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self._generation += 1
        self._load(0, reset=True)

    def _load(self, offset: int, reset: bool) -> None:
        generation = self._generation
        self._fetching = True
        self.loadingChanged.emit(True)
        self._job = self.workspace.runner.submit(
            customers.list_customers,
            self.workspace.ctx,
            self.search,
            limit=self.page_size,
            offset=offset,
            done=lambda rows: self._arrived(generation, rows, reset),
            failed=lambda error: self._failed(generation, error),
        )

    def _arrived(self, generation: int, rows: list[CustomerRow], reset: bool) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._more = len(rows) == self.page_size
        if reset:
            self.set_rows(rows)
        elif rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.loadingChanged.emit(False)

    def _failed(self, generation: int, error: RimedioError) -> None:
        if generation == self._generation:
            self._fetching = False
            self.loadingChanged.emit(False)
            self.refused.emit(error)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._load(len(self.rows), reset=False)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            flag = QCoreApplication.translate("CustomerTableModel", "⚑ many claims") if row.flagged else ""
            return (
                row.name,
                row.email or "",
                row.phone or "",
                language_name(row.language),
                str(row.orders),
                segment_name(row.segment) if row.segment else "",
                flag,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_FLAG and row.flagged:
            return QCoreApplication.translate(
                "CustomerTableModel", "Unusually many claims: any credit for this customer needs a supervisor"
            )
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_FLAG and row.flagged:
            return QColor(palette.colours().flagged)
        if role == CustomerIdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_ORDERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


ORDER_NUMBER, ORDER_DATE, ORDER_STATUS, ORDER_TOTAL, ORDER_LINES = range(5)


class OrderTableModel(RowTableModel):
    CONTEXT = "OrderTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("OrderTableModel", "Order"),
        QT_TRANSLATE_NOOP("OrderTableModel", "Placed"),
        QT_TRANSLATE_NOOP("OrderTableModel", "Status"),
        QT_TRANSLATE_NOOP("OrderTableModel", "Total"),
        QT_TRANSLATE_NOOP("OrderTableModel", "Products"),
    )

    @property
    def orders(self) -> list[OrderInfo]:
        return self.rows

    def set_orders(self, orders) -> None:
        self.set_rows(orders)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        o = self.row_at(index)
        if o is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == ORDER_NUMBER:
                return o.number
            if col == ORDER_DATE:
                return formatting.day(o.placed_at)
            if col == ORDER_STATUS:
                return order_status(o.status)
            if col == ORDER_TOTAL:
                return formatting.money(o.total)
            return ", ".join(f"{li.quantity}× {li.name}" for li in o.lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == ORDER_TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
