"""The table model of the inbox: cases fetched page by page off the GUI thread (``canFetchMore``/``fetchMore``).

Filtering and sorting happen in the database (``app.services.cases``), so 200,000 cases cost the GUI thread only
the rows on screen. A new filter or sort starts a new *generation*; results of an older one are dropped when
they arrive, so a fast typist never sees the results of an earlier keystroke. Texts are formatted on the worker
thread too; :meth:`data` only looks them up.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from app.domain.business_hours import paused_text
from app.domain.enums import CaseStatus
from app.errors import RimedioError
from app.services.case_rows import INBOX_PAGE_SIZE, CaseFilter, CaseRow
from app.services.inbox import case_page, prefetched_case_page
from ui import formatting, palette
from ui.i18n import QT_TRANSLATE_NOOP
from ui.icons import icon
from ui.labels import label
from ui.runner import Job
from ui.widgets.row_model import RowTableModel
from ui.workspace import Workspace

(
    COL_ID,
    COL_CUSTOMER,
    COL_ORDER,
    COL_KIND,
    COL_CHANNEL,
    COL_STATUS,
    COL_OWNER,
    COL_DUE,
    COL_AMOUNT,
    COL_SUMMARY,
) = range(10)
COLUMN_COUNT = 10

#: Lines formatted on the GUI thread when a page read ahead at start-up arrives (a screenful and the sample the
#: view sizes its columns by); the rest of the page is formatted on the worker thread.
FIRST_SCREEN_LINES = 60
# A live refresh re-reads the lines loaded so far, up to this many (beyond, the agent scrolls on as before).
REFRESH_MAX_LINES = 2000

CaseIdRole = Qt.ItemDataRole.UserRole + 1
CaseRowRole = Qt.ItemDataRole.UserRole + 2
OverdueRole = Qt.ItemDataRole.UserRole + 3

# Columns the database can sort by, and the service's name for each.
SORT_KEYS = {COL_ID: "id", COL_KIND: "kind", COL_CHANNEL: "channel", COL_STATUS: "status", COL_DUE: "due"}

_HEADERS = {
    COL_ID: QT_TRANSLATE_NOOP("CaseTableModel", "Case"),
    COL_CUSTOMER: QT_TRANSLATE_NOOP("CaseTableModel", "Customer"),
    COL_ORDER: QT_TRANSLATE_NOOP("CaseTableModel", "Order"),
    COL_KIND: QT_TRANSLATE_NOOP("CaseTableModel", "Kind"),
    COL_CHANNEL: QT_TRANSLATE_NOOP("CaseTableModel", "Channel"),
    COL_STATUS: QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
    COL_OWNER: QT_TRANSLATE_NOOP("CaseTableModel", "Owner"),
    COL_DUE: QT_TRANSLATE_NOOP("CaseTableModel", "Due"),
    COL_AMOUNT: QT_TRANSLATE_NOOP("CaseTableModel", "Amount"),
    COL_SUMMARY: QT_TRANSLATE_NOOP("CaseTableModel", "Summary"),
}
_CLOSED = (CaseStatus.RESOLVED, CaseStatus.CLOSED)


@dataclass(frozen=True, slots=True)
class Line:
    """One case and its display texts, made on the worker thread."""

    row: CaseRow
    texts: tuple[str, ...]


def make_line(row: CaseRow, now: datetime) -> Line:
    texts = (
        str(row.id),
        row.customer_name,
        row.order_number or "",
        label(row.kind),
        label(row.channel),
        label(row.status),
        row.owner or "",
        _due_text(row, now),
        formatting.money(row.amount),
        row.summary,
    )
    return Line(row, texts)


def _due_text(row: CaseRow, now: datetime) -> str:
    """When the case is due; a case waiting for the customer is paused, with the business time it has left."""
    if row.status in _CLOSED:
        return ""
    if row.remaining is not None:
        return paused_text(row.remaining, short=True)
    return formatting.due_in(row.resolution_due, now)


def make_lines(rows: list[CaseRow], now: datetime) -> list[Line]:
    return [make_line(r, now) for r in rows]


def load_page(
    ctx, flt: CaseFilter, offset: int, limit: int, sort: str, descending: bool, with_total: bool
) -> tuple[int | None, list[Line]]:
    """Runs on a worker thread: one page of the inbox, with the total count on the first page."""
    total, rows = case_page(
        ctx, flt, offset=offset, limit=limit, sort=sort, descending=descending, with_total=with_total
    )
    return total, make_lines(rows, datetime.now(UTC))


class CaseTableModel(RowTableModel):
    """Cases of one filter, loaded lazily. ``loadingChanged`` and ``totalChanged`` feed the view's status line."""

    loadingChanged = Signal(bool)
    totalChanged = Signal(int)
    refused = Signal(object)  # a RimedioError from the service

    CONTEXT = "CaseTableModel"
    HEADERS = tuple(_HEADERS[c] for c in range(COLUMN_COUNT))
    rows: list[Line]

    def __init__(self, workspace: Workspace, page_size: int = INBOX_PAGE_SIZE, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.page_size = page_size
        self.filter = CaseFilter(open_only=True)
        self.sort_key = "id"
        self.descending = True
        self._total = 0
        self._generation = 0
        self._jobs: list[Job] = []
        self._fetching = False
        self._refreshing = False
        self._refresh_again = False
        self._icons: dict[str, QIcon] = {}

    # --- loading -------------------------------------------------------------------------------------------
    def set_filter(self, flt: CaseFilter) -> None:
        self.filter = flt
        self.reload()

    def set_search(self, text: str) -> None:
        self.set_filter(dataclasses.replace(self.filter, search=text))

    def reload(self) -> None:
        """Start over with the current filter and sort; what is on the way for an older filter is dropped."""
        for job in self._jobs:
            job.cancel()
        self._jobs.clear()
        self._generation += 1
        self._refreshing = self._refresh_again = False
        self._fetching = True
        self.loadingChanged.emit(True)
        generation = self._generation
        ahead = prefetched_case_page(
            self.workspace.ctx,
            self.filter,
            offset=0,
            limit=self.page_size,
            sort=self.sort_key,
            descending=self.descending,
            with_total=True,
        )
        if ahead is not None:  # read at start-up: the first window is painted with its cases
            total, rows = ahead
            now = datetime.now(UTC)
            # the lines on screen are formatted here, the rest of the page on the worker thread
            head, rest = rows[:FIRST_SCREEN_LINES], rows[FIRST_SCREEN_LINES:]
            self._arrived_first(generation, (total, [make_line(r, now) for r in head]))
            if rest:
                self._fetching = True  # no fetchMore before the rest of this page is in
                self.loadingChanged.emit(True)
                self._jobs.append(
                    self.workspace.runner.submit(
                        make_lines,
                        rest,
                        now,
                        done=lambda lines: self._arrived_more(generation, (None, lines)),
                        failed=lambda error: self._failed(generation, error),
                    )
                )
            return
        self._jobs.append(
            self.workspace.runner.submit(
                load_page,
                self.workspace.ctx,
                self.filter,
                0,
                self.page_size,
                self.sort_key,
                self.descending,
                True,
                done=lambda result: self._arrived_first(generation, result),
                failed=lambda error: self._failed(generation, error),
            )
        )

    def _arrived_first(self, generation: int, result: tuple[int | None, list[Line]]) -> None:
        if generation != self._generation:
            return
        total, lines = result
        self._fetching = False
        self.beginResetModel()
        self.rows = lines
        self._total = max(total or 0, len(lines))
        self.endResetModel()
        self.totalChanged.emit(self._total)
        self.loadingChanged.emit(False)
        self._refresh_if_asked()

    # --- a live refresh: the same filter re-read, the agent's place kept --------------------------------------
    def refresh(self) -> None:
        """Re-read the lines already loaded (at least a page) for the current filter and sort, in the background,
        and put them in place without a reset: the selection and current line follow their case, the scroll
        position stays. A refresh asked while a load is under way runs once that load is in."""
        if not self._generation:
            return  # nothing shown yet: the first load will be fresh
        if self._fetching or self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        generation = self._generation
        count = min(max(len(self.rows), self.page_size), REFRESH_MAX_LINES)
        self._jobs = [j for j in self._jobs if not j.finished]
        self._jobs.append(
            self.workspace.runner.submit(
                load_page,
                self.workspace.ctx,
                self.filter,
                0,
                count,
                self.sort_key,
                self.descending,
                True,
                done=lambda result: self._refreshed(generation, result),
                failed=lambda _error: self._refresh_failed(generation),
            )
        )

    def _refreshed(self, generation: int, result: tuple[int | None, list[Line]]) -> None:
        if generation != self._generation:
            return
        self._refreshing = False
        total, lines = result
        self.layoutAboutToBeChanged.emit()
        where = {line.row.id: i for i, line in enumerate(lines)}
        before = self.persistentIndexList()
        after = []
        for index in before:
            old = self.rows[index.row()] if 0 <= index.row() < len(self.rows) else None
            row = where.get(old.row.id, -1) if old is not None else -1
            after.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.rows = lines
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        self._total = max(total or 0, len(lines))
        self.totalChanged.emit(self._total)
        self._refresh_if_asked()

    def _refresh_failed(self, generation: int) -> None:
        """A refresh that fails (the database briefly away) is simply dropped: the next change asks again."""
        if generation == self._generation:
            self._refreshing = False

    def _refresh_if_asked(self) -> None:
        if self._refresh_again and not self._fetching and not self._refreshing:
            self._refresh_again = False
            self.refresh()

    @property
    def refreshing(self) -> bool:
        return self._refreshing

    def _arrived_more(self, generation: int, result: tuple[int | None, list[Line]]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        _, lines = result
        if not lines:
            self._total = len(self.rows)  # cases were deleted or closed meanwhile
        else:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
            self.rows.extend(lines)
            self.endInsertRows()
        self.loadingChanged.emit(False)
        self._refresh_if_asked()

    def _failed(self, generation: int, error: RimedioError) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.loadingChanged.emit(False)
        self.refused.emit(error)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return (
            not parent.isValid()
            and not self._fetching
            and not self._refreshing
            and len(self.rows) < self._total
        )

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self.loadingChanged.emit(True)
        generation = self._generation
        self._jobs = [j for j in self._jobs if not j.finished]
        self._jobs.append(
            self.workspace.runner.submit(
                load_page,
                self.workspace.ctx,
                self.filter,
                len(self.rows),
                self.page_size,
                self.sort_key,
                self.descending,
                False,
                done=lambda result: self._arrived_more(generation, result),
                failed=lambda error: self._failed(generation, error),
            )
        )

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._fetching

    # --- sorting in the database ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self._generation:
            return
        self.sort_key, self.descending = key, descending
        if (
            self._generation
        ):  # before the first load (the view turning sorting on) the order is only remembered
            self.reload()

    # --- the table -----------------------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and 0 <= section < COLUMN_COUNT
            and section not in SORT_KEYS
        ):
            return QCoreApplication.translate("CaseTableModel", "This column cannot be sorted.")
        return super().headerData(section, orientation, role)

    def line(self, row: int) -> Line | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _kind_icon(self, kind: str) -> QIcon:
        if kind not in self._icons:
            self._icons[kind] = icon(f"kind-{kind}")
        return self._icons[kind]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        line = self.row_at(index)
        if line is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return line.texts[col]
        if role == CaseIdRole:
            return line.row.id
        if role == CaseRowRole:
            return line.row
        if role == OverdueRole:
            return line.row.overdue
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_DUE and line.row.resolution_due is not None:
                tip = QCoreApplication.translate("CaseTableModel", "Resolution due: %1").replace(
                    "%1", formatting.date_time(line.row.resolution_due)
                )
                return tip if line.row.remaining is None else f"{tip}\n{paused_text(line.row.remaining)}"
            return line.row.summary
        if role == Qt.ItemDataRole.DecorationRole:
            if col == COL_KIND:
                return self._kind_icon(line.row.kind.value)
            if col == COL_DUE and line.row.overdue:
                return self._overdue_icon()
            return None
        if role == Qt.ItemDataRole.ForegroundRole and line.row.overdue and col in (COL_ID, COL_DUE):
            return QBrush(QColor(palette.colours().overdue))
        if role == Qt.ItemDataRole.FontRole and line.row.overdue and col == COL_DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_ID, COL_AMOUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _overdue_icon(self) -> QIcon:
        if "__overdue" not in self._icons:
            self._icons["__overdue"] = icon("state-overdue")
        return self._icons["__overdue"]

    def row_of_case(self, case_id: int) -> int:
        for i, line in enumerate(self.rows):
            if line.row.id == case_id:
                return i
        return -1
