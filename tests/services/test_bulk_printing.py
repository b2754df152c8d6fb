"""Printing the case sheets of several cases at once (issue 17, point 2) puts a ``printed`` entry on each case's
timeline, as printing one sheet does — through the same service call, :func:`documents.record_printed`."""

from __future__ import annotations

from app.services import bulk, cases, documents


def _open(shop, n: int) -> list[int]:
    agent = shop.as_(shop.agent)
    return [
        cases.open_case(agent, kind="damaged", channel="email", summary=f"Crack {i}", order_number="1001").id
        for i in range(n)
    ]


def _printed(ctx, case_id: int) -> list[dict]:
    return [e.data for e in cases.get_case(ctx, case_id).events if e.type == "printed"]


def test_printing_a_batch_of_case_sheets_puts_printed_on_every_case_as_one_sheet_does(shop):
    ids = _open(shop, 3)
    agent = shop.as_(shop.agent)
    sheets = bulk.case_sheets(agent, [ids[2], ids[0], ids[1], ids[0]], lang="it")
    assert sheets.case_ids == tuple(ids) and sheets.count == 3
    assert all(_printed(agent, i) == [] for i in ids), "rendering prints nothing"
    documents.record_printed(agent, sheets, "printer")
    one = documents.print_case_sheet(agent, ids[0], lang="it", how="printer")
    assert one.case_id == ids[0]
    for case_id in ids:
        batch_entry = _printed(agent, case_id)[0]
        assert batch_entry == {"document": "case_sheet", "size": "a4", "language": "it", "how": "printer"}
    assert _printed(agent, ids[0]) == [_printed(agent, ids[0])[0]] * 2, (
        "the batch's entry is the single one's"
    )
    event = [e for e in cases.get_case(agent, ids[1]).events if e.type == "printed"][0]
    assert event.actor == "Giulia Bianchi"


def test_a_batch_saved_as_pdf_is_recorded_as_pdf_on_each_case(shop):
    ids = _open(shop, 2)
    agent = shop.as_(shop.agent)
    documents.record_printed(agent, bulk.case_sheets(agent, ids), "pdf")
    assert [_printed(agent, i)[0]["how"] for i in ids] == ["pdf", "pdf"]
