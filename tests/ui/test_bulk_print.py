"""The inbox's *Print sheets…* for several selected cases: the preview's print or save puts a ``printed`` entry
on each selected case's timeline (issue 17, point 2)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from app.services import cases
from ui.documents import preview as preview_module
from ui.documents.preview import PreviewDialog
from ui.inbox.model import CaseIdRole
from ui.main_window import MainWindow


def test_saving_the_sheets_of_selected_cases_records_printed_on_each(
    qtbot, ui_shop, agent_ws, tmp_path, monkeypatch
):
    agent = ui_shop.as_(ui_shop.agent)
    ids = [
        cases.open_case(agent, kind="damaged", channel="email", summary=f"Sheet {i}", order_number="1001").id
        for i in range(3)
    ]
    window = MainWindow(agent_ws)
    qtbot.addWidget(window)
    window.show()
    inbox = window.pages["inbox"]
    qtbot.waitUntil(lambda: inbox.model.rowCount() >= 3)
    selection = inbox.table.selectionModel()
    for row in range(inbox.model.rowCount()):
        index = inbox.model.index(row, 0)
        if index.data(CaseIdRole) in ids[:2]:
            selection.select(
                index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
    assert sorted(inbox.selected_cases()) == sorted(ids[:2])
    saved = tmp_path / "sheets.pdf"
    monkeypatch.setattr(preview_module, "ask_save_path", lambda _parent, _name: str(saved))
    inbox.selection_actions.print_sheets()
    dialog = inbox.selection_actions.dialog
    assert isinstance(dialog, PreviewDialog)
    qtbot.waitUntil(lambda: dialog.document is not None)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: saved.exists())
    whats = {i: [e.data for e in cases.get_case(agent, i).events if e.type == "printed"] for i in ids}
    language = dialog.document.language
    for case_id in ids[:2]:
        assert whats[case_id] == [
            {"document": "case_sheet", "size": "a4", "language": language, "how": "pdf"}
        ]
    assert whats[ids[2]] == [], "a case not selected is not printed"
