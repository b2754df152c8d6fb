"""The new-case dialog (Ctrl+N), made for an agent on the phone with both hands on the keyboard.

Type a name, e-mail, phone or order number → Enter picks the first match (↓ to choose another) → space ticks the
affected lines → Tab through kind, channel and wish → write what happened → Ctrl+Enter opens the case. A refusal
from the service (empty summary, unknown order) is shown inside the dialog, next to the button, in the user's
language; nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseKind, Channel, CustomerWants
from app.errors import RimedioError
from app.services import cases, customers
from app.services.customers import CustomerDetail
from ui import formatting, palette
from ui.cases.lookup import (
    LINE_NAME,
    LINE_QTY,
    CandidateModel,
    CandidateRole,
    OrderLinesModel,
    find_candidates,
)
from ui.icons import app_icon, icon
from ui.labels import label
from ui.runner import Job
from ui.workspace import Workspace

LOOKUP_DELAY_MS = 200
NO_ORDER = ""


class NewCaseDialog(QDialog):
    caseOpened = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self.setWindowTitle(self.tr("Rimedio – new case"))
        self.setWindowIcon(app_icon())
        self.workspace = workspace
        self.customer: CustomerDetail | None = None
        self._lookup_job: Job | None = None

        self.lookup = QLineEdit()
        self.lookup.setObjectName("lookup")
        self.lookup.setPlaceholderText(self.tr("Name, e-mail, phone or order number"))
        self.lookup.setAccessibleName(self.tr("Find the customer or order"))
        self.lookup.setClearButtonEnabled(True)
        self.results = CandidateModel(self)
        self.results_view = QListView()
        self.results_view.setObjectName("lookupResults")
        self.results_view.setAccessibleName(self.tr("Matching customers and orders"))
        self.results_view.setModel(self.results)
        self.results_view.setMaximumHeight(self.fontMetrics().height() * 6)
        self.chosen = QLabel(self.tr("No customer chosen yet."))
        self.chosen.setObjectName("chosenCustomer")
        self.chosen.setWordWrap(True)

        self.order = QComboBox()
        self.order.setObjectName("orderChoice")
        self.order.setAccessibleName(self.tr("Order"))
        self.lines = OrderLinesModel(checkable=True, parent=self)
        self.lines_view = QTableView()
        self.lines_view.setObjectName("orderLines")
        self.lines_view.setAccessibleName(self.tr("Affected lines (space ticks a line)"))
        self.lines_view.setModel(self.lines)
        self.lines_view.setTabKeyNavigation(False)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_view.verticalHeader().setVisible(False)
        self.lines_view.horizontalHeader().setSectionResizeMode(LINE_NAME, QHeaderView.ResizeMode.Stretch)
        self.lines_view.setMaximumHeight(self.fontMetrics().height() * 8)
        # the Qty cell takes the pieces affected: F2, a double click or simply typing a digit there
        self.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for k in CaseKind:
            self.kind.addItem(icon(f"kind-{k.value}"), label(k), k.value)
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for c in Channel:
            self.channel.addItem(label(c), c.value)
        self.wants = QComboBox()
        self.wants.setObjectName("wants")
        for w in (CustomerWants.UNKNOWN, CustomerWants.KEEP, CustomerWants.REPLACEMENT, CustomerWants.REFUND):
            self.wants.addItem(label(w), w.value)
        self.summary = QLineEdit()
        self.summary.setObjectName("summary")
        self.summary.setPlaceholderText(self.tr("In a few words: what went wrong"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What the customer said, in their words"))
        self.description.setMinimumHeight(self.fontMetrics().height() * 4)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        palette.tone(self.problem, "error")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton(icon("action-new-case"), self.tr("&Open case (Ctrl+Enter)"))
        self.open_button.setObjectName("openCase")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("&Customer or order:"), self.lookup), self.lookup)
        form.addRow("", self.results_view)
        form.addRow("", self.chosen)
        form.addRow(self._label(self.tr("O&rder:"), self.order), self.order)
        form.addRow(self._label(self.tr("Affected &lines:"), self.lines_view), self.lines_view)
        form.addRow(self._label(self.tr("&Kind:"), self.kind), self.kind)
        form.addRow(self._label(self.tr("C&hannel:"), self.channel), self.channel)
        form.addRow(self._label(self.tr("The customer &wants:"), self.wants), self.wants)
        form.addRow(self._label(self.tr("&Summary:"), self.summary), self.summary)
        form.addRow(self._label(self.tr("&Description:"), self.description), self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for a, b in (
            (self.lookup, self.results_view),
            (self.results_view, self.order),
            (self.order, self.lines_view),
            (self.lines_view, self.kind),
            (self.kind, self.channel),
            (self.channel, self.wants),
            (self.wants, self.summary),
            (self.summary, self.description),
            (self.description, self.open_button),
        ):
            self.setTabOrder(a, b)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.run_lookup)
        self.lookup.textChanged.connect(self._timer.start)
        self.lookup.installEventFilter(self)
        self.results_view.activated.connect(self._pick)
        self.order.currentIndexChanged.connect(self._order_changed)
        self.lines.dataChanged.connect(
            lambda *_: self.lines_view.resizeColumnToContents(LINE_QTY)
        )  # "1 of 2"
        self.open_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)
        self.lookup.setFocus()
        self.resize(640, self.sizeHint().height())

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        lab = QLabel(text)
        lab.setBuddy(buddy)
        buddy.setAccessibleName(buddy.accessibleName() or text.replace("&", "").rstrip(":"))
        return lab

    def keyPressEvent(self, event) -> None:
        """Enter alone never opens the case (only Ctrl+Enter or the button does): in the search box and the results
        it picks the customer, elsewhere it moves on to the next field."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            focused = self.focusWidget()
            if focused is self.open_button:
                self.submit()
            elif focused is self.results_view:
                self._pick(self.results_view.currentIndex())
            else:  # the search box answers Enter itself (see eventFilter)
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- finding the customer ------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.lookup
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._pick_current()  # and nothing else: the Enter that picks the customer never opens the case
            return True
        if watched is self.lookup and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self.run_lookup()
            if self.results.rowCount():
                self.results_view.setFocus()
                self.results_view.setCurrentIndex(self.results.index(0))
            return True
        return super().eventFilter(watched, event)

    def run_lookup(self) -> None:
        self._timer.stop()
        if self._lookup_job is not None:
            self._lookup_job.cancel()
        text = self.lookup.text()
        if not text.strip():
            self.results.set_items([])
            return
        self._lookup_job = self.workspace.runner.submit(
            find_candidates, self.workspace.ctx, text, done=self.results.set_items, failed=self._show_problem
        )

    def _pick_current(self) -> None:
        if self._timer.isActive() or not self.results.rowCount():
            self.run_lookup()
        index = self.results_view.currentIndex()
        if not index.isValid() and self.results.rowCount():
            index = self.results.index(0)
        if index.isValid():
            self._pick(index)

    def _pick(self, index) -> None:
        candidate = index.data(CandidateRole)
        if candidate is None:
            return
        self.workspace.runner.submit(
            customers.get_customer,
            self.workspace.ctx,
            candidate.customer_id,
            done=lambda detail: self._customer_loaded(detail, candidate.order_number),
            failed=self._show_problem,
        )

    def _customer_loaded(self, detail: CustomerDetail, order_number: str | None) -> None:
        self.customer = detail
        self.problem.setVisible(False)  # whatever was wrong before the customer was chosen is not any more
        contact = " · ".join(p for p in (detail.email, detail.phone) if p)
        self.chosen.setText(
            self.tr("Customer: %1").replace("%1", detail.name) + (f" ({contact})" if contact else "")
        )
        self.order.blockSignals(True)
        self.order.clear()
        for info in detail.orders:
            self.order.addItem(
                f"{info.number} · {formatting.day(info.placed_at)} · {formatting.money(info.total)}",
                info.number,
            )
        self.order.addItem(self.tr("No order"), NO_ORDER)
        self.order.blockSignals(False)
        position = self.order.findData(order_number) if order_number else 0
        self.order.setCurrentIndex(max(position, 0))
        self._order_changed()
        self.lines_view.setFocus()
        if self.lines.rowCount():
            self.lines_view.setCurrentIndex(self.lines.index(0, 0))

    def _order_changed(self) -> None:
        number = self.order.currentData()
        order = next((o for o in self.customer.orders if o.number == number), None) if self.customer else None
        self.lines.set_lines(order.lines if order else [])
        self.lines_view.resizeColumnsToContents()
        self.lines_view.horizontalHeader().setSectionResizeMode(LINE_NAME, QHeaderView.ResizeMode.Stretch)

    # --- opening the case -----------------------------------------------------------------------------------
    def submit(self) -> None:
        if self.customer is None:
            self._show_problem_text(self.tr("Find the customer or the order first."))
            self.lookup.setFocus()
            return
        order_number = self.order.currentData() or None
        self.open_button.setEnabled(False)
        self.workspace.runner.submit(
            cases.open_case,
            self.workspace.ctx,
            kind=self.kind.currentData(),
            channel=self.channel.currentData(),
            summary=self.summary.text(),
            order_number=order_number,
            customer_id=None if order_number else self.customer.id,
            order_line_ids=self.lines.checked_ids() if order_number else [],
            line_quantities=self.lines.affected_quantities() if order_number else {},
            wants=self.wants.currentData(),
            description=self.description.toPlainText(),
            done=self._opened,
            failed=self._show_problem,
        )

    def _opened(self, detail) -> None:
        self.open_button.setEnabled(True)
        self.caseOpened.emit(detail.id)
        self.workspace.caseChanged.emit(detail.id)
        self.accept()

    def _show_problem(self, error: RimedioError) -> None:
        self.open_button.setEnabled(True)
        self._show_problem_text(error.message)

    def _show_problem_text(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)
