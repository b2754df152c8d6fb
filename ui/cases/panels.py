"""The side panels of the case view, each a separate widget so the parts still being built can be filled in later.

* :class:`CustomerPanel` — who the customer is: contact, segment, lifetime spend, orders, earlier claims, flag,
  credit balance (empty until the credit service exists).
* :class:`RemediesPanel` — the ranked remedy options; a clearly marked empty panel until proposals exist.
* :class:`DocumentsPanel` — preview, print and e-mail note and voucher; present, disabled until documents exist.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import RimedioError
from app.services import ui_queries
from app.services.cases import CaseDetail
from app.services.ui_queries import CustomerOverview
from ui import formatting
from ui.icons import icon
from ui.labels import language_name
from ui.widgets.common import Placeholder
from ui.workspace import Workspace


class CustomerPanel(QGroupBox):
    """Filled from the case (contact) and from ``ui_queries.customer_overview`` (history), loaded in the background."""

    openCustomer = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPanel")
        self.setTitle(self.tr("Customer"))
        self.workspace = workspace
        self.customer_id: int | None = None
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text in (
            ("name", self.tr("Name:")),
            ("contact", self.tr("Contact:")),
            ("language", self.tr("Language:")),
            ("segment", self.tr("Segment:")),
            ("spend", self.tr("Lifetime spend:")),
            ("orders", self.tr("Orders:")),
            ("claims", self.tr("Claims so far:")),
            ("credit", self.tr("Store credit:")),
            ("flag", self.tr("Claim rate:")),
        ):
            value = QLabel()
            value.setObjectName(f"customer_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(text)
            caption.setBuddy(value)
            value.setAccessibleName(text.rstrip(":"))
            form.addRow(caption, value)
            self.fields[key] = value
        self.more = QPushButton(icon("nav-customers"), self.tr("Customer &details"))
        self.more.setEnabled(False)
        self.more.clicked.connect(lambda: self.customer_id and self.openCustomer.emit(self.customer_id))
        form.addRow(self.more)

    def show_case(self, case: CaseDetail) -> None:
        self.customer_id = case.customer_id
        self.more.setEnabled(True)
        self.fields["name"].setText(case.customer_name)
        self.fields["contact"].setText("\n".join(p for p in (case.customer_email, case.customer_phone) if p))
        self.fields["language"].setText(language_name(case.customer_language))
        self.fields["credit"].setText(self.tr("shown here once store credit is available"))
        self.workspace.runner.submit(ui_queries.customer_overview, self.workspace.ctx, case.customer_id,
                                     done=self.show_overview, failed=self._failed)

    def show_overview(self, info: CustomerOverview) -> None:
        segments = {
            "new": self.tr("New customer"),
            "regular": self.tr("Regular"),
            "loyal": self.tr("Loyal (VIP)"),
            "lapsed": self.tr("Lapsed – a win-back chance"),
            "occasional_small": self.tr("Occasional small buyer"),
        }
        self.fields["segment"].setText(segments.get(info.segment, info.segment))
        self.fields["spend"].setText(formatting.money(info.lifetime_spend))
        last = formatting.day(info.last_order_at)
        self.fields["orders"].setText(self.tr("%n order(s)", "", info.orders) + (f" · {last}" if last else ""))
        self.fields["claims"].setText(self.tr("%n case(s)", "", info.claims))
        flag = self.fields["flag"]
        if info.flagged:
            flag.setText(self.tr("⚑ Unusually many claims: any credit needs a supervisor."))
            flag.setStyleSheet("color: #c0392b; font-weight: bold;")
        else:
            flag.setText(self.tr("normal"))
            flag.setStyleSheet("")

    def _failed(self, error: RimedioError) -> None:
        self.fields["segment"].setText(error.message)


class RemediesPanel(QGroupBox):
    """Where the ranked remedies (cost, why, needs approval) will be chosen; empty until proposals exist."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remediesPanel")
        self.setTitle(self.tr("Remedies"))
        self.placeholder = Placeholder(self.tr(
            "Remedies appear here once proposals are available: each option ranked with its cost to the shop and "
            "why, the amount to change, and whether it needs a supervisor's approval before it is sent."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)

    def show_case(self, case: CaseDetail) -> None:
        """Later: ask the remedies service for the ranked options of ``case``."""


class DocumentsPanel(QGroupBox):
    """Paper and mail for the customer: present so the agent knows where they will be, disabled until ready."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPanel")
        self.setTitle(self.tr("Note and voucher"))
        self.preview = QPushButton(icon("action-print"), self.tr("Pre&view and print…"))
        self.mail = QPushButton(self.tr("&E-mail to the customer…"))
        for button in (self.preview, self.mail):
            button.setEnabled(False)
            button.setToolTip(self.tr("Available once the apology note and voucher can be printed."))
        self.placeholder = Placeholder(self.tr("The apology note, the voucher and the case sheet can be previewed, "
                                               "printed and e-mailed here once documents are available."))
        row = QHBoxLayout()
        row.addWidget(self.preview)
        row.addWidget(self.mail)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.placeholder)
