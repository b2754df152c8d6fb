"""Stories of remedies, approvals and paper: the agent offers, the supervisor decides, the agent prints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest

from app.services import approvals, cases, credit
from app.services.context import ServiceContext
from app.services.settings import set_setting
from tests.ui.helpers import type_text
from ui.approvals.model import RequestModel
from ui.approvals.view import ApprovalsView
from ui.cases.case_view import CaseView
from ui.cases.new_case import NewCaseDialog
from ui.cases.remedy_model import RemedyModel, rows_from_proposal
from ui.cases.timeline import COL_WHAT
from ui.documents import preview as preview_module
from ui.documents import printing
from ui.documents.preview import PreviewDialog
from ui.main_window import MainWindow


def _timeline_whats(view: CaseView) -> list[str]:
    return [view.timeline.index(r, COL_WHAT).data() for r in range(view.timeline.rowCount())]


def test_agent_logs_a_wrong_item_call_offers_keep_and_credit_above_the_limit_supervisor_lowers_and_approves_and_the_agent_prints_the_voucher(  # noqa: E501
    qtbot, ui_shop, workspace_for, modals, monkeypatch, tmp_path
):
    agent_ws = workspace_for(ui_shop.agent, ui_shop.db)
    agent = MainWindow(agent_ws)
    qtbot.addWidget(agent)
    agent.show()

    # The phone rings: Ștefan got blue bowls instead of green ones. The agent logs it from the keyboard.
    dialog = agent.new_case()
    assert isinstance(dialog, NewCaseDialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    type_text(dialog.lookup, "1001")
    QTest.keyClick(dialog.lookup, Qt.Key.Key_Return)
    dialog.lines.setData(dialog.lines.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    dialog.kind.setCurrentIndex(dialog.kind.findData("wrong_item"))
    dialog.wants.setCurrentIndex(dialog.wants.findData("keep"))
    type_text(dialog.summary, "Ciotole blu invece che verdi")
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    view = agent.case_view
    assert view is not None and agent.current_page() is view
    case_id = view.case.id

    # The remedies are proposed, best first, each with its cost and why.
    panel = view.remedies_panel
    assert panel.model.rowCount() >= 3
    assert panel.model.rows[0].remedy == "keep_and_credit"
    assert "€" in panel.model.index(0, 2).data() and panel.why.text()
    assert "Remedies proposed (internal)" not in _timeline_whats(view), "looking at them is not offering them"

    # The customer is unhappy: the agent raises the credit above their €25 limit and sees it BEFORE sending.
    panel.choose("keep_and_credit")
    panel.amount.setText("30,00")
    panel.check_now()
    assert panel.needs_approval
    assert "supervisor" in panel.outcome.text() and "€25.00" in panel.outcome.text()
    assert panel.send_button.text().replace("&", "") == "Ask for approval"
    panel.amount.setText("20")
    panel.check_now()
    assert not panel.needs_approval and "issued at once" in panel.outcome.text()
    panel.amount.setText("30")
    panel.check_now()
    panel.reason.setText("Third problem this year, she is upset")
    panel.send_button.click()
    assert view.facts_panel.facts["status"].text() == "Awaiting approval"
    assert "Remedies proposed (internal)" in _timeline_whats(view), "acted on: the options are recorded"
    assert "Waiting for a supervisor" in panel.state.text()
    assert not panel.send_button.isEnabled()
    agent.watcher.poll()
    assert agent.watcher.mine, "the agent's request is watched"

    # The supervisor sees the badge, opens Approvals, lowers the amount and approves.
    boss_ws = workspace_for(ui_shop.supervisor, ui_shop.db)
    boss = MainWindow(boss_ws)
    qtbot.addWidget(boss)
    boss.show()
    row = boss.nav_model.row_of("approvals")
    qtbot.waitUntil(
        lambda: boss.nav_model.index(row).data(Qt.ItemDataRole.AccessibleTextRole) == "Approvals (1)",
        timeout=3000,
    )  # the first poll follows the first paint
    boss.select_page("approvals")
    approvals_view = boss.pages["approvals"]
    assert isinstance(approvals_view, ApprovalsView)
    assert approvals_view.model.rowCount() == 1
    assert approvals_view.context_panel.facts["reason"].text() == "Third problem this year, she is upset"
    assert "above the limit per case" in approvals_view.context_panel.facts["why"].text()
    assert "Ciotole blu" in approvals_view.context_panel.facts["case"].text()
    assert approvals_view.context_panel.facts["history"].text()
    approvals_view.amount.setText("22,50")
    approvals_view.reason.setText("Fair, but not more than the bowls")
    approvals_view.approve_button.click()
    assert "Approving €22.50 of the €30.00 asked" in approvals_view.undo_bar.message.text()
    approvals_view.commit_pending()  # the Undo time is up
    assert "Approved €22.50" in approvals_view.message.text()
    assert approvals_view.model.rowCount() == 0
    boss.watcher.poll()
    assert boss.nav_model.index(row).data(Qt.ItemDataRole.AccessibleTextRole) == "Approvals"

    # Without doing anything, the agent's next poll brings the answer: a notice, and the case reloads.
    agent.watcher.poll()
    assert agent.notice.isVisible()
    assert (
        "approved €22.50" in agent.notice.text.text() and "you asked for €30.00" in agent.notice.text.text()
    )
    assert not modals.seen, "the answer is a notice, not a modal box"
    assert view.facts_panel.facts["status"].text() == "Resolved"
    assert "Voucher RIM-" in panel.state.text()
    code = view.documents_panel.voucher
    assert credit.find_voucher(agent_ws.ctx, code).balance.minor == 2250

    # The agent previews the voucher and prints it (to a PDF file: the printer dialog is answered).
    out = tmp_path / "voucher-printed.pdf"

    def choose_pdf_printer(_parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(preview_module, "ask_printer", choose_pdf_printer)
    assert view.documents_panel.voucher_button.isEnabled()
    dialog = view.documents_panel.preview_voucher()
    assert isinstance(dialog, PreviewDialog)
    assert dialog.page_count() >= 1 and dialog.document.size == "a6"
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    QTest.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert "Sent to the printer" in dialog.status.text()
    assert _timeline_whats(view)[-1] == "Printed"
    dialog.close()

    # Ctrl+P in the case view opens the note's preview; saving as PDF writes the file whole.
    saved = tmp_path / "note.pdf"
    monkeypatch.setattr(preview_module, "ask_save_path", lambda _parent, _name: str(saved))
    agent.print_action.trigger()
    note = view.documents_panel.dialog
    assert isinstance(note, PreviewDialog) and note.isVisible() and note.page_count() == 2, "note + voucher"
    note.save_button.click()
    assert saved.read_bytes().startswith(b"%PDF")
    events = cases.get_case(agent_ws.ctx, case_id).events
    assert [e.data.get("how") for e in events if e.type == "printed"] == ["printer", "pdf"]


def test_within_the_limit_the_voucher_is_issued_at_once(qtbot, ui_shop, agent_ws):
    case_id = cases.open_case(
        agent_ws.ctx,
        kind="wrong_item",
        channel="phone",
        summary="Wrong colour",
        order_number="1001",
        skus=["CER-BOWL-S"],
        wants="keep",
    ).id
    view = CaseView(agent_ws)
    qtbot.addWidget(view)
    view.load(case_id)
    panel = view.remedies_panel
    panel.choose("keep_and_credit")
    panel.check_now()
    assert not panel.needs_approval
    panel.send_button.click()
    assert view.facts_panel.facts["status"].text() == "Resolved"
    assert view.documents_panel.voucher.startswith("RIM-")
    assert view.documents_panel.note_button.isEnabled()


def test_a_supervisor_rejects_with_a_reason_and_the_agent_sees_it(qtbot, ui_shop, workspace_for):
    agent_ws = workspace_for(ui_shop.agent, ui_shop.db)
    case_id = cases.open_case(
        agent_ws.ctx,
        kind="damaged",
        channel="email",
        summary="Vase cracked",
        order_number="1002",
        skus=["CER-VASE"],
    ).id
    approvals.resolve_case(agent_ws.ctx, case_id, "keep_and_credit", "60")
    agent = MainWindow(agent_ws)
    qtbot.addWidget(agent)
    agent.watcher.poll()
    boss_ws = workspace_for(ui_shop.supervisor, ui_shop.db)
    view = ApprovalsView(boss_ws)
    qtbot.addWidget(view)
    view.show()
    view.reject_button.click()
    assert "Say why" in view.message.text()
    view.reason.setText("Ask for a photo first")
    view.reject_button.click()
    view.commit_pending()
    assert "goes back to the agent" in view.message.text()
    agent.watcher.poll()
    assert "rejected the credit – Ask for a photo first" in agent.notice.text.text()
    agent.notice.action.click()
    assert agent.current_page() is agent.case_view and agent.case_view.case.id == case_id
    assert agent.case_view.facts_panel.facts["status"].text() == "Proposed"


def test_nobody_approves_their_own_request(qtbot, ui_shop, workspace_for):
    boss_ws = workspace_for(ui_shop.supervisor, ui_shop.db)
    case_id = cases.open_case(
        boss_ws.ctx,
        kind="damaged",
        channel="email",
        summary="Vase cracked",
        order_number="1002",
        skus=["CER-VASE"],
    ).id
    set_setting(ServiceContext(ui_shop.db, ui_shop.admin), "limits.supervisor.case", "60")
    approvals.resolve_case(boss_ws.ctx, case_id, "keep_and_credit", "100")  # above the supervisor's own €60
    view = ApprovalsView(boss_ws)
    qtbot.addWidget(view)
    view.show()
    view.approve_button.click()
    assert "Nobody decides on their own request" in view.message.text()


def test_remedy_and_request_models_pass_the_model_tester(qtmodeltester, ui_shop, agent_ws):
    from app.services import remedies

    case_id = cases.open_case(
        agent_ws.ctx,
        kind="wrong_item",
        channel="phone",
        summary="Wrong colour",
        order_number="1001",
        skus=["CER-BOWL-S"],
    ).id
    model = RemedyModel()
    model.set_rows(rows_from_proposal(remedies.propose_case(agent_ws.ctx, case_id)))
    qtmodeltester.check(model)
    approvals.resolve_case(agent_ws.ctx, case_id, "keep_and_credit", "30")
    requests = RequestModel()
    requests.set_requests(approvals.list_requests(agent_ws.ctx))
    assert requests.rowCount() == 1
    qtmodeltester.check(requests)


def test_print_pdf_fits_each_page_on_the_printer(qtbot, tmp_path, ui_shop, agent_ws):
    from app.services import documents

    case_id = cases.open_case(
        agent_ws.ctx, kind="delay", channel="phone", summary="Late plaid", order_number="1004"
    ).id
    data = documents.case_sheet_document(agent_ws.ctx, case_id).data
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    seen = []
    assert printing.print_pdf(data, printer, lambda done, total: seen.append((done, total)) or True) >= 1
    assert seen[-1][0] == seen[-1][1]
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
