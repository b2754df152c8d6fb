"""Inbox saved views (issue 15, point 14): filters, search, sort and columns under a name, per user."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import cases
from ui.inbox.model import COL_CHANNEL, COL_CUSTOMER
from ui.inbox.view import InboxView, ViewNameDialog


def _view(qtbot, ws) -> InboxView:
    view = InboxView(ws)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def test_a_saved_view_brings_back_filters_search_sort_and_columns(qtbot, ui_shop, workspace_for, modals):
    ctx = ui_shop.as_(ui_shop.agent)
    cases.open_case(ctx, kind="damaged", channel="email", summary="Vaso incrinato", order_number="1002")
    cases.open_case(ctx, kind="delay", channel="chat", summary="Plaid in ritardo", order_number="1004")
    view = _view(qtbot, workspace_for(ui_shop.agent, ui_shop.db))
    view.kind.setFocus()
    while view.kind.currentData() != "damaged":
        qtbot.keyClick(view.kind, Qt.Key.Key_Down)
    view.search.setFocus()
    qtbot.keyClicks(view.search, "vaso")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    header = view.table.horizontalHeader()
    header.setSectionHidden(COL_CHANNEL, True)
    view.table.sortByColumn(COL_CUSTOMER, Qt.SortOrder.AscendingOrder)

    def name_it(dialog):
        assert isinstance(dialog, ViewNameDialog)
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Broken vases")
        return int(dialog.DialogCode.Accepted)

    modals.answer = name_it
    view.save_view_button.setFocus()
    qtbot.keyClick(view.save_view_button, Qt.Key.Key_Space)
    assert view.views.currentText() == "Broken vases"

    view.kind.setCurrentIndex(0)
    view.search.clear()
    header.setSectionHidden(COL_CHANNEL, False)
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.apply()

    again = _view(qtbot, workspace_for(ui_shop.agent, ui_shop.db))  # another day, the same user
    again.views.setFocus()
    qtbot.keyClick(again.views, Qt.Key.Key_Down)
    assert again.views.currentText() == "Broken vases"
    assert again.kind.currentData() == "damaged" and again.search.text() == "vaso"
    assert again.table.horizontalHeader().isSectionHidden(COL_CHANNEL)
    assert again.table.horizontalHeader().sortIndicatorSection() == COL_CUSTOMER
    assert again.model.rowCount() == 1

    other = _view(qtbot, workspace_for(ui_shop.supervisor, ui_shop.db))
    assert other.views.count() == 1, "views are each user's own"
    again.delete_view_button.click()
    assert again.views.count() == 1
