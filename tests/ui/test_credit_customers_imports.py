"""Stories of the credit screen, the customer's credit ledger and the import wizard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from app.services import approvals, campaigns, cases, credit
from tests.ui.helpers import type_text
from ui.credit.models import CampaignModel, LedgerModel, VoucherModel
from ui.credit.view import CorrectVoucherDialog, CreditView
from ui.customers.view import CustomersView
from ui.documents.preview import PreviewDialog
from ui.imports.wizard import PAGE_FORMAT, PAGE_MAPPING, PAGE_RESULT, PAGE_RUN, ImportWizard, TableModel
from ui.imports.wizard import ask as wizard_ask

FIXTURES = Path(__file__).resolve().parents[1] / "imports" / "fixtures"


def _voucher(shop, amount="20") -> str:
    ctx = shop.as_(shop.agent)
    case_id = cases.open_case(
        ctx,
        kind="wrong_item",
        channel="phone",
        summary="Wrong colour",
        order_number="1001",
        skus=["CER-BOWL-S"],
    ).id
    return approvals.resolve_case(ctx, case_id, "keep_and_credit", amount).voucher


def test_agent_looks_up_a_code_read_on_the_phone_is_told_what_is_wrong_and_redeems_it(
    qtbot, ui_shop, agent_ws
):
    code = _voucher(ui_shop)
    view = CreditView(agent_ws)
    qtbot.addWidget(view)
    view.show()
    page = view.vouchers_page
    lookup, redeem = page.lookup_panel, page.redeem_panel
    assert page.model.rowCount() == 1 and page.model.index(0, 0).data() == code
    assert view.campaigns_page is None, "campaigns are for supervisors"

    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")  # one letter misheard
    lookup.code.clear()
    type_text(lookup.code, wrong.lower())
    lookup.look_up()
    assert "check character does not match" in lookup.code_message.text()
    assert lookup.grant is None and not redeem.redeem_button.isEnabled()
    lookup.code.setText(code[:8])
    lookup.look_up()
    assert "Wrong length" in lookup.code_message.text()
    lookup.code.setText(" " + code.lower().replace("-", " ").replace("0", "o") + " ")  # typed any way
    lookup.look_up()
    assert lookup.grant is not None and lookup.details["balance"].text() == "€20.00"
    assert lookup.details["customer"].text() == "Ștefan Țărână"

    redeem.order.setText("2001")
    redeem.order_total.setText("40,00")
    redeem.redeem_button.click()
    assert "€12.00 taken off order 2001" in redeem.redeem_message.text(), "30 % of the order at most"
    assert "€8.00" in redeem.redeem_message.text()
    assert lookup.details["balance"].text() == "€8.00"
    dialog = lookup.print_voucher()
    assert isinstance(dialog, PreviewDialog) and dialog.page_count() == 1
    dialog.close()


def test_supervisor_previews_a_win_back_campaign_then_issues_it_and_prints_the_vouchers(
    qtbot, ui_shop, workspace_for, modals
):
    ws = workspace_for(ui_shop.supervisor, ui_shop.db)
    view = CreditView(ws)
    qtbot.addWidget(view)
    view.show()
    page = view.campaigns_page
    view.setCurrentWidget(page)
    page.name.setText("Benvenuti")
    page.kind.setCurrentIndex(page.kind.findData("signup"))
    page.amount.setText("5")
    page.use_signed_up.setChecked(True)
    page.signed_up_since.setDate(page.signed_up_since.date().addYears(-5))
    assert not page.issue_button.isEnabled(), "nothing is issued before a preview"
    page.preview_button.click()
    assert "3 customers would get €5.00 each" in page.message.text()
    assert "The shop would owe €15.00" in page.message.text()
    assert credit.balance(ws.ctx, 1) == {}, "a preview gives nothing"
    page.amount.setText("6")
    assert not page.issue_button.isEnabled() and "preview again" in page.message.text()
    page.amount.setText("5")
    page.preview_button.click()
    page.issue_button.click()
    assert "3 customers got their credit" in page.message.text()
    assert "3 customers" in modals.messages()
    assert page.model.rowCount() == 1 and page.model.index(0, 3).data() == "3"
    page.table.setCurrentIndex(page.model.index(0, 0))
    dialog = page.print_vouchers()
    assert isinstance(dialog, PreviewDialog) and dialog.page_count() == 1, "four to an A4 sheet"
    dialog.close()


def test_the_customer_screen_shows_the_credit_ledger(qtbot, ui_shop, agent_ws):
    code = _voucher(ui_shop, "15")
    credit.redeem(agent_ws.ctx, code, order_number="2002", order_total="30")
    view = CustomersView(agent_ws)
    qtbot.addWidget(view)
    view.show()
    view.show_customer(1)
    assert view.ledger.rowCount() == 2
    assert [view.ledger.index(r, 2).data() for r in range(2)] == ["Issued", "Spent"]
    assert view.ledger.index(0, 3).data() == "+€15.00"
    assert "Balance: €6.00" in view.balance.text() and "1 live voucher" in view.balance.text()


def test_admin_imports_a_shopify_file_with_a_bad_row_sees_why_and_keeps_the_good_rows(
    qtbot, ui_shop, workspace_for, monkeypatch
):
    ws = workspace_for(ui_shop.admin, ui_shop.db)
    view = CustomersView(ws)
    qtbot.addWidget(view)
    assert view.import_button.isVisibleTo(view)
    monkeypatch.setattr(wizard_ask, "ask_open_path", lambda _p: str(FIXTURES / "shopify_orders_bad_rows.csv"))
    wizard = view.import_file()
    assert isinstance(wizard, ImportWizard)
    wizard.file_page.browse.click()
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentId() == PAGE_FORMAT
    assert "Shopify orders export" in wizard.format_page.detected.text()
    assert wizard.format_page.model.rowCount() > 0
    wizard.next()
    assert wizard.currentId() == PAGE_RUN
    run = wizard.run_page
    run.start.click()
    assert wizard.currentId() == PAGE_RESULT
    result = wizard.result_page
    assert "Nothing was saved because rows were refused" in result.summary.text()
    assert result.model.rowCount() >= 1 and result.model.index(0, 2).data()
    wizard.back()
    run.keep_good.setChecked(True)
    run.start.click()
    assert result.summary.text().startswith("Saved.")
    assert "created" in result.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_an_unknown_csv_is_mapped_column_by_column(qtbot, ui_shop, workspace_for):
    ws = workspace_for(ui_shop.admin, ui_shop.db)
    wizard = ImportWizard(ws)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(FIXTURES / "unknown_format.csv"))
    wizard.next()
    assert "Not a shop export" in wizard.format_page.detected.text()
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    page = wizard.mapping_page
    assert set(page.combos) >= {"order_number", "created_at", "total"}
    for name in ("order_number", "created_at"):
        page.combos[name].setCurrentIndex(0)
    assert not page.isComplete() and page.problem.text() == "Choose the column that holds “Order number”."


def test_a_supervisor_cancels_a_voucher_with_a_reason_and_the_list_shows_nothing_left_on_it(
    qtbot, ui_shop, workspace_for, modals
):
    code = _voucher(ui_shop)
    ws = workspace_for(ui_shop.supervisor, ui_shop.db)
    view = CreditView(ws)
    qtbot.addWidget(view)
    view.show()
    page = view.vouchers_page
    lookup = page.lookup_panel
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert lookup.grant is not None and lookup.grant.code == code
    assert lookup.cancel_button.isVisibleTo(page) and lookup.cancel_button.isEnabled()

    def answer(dialog):
        assert isinstance(dialog, CorrectVoucherDialog)
        assert not dialog.ok_button.isEnabled(), "the reason is required"
        dialog.reason.setText("Customer asked a refund instead")
        dialog.ok_button.click()
        return dialog.result()

    modals.answer = answer
    dialog = lookup.cancel_button.click() or modals.seen[-1]
    assert isinstance(dialog, CorrectVoucherDialog) and dialog.result_grant is not None
    assert lookup.details["balance"].text() == "€0.00"
    assert page.model.index(0, 3).data() == "€0.00"
    assert not lookup.cancel_button.isEnabled(), "nothing left to cancel"
    assert credit.find_voucher(ws.ctx, code).balance.minor == 0

    def correct(dialog):
        dialog.amount.setText("+5")
        dialog.reason.setText("Goodwill after all")
        dialog.ok_button.click()
        return dialog.result()

    modals.answer = correct
    lookup.adjust_voucher()
    assert lookup.details["balance"].text() == "€5.00"
    assert page.model.index(0, 3).data() == "€5.00"


def test_an_agent_cannot_cancel(qtbot, ui_shop, agent_ws, modals):
    from app.errors import RimedioError

    code = _voucher(ui_shop)
    view = CreditView(agent_ws)
    qtbot.addWidget(view)
    view.show()
    page = view.vouchers_page
    lookup = page.lookup_panel
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert lookup.grant is not None
    assert not lookup.cancel_button.isVisibleTo(page) and not lookup.adjust_button.isVisibleTo(page)
    assert lookup.cancel_voucher() is None and modals.seen == []
    dialog = CorrectVoucherDialog(agent_ws, code, adjust=False)  # even if it were shown, the service says no
    qtbot.addWidget(dialog)
    dialog.reason.setText("try")
    dialog.ok_button.click()
    assert dialog.result_grant is None and modals.seen and modals.seen[-1].objectName() == "refusalBox"
    with pytest.raises(RimedioError):
        credit.cancel(agent_ws.ctx, code, reason="try")
    assert credit.find_voucher(agent_ws.ctx, code).balance.minor == 2000


def test_an_admin_saves_a_column_mapping_from_the_wizard_and_it_is_offered_next_time(
    qtbot, ui_shop, workspace_for, monkeypatch
):
    from app.services import shop_import

    ws = workspace_for(ui_shop.admin, ui_shop.db)

    def to_mapping_page() -> ImportWizard:
        wizard = ImportWizard(ws)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.file_page.path.setText(str(FIXTURES / "unknown_format.csv"))
        wizard.next()
        wizard.next()
        assert wizard.currentId() == PAGE_MAPPING
        return wizard

    wizard = to_mapping_page()
    page = wizard.mapping_page
    assert page.saved.count() == 1 and not page.saved.isEnabled(), "nothing saved yet"
    header = wizard.format_page.header
    for combo in page.combos.values():
        combo.setCurrentIndex(0)
    chosen = {"order_number": header[0], "created_at": header[1], "total": header[2]}
    for name, column in chosen.items():
        page.combos[name].setCurrentIndex(page.combos[name].findData(column))
    assert page.isComplete()
    monkeypatch.setattr(wizard_ask, "ask_mapping_name", lambda _p, _s: "Negozio di Ana")
    page.save_button.click()
    assert "Negozio di Ana" in page.saved_message.text()
    assert [m.name for m in shop_import.list_mappings(ws.ctx)] == ["Negozio di Ana"]
    wizard.close()

    wizard = to_mapping_page()
    page = wizard.mapping_page
    for combo in page.combos.values():
        combo.setCurrentIndex(0)
    assert page.saved.isEnabled() and page.saved.findData("Negozio di Ana") >= 1
    page.saved.setCurrentIndex(page.saved.findData("Negozio di Ana"))
    page.saved.activated.emit(page.saved.currentIndex())
    assert {n: c.currentData() for n, c in page.combos.items() if c.currentData()} == chosen
    assert page.isComplete()


def test_credit_and_import_models_pass_the_model_tester(qtmodeltester, ui_shop, agent_ws):
    from app.services import ui_queries

    code = _voucher(ui_shop)
    vouchers = VoucherModel()
    vouchers.set_rows(ui_queries.list_vouchers(agent_ws.ctx))
    qtmodeltester.check(vouchers)
    ledger = LedgerModel()
    ledger.set_rows(credit.customer_credit(agent_ws.ctx, 1).entries)
    qtmodeltester.check(ledger)
    campaigns.issue_campaign(
        ui_shop.as_(ui_shop.supervisor),
        name="Torna",
        kind="winback",
        amount="5",
        expires="2099-01-01",
        no_order_since="2099-01-01",
    )
    campaign_model = CampaignModel()
    campaign_model.set_rows(ui_queries.list_campaigns(agent_ws.ctx))
    qtmodeltester.check(campaign_model)
    table = TableModel()
    table.set_table(("a", "b"), [("1", "2"), ("3",)])
    qtmodeltester.check(table)
    assert code
