"""Find the customer or the order an agent is talking about, from whatever they type (name, e-mail, phone, order).

:func:`find_candidates` runs on a worker thread; :class:`CandidateModel` lists the answers; :class:`OrderLinesModel`
shows an order's lines with a tick box each (space bar ticks, as in any list).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.errors import NotFound, ValidationError
from app.i18n import translate
from app.services import customers, orders
from app.services.orders import OrderLineInfo
from ui import formatting
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets.row_model import RowTableModel

CandidateRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Candidate:
    customer_id: int
    order_number: str | None
    title: str
    detail: str


def find_candidates(ctx, text: str, limit: int = 20) -> list[Candidate]:
    """Runs on a worker thread: an order with exactly this number first, then the customers the text matches."""
    text = text.strip()
    found: list[Candidate] = []
    if text and any(ch.isdigit() for ch in text) and " " not in text and "@" not in text:
        try:
            order = orders.get_order(ctx, text)
        except (NotFound, ValidationError):
            order = None
        if order is not None and order.customer_id is not None:
            found.append(
                Candidate(
                    order.customer_id,
                    order.number,
                    QCoreApplication.translate("lookup", "Order %1").replace("%1", order.number)
                    + " – "
                    + order.customer_name,
                    f"{formatting.day(order.placed_at)} · {formatting.money(order.total)}",
                )
            )
    if text:
        for row in customers.list_customers(ctx, text, limit=limit):
            detail = " · ".join(p for p in (row.email, row.phone) if p)
            found.append(Candidate(row.id, None, row.name, detail))
    return found


class CandidateModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[Candidate] = []

    def set_items(self, items: list[Candidate]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.title}   ({item.detail})" if item.detail else item.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.title}, {item.detail}"
        if role == CandidateRole:
            return item
        return None


LINE_SKU, LINE_NAME, LINE_QTY, LINE_PRICE = range(4)
LineIdRole = Qt.ItemDataRole.UserRole + 2


class OrderLinesModel(RowTableModel):
    """An order's lines; with ``checkable`` the first column has a tick box (the affected lines of a case) and the
    quantity can be lowered to the pieces affected ("one of the two bowls"): typed in the Qty cell (F2 or a digit),
    which ticks the line. ``affected`` maps a line id to its pieces affected when that is not the whole line; the
    Qty column then reads ``1 of 2``."""

    CONTEXT = "OrderLinesModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("OrderLinesModel", "SKU"),
        QT_TRANSLATE_NOOP("OrderLinesModel", "Product"),
        QT_TRANSLATE_NOOP("OrderLinesModel", "Qty"),
        QT_TRANSLATE_NOOP("OrderLinesModel", "Price"),
    )

    def __init__(self, checkable: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.checkable = checkable
        self.checked: set[int] = set()
        self.affected: dict[int, int] = {}

    @property
    def lines(self) -> list[OrderLineInfo]:
        return self.rows

    def set_lines(
        self, lines, checked: set[int] | None = None, affected: dict[int, int] | None = None
    ) -> None:
        self.beginResetModel()
        self.rows = list(lines)
        self.checked = set(checked or ())
        self.affected = dict(affected or {})
        self.endResetModel()

    def checked_ids(self) -> list[int]:
        return [line.id for line in self.lines if line.id in self.checked]

    def affected_quantities(self) -> dict[int, int]:
        """Pieces affected of the ticked lines that are not affected whole (the service takes the rest whole)."""
        return {line_id: qty for line_id, qty in self.affected.items() if line_id in self.checked}

    def _pieces(self, line: OrderLineInfo) -> int:
        return self.affected.get(line.id, line.quantity)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.checkable and index.column() == LINE_SKU:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        line = self.row_at(index)
        if self.checkable and index.column() == LINE_QTY and line is not None and line.quantity > 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        line = self.row_at(index)
        if line is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == LINE_SKU:
                return line.sku
            if col == LINE_NAME:
                return f"{line.name} – {line.variant}" if line.variant else line.name
            if col == LINE_QTY:
                pieces = self._pieces(line)
                if pieces == line.quantity:
                    return str(line.quantity)
                return translate("{affected} of {ordered}", affected=pieces, ordered=line.quantity)
            return formatting.money(line.unit_price)
        if role == Qt.ItemDataRole.EditRole and col == LINE_QTY:
            return self._pieces(line)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and col == LINE_QTY
            and self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return translate("Pieces affected: type how many (the whole line when left as is).")
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and col == LINE_SKU:
            return Qt.CheckState.Checked if line.id in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (LINE_QTY, LINE_PRICE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == LineIdRole:
            return line.id
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if (
            index.isValid()
            and role == Qt.ItemDataRole.EditRole
            and index.column() == LINE_QTY
            and self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return self._set_pieces(index, value)
        if not (
            index.isValid()
            and self.checkable
            and role == Qt.ItemDataRole.CheckStateRole
            and index.column() == LINE_SKU
        ):
            return False
        line_id = self.lines[index.row()].id
        state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
        if state == Qt.CheckState.Checked:
            self.checked.add(line_id)
        else:
            self.checked.discard(line_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _set_pieces(self, index: QModelIndex | QPersistentModelIndex, value: Any) -> bool:
        """The pieces affected of a line, kept within 1 and what was ordered; changing them ticks the line."""
        line = self.lines[index.row()]
        try:
            pieces = int(str(value).strip())
        except ValueError:
            return False
        pieces = max(1, min(pieces, line.quantity))
        if pieces == line.quantity:
            self.affected.pop(line.id, None)
        else:
            self.affected[line.id] = pieces
        self.checked.add(line.id)
        first = self.index(index.row(), LINE_SKU)
        self.dataChanged.emit(first, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole])
        return True
