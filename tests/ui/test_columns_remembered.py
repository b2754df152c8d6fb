"""The admin's users table and a customer's orders, cases and credit ledger keep their columns as each user left
them, like the other screens' tables; a layout saved for other columns never breaks a table."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from ui import layout_memory, prefs
from ui.admin.users_model import COL_ROLE, COL_USERNAME
from ui.admin.users_page import UsersPage
from ui.credit.models import E_CODE
from ui.customers.model import ORDER_DATE
from ui.customers.view import CustomersView
from ui.inbox.model import COL_ID


def _users_page(qtbot, workspace) -> UsersPage:
    page = UsersPage(workspace)
    qtbot.addWidget(page)
    page.resize(1000, 400)
    page.show()
    return page


def _customers(qtbot, workspace) -> CustomersView:
    view = CustomersView(workspace)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    view.table.setCurrentIndex(view.model.index(0, 0))  # a customer's details, orders, cases and ledger
    return view


def _fits(header: QHeaderView) -> bool:
    """Every column of the table there, in its own place, none hidden or squeezed away."""
    columns = header.model().columnCount()
    return (
        header.count() == columns
        and sorted(header.visualIndex(i) for i in range(columns)) == list(range(columns))
        and all(not header.isSectionHidden(i) and header.sectionSize(i) > 0 for i in range(columns))
    )


def _state_of_a_table_with(columns: int) -> QByteArray:
    """What a Rimedio with ``columns`` columns in this table saved (its first one 333 pixels wide)."""
    table = QTableView()
    table.setModel(QStandardItemModel(1, columns, table))
    table.horizontalHeader().resizeSection(0, 333)
    return table.horizontalHeader().saveState()


def test_the_users_table_keeps_the_columns_each_admin_left(qtbot, ui_shop, workspace_for):
    page = _users_page(qtbot, workspace_for(ui_shop.admin, ui_shop.db))
    header = page.table.horizontalHeader()
    header.resizeSection(COL_USERNAME, 171)
    header.resizeSection(COL_ROLE, 243)
    layout_memory.flush_pending()

    again = _users_page(qtbot, workspace_for(ui_shop.admin, ui_shop.db))
    header = again.table.horizontalHeader()
    assert again.model.rowCount() == 3, "loaded, and not sized to the contents over the admin's widths"
    assert (header.sectionSize(COL_USERNAME), header.sectionSize(COL_ROLE)) == (171, 243)

    other = _users_page(qtbot, workspace_for(ui_shop.supervisor, ui_shop.db))
    assert other.table.horizontalHeader().sectionSize(COL_ROLE) != 243, "another user's layout is their own"


def test_a_users_layout_saved_for_other_columns_is_left_aside(qtbot, ui_shop, workspace_for):
    prefs.put_user_state("admin", "admin/users/columns", _state_of_a_table_with(12))
    page = _users_page(qtbot, workspace_for(ui_shop.admin, ui_shop.db))
    header = page.table.horizontalHeader()
    assert _fits(header)
    assert header.sectionSize(0) != 333, "the old layout was not forced onto the table"
    assert header.sectionSize(COL_ROLE) >= header.sectionSizeFromContents(COL_ROLE).width(), (
        "sized to contents"
    )


def test_a_customers_orders_cases_and_ledger_keep_their_columns(qtbot, ui_shop, agent_ws):
    view = _customers(qtbot, agent_ws)
    view.orders_view.horizontalHeader().resizeSection(ORDER_DATE, 211)
    view.cases_view.horizontalHeader().resizeSection(COL_ID, 97)
    view.ledger_view.horizontalHeader().resizeSection(E_CODE, 188)
    layout_memory.flush_pending()

    again = _customers(qtbot, agent_ws)
    assert again.detail is not None, "a customer is shown: the ledger has been filled"
    assert again.orders_view.horizontalHeader().sectionSize(ORDER_DATE) == 211
    assert again.cases_view.horizontalHeader().sectionSize(COL_ID) == 97
    assert again.ledger_view.horizontalHeader().sectionSize(E_CODE) == 188
    assert prefs.user_state("supervisor", "customers/ledger/columns").isEmpty()


def test_a_customer_layout_saved_for_other_columns_is_left_aside(qtbot, ui_shop, agent_ws):
    for name in ("customers/orders/columns", "customers/cases/columns", "customers/ledger/columns"):
        prefs.put_user_state("agent", name, _state_of_a_table_with(12))
    view = _customers(qtbot, agent_ws)
    for table in (view.orders_view, view.cases_view, view.ledger_view):
        assert _fits(table.horizontalHeader()), table.objectName()
        assert table.horizontalHeader().sectionSize(0) != 333, table.objectName()


def test_a_column_restored_narrower_than_its_heading_is_widened_to_read_it(qtbot):
    """Widths saved while the window spoke English are restored in Italian: a column left too narrow for its
    longer heading is widened to it; a column the user made wider stays as wide."""
    table = QTableView()
    qtbot.addWidget(table)
    model = QStandardItemModel(1, 3, table)
    model.setHorizontalHeaderLabels(["Case limit", "Role", "Name"])
    table.setModel(model)
    header = table.horizontalHeader()
    header.resizeSection(0, 60)
    header.resizeSection(1, 400)
    saved = header.saveState()

    model.setHorizontalHeaderLabels(["Limite per caso giornaliero", "Ruolo", "Nome"])
    header.resizeSection(0, 300)
    assert layout_memory.restore_header_state(header, saved)
    assert header.sectionSize(0) >= header.sectionSizeFromContents(0).width() > 60
    assert header.sectionSize(1) == 400


def test_a_width_the_admin_set_survives_the_next_reload(qtbot, ui_shop, workspace_for):
    """With no layout saved yet the users table is sized to its contents once; a column the admin then widens
    keeps its width when the list is read again (after adding a user, say)."""
    page = _users_page(qtbot, workspace_for(ui_shop.admin, ui_shop.db))
    header = page.table.horizontalHeader()
    header.resizeSection(COL_ROLE, 260)
    page.reload()
    assert header.sectionSize(COL_ROLE) == 260
