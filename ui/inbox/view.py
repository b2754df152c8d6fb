"""The inbox screen: a search box that filters as you type, filters, and the lazily loaded case table.

Typing only restarts a short timer on the GUI thread; the search itself runs in the background when the typist
pauses, and results of earlier keystrokes are dropped (see :mod:`ui.inbox.model`). ``openCase`` asks the main
window to show a case; the inbox never opens one itself.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseKind, CaseStatus, Channel
from app.errors import RimedioError
from app.services.case_rows import CaseFilter
from ui.errors import show_refusal
from ui.icons import icon
from ui.inbox.model import (
    COL_CHANNEL,
    COL_CUSTOMER,
    COL_DUE,
    COL_ID,
    COL_KIND,
    COL_ORDER,
    COL_OWNER,
    COL_SUMMARY,
    FIRST_SCREEN_LINES,
    CaseIdRole,
    CaseTableModel,
)
from ui.inbox.selection import SelectionActions
from ui.inbox.views import SavedView, load_views, store_views, with_view
from ui.labels import label
from ui.layout_memory import remember_header, restore_header_state
from ui.widgets.common import BusyBar
from ui.workspace import Workspace

SEARCH_DELAY_MS = 250

_OPEN, _ALL = "__open", "__all"


class InboxView(QWidget):
    openCase = Signal(int)

    def __init__(self, workspace: Workspace, *, mine: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myCasesView" if mine else "inboxView")
        self.workspace = workspace
        self.model = CaseTableModel(workspace, parent=self)
        self.model.filter = CaseFilter(open_only=True, mine=mine)

        self.search = QLineEdit()
        self.search.setObjectName("inboxSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("action-search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Name, e-mail, phone, order or words"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setToolTip(
            self.tr("Search cases (Ctrl+F): every word must match; accents and capitals do not matter.")
        )
        self.search.setMinimumWidth(240)

        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.addItem(self.tr("Open cases"), _OPEN)
        self.status.addItem(self.tr("All statuses"), _ALL)
        for s in CaseStatus:
            self.status.addItem(label(s), s.value)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind filter"))
        self.kind.addItem(self.tr("All kinds"), "")
        for k in CaseKind:
            self.kind.addItem(icon(f"kind-{k.value}"), label(k), k.value)
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel filter"))
        self.channel.addItem(self.tr("All channels"), "")
        for c in Channel:
            self.channel.addItem(label(c), c.value)
        self.mine = QCheckBox(self.tr("&Mine"))
        self.mine.setChecked(mine)
        self.overdue = QCheckBox(self.tr("&Overdue"))
        self.unassigned = QCheckBox(self.tr("&Unassigned"))
        self.unassigned.setObjectName("unassignedQueue")
        self.unassigned.setToolTip(self.tr("The queue of cases nobody owns yet"))

        self.count = QLabel()
        self.count.setObjectName("inboxCount")
        self.count.setAccessibleName(self.tr("Number of cases"))
        self.busy = BusyBar()

        self.table = QTableView()
        self.table.setObjectName("inboxTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several cases at once (Shift/Ctrl): assign, change status, print (issue 17)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setSortIndicator(COL_ID, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        header.resizeSection(COL_ID, 70)
        header.resizeSection(COL_CUSTOMER, 180)
        header.resizeSection(COL_SUMMARY, 260)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)
        # Widths, order, hidden columns and sort as this user left them (per user on this computer).
        self._layout_name = "mine/columns" if mine else "inbox/columns"
        self._restored = remember_header(header, workspace.actor.username, self._layout_name)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.channel, 1)
        # saved views: filters, search, sort and columns under a name, per user
        self._page_name = "mine" if mine else "inbox"
        self.views = QComboBox()
        self.views.setObjectName("savedViews")
        self.views.setAccessibleName(self.tr("Saved views"))
        self.save_view_button = QPushButton(self.tr("Save &view…"))
        self.save_view_button.setObjectName("saveView")
        self.delete_view_button = QPushButton(self.tr("Forget view"))
        self.delete_view_button.setObjectName("deleteView")
        bottom = QHBoxLayout()  # the two check boxes here keep the filter row within a 1024-px screen
        bottom.addWidget(self.mine)
        bottom.addWidget(self.overdue)
        bottom.addWidget(self.unassigned)
        bottom.addSpacing(12)
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.views)
        bottom.addWidget(self.save_view_button)
        bottom.addWidget(self.delete_view_button)
        self.selection_actions = SelectionActions(workspace, self)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.selection_actions)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.kind)
        self.setTabOrder(self.kind, self.channel)
        self.setTabOrder(self.channel, self.mine)
        self.setTabOrder(self.mine, self.overdue)
        self.setTabOrder(self.overdue, self.unassigned)
        self.setTabOrder(self.unassigned, self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._enter_in_search)
        self._open_single = False
        for combo in (self.status, self.kind, self.channel):
            combo.currentIndexChanged.connect(self.apply)
        self.mine.toggled.connect(self.apply)
        self.overdue.toggled.connect(self.apply)
        self.unassigned.toggled.connect(self.apply)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_actions.selection_changed()
        )
        self.selection_actions.done.connect(self.model.refresh)
        self.table.activated.connect(self._activated)
        self.model.loadingChanged.connect(self.busy.set_busy)
        self.model.totalChanged.connect(self._show_total)
        self.model.refused.connect(self._refused)
        workspace.caseChanged.connect(self._case_changed)
        self.search.installEventFilter(self)
        self.views.activated.connect(lambda _i: self.use_view(self.views.currentData()))
        self.save_view_button.clicked.connect(self.ask_view_name)
        self.delete_view_button.clicked.connect(self.forget_view)
        self._fill_views()
        self._started = False
        self._sized = False

    # --- saved views ---------------------------------------------------------------------------------------------
    def _fill_views(self, current: str = "") -> None:
        self.views.blockSignals(True)
        self.views.clear()
        self.views.addItem(self.tr("Saved views…"), "")
        for view in load_views(self.workspace.actor.username, self._page_name):
            self.views.addItem(view.name, view.name)
        self.views.setCurrentIndex(max(0, self.views.findData(current)))
        self.views.blockSignals(False)
        self.delete_view_button.setEnabled(bool(current))

    def save_view(self, name: str) -> SavedView | None:
        """Keep the current filters, search, sort and columns under ``name`` (replacing a view of that name)."""
        name = " ".join(name.split())[:60]
        if not name:
            return None
        view = SavedView(
            name,
            self.status.currentData(),
            self.kind.currentData(),
            self.channel.currentData(),
            self.mine.isChecked(),
            self.overdue.isChecked(),
            self.search.text(),
            bytes(self.table.horizontalHeader().saveState().toBase64().data()).decode("ascii"),
            self.unassigned.isChecked(),
        )
        username = self.workspace.actor.username
        store_views(username, self._page_name, with_view(load_views(username, self._page_name), view))
        self._fill_views(view.name)
        return view

    def ask_view_name(self) -> None:
        dialog = ViewNameDialog(self.views.currentData() or "", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_view(dialog.name.text())

    def use_view(self, name: str | None) -> None:
        """Show the saved view ``name``: its filters, search, sort and columns."""
        view = next(
            (v for v in load_views(self.workspace.actor.username, self._page_name) if v.name == name), None
        )
        self.delete_view_button.setEnabled(view is not None)
        if view is None:
            return
        for combo, value in (
            (self.status, view.status),
            (self.kind, view.kind),
            (self.channel, view.channel),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        for box, checked in (
            (self.mine, view.mine),
            (self.overdue, view.overdue),
            (self.unassigned, view.unassigned),
        ):
            box.blockSignals(True)
            box.setChecked(checked)
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(view.search)
        self.search.blockSignals(False)
        header = self.table.horizontalHeader()
        restore_header_state(header, QByteArray.fromBase64(view.header.encode("ascii")))
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.apply()

    def forget_view(self) -> None:
        name = self.views.currentData()
        if not name:
            return
        username = self.workspace.actor.username
        store_views(
            username, self._page_name, [v for v in load_views(username, self._page_name) if v.name != name]
        )
        self._fill_views()

    # --- filter ----------------------------------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        status = self.status.currentData()
        return CaseFilter(
            statuses=() if status in (_OPEN, _ALL) else (status,),
            open_only=status == _OPEN,
            kinds=(self.kind.currentData(),) if self.kind.currentData() else (),
            channels=(self.channel.currentData(),) if self.channel.currentData() else (),
            mine=self.mine.isChecked(),
            unassigned=self.unassigned.isChecked(),
            overdue=self.overdue.isChecked(),
            search=self.search.text().strip(),
        )

    def apply(self) -> None:
        """Run the current search and filters now (the debounce timer calls this when the typist pauses)."""
        self._debounce.stop()
        self._started = True
        flt = self.current_filter()
        if flt == self.model.filter and self.model.total and not self.model.loading:
            return
        self.model.set_filter(flt)

    def start(self) -> None:
        """First load, when the view is shown."""
        if not self._started:
            self._started = True
            self.model.set_filter(self.current_filter())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.start()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        ):
            self._into_table()
            return True
        return super().eventFilter(watched, event)

    def _into_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    # --- results ---------------------------------------------------------------------------------------------
    def _enter_in_search(self) -> None:
        """Enter in the search box: search now; with the results there, open the selected one or the only one."""
        waiting = (
            self._debounce.isActive() or self.current_filter() != self.model.filter or self.model.loading
        )
        if waiting:
            self._open_single = True  # once the results arrive, a single one opens
            self.apply()
            if self.model.loading or not self._open_single:  # on its way, or arrived and handled
                return
        self._open_single = False
        case_id = self.selected_case()
        if case_id is None and self.model.rowCount() == 1:
            case_id = self.model.index(0, 0).data(CaseIdRole)
        if case_id is not None:
            self.openCase.emit(int(case_id))

    def _show_total(self, total: int) -> None:
        self.count.setText(self.tr("%n case(s)", "", total))
        if self._open_single and not self.model.loading:
            self._open_single = False
            if total == 1 and self.model.rowCount() == 1:
                self.openCase.emit(int(self.model.index(0, 0).data(CaseIdRole)))
        if not self._sized and not self._restored and self.table.viewport().width() > 0:
            self._sized = bool(self.model.rowCount())  # once: widths that jump while typing would be worse
            if self.model.rowCount():
                self._fit_columns()
            self._fit_narrow()

    def _columns_menu(self, pos) -> None:
        """Right-click on the header: show or hide columns (kept with the user's layout)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for col in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.setEnabled(col not in (COL_ID, COL_SUMMARY))
            action.toggled.connect(lambda on, c=col: header.setSectionHidden(c, not on))
        menu.popup(header.mapToGlobal(pos))

    def _fit_narrow(self) -> None:
        """On a narrow screen, with no layout of the user's yet, the columns that say least give way so the due
        time, the amount and the summary stay in sight (the header's menu shows them again)."""
        header = self.table.horizontalHeader()
        if self.table.viewport().width() < 1000:  # long texts shown shortened, whole in their tooltip
            for col, cap in ((COL_CUSTOMER, 150), (COL_DUE, 150)):
                header.resizeSection(col, min(header.sectionSize(col), cap))
        need = sum(
            header.sectionSize(c)
            for c in range(self.model.columnCount() - 1)
            if not header.isSectionHidden(c)
        )
        for col in (COL_CHANNEL, COL_ORDER, COL_OWNER):
            if need + 160 <= self.table.viewport().width():
                break
            if not header.isSectionHidden(col):
                need -= header.sectionSize(col)
                header.setSectionHidden(col, True)

    def _fit_columns(self, sample: int = FIRST_SCREEN_LINES) -> None:
        """Each column as wide as its header and the first ``sample`` lines' texts (at most 260 px), measured
        from the texts the model already holds — ``resizeColumnToContents`` would ask the model for every role of
        every cell, a noticeable part of the start-up (issue 6)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        # the item view's text margins (focus frame margin + 1 on each side, as Qt's common styles draw them) and
        # its small icons; asking QStyle would load its Python type (~15 ms) just before the first paint
        margin = 2 * (2 + 1)
        icon_width = self.table.iconSize().width() if self.table.iconSize().isValid() else 16
        lines = self.model.rows[:sample]
        for col in range(self.model.columnCount() - 1):
            widest = 0
            for line in lines:
                fm = bold_metrics if col == COL_DUE and line.row.overdue else metrics
                widest = max(widest, fm.horizontalAdvance(line.texts[col]))
            if col in (COL_KIND, COL_DUE):  # the kind's icon; the overdue mark
                widest += icon_width + margin
            width = max(widest + margin + 2, header.sectionSizeFromContents(col).width())
            header.resizeSection(col, min(width + 8, 260))

    def _refused(self, error: RimedioError) -> None:
        show_refusal(self, error)

    def _activated(self, index) -> None:
        case_id = index.data(CaseIdRole)
        if case_id is not None:
            self.openCase.emit(int(case_id))

    def _case_changed(self, _case_id: int) -> None:
        if self._started:
            self.model.refresh()

    def refresh_live(self) -> None:
        """Another workstation (or this one) changed cases: re-read in place, selection and scroll kept."""
        if self._started:
            self.model.refresh()

    def selected_cases(self) -> list[int]:
        """The cases of the selected lines, in list order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [int(self.model.index(r, 0).data(CaseIdRole)) for r in rows]

    def selected_case(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(CaseIdRole) if index.isValid() else None


class ViewNameDialog(QDialog):
    """The name to keep the current view under (an existing name replaces that view)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewNameDialog")
        self.setWindowTitle(self.tr("Rimedio – save the view"))
        self.name = QLineEdit(name)
        self.name.setObjectName("viewName")
        self.name.setPlaceholderText(self.tr("e.g. My overdue e-mails"))
        self.name.setAccessibleName(self.tr("Name of the view"))
        caption = QLabel(self.tr("&Name:"))
        caption.setBuddy(self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.name, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)
