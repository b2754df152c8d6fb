"""Time is injected (issue 14, point 5): one clock given to a context is the time of every service call made with
it — a case's deadlines, a voucher's expiry, an approval request's expiry — with nothing in the program replaced;
and a database opened the ordinary way (the command line's, the window's) runs on the system's clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.enums import CaseStatus
from app.services import approvals, cases, credit
from app.services.case_rows import CaseFilter
from app.services.clock import SYSTEM
from app.services.context import ServiceContext
from app.services.database import open_database
from tests.support.clock import FrozenClock

MONDAY = datetime(
    2026, 11, 2, 10, 0, tzinfo=UTC
)  # weeks before the season's peak, months from any real "now"


def _open(ctx: ServiceContext) -> int:
    return cases.open_case(
        ctx, order_number="1002", kind="damaged", channel="phone", summary="Vaso arrivato rotto"
    ).id


def test_a_deadline_a_voucher_and_an_approval_follow_the_clock_given_to_the_context(shop):
    clock = FrozenClock(MONDAY)
    agent = ServiceContext(shop.db, shop.agent, clock=clock)
    boss = ServiceContext(shop.db, shop.supervisor, clock=clock)

    # the case: opened, and due, by the context's clock
    case_id = _open(agent)
    case = cases.get_case(agent, case_id)
    assert case.created_at == MONDAY and case.resolution_due is not None and case.resolution_due > MONDAY
    clock.advance(days=7)  # the same hour a week later: the same business hours ahead
    later = cases.get_case(agent, _open(agent))
    assert later.resolution_due - case.resolution_due == timedelta(days=7)
    overdue = CaseFilter(overdue=True)
    assert case_id in [r.id for r in cases.list_cases(agent, overdue)]  # a week on, the first is late

    # the voucher: issued, and expiring, by the same clock (the shop's term: 365 days from the shop's day)
    issued_at = clock.now()
    voucher = credit.find_voucher(
        agent, approvals.resolve_case(agent, later.id, "keep_and_credit", "10").voucher
    )
    assert voucher.created_at == issued_at
    assert voucher.expires_on == issued_at.date() + timedelta(days=365)

    # the approval request: made, and expiring, by the same clock (approvals.expiry_days = 3)
    asked = approvals.resolve_case(agent, _open(agent), "keep_and_credit", "90")  # above the agent's limit
    assert asked.status == CaseStatus.AWAITING_APPROVAL
    [request] = approvals.list_requests(boss)
    assert (request.requested_at, request.expires_at) == (issued_at, issued_at + timedelta(days=3))
    clock.advance(days=3, seconds=1)
    assert approvals.list_requests(boss) == []
    assert [r.status.value for r in approvals.list_requests(boss, None)] == ["expired"]

    # and the voucher runs out when the clock passes its last day, not before
    clock.set(datetime.combine(voucher.expires_on, datetime.min.time(), UTC) - timedelta(days=1))
    assert credit.expire_credit(boss).grants == 0
    clock.advance(days=3)
    assert credit.expire_credit(boss).grants == 1
    assert credit.find_voucher(agent, voucher.code).expired


def test_a_context_reads_its_databases_clock_unless_given_one(shop):
    assert shop.as_(shop.agent).clock is shop.db.clock
    own = FrozenClock(MONDAY)
    assert ServiceContext(shop.db, shop.agent, clock=own).now() == MONDAY


def test_a_database_opened_the_ordinary_way_runs_on_the_systems_clock(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'plain.sqlite3'}")
    try:
        assert db.clock is SYSTEM
        before = datetime.now(UTC)
        assert before <= db.clock.now() <= datetime.now(UTC)
    finally:
        db.dispose()
