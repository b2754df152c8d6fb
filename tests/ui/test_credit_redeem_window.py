"""The Credit screen's redemption: a customer paying with all their credit spends the soonest expiry first, and a
known order's total is Rimedio's (issue 12, points 2 and 3)."""

from __future__ import annotations

from datetime import date

from app.services import credit
from tests.support.shop_files import give_voucher
from ui.credit.view import CreditView

NICCOLO = "niccolo.rossi@example.it"


def test_the_customer_pays_with_all_their_credit_soonest_expiry_first(qtbot, ui_shop, agent_ws):
    late = give_voucher(ui_shop.db, NICCOLO, 1000, expires_on=date(2099, 12, 31))
    soon = give_voucher(ui_shop.db, NICCOLO, 1000, expires_on=date(2098, 1, 31))
    view = CreditView(agent_ws)
    qtbot.addWidget(view)
    view.show()
    page = view.vouchers_page
    lookup, redeem = page.lookup_panel, page.redeem_panel
    lookup.code.setText(late)  # the code the customer read out expires last
    lookup.look_up()
    assert lookup.grant is not None and redeem.whole_balance.isEnabled()
    redeem.whole_balance.setChecked(True)
    redeem.order.setText("7001")
    redeem.order_total.setText("50,00")
    redeem.redeem_amount.setText("12")
    redeem.redeem_button.click()
    text = redeem.redeem_message.text()
    assert "€12.00 taken off order 7001" in text and text.index(soon) < text.index(late), text
    assert "Provisional" in text
    spent = {
        e.code: e.amount.plain()
        for e in credit.customer_credit(agent_ws.ctx, NICCOLO).entries
        if e.kind.value == "redeem"
    }
    assert spent == {soon: "-10.00", late: "-2.00"}


def test_a_known_orders_total_need_not_be_typed_and_another_is_refused(qtbot, ui_shop, agent_ws):
    code = give_voucher(ui_shop.db, NICCOLO, 5000)
    view = CreditView(agent_ws)
    qtbot.addWidget(view)
    view.show()
    page = view.vouchers_page
    lookup, redeem = page.lookup_panel, page.redeem_panel
    lookup.code.setText(code)
    lookup.look_up()
    redeem.order.setText("1002")  # held at €129.00
    redeem.order_total.setText("999")
    redeem.redeem_button.click()
    assert "€129.00" in redeem.redeem_message.text() and "€999.00" in redeem.redeem_message.text()
    redeem.order_total.clear()
    redeem.redeem_button.click()
    assert "€38.70 taken off order 1002" in redeem.redeem_message.text()


def test_the_import_wizard_lists_credit_above_the_cap_of_an_order_redeemed_before_it_was_imported(
    qtbot, ui_shop, agent_ws, workspace_for, monkeypatch, tmp_path
):
    from tests.support.shop_files import shopify_export
    from ui.customers.view import CustomersView
    from ui.imports.wizard import PAGE_RESULT
    from ui.imports.wizard import ask as wizard_ask

    credit.redeem(
        agent_ws.ctx, give_voucher(ui_shop.db, NICCOLO, 3000), order_number="7002", order_total="100"
    )
    path = shopify_export(
        tmp_path / "o.csv",
        [
            {
                "number": "7002",
                "email": NICCOLO,
                "name": "Niccolò Rossi",
                "total": "40.00",
                "lines": [("MUG", "Tazza", "1", "40.00")],
            }
        ],
    )
    view = CustomersView(workspace_for(ui_shop.admin, ui_shop.db))
    qtbot.addWidget(view)
    monkeypatch.setattr(wizard_ask, "ask_open_path", lambda _p: str(path))
    wizard = view.import_file()
    wizard.file_page.browse.click()
    wizard.next()
    wizard.next()
    wizard.run_page.start.click()
    assert wizard.currentId() == PAGE_RESULT
    result = wizard.result_page
    assert "above that order's cap" in result.summary.text()
    rows = [
        (result.model.index(r, 1).data(), result.model.index(r, 2).data())
        for r in range(result.model.rowCount())
    ]
    assert [order for order, _ in rows] == ["7002"] and "18.00 above the cap of 12.00" in rows[0][1]
