"""The customer list carries each customer's segment and claim-rate flag (the Customers screen's columns)."""

from __future__ import annotations

from app.services import cases, customers


def test_the_list_says_segment_and_flag(shop):
    ctx = shop.as_(shop.agent)
    for summary in ("Vaso rotto", "Plaid in ritardo", "Vaso ancora rotto"):
        cases.open_case(ctx, kind="damaged", channel="email", summary=summary, order_number="1002")
    rows = {r.name: r for r in customers.list_customers(ctx)}
    assert rows["Niccolò Rossi"].flagged and not rows["Anna Müller"].flagged
    assert all(r.segment for r in rows.values())
