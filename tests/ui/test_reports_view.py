"""A supervisor opens the Reports screen, picks a fortnight, reads the tiles and exports the figures."""

from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate

from tests.services.test_reports import fill_fortnight
from ui.reports.models import AgentTableModel, WeekTableModel
from ui.reports.view import ReportsView

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_supervisor_picks_a_fortnight_reads_the_tiles_and_exports(
    qtbot, qtmodeltester, ui_shop, workspace_for, tmp_path
):
    fill_fortnight(ui_shop)
    view = ReportsView(workspace_for(ui_shop.supervisor, ui_shop.db), today=date(2026, 11, 20))
    qtbot.addWidget(view)
    view.resize(1360, 860)
    view.show()
    assert view.period() == (date(2026, 8, 23), date(2026, 11, 20)), "opens on the last 90 days"
    assert view.tiles["cases"].value.text() == "7"

    view.date_from.setDate(QDate(2026, 11, 2))  # as the supervisor types the dates
    view.date_to.setDate(QDate(2026, 11, 15))
    assert view.quick.currentData() == "custom"
    tiles = {key: tile.value.text() for key, tile in view.tiles.items()}
    assert tiles["cases"] == "5"
    assert tiles["keep_and_credit"] == "50.0 %"
    assert tiles["savings"] == "€12.50"
    assert tiles["credit_issued"] == "€70.00" and tiles["credit_spent"] == "€29.00"
    assert tiles["liability"] == "€66.00"
    assert tiles["revenue"] == "€119.00"
    assert view.week_model.rowCount() == 2 and view.agent_model.rowCount() == 2
    assert view.week_model.index(0, WeekTableModel.COL_CASES).data() == "2"
    assert view.week_model.index(1, WeekTableModel.COL_OWED).data() == "€66.00"
    assert view.agent_model.index(0, AgentTableModel.COL_AGENT).data() == "Giulia Bianchi"
    qtmodeltester.check(view.week_model)
    qtmodeltester.check(view.agent_model)

    view.agent.setCurrentIndex(view.agent.findData("supervisor"))
    assert view.tiles["cases"].value.text() == "2"
    view.agent.setCurrentIndex(0)

    with qtbot.waitSignal(view.exported):
        view.export_csv(str(tmp_path / "figures.csv"))
    rows = list(csv.reader((tmp_path / "figures.csv").open(encoding="utf-8-sig")))
    assert ["credit", "", "owed_at_end", "66.00"] in rows
    with qtbot.waitSignal(view.exported):
        view.export_pdf(str(tmp_path / "report.pdf"))
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")

    # The picture for the README is refreshed on request only (RIMEDIO_SCREENSHOTS=1), so a test run leaves the
    # checkout as it found it.
    folder = SCREENSHOTS if os.environ.get("RIMEDIO_SCREENSHOTS") else tmp_path
    assert view.grab().save(str(folder / "reports.png"))


def test_backwards_dates_show_the_refusal_instead_of_figures(qtbot, ui_shop, workspace_for):
    view = ReportsView(workspace_for(ui_shop.supervisor, ui_shop.db), today=date(2026, 11, 20))
    qtbot.addWidget(view)
    view.date_from.setDate(QDate(2026, 12, 1))
    assert "before it starts" in view.message.text()
