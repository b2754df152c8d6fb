"""Keys and dialogs as a daily user meets them (issue 15, points 3–5): Enter, Ctrl+Enter, the start-up's buttons."""

from __future__ import annotations

import keyring
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from ui.application import Startup, make_application
from ui.runner import SyncRunner
from ui.startup.first_start import FirstStartDialog
from ui.startup.login import LoginDialog
from ui.startup.preferences import PreferencesDialog

UNREACHABLE = "postgresql://nobody@127.0.0.1:1/nowhere"


# --- 3. the login ----------------------------------------------------------------------------------------------
def test_enter_in_the_password_logs_in_even_after_focus_passed_over_cancel(qtbot, ui_shop):
    dialog = LoginDialog(ui_shop.db, SyncRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.username.setFocus()
    qtbot.keyClicks(dialog.username, "agent")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.password, "Enter in the user name with no password moves on"
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setFocus()  # Tab went over Cancel (Qt's auto-default would make it the default button)
    assert not cancel.isDefault()
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, "agent-pass")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "agent"


def test_enter_after_a_wrong_password_tries_again_and_never_cancels(qtbot, ui_shop):
    dialog = LoginDialog(ui_shop.db, SyncRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("agent")
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Enter)
    assert dialog.isVisible() and dialog.problem.isVisible()
    for _ in range(4):  # Tab round the dialog, over the buttons
        dialog.focusNextChild()
    dialog.password.setFocus()
    dialog.password.setText("agent-pass")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.result() == QDialog.DialogCode.Accepted


