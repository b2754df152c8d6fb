"""Stories of the customers screen and of the admin's settings and users."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from app.services import cases, settings, users
from tests.ui.helpers import type_text
from ui.admin.add_user_dialog import AddUserDialog
from ui.admin.settings_model import COL_KEY, COL_VALUE, SettingsModel
from ui.admin.users_model import UsersModel
from ui.admin.views import AdminView
from ui.customers.model import CustomerTableModel, OrderTableModel
from ui.customers.view import CustomersView


def test_agent_finds_a_customer_and_sees_their_orders_and_cases(qtbot, ui_shop, agent_ws):
    case_id = cases.open_case(
        agent_ws.ctx, kind="delay", channel="phone", summary="Plaid late", order_number="1004"
    ).id
    view = CustomersView(agent_ws)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 3
    type_text(view.search, "rossi")
    view.apply()
    assert view.model.rowCount() == 1
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert view.name.text() == "Niccolò Rossi"
    assert sorted(view.orders.index(r, 0).data() for r in range(view.orders.rowCount())) == ["1002", "1004"]
    assert view.cases.rowCount() == 1
    with qtbot.waitSignal(view.openCase) as opened:
        view.cases_view.activated.emit(view.cases.index(0, 0))
    assert opened.args == [case_id]


def test_customer_models_pass_the_model_tester(qtmodeltester, ui_shop, agent_ws):
    model = CustomerTableModel(agent_ws, page_size=2)
    model.reload()
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    from app.services.customers import get_customer

    orders = OrderTableModel()
    orders.set_orders(get_customer(agent_ws.ctx, 2).orders)
    qtmodeltester.check(orders)


def test_admin_changes_a_setting_and_a_wrong_value_is_explained(qtbot, ui_shop, workspace_for):
    ws = workspace_for(ui_shop.admin, ui_shop.db)
    view = AdminView(ws)
    qtbot.addWidget(view)
    view.show()
    page = view.settings_page
    groups = page.groups.stringList()
    assert "hours" in groups and "shop" in groups
    page.group_view.setCurrentIndex(page.groups.index(groups.index("hours")))
    keys = [page.proxy.index(r, COL_KEY).data() for r in range(page.proxy.rowCount())]
    assert keys and all(k.startswith("hours.") for k in keys)
    row = keys.index("hours.days")
    index = page.proxy.index(row, COL_VALUE)
    assert page.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
    page.proxy.setData(index, "8-9")
    assert "weekdays" in page.message.text()
    assert page.proxy.index(row, COL_VALUE).data() != "8-9"
    page.proxy.setData(index, "1-6")
    assert page.proxy.index(row, COL_VALUE).data() == "1-6"
    assert {r.key: r.value for r in settings.list_settings(ws.ctx)}["hours.days"] == "1-6"


def test_admin_adds_an_agent_with_a_limit(qtbot, ui_shop, workspace_for, modals):
    ws = workspace_for(ui_shop.admin, ui_shop.db)
    view = AdminView(ws)
    qtbot.addWidget(view)
    page = view.users_page
    assert page.model.rowCount() == 3

    def fill(dialog):
        assert isinstance(dialog, AddUserDialog)
        dialog.username.setText("mario")
        dialog.display_name.setText("Mario Ștefănescu")
        dialog.password.setText("mario-pass")
        dialog.case_limit.setText("30,00")
        dialog.submit()
        return dialog.result()

    modals.answer = fill
    page.add_button.click()
    assert page.model.rowCount() == 4
    mario = next(u for u in users.list_users(ws.ctx) if u.username == "mario")
    assert mario.display_name == "Mario Ștefănescu" and mario.case_limit.minor == 3000


def test_agents_cannot_edit_settings_and_models_pass_the_tester(qtmodeltester, ui_shop, agent_ws):
    model = SettingsModel(agent_ws)
    model.reload()
    assert model.rowCount() > 5
    assert not model.flags(model.index(0, COL_VALUE)) & Qt.ItemFlag.ItemIsEditable
    qtmodeltester.check(model)
    users_model = UsersModel()
    users_model.set_users(users.list_users(agent_ws.ctx))
    qtmodeltester.check(users_model)
    assert users_model.rowCount(QModelIndex()) == 3
