"""What a busy desk's commonest calls cost the database (issue 17): a ceiling of statements for opening a case,
reading one, resolving one with credit (within and above the limit), a supervisor's approval and redeeming a
voucher, so a change that makes one of them ask once per row, per helper or per setting again fails here. The
ceilings have a little room; the figures of the day are in ``tests/benchmarks/bench_op_cost.py``.

Also here: the shop settings, read once per transaction, still show a setting written in that transaction."""

from __future__ import annotations

from functools import partial

import pytest
from sqlalchemy import event

from app.services import approvals, cases, credit, settings
from app.store.models import Setting
from app.store.types import utcnow

ORDER = "1001"

#: (SQLite, PostgreSQL): PostgreSQL also takes its row and advisory locks with statements of their own
CEILINGS = {
    "open_case": (7, 6),
    "get_case": (4, 4),
    "resolve_within": (19, 17),
    "resolve_above": (18, 16),
    "list_requests": (3, 2),
    "approve": (18, 16),
    "redeem": (12, 13),
}


def _counted(db, fn) -> tuple[int, object]:
    count = [0]

    def on_execute(*_args) -> None:
        count[0] += 1

    event.listen(db.engine, "before_cursor_execute", on_execute)
    try:
        got = fn()
    finally:
        event.remove(db.engine, "before_cursor_execute", on_execute)
    return count[0], got


def _ceiling(db, name: str) -> int:
    return CEILINGS[name][0 if db.is_sqlite else 1]


def _open(ctx, summary: str) -> int:
    return cases.open_case(ctx, kind="damaged", channel="phone", summary=summary, order_number=ORDER).id


def test_opening_and_reading_a_case_take_a_fixed_handful_of_statements(shop):
    ctx = shop.as_(shop.agent)
    _open(ctx, "warm")  # the first call of a process compiles its statements; not what is counted
    n, case_id = _counted(shop.db, lambda: _open(ctx, "Cracked bowl"))
    assert n <= _ceiling(shop.db, "open_case"), n
    n, _ = _counted(shop.db, lambda: cases.get_case(ctx, case_id))
    assert n <= _ceiling(shop.db, "get_case"), n


@pytest.mark.parametrize(
    ("amount", "name", "issued"), [("5.00", "resolve_within", True), ("40.00", "resolve_above", False)]
)
def test_resolving_with_credit_takes_a_bounded_number_of_statements(shop, amount, name, issued):
    ctx = shop.as_(shop.agent)
    approvals.resolve_case(ctx, _open(ctx, "warm"), "goodwill_extra", amount, reason="warm")
    case_id = _open(ctx, "Cracked bowl")
    n, got = _counted(
        shop.db, lambda: approvals.resolve_case(ctx, case_id, "goodwill_extra", amount, reason="broken")
    )
    assert (got.voucher is not None) is issued and (got.request_id is not None) is not issued
    assert n <= _ceiling(shop.db, name), n


def test_approving_a_request_takes_a_bounded_number_of_statements(shop):
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)

    def ask() -> int:
        asked = approvals.resolve_case(
            agent, _open(agent, "Cracked bowl"), "goodwill_extra", "40.00", reason="x"
        )
        return asked.request_id

    approvals.approve(supervisor, ask(), reason="warm")
    request_id = ask()
    n, listed = _counted(shop.db, partial(approvals.list_requests, supervisor, None))
    assert [r.status.value for r in listed] == ["approved", "pending"] and listed[0].voucher is not None
    assert n <= _ceiling(shop.db, "list_requests"), n
    n, got = _counted(shop.db, partial(approvals.approve, supervisor, request_id, reason="ok"))
    assert got.voucher is not None
    assert n <= _ceiling(shop.db, "approve"), n


def test_redeeming_a_voucher_takes_a_bounded_number_of_statements(shop):
    agent = shop.as_(shop.agent)

    def voucher() -> str:
        return approvals.resolve_case(agent, _open(agent, "Cracked bowl"), "goodwill_extra", "5.00").voucher

    credit.redeem(agent, voucher(), order_number="W-1", order_total="20.00", amount="1.00")
    n, got = _counted(
        shop.db,
        partial(credit.redeem, agent, voucher(), order_number="W-2", order_total="20.00", amount="1.00"),
    )
    assert got.applied.plain() == "1.00"
    assert n <= _ceiling(shop.db, "redeem"), n


def test_settings_read_once_in_a_transaction_still_show_a_setting_written_in_it(shop):
    with shop.db.write() as s:
        first = settings.load_settings(s)
        assert settings.load_settings(s) is first  # read once
        assert first["approvals.expiry_days"] == 3
        s.add(Setting(key="approvals.expiry_days", value="5", updated_at=utcnow()))
        assert settings.load_settings(s)["approvals.expiry_days"] == 5  # added, not yet flushed
        s.flush()
        row = s.get(Setting, "approvals.expiry_days")
        row.value = "7"
        assert settings.load_settings(s)["approvals.expiry_days"] == 7  # changed
        s.delete(row)
        assert settings.load_settings(s)["approvals.expiry_days"] == 3  # deleted: the default again
    with shop.db.write() as s:
        s.add(Setting(key="approvals.expiry_days", value="9", updated_at=utcnow()))
    with shop.db.read() as s:
        assert settings.load_settings(s)["approvals.expiry_days"] == 9  # another transaction reads again
