"""Customers (issue 15, point 13): segment and claim-flag columns, and the view says what the case panel says."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import cases
from ui.customers.model import COL_FLAG, COL_SEGMENT
from ui.customers.view import CustomersView


def test_segment_and_claim_flag_columns_and_the_profile(qtbot, ui_shop, workspace_for):
    ctx = ui_shop.as_(ui_shop.agent)
    for summary in ("Vaso rotto", "Plaid in ritardo", "Vaso ancora rotto"):  # Rossi: 3 claims on 2 orders
        cases.open_case(ctx, kind="damaged", channel="email", summary=summary, order_number="1002")
    view = CustomersView(workspace_for(ui_shop.agent, ui_shop.db))
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.search.setFocus()
    qtbot.keyClicks(view.search, "rossi")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.model.rowCount() == 1
    assert view.model.index(0, COL_SEGMENT).data()
    assert "many claims" in view.model.index(0, COL_FLAG).data()
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert "⚑" in view.profile.text() and "order" in view.profile.text()
