"""The credit screen's vouchers tab: the list (searched by customer) beside the look-up and redemption panels."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QSplitter, QVBoxLayout, QWidget

from app.errors import RimedioError
from app.services import ui_queries
from ui.credit.common import list_table
from ui.credit.lookup_panel import VoucherLookupPanel
from ui.credit.models import V_CUSTOMER, RowRole, VoucherModel
from ui.credit.redeem_panel import RedeemPanel
from ui.errors import show_refusal
from ui.icons import icon
from ui.layout_memory import remember_header, remember_splitter
from ui.runner import Job
from ui.widgets.common import BusyBar
from ui.workspace import Workspace

SEARCH_DELAY_MS = 250


class VouchersPage(QWidget):
    openCustomer = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vouchersPage")
        self.workspace = workspace

        self.search = QLineEdit()
        self.search.setObjectName("voucherSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("action-search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Customer's name or e-mail"))
        self.search.setAccessibleName(self.tr("Search vouchers by customer"))
        self.busy = BusyBar()
        self.model = VoucherModel(self)
        self.table = list_table("voucherTable", self.tr("Vouchers"), self.model)
        self.lookup_panel = VoucherLookupPanel(workspace)
        self.redeem_panel = RedeemPanel(workspace)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.busy)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.lookup_panel)
        right_layout.addWidget(self.redeem_panel)
        right_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        remember_splitter(splitter, workspace.actor.username, "credit/splitter")
        self._columns_restored = remember_header(
            self.table.horizontalHeader(), workspace.actor.username, "credit/vouchers/columns"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._voucher_chosen)
        self.lookup_panel.grantChanged.connect(self.redeem_panel.set_grant)
        self.lookup_panel.openCustomer.connect(self.openCustomer)
        self.lookup_panel.corrected.connect(self.reload)
        self.redeem_panel.redeemed.connect(self._redeemed)
        self._job: Job | None = None
        self._started = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self.reload()

    def focus_search(self) -> None:
        self.lookup_panel.focus_code()

    def reload(self) -> None:
        self._timer.stop()
        self._started = True
        if self._job is not None:
            self._job.cancel()
        self.busy.set_busy(True)
        self._job = self.workspace.runner.submit(
            ui_queries.list_vouchers,
            self.workspace.ctx,
            self.search.text().strip(),
            200,
            done=self._loaded,
            failed=self._refused,
        )

    def _loaded(self, rows) -> None:
        self.busy.set_busy(False)
        self.model.set_rows(rows)
        if not self._columns_restored:  # as the user left them, if they did
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(V_CUSTOMER, min(self.table.columnWidth(V_CUSTOMER), 220))

    def _voucher_chosen(self, current, _previous) -> None:
        row = current.data(RowRole) if current.isValid() else None
        if row is not None:
            self.lookup_panel.show_code(row.code)

    def _redeemed(self) -> None:
        self.lookup_panel.look_up()
        self.reload()

    def _refused(self, error: RimedioError) -> None:
        self.busy.set_busy(False)
        show_refusal(self, error)