def test_without_a_password_store_the_login_speaks_to_people(qtbot, ui_shop, language):
    keyring.set_keyring(FailKeyring())
    dialog = LoginDialog(ui_shop.db, SyncRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.keyring_note.text()
    assert dialog.keyring_note.isVisible() and note
    assert "Error" not in note and "Keyring" not in note, note
    if language == "en":
        assert note == "This computer has no password store, so Rimedio cannot remember your password."


# --- 4. start-up errors ------------------------------------------------------------------------------------------
def _quits(monkeypatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(QApplication, "quit", lambda: calls.append(1))
    return calls


def test_the_program_does_not_end_when_a_start_up_dialog_closes(qapp):
    app = make_application([])
    assert not app.quitOnLastWindowClosed(), "Retry and Save must not end the program by closing the last box"
    app.setQuitOnLastWindowClosed(True)


def test_retry_tries_again_and_connection_settings_show_the_failing_address(
    qtbot, monkeypatch, modals, _isolated, tmp_path
):
    monkeypatch.setenv("RIMEDIO_DB", UNREACHABLE)
    quits = _quits(monkeypatch)
    boxes: list[QMessageBox] = []

    def answer(box):
        boxes.append(box)
        if len(boxes) == 1:
            return int(QMessageBox.StandardButton.Retry)
        box.findChild(type(box.button(QMessageBox.StandardButton.Retry)), "connectionSettings").click()
        return 0

    modals.answer = answer
    startup = Startup(None, runner=SyncRunner())
    startup.start()
    assert len(boxes) == 2, "Retry tried again (and failed again)"
    assert not quits
    prefs_dialog = startup.dialog
    assert isinstance(prefs_dialog, PreferencesDialog)
    assert prefs_dialog.postgres.isChecked(), "the failing address, not the saved SQLite default"
    assert (prefs_dialog.host.text(), prefs_dialog.port.value(), prefs_dialog.database.text()) == (
        "127.0.0.1",
        1,
        "nowhere",
    )
    prefs_dialog.sqlite.setChecked(True)
    prefs_dialog.path.setText(str(tmp_path / "new.sqlite3"))
    save = prefs_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    save.setFocus()
    qtbot.keyClick(save, Qt.Key.Key_Space)
    assert isinstance(startup.dialog, FirstStartDialog), (
        "Save starts again on what was saved (over RIMEDIO_DB)"
    )
    assert not quits


def test_cancel_in_connection_settings_goes_back_to_the_question(qtbot, monkeypatch, modals, _isolated):
    monkeypatch.setenv("RIMEDIO_DB", UNREACHABLE)
    quits = _quits(monkeypatch)
    boxes: list[QMessageBox] = []

    def answer(box):
        boxes.append(box)
        if len(boxes) == 1:
            box.findChild(type(box.button(QMessageBox.StandardButton.Retry)), "connectionSettings").click()
            return 0
        return int(QMessageBox.StandardButton.Close)

    modals.answer = answer
    startup = Startup(None, runner=SyncRunner())
    startup.start()
    prefs_dialog = startup.dialog
    qtbot.keyClick(prefs_dialog, Qt.Key.Key_Escape)
    assert len(boxes) == 2 and quits == [1], "back to the question; Close then quits"


def test_login_connection_save_leaves_one_login_dialog(qtbot, monkeypatch, ui_shop, _isolated):
    quits = _quits(monkeypatch)
    monkeypatch.setenv("RIMEDIO_DB", ui_shop.db.url.database)
    startup = Startup(None, runner=SyncRunner())
    startup.start()
    first = startup.dialog
    assert isinstance(first, LoginDialog)
    first.connectionRequested.emit()
    prefs_dialog = startup.dialog
    assert isinstance(prefs_dialog, PreferencesDialog)
    prefs_dialog.path.setText(ui_shop.db.url.database)
    prefs_dialog.save()
    logins = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
    assert len(logins) == 1 and logins[0] is startup.dialog and logins[0] is not first
    assert not quits
    startup.dialog.username.setText("agent")
    startup.dialog.password.setText("agent-pass")
    qtbot.keyClick(startup.dialog.password, Qt.Key.Key_Return)
    assert startup.window is not None
    qtbot.addWidget(startup.window)
    startup.window.close()
    assert quits == [1], "closing the main window ends the program"


# --- 5. shortcuts act on the widget that has focus ------------------------------------------------------------------
def _case_view(qtbot, ws, case_id):
    from ui.cases.case_view import CaseView

    view = CaseView(ws)
    qtbot.addWidget(view)
    view.load(case_id)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def test_ctrl_enter_in_the_amount_sends_the_remedy_and_in_the_note_adds_the_note(
    qtbot, ui_shop, agent_ws, modals
):
    from app.services import cases

    case_id = cases.open_case(
        ui_shop.as_(ui_shop.agent),
        kind="damaged",
        channel="email",
        summary="Vase cracked",
        order_number="1002",
        wants="keep",
    ).id
    view = _case_view(qtbot, agent_ws, case_id)
    panel = view.remedies_panel
    assert panel.choose("keep_and_credit")
    panel.amount.setFocus()
    panel.amount.selectAll()
    qtbot.keyClicks(panel.amount, "5")
    panel.check_now()
    resolved = []
    panel.resolved.connect(resolved.append)
    qtbot.keyClick(panel.amount, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "The note is empty" not in modals.messages()
    assert resolved, "Ctrl+Enter in the amount sent the remedy"
    view.note.setFocus()
    qtbot.keyClicks(view.note, "Called back")
    qtbot.keyClick(view.note, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert view.note.toPlainText() == "", "Ctrl+Enter in the note added it"


def test_enter_that_picks_the_customer_does_not_open_the_case(qtbot, ui_shop, agent_ws):
    from ui.cases.new_case import NewCaseDialog

    dialog = NewCaseDialog(agent_ws)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    opened = []
    dialog.caseOpened.connect(opened.append)
    dialog.summary.setText("Blue bowls instead of green")  # even with everything filled in, Enter only picks
    dialog.lookup.setFocus()
    qtbot.keyClicks(dialog.lookup, "#1001")
    qtbot.keyClick(dialog.lookup, Qt.Key.Key_Return)
    assert dialog.customer is not None
    assert not opened and dialog.isVisible()
    assert not dialog.problem.isVisible(), "no stale 'Find the customer or the order first'"
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_Return)  # Enter elsewhere moves on, never opens
    assert not opened
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1


def test_a_problem_said_before_the_customer_was_chosen_goes_once_they_are(qtbot, ui_shop, agent_ws):
    from ui.cases.new_case import NewCaseDialog

    dialog = NewCaseDialog(agent_ws)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.keyClick(dialog.lookup, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.problem.isVisible()
    qtbot.keyClicks(dialog.lookup, "#1001")
    qtbot.keyClick(dialog.lookup, Qt.Key.Key_Return)
    assert dialog.customer is not None and not dialog.problem.isVisible()


def test_enter_in_the_inbox_search_opens_the_only_result_or_the_selected_one(qtbot, ui_shop, agent_ws):
    from app.services import cases
    from ui.inbox.view import InboxView

    ctx = ui_shop.as_(ui_shop.agent)
    first = cases.open_case(
        ctx, kind="damaged", channel="email", summary="Vase cracked", order_number="1002"
    ).id
    cases.open_case(ctx, kind="delay", channel="chat", summary="Blanket not arrived", order_number="1004")
    view = InboxView(agent_ws)
    qtbot.addWidget(view)
    view.show()
    opened: list[int] = []
    view.openCase.connect(opened.append)
    view.search.setFocus()
    qtbot.keyClicks(view.search, "vase")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert opened == [first], "Enter ran the search and opened its only result"
    view.search.clear()
    view.apply()
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # into the table, the first row selected
    assert view.selected_case() is not None
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert opened[-1] == view.selected_case() and len(opened) == 2


# --- 6. approvals: said back, Undo, nothing chosen after a decision --------------------------------------------------
def _two_requests(ui_shop, agent_ws):
    from app.services import approvals, cases, remedies

    ids = []
    for order, sku, amount in (("1002", "CER-VASE", "60"), ("1004", "THR-WOOL", "70")):
        case_id = cases.open_case(
            agent_ws.ctx, kind="damaged", channel="email", summary="Broken", order_number=order, skus=[sku]
        ).id
        remedies.propose_case(agent_ws.ctx, case_id)
        ids.append(approvals.resolve_case(agent_ws.ctx, case_id, "keep_and_credit", amount).request_id)
    return ids


def _approvals_view(qtbot, ws):
    from ui.approvals.view import ApprovalsView

    view = ApprovalsView(ws)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def test_approving_says_what_happens_offers_undo_and_chooses_nothing_next(qtbot, ui_shop, workspace_for):
    from app.services import approvals
    from ui.approvals.model import COL_AGE, COL_EXPIRES, COL_SUGGESTED, COL_VALUE

    agent_ws = workspace_for(ui_shop.agent, ui_shop.db)
    first, second = _two_requests(ui_shop, agent_ws)
    boss = workspace_for(ui_shop.supervisor, ui_shop.db)
    view = _approvals_view(qtbot, boss)
    assert view.model.rowCount() == 2 and view.request.id == first
    row = view.model.row_of(first)
    assert view.model.index(row, COL_VALUE).data() == "€129.00"
    assert view.model.index(row, COL_SUGGESTED).data().startswith("€")
    assert view.model.index(row, COL_AGE).data() and view.model.index(row, COL_EXPIRES).data().startswith(
        "in "
    )
    assert "Credit to this customer" in view.context_panel.facts["history"].text()
    assert "suggested" in view.context_panel.facts["asked"].text()

    view.amount.setFocus()
    view.amount.selectAll()
    qtbot.keyClicks(view.amount, "45")
    qtbot.keyClick(view.amount, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.undo_bar.isVisible()
    assert "Approving €45.00 of the €60.00 asked on case" in view.undo_bar.message.text()
    assert view.request is None and not view.approve_button.isEnabled(), (
        "nothing chosen: a second click does nothing"
    )
    assert view.model.rowCount() == 1
    view.approve_button.click()
    assert [r.status for r in approvals.list_requests(boss.ctx, None)] == ["pending", "pending"], (
        "nothing issued yet"
    )

    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Undo
    assert not view.undo_bar.isVisible() and view.request.id == first and view.amount.text() == "45"
    assert "Undone" in view.message.text()
    assert [r.status for r in approvals.list_requests(boss.ctx, None)] == ["pending", "pending"]

    view.undo_ms = 50
    view.approve_button.click()
    qtbot.waitUntil(lambda: not view.undo_bar.isVisible(), timeout=2000)
    assert "Approved €45.00" in view.message.text()
    statuses = {r.id: r.status for r in approvals.list_requests(boss.ctx, None)}
    assert statuses == {first: "approved", second: "pending"}
    assert view.request is None, "the next request is the supervisor's choice"


def test_rejecting_waits_for_undo_and_leaving_the_screen_carries_it_out(qtbot, ui_shop, workspace_for):
    from app.services import approvals

    agent_ws = workspace_for(ui_shop.agent, ui_shop.db)
    first, _second = _two_requests(ui_shop, agent_ws)
    boss = workspace_for(ui_shop.supervisor, ui_shop.db)
    view = _approvals_view(qtbot, boss)
    view.reason.setFocus()
    qtbot.keyClicks(view.reason, "Ask for a photo")
    view.reject_button.setFocus()
    qtbot.keyClick(view.reject_button, Qt.Key.Key_Space)
    assert "Rejecting the €60.00 asked on case" in view.undo_bar.message.text()
    assert approvals.list_requests(boss.ctx, None)[0].status == "pending"
    view.hide()
    assert {r.id: r.status for r in approvals.list_requests(boss.ctx, None)}[first] == "rejected"
