"""Table models of the Reports screen: the weeks of the period and the figures per agent.

Both are fed a finished :class:`~app.services.reports.Summary` (computed on a worker thread) with ``set_summary``
and only look values up; ``SortRole`` gives the raw number behind each text so a proxy sorts numerically.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt

from app.domain.enums import CaseKind
from app.domain.money import Money
from app.services.reports import AgentFigures, Summary, WeekFigures
from ui import formatting
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.widgets.row_model import RowTableModel

SortRole = Qt.ItemDataRole.UserRole + 1

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def percent_text(value: Decimal | None) -> str:
    """``87.5`` → ``87.5 %`` (``87,5 %`` in Italian and Romanian); ``None`` → a dash."""
    return "–" if value is None else f"{QLocale().toString(float(value), 'f', 1)} %"


def hours_text(value: Decimal | None) -> str:
    return "–" if value is None else f"{QLocale().toString(float(value), 'f', 1)} h"


def _sort_key(value: Any) -> Any:
    if isinstance(value, Money):
        return value.minor
    if isinstance(value, Decimal):
        return float(value)
    return value if value is not None else -1


class _FiguresModel(RowTableModel):
    """Rows of (raw values, texts): the texts are shown, the raw values sort."""

    rows: list[tuple[tuple[Any, ...], tuple[str, ...]]]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        raw, texts = row
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[index.column()]
        if role == SortRole:
            return _sort_key(raw[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return _RIGHT
        return None


class WeekTableModel(_FiguresModel):
    """One row per week of the period: cases (by kind), resolutions against the deadline, credit issued and owed."""

    CONTEXT = "WeekTableModel"
    COL_WEEK, COL_CASES = 0, 1
    COL_KINDS = range(2, 2 + len(CaseKind))
    COL_RESOLVED, COL_ON_TIME, COL_LATE, COL_ISSUED, COL_SPENT, COL_OWED = range(
        2 + len(CaseKind), 8 + len(CaseKind)
    )
    HEADERS = (
        QT_TRANSLATE_NOOP("WeekTableModel", "Week of"),
        QT_TRANSLATE_NOOP("WeekTableModel", "Cases"),
        *["" for _ in CaseKind],
        QT_TRANSLATE_NOOP("WeekTableModel", "Resolved"),
        QT_TRANSLATE_NOOP("WeekTableModel", "On time"),
        QT_TRANSLATE_NOOP("WeekTableModel", "Late"),
        QT_TRANSLATE_NOOP("WeekTableModel", "Credit issued"),
        QT_TRANSLATE_NOOP("WeekTableModel", "Credit spent"),
        QT_TRANSLATE_NOOP("WeekTableModel", "Credit owed"),
    )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and section in self.COL_KINDS
        ):
            return label(list(CaseKind)[section - self.COL_KINDS.start])
        return super().headerData(section, orientation, role)

    def set_summary(self, summary: Summary | None) -> None:
        self.set_rows([self._row(w) for w in summary.weeks] if summary else [])

    @staticmethod
    def _row(w: WeekFigures) -> tuple[tuple[Any, ...], tuple[str, ...]]:
        raw = (
            w.week_start.isoformat(),
            w.cases,
            *[w.by_kind.get(k.value, 0) for k in CaseKind],
            w.resolved,
            w.resolution_on_time,
            w.resolution_late,
            w.credit_issued,
            w.credit_spent,
            w.liability_end,
        )
        texts = (
            formatting.day(w.week_start),
            *[formatting.money(v) if isinstance(v, Money) else str(v) for v in raw[1:]],
        )
        return raw, texts


class AgentTableModel(_FiguresModel):
    """One row per agent owning cases of the period."""

    CONTEXT = "AgentTableModel"
    (
        COL_AGENT,
        COL_CASES,
        COL_FA_ON_TIME,
        COL_FA_HOURS,
        COL_RES_ON_TIME,
        COL_RES_HOURS,
        COL_OFFERED,
        COL_ACCEPTED,
        COL_SAVED,
        COL_CREDIT,
    ) = range(10)
    HEADERS = (
        QT_TRANSLATE_NOOP("AgentTableModel", "Agent"),
        QT_TRANSLATE_NOOP("AgentTableModel", "Cases"),
        QT_TRANSLATE_NOOP("AgentTableModel", "First answer on time"),
        QT_TRANSLATE_NOOP("AgentTableModel", "Hours to first answer"),
        QT_TRANSLATE_NOOP("AgentTableModel", "Resolved on time"),
        QT_TRANSLATE_NOOP("AgentTableModel", "Hours to resolution"),
        QT_TRANSLATE_NOOP("AgentTableModel", "Keep-and-credit offered"),
        QT_TRANSLATE_NOOP("AgentTableModel", "Accepted"),
        QT_TRANSLATE_NOOP("AgentTableModel", "Saved"),
        QT_TRANSLATE_NOOP("AgentTableModel", "Credit issued"),
    )

    def set_summary(self, summary: Summary | None) -> None:
        self.set_rows([self._row(a) for a in summary.agents] if summary else [])

    @staticmethod
    def _row(a: AgentFigures) -> tuple[tuple[Any, ...], tuple[str, ...]]:
        nobody = QCoreApplication.translate("AgentTableModel", "(nobody)")
        raw = (
            a.name or nobody,
            a.cases,
            a.first_answer.on_time_share,
            a.first_answer.average_hours,
            a.resolution.on_time_share,
            a.resolution.average_hours,
            a.keep_and_credit_offered,
            a.keep_and_credit_accepted,
            a.savings,
            a.credit_issued,
        )
        texts = (
            raw[0],
            str(a.cases),
            percent_text(raw[2]),
            hours_text(raw[3]),
            percent_text(raw[4]),
            hours_text(raw[5]),
            str(raw[6]),
            str(raw[7]),
            formatting.money(a.savings),
            formatting.money(a.credit_issued),
        )
        return raw, texts
