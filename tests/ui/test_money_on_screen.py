"""What the screen promises is what is booked: the line before sending states the amount the button sends, through
background refreshes and case switches; a note never promises credit that awaits approval; after a refusal the
supervisor's answer comes first and asking again needs a reason; a waiting request can be withdrawn."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.money import Money
from app.errors import RimedioError
from app.services import approvals, cases, credit, remedies
from ui import formatting
from ui.cases.case_view import CaseView
from ui.cases.remedies import RemediesPanel
from ui.runner import Job, Runner
from ui.workspace import Workspace


class DeferredRunner(Runner):
    """Calls wait until :meth:`run_all`, as on a busy workstation where answers arrive after the agent moved on."""

    def __init__(self) -> None:
        super().__init__()
        self.queue: list[tuple] = []

    def submit(self, fn, *args, done=None, failed=None, **kwargs) -> Job:
        job = Job(done, failed)
        self.queue.append((fn, args, kwargs, job))
        return job

    def run_all(self, newest_first: bool = False) -> None:
        """Answer every waiting call (``newest_first``: the answers arrive in the reverse order)."""
        while self.queue:
            fn, args, kwargs, job = self.queue.pop(-1 if newest_first else 0)
            try:
                value = fn(*args, **kwargs)
            except RimedioError as exc:
                job.deliver(False, exc)
            else:
                job.deliver(True, value)


def _open(shop, order: str, sku: str) -> int:
    return cases.open_case(
        shop.as_(shop.agent),
        kind="wrong_item",
        channel="phone",
        summary="Wrong colour",
        order_number=order,
        skus=[sku],
        wants="keep",
    ).id


def _typed(panel: RemediesPanel) -> Money:
    return Money.from_decimal(Decimal(panel.amount.text().replace(",", ".")), "EUR")


def _agree(panel: RemediesPanel) -> None:
    """Whenever the agent may send, the line before sending names the amount in the field."""
    if panel.send_button.isEnabled():
        assert formatting.money(_typed(panel)) in panel.outcome.text(), (
            panel.amount.text(),
            panel.outcome.text(),
        )


def test_the_line_before_sending_states_what_the_button_sends_through_refreshes_and_case_switches(
    qtbot, ui_shop
):
    runner = DeferredRunner()
    ws = Workspace(ui_shop.db, ui_shop.agent, runner)
    agent = ui_shop.as_(ui_shop.agent)
    first, second = _open(ui_shop, "1001", "CER-BOWL-S"), _open(ui_shop, "1003", "MOKA-6")
    remedies.propose_case(agent, second)
    panel = RemediesPanel(ws)
    qtbot.addWidget(panel)
    panel.show()

    panel.show_case(cases.get_case(agent, first))
    runner.run_all()  # the proposal, then the check of its suggested amount
    assert panel.choose("keep_and_credit")
    runner.run_all()
    suggested = panel.amount.text()
    _agree(panel)

    panel.amount.selectAll()
    QTest.keyClicks(panel.amount, "14,50")  # typed: the line about the suggestion is stale at once
    _agree(panel)
    panel.send_button.click()
    assert not runner.queue or all(job[0] is not approvals.resolve_case for job in runner.queue)

    qtbot.waitUntil(lambda: bool(runner.queue), timeout=2000)  # the check after the agent stops typing
    panel.show_case(cases.get_case(agent, first))  # a background refresh of the same case meanwhile
    runner.run_all()
    assert panel.amount.text() == "14,50", "a refresh never replaces what the agent typed"
    _agree(panel)
    assert "€14.50" in panel.outcome.text() and suggested != "14,50"

    panel.amount.selectAll()
    QTest.keyClicks(panel.amount, "9")
    panel.check_now()  # a check about case 1 is on its way …
    panel.show_case(cases.get_case(agent, second))  # … when the agent switches to case 2
    runner.run_all()
    _agree(panel)
    assert panel.check is not None and panel.check.amount == _typed(panel)

    shown = panel.check.amount
    panel.send_button.click()
    runner.run_all()
    [grant] = [
        g for g in credit.customer_credit(agent, "anna.mueller@example.de").grants if g.case_id == second
    ]
    assert grant.amount == shown


def test_a_note_waits_while_credit_awaits_approval_and_the_request_can_be_withdrawn(qtbot, ui_shop, agent_ws):
    case_id = _open(ui_shop, "1002", "CER-VASE")
    approvals.resolve_case(agent_ws.ctx, case_id, "keep_and_credit", "40")
    view = CaseView(agent_ws)
    qtbot.addWidget(view)
    view.load(case_id)
    docs = view.documents_panel
    assert not docs.note_button.isEnabled() and not docs.mail_button.isEnabled()
    assert "awaits a supervisor" in docs.note_button.toolTip()
    assert docs.preview_note() is None
    assert not view.move_button.isEnabled() and view.target.count() == 0  # no status change but withdrawing
    assert view.remedies_panel.withdraw_button.isVisible() or not view.isVisible()
    assert view.remedies_panel.withdraw_button.isEnabled()
    view.remedies_panel.withdraw_button.click()
    assert view.facts_panel.facts["status"].text() == "Proposed"
    assert not view.remedies_panel.withdraw_button.isVisible()


def test_after_a_refusal_the_answer_comes_first_and_asking_again_needs_a_reason(qtbot, ui_shop, agent_ws):
    case_id = _open(ui_shop, "1002", "CER-VASE")
    request = approvals.resolve_case(agent_ws.ctx, case_id, "keep_and_credit", "40").request_id
    approvals.reject(ui_shop.as_(ui_shop.supervisor), request, reason="Ask for a photo first")
    view = CaseView(agent_ws)
    qtbot.addWidget(view)
    view.load(case_id)
    panel = view.remedies_panel
    assert panel.choose("keep_and_credit")
    panel.amount.setText("10")
    panel.check_now()
    assert panel.outcome.text().startswith(
        "Sara Supervisor refused €40.00 on this case: “Ask for a photo first”"
    )
    assert not panel.send_button.isEnabled()
    panel.reason.setText("Photo received, the crack is clear")
    assert panel.send_button.isEnabled()
    panel.send_button.click()
    assert view.facts_panel.facts["status"].text() == "Resolved"
    assert credit.customer_credit(agent_ws.ctx, "niccolo.rossi@example.it").balance.plain() == "10.00"


def test_reresolving_shows_what_the_case_already_got(qtbot, ui_shop, agent_ws):
    case_id = _open(ui_shop, "1002", "CER-VASE")
    approvals.resolve_case(agent_ws.ctx, case_id, "keep_and_credit", "25")
    cases.change_status(agent_ws.ctx, case_id, "proposed")
    view = CaseView(agent_ws)
    qtbot.addWidget(view)
    view.load(case_id)
    panel = view.remedies_panel
    assert panel.choose("keep_and_credit")
    panel.amount.setText("5")
    panel.check_now()
    assert "Already given on this case: €25.00." in panel.outcome.text()
    assert panel.needs_approval and panel.send_button.text().replace("&", "") == "Ask for approval"
    QTest.keyClick(panel.amount, Qt.Key.Key_End)


def test_options_of_a_case_the_agent_left_never_show_on_the_next(qtbot, ui_shop):
    runner = DeferredRunner()
    ws = Workspace(ui_shop.db, ui_shop.agent, runner)
    agent = ui_shop.as_(ui_shop.agent)
    first, second = _open(ui_shop, "1001", "CER-BOWL-S"), _open(ui_shop, "1003", "MOKA-6")
    panel = RemediesPanel(ws)
    qtbot.addWidget(panel)
    panel.show_case(cases.get_case(agent, first))  # its options are on their way …
    panel.show_case(cases.get_case(agent, second))  # … when the agent opens another case
    runner.run_all(newest_first=True)  # the first case's options arrive last
    runner.run_all()
    assert panel.choose("keep_and_credit")
    runner.run_all()
    expected = remedies.preview_case(agent, second)
    keep = next(o for o in expected.options if o.remedy.value == "keep_and_credit")
    assert panel.current_row().amount == keep.amount
    _agree(panel)
