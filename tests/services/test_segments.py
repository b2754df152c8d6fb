"""Customer segments and the claim flag, computed by the database — and always agreeing with the pure rules.

Every test runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from app.domain.remedies import Segment, SegmentThresholds, classify
from app.errors import NotFound, ValidationError
from app.services import cases, segments
from app.services.settings import set_setting, set_settings_unchecked
from app.store.models import Case, Customer, Order

ROME = ZoneInfo("Europe/Rome")
TODAY = date(2026, 6, 15)


def _at(day: date, hour: int = 12, minute: int = 0) -> datetime:
    """A moment of the shop's day ``day`` (Europe/Rome), as aware UTC."""
    return datetime.combine(day, time(hour, minute), ROME).astimezone(UTC)


def _customer(s, name: str) -> Customer:
    c = Customer(first_name=name, last_name="Test", email=f"{name.lower()}@example.it", language="it")
    s.add(c)
    s.flush()
    return c


def _order(
    s,
    customer: Customer,
    number: str,
    placed: datetime,
    total: int,
    currency: str = "EUR",
    cancelled: bool = False,
) -> Order:
    o = Order(
        source="test",
        number=number,
        customer_id=customer.id,
        placed_at=placed,
        currency=currency,
        subtotal_minor=total,
        total_minor=total,
        cancelled_at=placed if cancelled else None,
    )
    s.add(o)
    return o


# --- the SQL agrees with classify() ---------------------------------------------------------------------------
THRESHOLD_SETS = [
    {},  # the defaults
    {
        "segment.new_max_orders": "0",
        "segment.lapsed_min_orders": "1",
        "segment.lapsed_after_days": "30",
        "segment.loyal_min_orders": "2",
        "segment.loyal_min_spent": "60",
        "segment.small_avg_order": "24.9950",
    },
    {
        "segment.new_max_orders": "2",
        "segment.lapsed_min_orders": "4",
        "segment.lapsed_after_days": "400",
        "segment.loyal_min_orders": "3",
        "segment.loyal_min_spent": "100.005",
        "segment.small_avg_order": "40",
    },
]


