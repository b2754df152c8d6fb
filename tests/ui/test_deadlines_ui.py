"""The window shows a case waiting for the customer as paused, with its business time left, never as overdue
(issue 12, point 8b)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import cases
from ui.cases.case_view import CaseView
from ui.inbox.model import COL_DUE, COL_ID, CaseIdRole, OverdueRole
from ui.inbox.view import InboxView


def _two_late_cases(shop) -> tuple[int, int]:
    ctx = shop.as_(shop.agent)
    waiting = cases.open_case(
        ctx, kind="damaged", channel="email", summary="Photo asked", order_number="1002"
    ).id
    running = cases.open_case(
        ctx, kind="delay", channel="chat", summary="Nobody looked", order_number="1004"
    ).id
    cases.change_status(ctx, waiting, "awaiting_customer")
    shop.db.engine.dispose()
    from sqlalchemy import text  # tests may reach the store; the UI may not

    with shop.db.engine.begin() as conn:  # both deadlines passed long ago
        conn.execute(text("UPDATE cases SET resolution_due = '2020-01-01 00:00:00.000000'"))
    return waiting, running


def test_the_inbox_marks_only_running_cases_overdue_and_says_paused(qtbot, ui_shop, agent_ws):
    waiting, running = _two_late_cases(ui_shop)
    view = InboxView(agent_ws)
    qtbot.addWidget(view)
    view.show()
    rows = {view.model.index(r, 0).data(CaseIdRole): r for r in range(view.model.rowCount())}
    paused, late = rows[waiting], rows[running]
    assert view.model.index(paused, 0).data(OverdueRole) is False
    assert view.model.index(paused, COL_DUE).data().startswith("paused · ")
    assert "late" in view.model.index(paused, COL_DUE).data(), "it was already late when paused"
    assert "past the deadline (business hours)" in view.model.index(paused, COL_DUE).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert view.model.index(paused, COL_DUE).data(Qt.ItemDataRole.DecorationRole) is None
    assert view.model.index(paused, COL_ID).data(Qt.ItemDataRole.ForegroundRole) is None
    assert view.model.index(late, 0).data(OverdueRole) is True
    assert "ago" in view.model.index(late, COL_DUE).data()
    view.overdue.setChecked(True)
    assert [view.model.index(r, 0).data(CaseIdRole) for r in range(view.model.rowCount())] == [running]
    view.resize(1200, 300)
    view.overdue.setChecked(False)
    view.grab().save("/tmp/deadlines-inbox.png")


def test_the_case_view_shows_paused_and_the_time_left(qtbot, ui_shop, agent_ws):
    ctx = ui_shop.as_(ui_shop.agent)
    case_id = cases.open_case(
        ctx, kind="damaged", channel="email", summary="Photo asked", order_number="1002"
    ).id
    cases.change_status(ctx, case_id, "awaiting_customer")
    view = CaseView(agent_ws)
    qtbot.addWidget(view)
    view.load(case_id)
    view.show()
    due = view.facts_panel.facts["due"].text()
    assert "paused · " in due and "left (business hours)" in due and "ago" not in due
    view.resize(1300, 800)
    view.grab().save("/tmp/deadlines-case.png")


def test_the_customer_panel_says_which_window_the_claim_rate_counts(qtbot, ui_shop, agent_ws):
    ctx = ui_shop.as_(ui_shop.agent)
    case_id = 0
    for summary in ("Vase cracked", "Lid missing", "Glaze flaking"):
        case_id = cases.open_case(
            ctx, kind="damaged", channel="email", summary=summary, order_number="1002"
        ).id
    view = CaseView(agent_ws)
    qtbot.addWidget(view)
    view.load(case_id)
    view.show()
    flag = view.customer_panel.fields["flag"].text()
    assert flag.startswith("3 claim(s) on 2 order(s) placed in the last 365 days")
    assert "Unusually many claims" in flag
    view.resize(1300, 800)
    view.grab().save("/tmp/deadlines-claims.png")


def test_new_case_takes_one_of_two_bowls_from_the_keyboard(qtbot, ui_shop, agent_ws):
    from PySide6.QtTest import QTest

    from ui.cases.lookup import LINE_QTY
    from ui.cases.new_case import NewCaseDialog

    dialog = NewCaseDialog(agent_ws)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    QTest.keyClicks(dialog.lookup, "#1001")
    QTest.keyClick(dialog.lookup, Qt.Key.Key_Return)
    assert dialog.lines_view.hasFocus()
    bowls = dialog.lines.index(0, LINE_QTY)
    assert bowls.data() == "2"
    QTest.keyClick(dialog.lines_view, Qt.Key.Key_Right)
    QTest.keyClick(dialog.lines_view, Qt.Key.Key_Right)
    assert dialog.lines_view.currentIndex().column() == LINE_QTY
    QTest.keyClick(dialog.lines_view, Qt.Key.Key_F2)
    editor = dialog.lines_view.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "1")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the view commits the editor's value as the event loop turns
    qtbot.waitUntil(lambda: bowls.data() == "1 of 2")
    assert dialog.lines.checked_ids() == [dialog.lines.lines[0].id], "giving the pieces ticks the line"
    napkins = dialog.lines.index(1, LINE_QTY)
    assert not dialog.lines.flags(napkins) & Qt.ItemFlag.ItemIsEditable, "one piece is all or nothing"
    dialog.summary.setText("Una ciotola rotta")
    dialog.kind.setCurrentIndex(dialog.kind.findData("damaged"))
    dialog.resize(700, 560)
    dialog.grab().save("/tmp/deadlines-newcase.png")
    with qtbot.waitSignal(dialog.caseOpened) as opened:
        dialog.submit()
    case = cases.get_case(ui_shop.as_(ui_shop.agent), opened.args[0])
    assert [(li.sku, li.quantity, li.ordered) for li in case.lines] == [("CER-BOWL-S", 1, 2)]
    view = CaseView(agent_ws)
    qtbot.addWidget(view)
    view.load(case.id)
    view.show()
    assert view.facts_panel.lines.index(0, LINE_QTY).data() == "1 of 2"


def test_the_supervisor_reads_which_window_flagged_the_customer(qtbot, ui_shop, workspace_for):
    from app.services import approvals
    from ui.approvals.view import ApprovalsView

    ctx = ui_shop.as_(ui_shop.agent)
    case_id = 0
    for summary in ("Vase cracked", "Lid missing", "Glaze flaking"):
        case_id = cases.open_case(
            ctx, kind="damaged", channel="email", summary=summary, order_number="1002"
        ).id
    approvals.resolve_case(ctx, case_id, "keep_and_credit", "10", reason="She keeps it")  # flagged: waits
    view = ApprovalsView(workspace_for(ui_shop.supervisor, ui_shop.db))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(
        lambda: "placed in the last 365 days" in view.context_panel.facts["history"].text(), timeout=3000
    )
    assert "unusually many claims (3 claim(s) on 2 order(s)" in view.context_panel.facts["history"].text()
    view.resize(1200, 700)
    view.grab().save("/tmp/deadlines-approvals.png")
