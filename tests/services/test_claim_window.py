"""One window of history for the claim rate: the orders placed in the last ``claims.window_days`` days and the
claims about them, the same figures in ``customer show`` and the case view (issue 12, point 10), on SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.services import segments, ui_queries
from app.store.models import Case, Customer, Order

DAY = date(2026, 11, 20)


def _at(days_ago: int) -> datetime:
    return datetime.combine(DAY - timedelta(days=days_ago), datetime.min.time(), tzinfo=UTC) + timedelta(
        hours=11
    )


def _order(s, customer: Customer, number: str, days_ago: int) -> Order:
    order = Order(
        source="shopify",
        number=number,
        customer_id=customer.id,
        placed_at=_at(days_ago),
        currency="EUR",
        total_minor=5000,
        subtotal_minor=5000,
    )
    s.add(order)
    s.flush()
    return order


def _claim(s, customer: Customer, order: Order | None, days_ago: int) -> None:
    s.add(
        Case(
            customer_id=customer.id,
            order_id=order.id if order else None,
            kind="damaged",
            channel="email",
            status="new",
            summary="Broken",
            created_at=_at(days_ago),
            updated_at=_at(days_ago),
            currency="EUR",
        )
    )


def test_claims_about_orders_older_than_the_window_are_not_claims_of_no_orders(shop):
    """A loyal customer whose orders are all older than the window complains five times this month: the old
    code read "5 claims of 0 orders" and flagged them."""
    with shop.db.write() as s:
        loyal = Customer(first_name="Paola", last_name="Fedele", email="paola@example.it", language="it")
        s.add(loyal)
        s.flush()
        old = [_order(s, loyal, f"90{i}", 400 + i) for i in range(12)]
        for i in range(5):
            _claim(s, loyal, old[i], days_ago=3 + i)
        loyal_id = loyal.id
    with shop.db.read() as s:
        h = segments.customer_history(s, loyal_id, DAY)
    assert h.orders == 12, "lifetime figures count every order"
    assert (h.claims_in_window, h.orders_in_window, h.flagged) == (0, 0, False)
    assert h.claim_rate_text == "0 claim(s) on 0 order(s) placed in the last 365 days"


def test_claims_count_with_their_orders_window_and_the_text_says_which(shop):
    with shop.db.write() as s:
        buyer = Customer(first_name="Ion", last_name="Pop", email="ion@example.ro", language="ro")
        s.add(buyer)
        s.flush()
        recent = [_order(s, buyer, f"80{i}", 10 + 30 * i) for i in range(4)]  # 10, 40, 70, 100 days ago
        older = _order(s, buyer, "799", 500)
        _claim(s, buyer, recent[0], days_ago=2)
        _claim(s, buyer, recent[0], days_ago=1)
        _claim(s, buyer, recent[3], days_ago=5)
        _claim(s, buyer, older, days_ago=4)  # about an order of an older history
        _claim(s, buyer, None, days_ago=20)  # no order: counted by the day it was opened
        _claim(s, buyer, None, days_ago=900)
        buyer_id = buyer.id
    with shop.db.read() as s:
        h = segments.customer_history(s, buyer_id, DAY)
    assert (h.claims_in_window, h.orders_in_window, h.orders) == (4, 4, 5)
    assert h.flagged is True, "4 claims on 4 orders: at least 3 and at least 30 %"
    assert h.claim_rate_text == "4 claim(s) on 4 order(s) placed in the last 365 days"


def test_the_case_view_and_customer_show_read_the_same_figures(shop):
    with shop.db.write() as s:
        buyer = Customer(first_name="Ana", last_name="Lungu", email="ana@example.ro", language="ro")
        s.add(buyer)
        s.flush()
        order = _order(s, buyer, "701", 400)
        cancelled = _order(s, buyer, "702", 30)
        cancelled.cancelled_at = _at(29)
        for days_ago in (1, 2, 3):
            _claim(s, buyer, order, days_ago)
        _claim(s, buyer, cancelled, 5)
        buyer_id = buyer.id
    ctx = shop.as_(shop.agent)
    overview = ui_queries.customer_overview(ctx, buyer_id)
    summary = segments.customer_summary(ctx, buyer_id).history
    assert (overview.orders, overview.segment, overview.flagged) == (
        summary.orders,
        summary.segment.value,
        summary.flagged,
    )
    assert (
        (overview.claims_in_window, overview.orders_in_window)
        == (summary.claims_in_window, summary.orders_in_window)
        == (1, 1)
    )
    assert overview.claim_rate_text == summary.claim_rate_text
    assert overview.flagged is False, "the case view used to flag 4 claims against all-time figures"
    assert overview.claims == 4 and overview.orders == 1, "claims so far, and orders not cancelled"
