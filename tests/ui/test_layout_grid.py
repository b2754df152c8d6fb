"""Every main screen at the sizes people have (1024×700, 1366×768, 1920×1080) in every language: no text cut,
no widgets on top of each other, the window no wider than the screen — read from geometry (issue 15, point 1–2).

The pages are reached as a user does, with Ctrl+1…7; the images are also written to ``$RIMEDIO_GRID_SHOTS`` when
that is set, to look at them.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.services import approvals, cases, remedies
from tests.ui.layout_check import cut_columns, problems
from ui import i18n, prefs
from ui.inbox.model import COL_AMOUNT, COL_CUSTOMER, COL_DUE, COL_SUMMARY
from ui.main_window import MainWindow

SIZES = [(1024, 700), (1366, 768), (1920, 1080)]
LANGS = ["en", "it", "ro"]


def _data(shop) -> int:
    agent = shop.as_(shop.agent)
    case_id = cases.open_case(
        agent,
        kind="damaged",
        channel="email",
        summary="Vaso arrivato con una crepa lunga",
        order_number="1002",
        skus=["CER-VASE"],
        wants="keep",
    ).id
    remedies.propose_case(agent, case_id)
    other = cases.open_case(
        agent,
        kind="wrong_item",
        channel="phone",
        summary="Ciotole blu invece che verdi",
        order_number="1001",
        skus=["CER-BOWL-S"],
    ).id
    remedies.propose_case(agent, other)
    approvals.resolve_case(
        agent, case_id, "keep_and_credit", "60", reason="Cliente affezionata, terzo problema"
    )
    cases.add_note(agent, case_id, "Chiamata la cliente: manderà una foto della crepa domani mattina")
    return case_id


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_main_screen_fits(qtbot, ui_shop, workspace_for, size, lang):
    case_id = _data(ui_shop)
    i18n.install(lang)
    window = MainWindow(workspace_for(ui_shop.admin, ui_shop.db))
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    shots = os.environ.get("RIMEDIO_GRID_SHOTS")
    found: dict[str, list[str]] = {}
    for number, entry in enumerate(window.nav_model.entries, start=1):
        if (
            QApplication.activeWindow() is not window
        ):  # the offscreen platform can drop activation between pages
            window.activateWindow()
            qtbot.waitActive(window)
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        _settle()
        assert window.current_page() is window.pages[entry.page]
        found[entry.page] = problems(window)
        if entry.page in ("inbox", "mine"):
            found[entry.page] += cut_columns(window.current_page().table, [COL_DUE, COL_AMOUNT, COL_SUMMARY])
        if shots:
            window.grab().save(os.path.join(shots, f"{entry.page}-{lang}-{size[0]}x{size[1]}.png"))
    window.open_case(case_id)
    _settle()
    found["case"] = problems(window)
    if shots:
        window.grab().save(os.path.join(shots, f"case-{lang}-{size[0]}x{size[1]}.png"))
    assert (window.width(), window.height()) == size, "the window fits the screen"
    assert {page: p for page, p in found.items() if p} == {}


def test_the_case_side_pane_opens_at_the_top_for_each_case(qtbot, ui_shop, workspace_for):
    case_id = _data(ui_shop)
    window = MainWindow(workspace_for(ui_shop.agent, ui_shop.db))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.open_case(case_id)
    _settle()
    bar = window.case_view.side.verticalScrollBar()
    assert bar.maximum() > 0, "at 1024×700 the side pane scrolls as a whole"
    bar.setValue(bar.maximum())
    window.open_case(case_id - 1 if case_id > 1 else case_id + 1)
    _settle()
    assert bar.value() == 0, "the next case starts at its facts and the customer's name"


def test_splitters_and_columns_are_remembered_per_user(qtbot, ui_shop, workspace_for):
    case_id = _data(ui_shop)
    agent_window = MainWindow(workspace_for(ui_shop.agent, ui_shop.db))
    qtbot.addWidget(agent_window)
    agent_window.resize(1366, 768)
    agent_window.show()
    agent_window.open_case(case_id)
    _settle()
    splitter = agent_window.case_view.splitter
    splitter.moveSplitter(500, 1)
    splitter.splitterMoved.emit(500, 1)
    header = agent_window.pages["inbox"].table.horizontalHeader()
    header.resizeSection(COL_CUSTOMER, 222)
    sizes = splitter.sizes()
    agent_window.close()  # what waits for its delay is saved now
    assert not prefs.user_state("agent", "case/splitter").isEmpty()

    again = MainWindow(workspace_for(ui_shop.agent, ui_shop.db))
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    again.open_case(case_id)
    _settle()
    assert again.case_view.splitter.sizes() == sizes
    assert again.pages["inbox"].table.horizontalHeader().sectionSize(COL_CUSTOMER) == 222
    assert prefs.user_state("supervisor", "case/splitter").isEmpty(), "another user's layout is their own"


def test_report_chart_labels_never_collide_or_get_cut(qtbot, language):
    from datetime import date, timedelta

    from PySide6.QtGui import QFontMetrics

    from ui.reports.charts import LineChart, MixChart, WeeklyBarChart

    weeks = [(date(2026, 9, 7) + timedelta(weeks=i)).strftime("%d/%m") for i in range(13)]
    for chart_type in (WeeklyBarChart, LineChart):
        chart = chart_type()
        qtbot.addWidget(chart)
        chart.resize(260, 190)
        chart.set_data(weeks, [i % 5 + 1 for i in range(13)])
        chart.show()
        chart.grab()
        rects = [r for r, _ in chart.label_rects]
        assert len(rects) >= 2
        assert all(a.right() < b.left() for a, b in zip(rects, rects[1:], strict=False)), "no '16/1130/11'"
        assert all(chart.rect().contains(r.toRect()) for r in rects)
    mix = MixChart()
    qtbot.addWidget(mix)
    mix.set_data(
        [("Keep the item and store credit", 28), ("Store credit instead of a refund", 5), ("Replacement", 3)]
    )
    mix.resize(220, mix.minimumSizeHint().height())
    mix.show()
    mix.grab()
    fm = QFontMetrics(mix.font())
    for box, name in mix.name_rects:
        need = fm.boundingRect(0, 0, int(box.width()), 1000, Qt.TextFlag.TextWordWrap, name)
        assert need.height() <= box.height() and need.width() <= box.width() + 1, f"{name!r} is cut"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scale", [1.0, 1.25], ids=["font", "larger-font"])
def test_the_remedy_and_line_tables_keep_their_headers_whole_in_the_narrowest_side_pane(
    qtbot, ui_shop, workspace_for, lang, scale
):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    if (
        scale != 1.0
    ):  # a desktop with a larger font: the figures' columns grow, the remedy's name must keep room
        larger = app.font()
        larger.setPointSizeF(font.pointSizeF() * scale)
        app.setFont(larger)
    try:
        i18n.install(lang)
        case_id = _data(ui_shop)
        window = MainWindow(workspace_for(ui_shop.agent, ui_shop.db))
        qtbot.addWidget(window)
        window.resize(1040, 760)
        window.show()
        window.open_case(case_id + 1)  # the wrong-item case: its remedies are proposed, not yet chosen
        view = window.case_view
        assert view is not None
        view.splitter.setSizes([10_000, 1])  # the side pane dragged as narrow as it goes
        _settle()
        table = view.remedies_panel.table
        assert table.model().rowCount() >= 2
        assert cut_columns(table) == []
        side = view.side.viewport()
        assert table.mapTo(side, QPoint(table.width(), 0)).x() <= side.width(), (
            "the pane cuts the table's right"
        )
        assert table.columnWidth(0) >= table.fontMetrics().averageCharWidth() * table.NAME_CHARS - 1
        lines = view.facts_panel.lines_view
        assert (
            cut_columns(lines, [c for c in range(lines.model().columnCount()) if not lines.isColumnHidden(c)])
            == []
        )
    finally:
        app.setFont(font)
