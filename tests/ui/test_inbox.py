"""Stories of the inbox: agents find cases by what the customer says, filter them, and open one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import cases
from tests.ui.helpers import type_text
from ui.inbox.model import (
    COL_CUSTOMER,
    COL_DUE,
    COL_KIND,
    COL_STATUS,
    CaseIdRole,
    CaseTableModel,
    OverdueRole,
)
from ui.inbox.view import InboxView


def _open_cases(shop):
    ctx = shop.as_(shop.agent)
    ids = []
    ids.append(
        cases.open_case(
            ctx,
            kind="wrong_item",
            channel="phone",
            summary="Blue bowls instead of green",
            order_number="1001",
            skus=["CER-BOWL-S"],
        ).id
    )
    ids.append(
        cases.open_case(
            ctx, kind="damaged", channel="email", summary="Vase cracked in transit", order_number="1002"
        ).id
    )
    ids.append(
        cases.open_case(
            ctx, kind="delay", channel="chat", summary="Blanket not arrived", order_number="1004"
        ).id
    )
    ids.append(
        cases.open_case(
            shop.as_(shop.supervisor),
            kind="complaint",
            channel="social",
            summary="Moka pot handle loose",
            order_number="1003",
        ).id
    )
    return ids


def _customers(model: CaseTableModel) -> list[str]:
    return [model.index(r, COL_CUSTOMER).data() for r in range(model.rowCount())]


def test_agent_searches_the_inbox_by_a_customers_name_with_accents(qtbot, ui_shop, agent_ws):
    _open_cases(ui_shop)
    view = InboxView(agent_ws)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 4

    type_text(view.search, "ștefan țărână")
    assert view.model.rowCount() == 4, "the search waits until the agent stops typing"
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert _customers(view.model) == ["Ștefan Țărână"]
    assert view.count.text() == "1 case"

    view.search.clear()
    qtbot.keyClicks(view.search, "TARANA")  # without accents, in capitals
    view.apply()
    assert _customers(view.model) == ["Ștefan Țărână"]


def test_agent_filters_by_kind_channel_and_mine_and_opens_a_case_with_enter(qtbot, ui_shop, agent_ws):
    ids = _open_cases(ui_shop)
    view = InboxView(agent_ws)
    qtbot.addWidget(view)
    view.show()
    view.kind.setCurrentIndex(view.kind.findData("damaged"))
    assert view.model.rowCount() == 1
    assert view.model.index(0, COL_KIND).data() == "Damaged"
    view.kind.setCurrentIndex(0)
    view.mine.setChecked(True)
    assert view.model.rowCount() == 3, "the supervisor's case is not the agent's"
    view.channel.setCurrentIndex(view.channel.findData("chat"))
    assert view.model.rowCount() == 1

    with qtbot.waitActive(view):
        view.activateWindow()
    view.search.setFocus()
    QTest.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    with qtbot.waitSignal(view.openCase) as opened:
        QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [ids[2]]


def test_overdue_cases_are_marked_and_can_be_filtered(qtbot, ui_shop, agent_ws):
    _open_cases(ui_shop)
    ui_shop.db.engine.dispose()
    from sqlalchemy import text  # tests may reach the store; the UI may not

    with ui_shop.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE cases SET resolution_due = '2020-01-01 00:00:00.000000' WHERE kind = 'delay'")
        )
    view = InboxView(agent_ws)
    qtbot.addWidget(view)
    view.show()
    overdue = [view.model.index(r, 0).data(OverdueRole) for r in range(view.model.rowCount())]
    assert overdue.count(True) == 1
    row = overdue.index(True)
    assert "ago" in view.model.index(row, COL_DUE).data()
    assert view.model.index(row, COL_DUE).data(Qt.ItemDataRole.DecorationRole) is not None
    view.overdue.setChecked(True)
    assert view.model.rowCount() == 1


def test_status_sorting_happens_in_the_database(qtbot, ui_shop, agent_ws):
    ids = _open_cases(ui_shop)
    cases.change_status(ui_shop.as_(ui_shop.agent), ids[0], "awaiting_customer")
    view = InboxView(agent_ws)
    qtbot.addWidget(view)
    view.show()
    view.table.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [view.model.index(r, COL_STATUS).data() for r in range(view.model.rowCount())]
    assert statuses[0] == "Awaiting customer"
    view.table.sortByColumn(COL_STATUS, Qt.SortOrder.DescendingOrder)
    assert view.model.index(0, COL_STATUS).data() == "New"


def test_the_inbox_model_loads_pages_lazily_and_passes_the_model_tester(
    qtbot, qtmodeltester, ui_shop, agent_ws
):
    ids = _open_cases(ui_shop)
    for i in range(7):
        ids.append(
            cases.open_case(
                ui_shop.as_(ui_shop.agent),
                kind="delay",
                channel="phone",
                summary=f"Late {i}",
                order_number="1004",
            ).id
        )
    model = CaseTableModel(agent_ws, page_size=3)
    model.reload()
    assert model.rowCount() == 3 and model.total == 11
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 6
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert sorted(model.index(r, 0).data(CaseIdRole) for r in range(model.rowCount())) == sorted(ids)


def test_stale_search_results_are_dropped(qtbot, ui_shop, agent_ws):
    """A result that arrives after a newer search started is never shown."""
    _open_cases(ui_shop)
    model = CaseTableModel(agent_ws)
    model.reload()
    old_generation = model._generation
    model.set_search("rossi")
    model._arrived_first(old_generation, (99, []))
    assert model.total == 2 and model.rowCount() == 2, "Niccolò Rossi's two cases, not the stale 99"


def test_a_busy_inbox_read_ahead_at_start_up_shows_a_screenful_at_once_and_the_rest_of_the_page_after(
    qtbot, ui_shop, workspace_for
):
    """A shop with more open cases than a screen: the start-up page is formatted a screenful on the GUI thread,
    the rest of the page on the worker; no line is lost or doubled, nothing more is fetched meanwhile."""
    from app.services.case_rows import INBOX_START
    from app.services.quick_start import DeferredDatabase, QuickReader, page_key
    from ui.inbox.model import FIRST_SCREEN_LINES

    agent = ui_shop.as_(ui_shop.agent)
    for i in range(FIRST_SCREEN_LINES + 15):
        cases.open_case(agent, order_number="1001", kind="delay", channel="email", summary=f"Late parcel {i}")
    url = ui_shop.db.url.render_as_string(hide_password=False)
    reader = QuickReader.open(url)
    page = reader.case_page(ui_shop.agent, *INBOX_START)
    deferred = DeferredDatabase(url, reader, {page_key(ui_shop.agent, *INBOX_START): page})
    view = InboxView(workspace_for(ui_shop.agent, deferred))
    qtbot.addWidget(view)
    view.show()
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() == FIRST_SCREEN_LINES + 15 and not model.loading, timeout=3000)
    assert [model.line(r).row.id for r in range(model.rowCount())] == [row.id for row in page[1]]
    assert model.total == FIRST_SCREEN_LINES + 15
    deferred.dispose()
