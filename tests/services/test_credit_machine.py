"""A property test of the credit SERVICE on SQLite: random sequences of grants, redemptions, time passing,
expiry runs, cancellations, corrections and refunds never break the ledger's promises."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import func, select

from app.errors import ValidationError
from app.services import credit
from app.store.models import CreditEntry, CreditGrant
from tests.support.clock import FrozenClock
from tests.support.databases import SqliteFactory
from tests.support.shop import make_shop

_TEMPLATE = Path(tempfile.mkdtemp(prefix="rimedio-machine-"))
_FACTORY: SqliteFactory | None = None
ORDERS = {f"M{i}": total for i, total in enumerate((1000, 4000, 9990, 25000))}
CUSTOMER = "niccolo.rossi@example.it"


class CreditServiceMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        global _FACTORY
        _FACTORY = _FACTORY or SqliteFactory(_TEMPLATE)
        self.folder = Path(tempfile.mkdtemp(dir=_TEMPLATE))
        self.clock = FrozenClock(datetime(2026, 11, 20, 10, 0, tzinfo=UTC))
        self.db = _FACTORY.fresh(self.folder, self.clock)
        self.shop = make_shop(self.db)
        self.ctx = self.shop.as_(self.shop.supervisor)
        self.codes: list[tuple[str, object]] = []  # (code, expires_on)
        self.seen: dict[int, tuple] = {}

    def teardown(self) -> None:
        self.db.dispose()

    @rule(cents=st.integers(1, 25_000), days=st.integers(0, 20))
    def grant(self, cents, days):
        amount = f"{Decimal(cents) / 100:.2f}"
        expires = (self.clock.now() + timedelta(days=days)).date()
        g = credit.grant_credit(self.ctx, CUSTOMER, amount, reason="machine", expires=expires)
        self.codes.append((g.code, g.expires_on))

    @precondition(lambda self: self.codes)
    @rule(i=st.integers(0, 50), order=st.sampled_from(sorted(ORDERS)), want=st.none() | st.integers(1, 5000))
    def redeem(self, i, order, want):
        code, expires_on = self.codes[i % len(self.codes)]
        total = f"{Decimal(ORDERS[order]) / 100:.2f}"
        try:
            r = credit.redeem(
                self.ctx,
                code,
                order_number=order,
                order_total=total,
                amount=f"{Decimal(want) / 100:.2f}" if want else None,
            )
        except ValidationError:
            return
        assert self.clock.now().date() <= expires_on, "an expired grant was spent"
        assert r.applied.minor > 0 and (want is None or r.applied.minor <= want)

    @rule(days=st.integers(1, 15))
    def time_passes(self, days):
        self.clock.advance(days=days)

    @rule()
    def expire(self):
        credit.expire_credit(self.ctx)

    @precondition(lambda self: self.codes)
    @rule(i=st.integers(0, 50))
    def cancel(self, i):
        try:
            credit.cancel(self.ctx, self.codes[i % len(self.codes)][0], reason="machine")
        except ValidationError:
            pass

    @precondition(lambda self: self.codes)
    @rule(i=st.integers(0, 50), cents=st.integers(-3000, 3000).filter(bool))
    def adjust(self, i, cents):
        try:
            credit.adjust(
                self.ctx, self.codes[i % len(self.codes)][0], f"{Decimal(cents) / 100:.2f}", reason="fix"
            )
        except ValidationError:
            pass

    @rule(order=st.sampled_from(sorted(ORDERS)))
    def refund(self, order):
        try:
            credit.restore_order(self.ctx, order)
        except Exception as exc:  # noqa: BLE001 - only the two known refusals are fine
            assert type(exc).__name__ in ("NotFound", "ValidationError"), exc

    @invariant()
    def ledger_promises(self):
        with self.db.read() as s:
            rows = s.execute(
                select(
                    CreditEntry.id,
                    CreditEntry.grant_id,
                    CreditEntry.kind,
                    CreditEntry.amount_minor,
                    CreditEntry.order_number,
                    CreditEntry.at,
                )
            ).all()
            expiry = dict(s.execute(select(CreditGrant.id, CreditGrant.expires_on)).all())
            total = s.scalar(select(func.coalesce(func.sum(CreditEntry.amount_minor), 0)))
        for row in rows:  # nothing is ever changed or removed
            before = self.seen.setdefault(row[0], tuple(row))
            assert before == tuple(row)
        assert len(self.seen) == len(rows)
        balances: dict[int, int] = {}
        on_order: dict[str, int] = {}
        for _, gid, kind, minor, order, _at in rows:
            balances[gid] = balances.get(gid, 0) + minor
            if kind in ("redeem", "restore"):
                on_order[order] = on_order.get(order, 0) - minor
        assert all(b >= 0 for b in balances.values())
        assert sum(balances.values()) == total
        for order, applied in on_order.items():
            cap = int((Decimal(ORDERS[order]) * Decimal("0.30")).to_integral_value(rounding=ROUND_FLOOR))
            assert 0 <= applied <= cap
        spendable = credit.balance(self.ctx, self.shop_customer_id()).get("EUR")
        live = sum(b for gid, b in balances.items() if expiry[gid] >= self.clock.now().date() and b > 0)
        assert (spendable.minor if spendable else 0) == live

    def shop_customer_id(self) -> int:
        if not hasattr(self, "_cid"):
            self._cid = credit.customer_credit(self.ctx, CUSTOMER).customer_id
        return self._cid


TestCreditService = CreditServiceMachine.TestCase
TestCreditService.settings = settings(max_examples=8, stateful_step_count=18, deadline=None)
