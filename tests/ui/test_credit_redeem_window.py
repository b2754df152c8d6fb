"""The Credit screen's redemption: a customer paying with all their credit spends the soonest expiry first, and a
known order's total is Rimedio's (issue 12, points 2 and 3)."""

from __future__ import annotations

from datetime import date

from app.services import credit
from tests.services.test_import_service_helpers import give_voucher
from ui.credit.view import CreditView

NICCOLO = "niccolo.rossi@example.it"


def test_the_customer_pays_with_all_their_credit_soonest_expiry_first(qtbot, ui_shop, agent_ws):
    late = give_voucher(ui_shop.db, NICCOLO, 1000, expires_on=date(2099, 12, 31))
    soon = give_voucher(ui_shop.db, NICCOLO, 1000, expires_on=date(2098, 1, 31))
    view = CreditView(agent_ws)
    qtbot.addWidget(view)
    view.show()
    page = view.vouchers_page
    page.code.setText(late)  # the code the customer read out expires last
    page.look_up()
    assert page.grant is not None and page.whole_balance.isEnabled()
    page.whole_balance.setChecked(True)
    page.order.setText("7001")
    page.order_total.setText("50,00")
    page.redeem_amount.setText("12")
    page.redeem_button.click()
    text = page.redeem_message.text()
    assert "€12.00 taken off order 7001" in text and text.index(soon) < text.index(late), text
    assert "Provisional" in text
    spent = {e.code: e.amount.plain() for e in credit.customer_credit(agent_ws.ctx, NICCOLO).entries
             if e.kind.value == "redeem"}
    assert spent == {soon: "-10.00", late: "-2.00"}


def test_a_known_orders_total_need_not_be_typed_and_another_is_refused(qtbot, ui_shop, agent_ws):
    code = give_voucher(ui_shop.db, NICCOLO, 5000)
    view = CreditView(agent_ws)
    qtbot.addWidget(view)
    view.show()
    page = view.vouchers_page
    page.code.setText(code)
    page.look_up()
    page.order.setText("1002")  # held at €129.00
    page.order_total.setText("999")
    page.redeem_button.click()
    assert "€129.00" in page.redeem_message.text() and "€999.00" in page.redeem_message.text()
    page.order_total.clear()
    page.redeem_button.click()
    assert "€38.70 taken off order 1002" in page.redeem_message.text()
