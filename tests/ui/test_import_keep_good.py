"""Import wizard (issue 15, point 12): after a refusal, keep the good rows and save the refused rows right on the
result page, without starting over."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.services import customers
from ui.imports.wizard import PAGE_RESULT, ImportWizard
from ui.imports.wizard import ask as wizard_ask

FIXTURES = Path(__file__).resolve().parents[1] / "imports" / "fixtures"


def test_keep_the_good_rows_and_save_the_refused_ones_from_the_result(
    qtbot, ui_shop, workspace_for, monkeypatch, tmp_path, modals
):
    ws = workspace_for(ui_shop.admin, ui_shop.db)
    wizard = ImportWizard(ws)
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    wizard.file_page.path.setText(str(FIXTURES / "shopify_orders_bad_rows.csv"))
    wizard.next()
    wizard.next()
    wizard.run_page.start.setFocus()
    qtbot.keyClick(wizard.run_page.start, Qt.Key.Key_Space)
    assert wizard.currentId() == PAGE_RESULT
    result = wizard.result_page
    assert "Nothing was saved" in result.summary.text()
    before = len(customers.list_customers(ws.ctx, limit=1000))
    assert result.keep_good_now.isVisible()

    result.keep_good_now.setFocus()
    qtbot.keyClick(result.keep_good_now, Qt.Key.Key_Space)
    assert wizard.currentId() == PAGE_RESULT, "still on the result: nothing to start over"
    assert result.summary.text().startswith("Saved.")
    assert len(customers.list_customers(ws.ctx, limit=1000)) > before
    assert not result.keep_good_now.isVisible()

    target = tmp_path / "refused.csv"
    monkeypatch.setattr(wizard_ask, "ask_rejects_path", lambda _parent, _suggested: str(target))
    assert result.save_rejects.isEnabled()
    qtbot.keyClick(result.save_rejects, Qt.Key.Key_Space)
    assert target.is_file() and target.read_text(encoding="utf-8").strip()

    nowhere = tmp_path / "no such folder" / "refused.csv"
    monkeypatch.setattr(wizard_ask, "ask_rejects_path", lambda _parent, _suggested: str(nowhere))
    qtbot.keyClick(result.save_rejects, Qt.Key.Key_Space)
    assert not nowhere.exists() and "Cannot write" in modals.messages(), "said to the user, not a crash"
