"""The remedies panel's table model: the ranked options (from the engine or from a recorded proposal), best
first, each with what the customer gets, its cost to the shop and how likely it is accepted."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.domain.money import Money
from app.errors import RimedioError
from app.i18n import current_language
from app.services.case_credit import CREDIT_REMEDIES
from app.services.remedies import CaseProposal
from ui import formatting
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import acceptance, label
from ui.widgets.row_model import RowTableModel

COL_REMEDY, COL_AMOUNT, COL_COST, COL_ACCEPTANCE = range(4)
RemedyRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class RemedyRow:
    """One option as the panel shows it (from the engine's ``Option`` or from a recorded proposal's JSON)."""

    remedy: str
    amount: Money | None
    cost: Money
    acceptance: str
    why: str
    needs_supervisor: bool = False
    legal_right: bool = False

    @property
    def gives_credit(self) -> bool:
        return self.remedy in CREDIT_REMEDIES

    @property
    def amount_editable(self) -> bool:
        return self.amount is not None or self.gives_credit


def _money(value: Any, currency: str) -> Money | None:
    if value in (None, ""):
        return None
    try:
        return Money.from_decimal(Decimal(str(value)), currency)
    except (InvalidOperation, ValueError, RimedioError):
        return None


def _why(option: dict[str, Any]) -> str:
    """The reason in the reader's language when the proposal recorded it, else as recorded."""
    texts = option.get("why_by_language")
    if isinstance(texts, dict) and texts.get(current_language()):
        return str(texts[current_language()])
    return str(option.get("why", ""))


def rows_from_json(options: list[dict[str, Any]], currency: str) -> list[RemedyRow]:
    rows = []
    for o in options:
        cur = o.get("currency") or currency
        cost = _money(o.get("cost"), cur)
        if not o.get("remedy") or cost is None:
            continue
        rows.append(
            RemedyRow(
                str(o["remedy"]),
                _money(o.get("amount"), cur),
                cost,
                str(o.get("acceptance", "")),
                _why(o),
                bool(o.get("needs_supervisor")),
                bool(o.get("legal_right")),
            )
        )
    return rows


def rows_from_proposal(proposal: CaseProposal) -> list[RemedyRow]:
    return [
        RemedyRow(
            o.remedy.value, o.amount, o.cost, o.acceptance.value, o.why, o.needs_supervisor, o.legal_right
        )
        for o in proposal.options
    ]


class RemedyModel(RowTableModel):
    """The ranked options, best first; the first row is in bold, the tooltip says why."""

    CONTEXT = "RemedyModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RemedyModel", "Remedy"),
        QT_TRANSLATE_NOOP("RemedyModel", "Amount"),
        QT_TRANSLATE_NOOP("RemedyModel", "Cost"),
        QT_TRANSLATE_NOOP("RemedyModel", "Accepted"),
    )
    # short headers keep the remedy's name whole in the narrow panel; the tooltips say them in full
    HEADER_TIPS = (
        QT_TRANSLATE_NOOP("RemedyModel", "What the shop would do"),
        QT_TRANSLATE_NOOP("RemedyModel", "What the customer gets"),
        QT_TRANSLATE_NOOP("RemedyModel", "Expected cost to the shop, the customer's likely answer included"),
        QT_TRANSLATE_NOOP("RemedyModel", "How likely the customer is to accept"),
    )
    rows: list[RemedyRow]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and 0 <= section < len(self.HEADER_TIPS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADER_TIPS[section])
        return super().headerData(section, orientation, role)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_REMEDY:
                return label(row.remedy)
            if col == COL_AMOUNT:
                return formatting.money(row.amount)
            if col == COL_COST:
                return "≈ " + formatting.money(row.cost)
            return acceptance(row.acceptance)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.why
        if role == Qt.ItemDataRole.FontRole and index.row() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_AMOUNT, COL_COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RemedyRole:
            return row
        return None
