"""The timeline of a case as a table model: when, who, what happened, and the words of it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.domain.money import Money
from app.errors import RimedioError
from app.services.cases import EventInfo
from ui import formatting
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.widgets.row_model import RowTableModel

COL_WHEN, COL_WHO, COL_WHAT, COL_TEXT = range(4)
EventRole = Qt.ItemDataRole.UserRole + 1
InternalRole = Qt.ItemDataRole.UserRole + 2


def describe(event: EventInfo) -> str:
    """The words of an event: a note's text, a status move "New → Proposed (reason)"."""
    if event.type == "status" and event.data:
        move = f"{label(event.data.get('from'))} → {label(event.data.get('to'))}"
        return f"{move} – {event.text}" if event.text else move
    if event.type == "edited" and event.data:
        return ", ".join(event.data.get("fields", [])) or event.text
    if event.type == "proposal" and event.data and isinstance(event.data.get("options"), list):
        return ", ".join(_remedy_text(o) for o in event.data["options"] if isinstance(o, dict)) or event.text
    if event.type in ("remedy_chosen", "approval_requested", "approved", "rejected") and event.data:
        words = _remedy_text(event.data) if event.data.get("remedy") else _amount(event.data)
        return (
            f"{words} – {event.text}" if event.text and event.type != "remedy_chosen" else words or event.text
        )
    return event.text


def _amount(data: dict) -> str:
    try:
        return formatting.money(
            Money.from_decimal(Decimal(str(data["amount"])), data.get("currency") or "EUR")
        )
    except (KeyError, TypeError, ValueError, ArithmeticError, RimedioError):
        return ""


def _remedy_text(data: dict) -> str:
    amount = _amount(data) if data.get("amount") not in (None, "") else ""
    return f"{label(data.get('remedy'))} {amount}".strip()


class TimelineModel(RowTableModel):
    CONTEXT = "TimelineModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("TimelineModel", "When"),
        QT_TRANSLATE_NOOP("TimelineModel", "Who"),
        QT_TRANSLATE_NOOP("TimelineModel", "What"),
        QT_TRANSLATE_NOOP("TimelineModel", "Details"),
    )

    @property
    def events(self) -> list[EventInfo]:
        return self.rows

    def set_events(self, events) -> None:
        self.set_rows(sorted(events, key=lambda e: (e.at, e.id)))

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        event = self.row_at(index)
        if event is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_WHEN:
                return formatting.date_time(event.at)
            if col == COL_WHO:
                return event.actor or ""
            if col == COL_WHAT:
                what = label(event.type)
                if event.internal:
                    what += " " + QCoreApplication.translate("TimelineModel", "(internal)")
                return what
            return describe(event)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TEXT:
            return describe(event)
        if role == Qt.ItemDataRole.FontRole and event.internal:
            font = QFont()
            font.setItalic(True)
            return font
        if role == EventRole:
            return event
        if role == InternalRole:
            return event.internal
        return None
