"""The customers screen: search as you type; the chosen customer's details, orders, cases and credit ledger.

Admins reach the import wizard from here (*Import…*), as from the settings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Permission
from app.errors import RimedioError
from app.services import credit, customers, ui_queries
from app.services.case_rows import CaseFilter
from app.services.credit import CustomerCredit
from app.services.customers import CustomerDetail
from ui import formatting, palette
from ui.cases.remedies import segment_name
from ui.credit.models import E_NOTE, LedgerModel
from ui.customers.model import COL_NAME, ORDER_LINES, CustomerIdRole, CustomerTableModel, OrderTableModel
from ui.errors import show_refusal
from ui.icons import icon
from ui.inbox.model import COL_SUMMARY, CaseIdRole, CaseTableModel
from ui.labels import language_name
from ui.layout_memory import remember_header, remember_splitter
from ui.widgets.common import BusyBar, heading
from ui.workspace import Workspace

SEARCH_DELAY_MS = 250


def _table(name: str, accessible: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    return view


class CustomersView(QWidget):
    openCase = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customersView")
        self.workspace = workspace
        self.detail: CustomerDetail | None = None

        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("action-search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Search customers: name, e-mail or phone (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.busy = BusyBar()
        self.model = CustomerTableModel(workspace, parent=self)
        self.table = _table("customerTable", self.tr("Customers"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setMinimumSectionSize(60)
        self.model.modelReset.connect(self._size_columns)

        self.name = heading(self.tr("Choose a customer"))
        self.name.setObjectName("customerName")
        self.contact = QLabel()
        self.contact.setWordWrap(True)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.profile = (
            QLabel()
        )  # what the case view's customer panel says: segment, spend, orders, claims, flag
        self.profile.setObjectName("customerProfile")
        self.profile.setWordWrap(True)
        self.profile.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.orders = OrderTableModel(self)
        self.orders_view = _table("customerOrders", self.tr("Orders"))
        self.orders_view.setModel(self.orders)
        self.orders_view.horizontalHeader().setSectionResizeMode(ORDER_LINES, QHeaderView.ResizeMode.Stretch)
        self.cases = CaseTableModel(workspace, parent=self)
        self.cases_view = _table("customerCases", self.tr("Cases"))
        self.cases_view.setModel(self.cases)
        self.cases_view.horizontalHeader().setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        orders_box = QGroupBox(self.tr("Orders"))
        QVBoxLayout(orders_box).addWidget(self.orders_view)
        cases_box = QGroupBox(self.tr("Cases"))
        QVBoxLayout(cases_box).addWidget(self.cases_view)
        credit_box = QGroupBox(self.tr("Store credit"))
        self.balance = QLabel()
        self.balance.setObjectName("creditBalance")
        self.balance.setWordWrap(True)
        self.ledger = LedgerModel(self)
        self.ledger_view = _table("creditLedger", self.tr("Credit ledger"))
        self.ledger_view.setModel(self.ledger)
        self.ledger_view.horizontalHeader().setSectionResizeMode(E_NOTE, QHeaderView.ResizeMode.Stretch)
        credit_layout = QVBoxLayout(credit_box)
        credit_layout.addWidget(self.balance)
        credit_layout.addWidget(self.ledger_view)
        self.import_button = QPushButton(self.tr("&Import customers or orders…"))
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.import_file)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.name)
        detail_layout.addWidget(self.contact)
        detail_layout.addWidget(self.profile)
        detail_layout.addWidget(orders_box, 1)
        detail_layout.addWidget(cases_box, 1)
        detail_layout.addWidget(credit_box, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.import_button)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.busy)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 700])
        self.splitter = splitter
        username = workspace.actor.username
        remember_splitter(splitter, username, "customers/splitter")
        self._columns_restored = remember_header(self.table.horizontalHeader(), username, "customers/columns")
        remember_header(self.orders_view.horizontalHeader(), username, "customers/orders/columns")
        remember_header(self.cases_view.horizontalHeader(), username, "customers/cases/columns")
        self._ledger_restored = remember_header(
            self.ledger_view.horizontalHeader(), username, "customers/ledger/columns"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # hidden once it has a parent: shown while it had none, it flashed up as a window of its own and took the
        # focus away from the main window
        self.import_button.setHidden(not workspace.can(Permission.IMPORT))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply)
        self.model.loadingChanged.connect(self.busy.set_busy)
        self.model.refused.connect(lambda e: show_refusal(self, e))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.cases_view.activated.connect(self._case_activated)
        self._started = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.model.reload()

    def _size_columns(self) -> None:
        if self.model.rowCount() and not self._columns_restored:  # as the user left them, if they did
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(COL_NAME, min(self.table.columnWidth(COL_NAME), 220))
            self._columns_restored = True  # sized once: from here on the widths are the user's

    def apply(self) -> None:
        self._timer.stop()
        self._started = True
        self.model.set_search(self.search.text())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _current_changed(self, current, _previous) -> None:
        customer_id = current.siblingAtColumn(0).data(CustomerIdRole)
        if customer_id is not None:
            self.show_customer(int(customer_id))

    def show_customer(self, customer_id: int) -> None:
        self.workspace.runner.submit(
            customers.get_customer,
            self.workspace.ctx,
            customer_id,
            done=self._show_detail,
            failed=self._refused,
        )
        self.cases.set_filter(CaseFilter(customer_id=customer_id))
        self.workspace.runner.submit(
            credit.customer_credit,
            self.workspace.ctx,
            customer_id,
            done=self._show_credit,
            failed=self._refused,
        )

    def _show_credit(self, info: CustomerCredit) -> None:
        if self.detail is not None and self.detail.id != info.customer_id:
            return
        live = [g for g in info.grants if g.balance.minor and not g.expired]
        text = self.tr("Balance: %1").replace(
            "%1",
            " + ".join(formatting.money(m) for m in info.balances.values()) or formatting.money(info.balance),
        )
        if live:
            text += " · " + self.tr("%n live voucher(s)", "", len(live))
            text += " · " + self.tr("next expiry %1").replace("%1", formatting.day(live[0].expires_on))
        self.balance.setText(text)
        self.ledger.set_rows(info.entries)
        if not self._ledger_restored and info.entries:  # as the user left them, if they did
            self.ledger_view.resizeColumnsToContents()
            self.ledger_view.horizontalHeader().setSectionResizeMode(E_NOTE, QHeaderView.ResizeMode.Stretch)
            self._ledger_restored = True  # sized once: from here on the widths are the user's

    def import_file(self):
        from ui.imports.wizard import ImportWizard

        wizard = ImportWizard(self.workspace, self.window())
        wizard.imported.connect(lambda _report: self.model.reload())
        wizard.open()
        return wizard

    def _show_profile(self, info) -> None:
        if self.detail is not None and self.detail.id != info.customer_id:
            return
        parts = [
            segment_name(info.segment),
            self.tr("%1 spent").replace("%1", formatting.money(info.lifetime_spend)),
            self.tr("%n order(s)", "", info.orders),
            self.tr("%n case(s)", "", info.claims),
            info.claim_rate_text,
        ]
        text = " · ".join(p for p in parts if p)
        if info.flagged:
            text += "\n" + self.tr("⚑ Unusually many claims: any credit needs a supervisor.")
        palette.tone(self.profile, "flagged" if info.flagged else None)
        self.profile.setText(text)

    def _show_detail(self, detail: CustomerDetail) -> None:
        self.detail = detail
        self.workspace.runner.submit(
            ui_queries.customer_overview,
            self.workspace.ctx,
            detail.id,
            done=self._show_profile,
            failed=self._refused,
        )
        self.name.setText(detail.name)
        parts = [p for p in (detail.email, detail.phone) if p] + [language_name(detail.language)]
        self.contact.setText(" · ".join(parts))
        self.orders.set_orders(detail.orders)

    def _case_activated(self, index) -> None:
        case_id = index.data(CaseIdRole)
        if case_id is not None:
            self.openCase.emit(int(case_id))

    def _refused(self, error: RimedioError) -> None:
        show_refusal(self, error)
