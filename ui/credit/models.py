"""Table models of store credit: vouchers, one customer's ledger entries, and campaigns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui import formatting, palette
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.widgets.row_model import RowTableModel

RowRole = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _ListModel(RowTableModel):
    """Rows of plain records; subclasses say the headers, the texts and which columns are amounts."""

    MONEY_COLUMNS: tuple[int, ...] = ()

    def texts(self, row) -> tuple[str, ...]:
        raise NotImplementedError

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.texts(row)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.MONEY_COLUMNS:
            return _RIGHT
        if role == RowRole:
            return row
        return self.extra(row, index.column(), role)

    def extra(self, row, column: int, role: int) -> Any:
        return None


V_CODE, V_CUSTOMER, V_AMOUNT, V_LEFT, V_EXPIRES, V_REASON = range(6)


class VoucherModel(_ListModel):
    CONTEXT = "VoucherModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("VoucherModel", "Code"),
        QT_TRANSLATE_NOOP("VoucherModel", "Customer"),
        QT_TRANSLATE_NOOP("VoucherModel", "Amount"),
        QT_TRANSLATE_NOOP("VoucherModel", "Left"),
        QT_TRANSLATE_NOOP("VoucherModel", "Expires"),
        QT_TRANSLATE_NOOP("VoucherModel", "Given for"),
    )
    MONEY_COLUMNS = (V_AMOUNT, V_LEFT)

    def texts(self, row) -> tuple[str, ...]:
        reason = label(row.reason) + (f" {row.reason_ref}" if row.reason_ref else "")
        return (
            row.code,
            row.customer,
            formatting.money(row.amount),
            formatting.money(row.balance),
            formatting.day(row.expires_on),
            reason,
        )

    def extra(self, row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.balance.minor:
            return QBrush(QColor(palette.colours().muted))
        return None


E_WHEN, E_CODE, E_WHAT, E_AMOUNT, E_ORDER, E_BY, E_NOTE = range(7)


class LedgerModel(_ListModel):
    """A customer's credit entries, oldest first: nothing is edited, every change is a line."""

    CONTEXT = "LedgerModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("LedgerModel", "When"),
        QT_TRANSLATE_NOOP("LedgerModel", "Voucher"),
        QT_TRANSLATE_NOOP("LedgerModel", "What"),
        QT_TRANSLATE_NOOP("LedgerModel", "Amount"),
        QT_TRANSLATE_NOOP("LedgerModel", "Order"),
        QT_TRANSLATE_NOOP("LedgerModel", "By"),
        QT_TRANSLATE_NOOP("LedgerModel", "Note"),
    )
    MONEY_COLUMNS = (E_AMOUNT,)

    def texts(self, row) -> tuple[str, ...]:
        amount = formatting.money(row.amount)
        if row.amount.minor > 0:
            amount = "+" + amount
        return (
            formatting.date_time(row.at),
            row.code,
            label(row.kind),
            amount,
            row.order_number or "",
            row.by or "",
            row.note,
        )

    def extra(self, row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == E_AMOUNT:
            colours = palette.colours()
            return QBrush(QColor(colours.credit_in if row.amount.minor > 0 else colours.credit_out))
        return None


C_NAME, C_KIND, C_AMOUNT, C_CUSTOMERS, C_EXPIRES = range(5)


class CampaignModel(_ListModel):
    CONTEXT = "CampaignModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CampaignModel", "Campaign"),
        QT_TRANSLATE_NOOP("CampaignModel", "Kind"),
        QT_TRANSLATE_NOOP("CampaignModel", "Amount"),
        QT_TRANSLATE_NOOP("CampaignModel", "Customers"),
        QT_TRANSLATE_NOOP("CampaignModel", "Expires"),
    )
    MONEY_COLUMNS = (C_AMOUNT, C_CUSTOMERS)

    def texts(self, row) -> tuple[str, ...]:
        return (
            row.name,
            label(row.kind),
            formatting.money(row.amount),
            str(row.customers),
            formatting.day(row.expires_on),
        )