def _thresholds(values: dict[str, str]) -> SegmentThresholds:
    d = SegmentThresholds()
    return SegmentThresholds(
        new_max_orders=int(values.get("segment.new_max_orders", d.new_max_orders)),
        lapsed_min_orders=int(values.get("segment.lapsed_min_orders", d.lapsed_min_orders)),
        lapsed_after_days=int(values.get("segment.lapsed_after_days", d.lapsed_after_days)),
        loyal_min_orders=int(values.get("segment.loyal_min_orders", d.loyal_min_orders)),
        loyal_min_spent=Decimal(values.get("segment.loyal_min_spent", d.loyal_min_spent)),
        small_avg_order=Decimal(values.get("segment.small_avg_order", d.small_avg_order)),
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_sql_segments_agree_with_classify_on_random_histories(shop, seed):
    """Random histories — cancelled orders, other currencies, last orders a minute either side of the lapsed
    boundary in the shop's time zone, spends exactly on a threshold — under three sets of thresholds."""
    rng = random.Random(seed)
    values = THRESHOLD_SETS[seed - 1]
    t = _thresholds(values)
    expected: dict[int, Segment] = {}
    with shop.db.write() as s:
        set_settings_unchecked(s, values)
        boundary = TODAY - timedelta(days=t.lapsed_after_days)
        for i in range(120):
            c = _customer(s, f"C{seed}x{i}")
            counted: list[tuple[datetime, int]] = []
            for j in range(rng.choice([0, 1, 1, 2, 2, 3, 4, 5, 6, 8])):
                day = rng.choice(
                    [
                        boundary,
                        boundary + timedelta(days=1),
                        boundary - timedelta(days=1),
                        TODAY,
                        TODAY + timedelta(days=2),
                        TODAY - timedelta(days=rng.randint(0, 900)),
                    ]
                )
                hour, minute = rng.choice([(0, 0), (0, 30), (1, 59), (12, 0), (23, 59)])
                placed = _at(day, hour, minute)
                total = rng.choice([0, 990, 1500, 2499, 2500, 2501, 6000, 10001, 30000, 12345])
                currency = "RON" if rng.random() < 0.08 else "EUR"
                cancelled = rng.random() < 0.08
                _order(s, c, f"{seed}-{i}-{j}", placed, total, currency, cancelled)
                if currency == "EUR" and not cancelled:
                    counted.append((placed, total))
            last = max((p for p, _ in counted), default=None)
            expected[c.id] = classify(
                len(counted),
                Decimal(sum(total for _, total in counted)) / 100,
                last.astimezone(ROME).date() if last else None,
                TODAY,
                t,
            )
    with shop.db.read() as s:
        everyone = segments.segments_of(s, list(expected), TODAY)
        by_segment = {seg: set(segments.customers_in_segment(s, seg, TODAY)) for seg in Segment}
        counts = segments.count_by_segment(s, TODAY)
        one = {cid: segments.customer_history(s, cid, TODAY).segment for cid in list(expected)[:25]}
    assert everyone == expected
    for seg in Segment:
        assert by_segment[seg] & set(expected) == {cid for cid, e in expected.items() if e is seg}
    shop_customers = 3  # the known shop's own customers are counted too
    assert sum(counts.values()) == len(expected) + shop_customers
    assert one == {cid: expected[cid] for cid in one}
    assert len(set(expected.values())) >= 3, "the random histories should reach most segments"


def test_segments_of_the_known_shop_and_a_campaign_list(shop):
    ctx = shop.as_(shop.supervisor)
    counts = segments.segment_counts(ctx, date(2026, 11, 20))
    # Ștefan and Anna bought once (new); Niccolò twice, €248 in total (regular).
    assert counts[Segment.NEW] == 2 and counts[Segment.REGULAR] == 1 and sum(counts.values()) == 3
    with shop.db.read() as s:
        niccolo = s.query(Customer.id).filter(Customer.last_name == "Rossi").scalar()
        assert segments.customers_in_segment(s, "regular", date(2026, 11, 20)) == [niccolo]
        # A year without an order later, Niccolò is a win-back chance.
        assert segments.customers_in_segment(s, Segment.LAPSED, date(2027, 11, 20)) == [niccolo]
        with pytest.raises(ValidationError, match="Unknown segment: vip"):
            segments.customers_in_segment(s, "vip", date(2026, 11, 20))
        with pytest.raises(NotFound):
            segments.segment_of(s, 999_999, date(2026, 11, 20))


def test_a_changed_threshold_moves_customers_between_segments(shop):
    admin = shop.as_(shop.admin)
    day = date(2026, 11, 20)
    set_setting(admin, "segment.loyal_min_orders", "2")
    set_setting(admin, "segment.loyal_min_spent", "200")
    assert segments.segment_counts(admin, day)[Segment.LOYAL] == 1
    set_setting(admin, "segment.small_avg_order", "150")
    set_setting(admin, "segment.loyal_min_spent", "500")
    assert segments.segment_counts(admin, day)[Segment.OCCASIONAL_SMALL] == 1


def test_lifetime_figures_of_one_customer(shop):
    with shop.db.read() as s:
        niccolo = s.query(Customer.id).filter(Customer.last_name == "Rossi").scalar()
        h = segments.customer_history(s, niccolo, date(2026, 11, 20))
    assert (h.orders, h.spent.plain(), h.segment) == (2, "248.00", Segment.REGULAR)
    assert h.first_order_at == datetime(2026, 10, 20, 15, 0, tzinfo=UTC)
    assert h.last_order_at == datetime(2026, 11, 10, 8, 0, tzinfo=UTC)
    assert (h.claims_in_window, h.orders_in_window, h.claim_rate, h.flagged) == (0, 2, Decimal(0), False)


# --- the claim flag -------------------------------------------------------------------------------------------
def test_a_customer_who_claims_on_most_orders_is_flagged(shop):
    agent = shop.as_(shop.agent)
    with shop.db.read() as s:
        niccolo = s.query(Customer.id).filter(Customer.last_name == "Rossi").scalar()
        today = segments.shop_today(s, shop.db.clock.now())
        assert segments.is_flagged(s, niccolo, today) is False
    for summary in ("Vase cracked", "Plaid stained", "Vase lid missing"):
        cases.open_case(agent, order_number="1002", kind="damaged", channel="phone", summary=summary)
    with shop.db.read() as s:
        h = segments.customer_history(s, niccolo, today)
        assert h.claims_in_window == 3 and h.flagged is True  # 3 claims, at least 30 % of 2 orders
        assert segments.is_flagged(s, niccolo, today) is True
        assert segments.customer_profile(s, niccolo, today).flagged is True
        # Two years later the claims have left the window.
        assert segments.is_flagged(s, niccolo, today + timedelta(days=800)) is False


def test_claims_count_only_inside_the_window_and_thresholds_are_settings(shop):
    admin = shop.as_(shop.admin)
    with shop.db.write() as s:
        anna = s.query(Customer).filter(Customer.last_name == "Müller").one()
        for days_ago in (1, 30, 200, 400):  # the last one is outside a 365-day window
            at = _at(date(2026, 11, 20) - timedelta(days=days_ago))
            # claims without an order count by the day they were opened (those about an order: by the order's)
            s.add(
                Case(
                    customer_id=anna.id,
                    order_id=None,
                    kind="complaint",
                    channel="email",
                    status="new",
                    summary="Claim",
                    created_at=at,
                    updated_at=at,
                    currency="EUR",
                )
            )
        anna_id = anna.id
    day = date(2026, 11, 20)
    with shop.db.read() as s:
        h = segments.customer_history(s, anna_id, day)
        assert (h.claims_in_window, h.orders_in_window, h.flagged) == (3, 1, True)
    set_setting(admin, "claims.window_days", "100")
    set_setting(admin, "claims.min_claims", "3")
    with shop.db.read() as s:
        h = segments.customer_history(s, anna_id, day)
        assert (h.claims_in_window, h.window_days, h.flagged) == (2, 100, False)


def test_customer_summary_needs_a_known_customer(shop):
    with pytest.raises(NotFound, match="no customer 4242"):
        segments.customer_summary(shop.as_(shop.agent), 4242)
