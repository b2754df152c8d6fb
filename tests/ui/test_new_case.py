"""Stories of the new-case dialog: an agent on the phone logs what went wrong without touching the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import cases
from tests.ui.helpers import type_text
from ui.cases.lookup import CandidateModel, OrderLinesModel, find_candidates
from ui.cases.new_case import NewCaseDialog


def _dialog(qtbot, ws) -> NewCaseDialog:
    dialog = NewCaseDialog(ws)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_agent_logs_a_wrong_item_phone_call_using_only_the_keyboard(qtbot, ui_shop, agent_ws):
    dialog = _dialog(qtbot, agent_ws)
    assert dialog.lookup.hasFocus()
    QTest.keyClicks(dialog.lookup, "#1001")
    QTest.keyClick(dialog.lookup, Qt.Key.Key_Return)  # the order read out on the phone
    assert dialog.customer is not None and dialog.customer.name == "Ștefan Țărână"
    assert dialog.order.currentData() == "1001"
    assert dialog.lines_view.hasFocus()
    QTest.keyClick(dialog.lines_view, Qt.Key.Key_Space)  # tick the bowls (first line)
    assert [ln.sku for ln in dialog.lines.lines if ln.id in dialog.lines.checked] == ["CER-BOWL-S"]

    QTest.keyClick(dialog.lines_view, Qt.Key.Key_Tab)
    assert dialog.kind.hasFocus() and dialog.kind.currentData() == "wrong_item"
    QTest.keyClick(dialog.kind, Qt.Key.Key_Tab)
    assert dialog.channel.hasFocus() and dialog.channel.currentData() == "phone"
    QTest.keyClick(dialog.channel, Qt.Key.Key_Tab)
    QTest.keyClick(dialog.wants, Qt.Key.Key_Down)  # "Keep the item"
    assert dialog.wants.currentData() == "keep"
    QTest.keyClick(dialog.wants, Qt.Key.Key_Tab)
    assert dialog.summary.hasFocus()
    QTest.keyClicks(dialog.summary, "Blue bowls instead of green")
    QTest.keyClick(dialog.summary, Qt.Key.Key_Tab)
    type_text(dialog.description, "Ha ricevuto le ciotole blu, voleva le verdi; le tiene volentieri.")
    with qtbot.waitSignal(dialog.caseOpened) as opened:
        QTest.keyClick(dialog.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    case = cases.get_case(ui_shop.as_(ui_shop.agent), opened.args[0])
    assert (case.kind, case.channel, case.wants, case.order_number) == ("wrong_item", "phone", "keep", "1001")
    assert [line.sku for line in case.lines] == ["CER-BOWL-S"]
    assert case.description.startswith("Ha ricevuto")
    assert dialog.result() == dialog.DialogCode.Accepted


def test_agent_finds_the_customer_by_an_accented_name_and_the_refusal_stays_in_the_dialog(
    qtbot, ui_shop, agent_ws
):
    dialog = _dialog(qtbot, agent_ws)
    type_text(dialog.lookup, "niccolò")
    QTest.keyClick(dialog.lookup, Qt.Key.Key_Down)
    assert dialog.results_view.hasFocus()
    assert "Niccolò Rossi" in dialog.results.index(0).data()
    QTest.keyClick(dialog.results_view, Qt.Key.Key_Return)
    assert dialog.order.currentData() == "1004", "the most recent order comes first"
    dialog.submit()  # no summary yet
    assert dialog.problem.isVisible()
    assert "summary is empty" in dialog.problem.text()
    assert dialog.isVisible()


def test_a_customer_without_order_can_have_a_complaint(qtbot, ui_shop, agent_ws):
    dialog = _dialog(qtbot, agent_ws)
    type_text(dialog.lookup, "anna.mueller@example.de")
    dialog.run_lookup()
    QTest.keyClick(dialog.lookup, Qt.Key.Key_Return)
    dialog.order.setCurrentIndex(dialog.order.count() - 1)  # "No order"
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    dialog.summary.setText("Courier was rude")
    with qtbot.waitSignal(dialog.caseOpened) as opened:
        dialog.submit()
    case = cases.get_case(ui_shop.as_(ui_shop.agent), opened.args[0])
    assert case.order_number is None and case.customer_name == "Anna Müller"


def test_lookup_models_pass_the_model_tester(qtmodeltester, ui_shop, agent_ws):
    model = CandidateModel()
    model.set_items(find_candidates(agent_ws.ctx, "1002"))
    assert model.rowCount() >= 1
    qtmodeltester.check(model)
    lines = OrderLinesModel()
    from app.services.orders import get_order

    lines.set_lines(get_order(agent_ws.ctx, "1001").lines)
    lines.setData(lines.index(1, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtmodeltester.check(lines)
    assert len(lines.checked_ids()) == 1
