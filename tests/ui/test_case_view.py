"""Stories of the case view: an agent works a case — notes, the customer's answer, status moves, a conflict."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import cases
from ui.cases.case_view import CaseView
from ui.cases.timeline import COL_TEXT, COL_WHAT, TimelineModel


def _case(shop) -> int:
    return cases.open_case(
        shop.as_(shop.agent),
        kind="damaged",
        channel="email",
        summary="Vase cracked",
        order_number="1002",
        skus=["CER-VASE"],
        wants="replacement",
    ).id


def _view(qtbot, ws, case_id) -> CaseView:
    view = CaseView(ws)
    qtbot.addWidget(view)
    view.load(case_id)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def test_agent_adds_a_note_with_ctrl_enter_and_records_the_customers_answer(qtbot, ui_shop, agent_ws):
    case_id = _case(ui_shop)
    view = _view(qtbot, agent_ws, case_id)
    assert "Vase cracked" in view.title.text()
    assert view.facts_panel.facts["wants"].text() == "Replacement"
    assert view.customer_panel.fields["name"].text() == "Niccolò Rossi"
    assert view.customer_panel.fields["orders"].text().startswith("2 orders")
    assert "€" in view.customer_panel.fields["spend"].text()
    assert view.facts_panel.lines.rowCount() == 1

    view.note.setFocus()
    QTest.keyClicks(view.note, "Asked for a photo of the crack")
    QTest.keyClick(view.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    texts = [view.timeline.index(r, COL_TEXT).data() for r in range(view.timeline.rowCount())]
    assert "Asked for a photo of the crack" in texts
    assert view.note.toPlainText() == ""

    view.answer.setText("Photo sent, happy with a credit")
    QTest.keyClick(view.answer, Qt.Key.Key_Return)
    whats = [view.timeline.index(r, COL_WHAT).data() for r in range(view.timeline.rowCount())]
    assert whats[-1] == "Customer answered"


def test_agent_moves_the_case_to_awaiting_customer_then_closes_it(qtbot, ui_shop, agent_ws):
    case_id = _case(ui_shop)
    view = _view(qtbot, agent_ws, case_id)
    changed = []
    agent_ws.caseChanged.connect(changed.append)
    view.target.setCurrentIndex(view.target.findData("awaiting_customer"))
    view.reason.setText("asked for a photo")
    view.move_button.click()
    assert view.facts_panel.facts["status"].text() == "Awaiting customer"
    assert "New → Awaiting customer – asked for a photo" in [
        view.timeline.index(r, COL_TEXT).data() for r in range(view.timeline.rowCount())
    ]
    assert changed == [case_id]
    assert view.target.findData("new") == -1, "only the allowed moves are offered"
    view.close_button.click()
    assert cases.get_case(agent_ws.ctx, case_id).status == "closed"


def test_a_change_made_by_someone_else_meanwhile_is_refused_clearly_and_the_case_reloaded(
    qtbot, ui_shop, agent_ws, modals
):
    case_id = _case(ui_shop)
    view = _view(qtbot, agent_ws, case_id)
    cases.change_status(ui_shop.as_(ui_shop.supervisor), case_id, "proposed")  # the supervisor, on another PC
    view.target.setCurrentIndex(view.target.findData("awaiting_customer"))
    view.reason.setText("my reason stays")
    view.move_button.click()
    assert "Sara Supervisor" in modals.messages() and "Reload it" in modals.messages()
    assert view.facts_panel.facts["status"].text() == "Proposed", (
        "the case was reloaded with the other change"
    )
    assert view.reason.text() == "my reason stays"
    assert cases.get_case(agent_ws.ctx, case_id).status == "proposed"


def test_a_new_case_gets_its_remedies_and_paper_waits_for_a_remedy(qtbot, ui_shop, agent_ws):
    view = _view(qtbot, agent_ws, _case(ui_shop))
    assert view.remedies_panel.model.rowCount() >= 2, "shown as soon as the case is opened"
    assert not view.documents_panel.note_button.isEnabled(), "a note needs a remedy"
    assert "choose one first" in view.documents_panel.note_button.toolTip()
    assert view.documents_panel.sheet_button.isEnabled()
    assert not view.documents_panel.voucher_button.isEnabled()
    view.reload()
    proposals = [e for e in cases.get_case(agent_ws.ctx, view.case.id).events if e.type == "proposal"]
    assert proposals == [], "opening a case is reading: the remedies are shown, nothing is recorded"


def test_timeline_model_passes_the_model_tester(qtmodeltester, ui_shop, agent_ws):
    case = cases.get_case(agent_ws.ctx, _case(ui_shop))
    model = TimelineModel()
    model.set_events(case.events)
    qtmodeltester.check(model)
