"""The case view's facts panel: status, channel, what the customer wants, the order, owner, deadline, description
and the affected lines of the order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHeaderView, QLabel, QTableView, QWidget

from app.domain.business_hours import paused_text
from app.domain.case_status import RUNNING_STATUSES
from app.services.cases import CaseDetail
from app.services.orders import OrderLineInfo
from ui import formatting
from ui.cases.lookup import LINE_NAME, LINE_SKU, OrderLinesModel
from ui.labels import label


class CaseFactsPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Case"))
        self.facts: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for key, text in (
            ("status", self.tr("Status:")),
            ("channel", self.tr("Channel:")),
            ("wants", self.tr("The customer wants:")),
            ("order", self.tr("Order:")),
            ("owner", self.tr("Owner:")),
            ("due", self.tr("Resolution due:")),
            ("description", self.tr("Description:")),
        ):
            value = QLabel()
            value.setObjectName(f"case_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(text.rstrip(":"))
            form.addRow(QLabel(text), value)
            self.facts[key] = value
        self.lines = OrderLinesModel(checkable=False, parent=self)
        self.lines_view = QTableView()
        self.lines_view.setObjectName("caseLines")
        self.lines_view.setAccessibleName(self.tr("Affected lines"))
        self.lines_view.setModel(self.lines)
        self.lines_view.setTabKeyNavigation(False)
        self.lines_view.verticalHeader().setVisible(False)
        self.lines_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines_view.horizontalHeader().setSectionResizeMode(LINE_NAME, QHeaderView.ResizeMode.Stretch)
        self.lines_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lines_view.setWordWrap(True)  # a long product name takes a second line instead of "Ca… di …"
        self.lines_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.lines_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines_view.setColumnHidden(
            LINE_SKU, True
        )  # the product's name says it; the code is on the case sheet
        form.addRow(QLabel(self.tr("Affected lines:")), self.lines_view)

    def show_case(self, case: CaseDetail) -> None:
        self.facts["status"].setText(label(case.status))
        self.facts["channel"].setText(label(case.channel))
        self.facts["wants"].setText(label(case.wants))
        order = case.order_number or self.tr("no order")
        if case.order_total is not None:
            order += f" · {formatting.day(case.order_placed_at)} · {formatting.money(case.order_total)}"
        self.facts["order"].setText(order)
        self.facts["owner"].setText(case.owner or "")
        due = formatting.date_time(case.resolution_due)
        if case.remaining is not None:  # waiting for the customer: the clock stands still
            due += f" ({paused_text(case.remaining)})"
        elif case.resolution_due and case.status in RUNNING_STATUSES:
            due += f" ({formatting.due_in(case.resolution_due)})"
        self.facts["due"].setText(due)
        self.facts["description"].setText(case.description or "–")
        self.lines.set_lines(
            [_as_line(li) for li in case.lines],
            affected={li.order_line_id: li.quantity for li in case.lines if li.quantity != li.ordered},
        )


def _as_line(line) -> OrderLineInfo:
    return OrderLineInfo(
        line.order_line_id, line.sku, line.name, line.variant, line.ordered or line.quantity, line.unit_price
    )
