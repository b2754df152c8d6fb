"""A property test of money across the services, on SQLite and PostgreSQL: random sequences of opening, resolving,
reopening, approving, rejecting, withdrawing, redeeming (by code and by customer, at the counter and through an
orders import), restoring, expiring and time passing — by agents and supervisors — and after every step:

* no case got more than its limit without an approval: walking a case's vouchers in the order they were issued,
  the running total never exceeds the case limit of whoever issued each one (the agent directly, or the
  supervisor who approved it), and no agent gave more than their daily total in a shop day;
* no order paid more than its cap (30 % of its total before discounts) and none got back more than it spent;
* every voucher's balance is ≥ 0;
* ``credit check`` finds the ledger whole.

Refusals (a clear :class:`~app.errors.RimedioError`) are fine steps; anything else fails the test.
"""

from __future__ import annotations

import itertools
import tempfile
from datetime import UTC, datetime
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from app.errors import RimedioError
from app.services import approvals, cases, credit, shop_import
from app.services.clock import SYSTEM
from app.services.context import ServiceContext
from app.services.settings import load_settings
from app.services.users import add_user, login
from app.store.models import ApprovalRequest, CreditEntry, CreditGrant
from tests.support.clock import FrozenClock
from tests.support.shop import make_shop
from tests.support.shop_files import shopify_export

LIMIT = {
    "agent": 2_500,
    "agent2": 2_500,
    "supervisor": 25_000,
    "admin": 25_000,
}  # the shop's defaults, minor units
DAILY = 10_000  # limits.agent.daily
#: Orders the shop holds (total before discounts, minor units) and two that only an import brings.
KNOWN = {"1001": 7_370, "1002": 12_900, "1003": 4_680, "1004": 11_900}
LATER = {
    "W1": ("niccolo.rossi@example.it", "Niccolò Rossi", 8_000),
    "W2": ("anna.mueller@example.de", "Anna Müller", 15_000),
}
BASE = {**KNOWN, **{n: b for n, (_e, _c, b) in LATER.items()}}
CUSTOMERS = ("stefan.tarana@example.ro", "niccolo.rossi@example.it", "anna.mueller@example.de")
_counter = itertools.count()


def _money(minor: int) -> str:
    return f"{Decimal(minor) / 100:.2f}"


class MoneyMachine(RuleBasedStateMachine):
    make_db = None  # set by the test: a callable giving a fresh, empty, migrated database

    def __init__(self) -> None:
        super().__init__()
        self.db = type(self).make_db()
        self.clock = self.db.clock = FrozenClock(datetime.now(UTC))
        shop = make_shop(self.db)
        add_user(self.db, shop.admin, "agent2", "agent", "agent2-pass", "Marco Verdi")
        self.users = {
            "agent": shop.agent,
            "agent2": login(self.db, "agent2", "agent2-pass"),
            "supervisor": shop.supervisor,
            "admin": shop.admin,
        }
        self.imported: set[str] = set()
        with self.db.read() as s:
            self.tz = load_settings(s)["shop.timezone"]
        self.folder = Path(tempfile.mkdtemp(prefix="rimedio-money-"))

    def teardown(self) -> None:
        self.db.clock = SYSTEM  # PostgreSQL's database object serves the next test too

    def ctx(self, who: str) -> ServiceContext:
        return ServiceContext(self.db, self.users[who])

    def attempt(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except RimedioError:
            return None

    cases_ = Bundle("cases")
    requests = Bundle("requests")

    # --- steps ------------------------------------------------------------------------------------------------------
    @initialize(target=cases_)
    def first_case(self):
        return self.open_case("1002", "damaged")

    @initialize(
        target=cases_, order=st.sampled_from(sorted(KNOWN)), kind=st.sampled_from(["wrong_item", "complaint"])
    )
    def second_case(self, order, kind):
        return self.open_case(order, kind)

    def open_case(self, order: str, kind: str) -> int:
        return cases.open_case(
            self.ctx("agent"), order_number=order, kind=kind, channel="phone", summary="Qualcosa non va"
        ).id

    @rule(
        target=requests,
        case_id=cases_,
        who=st.sampled_from(["agent", "agent2", "supervisor"]),
        remedy=st.sampled_from(
            ["keep_and_credit", "goodwill_extra", "credit_instead_of_refund", "replacement"]
        ),
        cents=st.sampled_from([500, 1_500, 2_500, 4_000, 20_000]),
        why=st.booleans(),
    )
    def resolve(self, case_id, who, remedy, cents, why):
        amount = _money(cents) if remedy != "replacement" else None
        res = self.attempt(
            approvals.resolve_case,
            self.ctx(who),
            case_id,
            remedy,
            amount,
            reason="il cliente insiste" if why else "",
        )
        return res.request_id if res is not None and res.request_id is not None else -1

    @rule(
        target=requests,
        case_id=cases_,
        who=st.sampled_from(["agent", "agent2", "supervisor"]),
        remedy=st.sampled_from(["keep_and_credit", "goodwill_extra", "credit_instead_of_refund"]),
        cents=st.sampled_from([500, 1_500, 2_500, 4_000]),
        why=st.booleans(),
    )
    def reopen_and_resolve(self, case_id, who, remedy, cents, why):
        """The walk-around of the limit per case: back to proposed, and resolved again."""
        self.attempt(cases.change_status, self.ctx(who), case_id, "proposed")
        return self.resolve(case_id, who, remedy, cents, why)

    @rule(
        case_id=cases_,
        who=st.sampled_from(["agent", "agent2", "supervisor"]),
        target_status=st.sampled_from(["proposed", "closed", "resolved", "awaiting_customer"]),
    )
    def move(self, case_id, who, target_status):
        self.attempt(cases.change_status, self.ctx(who), case_id, target_status)

    @rule(
        request=requests,
        decision=st.sampled_from(["approve", "approve_half", "reject", "withdraw"]),
        who=st.sampled_from(["agent", "supervisor", "admin"]),
    )
    def decide(self, request, decision, who):
        if request < 0:
            return
        if decision == "withdraw":
            self.attempt(approvals.withdraw, self.ctx(who), request)
        elif decision == "reject":
            self.attempt(approvals.reject, self.ctx(who), request, reason="Offri una sostituzione")
        else:
            amount = None
            if decision == "approve_half":
                with self.db.read() as s:
                    asked = s.scalar(
                        select(ApprovalRequest.amount_minor).where(ApprovalRequest.id == request)
                    )
                amount = _money(max(1, asked // 2))
            self.attempt(approvals.approve, self.ctx(who), request, amount, reason="ok")

    @rule(
        by_customer=st.booleans(),
        i=st.integers(0, 30),
        order=st.sampled_from(sorted(BASE)),
        cents=st.none() | st.sampled_from([100, 700, 2_000, 5_000]),
    )
    def redeem(self, by_customer, i, order, cents):
        """At the counter: a customer's credit (earliest expiry first) or one voucher, on a known order or (with
        its typed total, provisionally) on one not imported yet."""
        typed = _money(BASE[order]) if order not in KNOWN and order not in self.imported else None
        amount = _money(cents) if cents else None
        if by_customer:
            self.attempt(
                credit.redeem_for_customer,
                self.ctx("agent"),
                CUSTOMERS[i % len(CUSTOMERS)],
                order_number=order,
                order_total=typed,
                amount=amount,
            )
            return
        codes = self._codes()
        if codes:
            self.attempt(
                credit.redeem,
                self.ctx("agent"),
                codes[i % len(codes)],
                order_number=order,
                order_total=typed,
                amount=amount,
            )

    @rule(order=st.sampled_from(sorted(BASE)))
    def restore(self, order):
        self.attempt(credit.restore_order, self.ctx("agent"), order)

    @rule(
        order=st.sampled_from(sorted(LATER)),
        i=st.integers(0, 30),
        discount=st.sampled_from([0, 1_000, 3_000]),
    )
    def import_order(self, order, i, discount):
        """The shop's export brings the order, maybe paid partly with one of our vouchers (its discount code)."""
        email, name, base = LATER[order]
        codes = self._codes(email)
        code = codes[i % len(codes)] if codes and discount else ""
        row = {
            "number": order,
            "email": email,
            "name": name,
            "total": _money(base - (discount if code else 0)),
            "discount_code": code,
            "discount": _money(discount) if code else "",
            "lines": [("MUG", "Tazza", "1", _money(base))],
        }
        path = shopify_export(self.folder / f"orders-{next(_counter)}.csv", [row])
        report = self.attempt(shop_import.import_orders, self.ctx("admin"), path)
        if report is not None:
            self.imported.add(order)

    @rule(days=st.sampled_from([1, 2, 40]))
    def time_passes(self, days):
        self.clock.advance(days=days)
        self.attempt(credit.expire_credit, self.ctx("supervisor"))

    def _codes(self, email: str | None = None) -> list[str]:
        from app.domain.vouchers import format_code
        from app.store.models import Customer

        with self.db.read() as s:
            stmt = select(CreditGrant.code).order_by(CreditGrant.id)
            if email is not None:
                stmt = stmt.join(Customer, Customer.id == CreditGrant.customer_id).where(
                    Customer.email == email
                )
            return [format_code(c) for c in s.scalars(stmt)]

    # --- what must always hold ---------------------------------------------------------------------------------------
    @invariant()
    def no_case_above_its_limit_without_an_approval(self):
        names = {u.id: name for name, u in self.users.items()}
        with self.db.read() as s:
            rows = s.execute(
                select(
                    CreditGrant.case_id,
                    CreditGrant.amount_minor,
                    CreditGrant.created_by_id,
                    CreditGrant.created_at,
                    CreditGrant.id,
                )
                .where(CreditGrant.case_id.is_not(None))
                .order_by(CreditGrant.id)
            ).all()
            approved = set(
                s.scalars(select(ApprovalRequest.grant_id).where(ApprovalRequest.grant_id.is_not(None)))
            )
        running: dict[int, int] = {}
        daily: dict[tuple[str, object], int] = {}
        for case_id, minor, by, at, grant_id in rows:
            running[case_id] = running.get(case_id, 0) + minor
            who = names[by]
            assert running[case_id] <= LIMIT[who], (
                f"case {case_id}: {running[case_id]} given, {who}'s limit {LIMIT[who]}"
            )
            if grant_id not in approved and who.startswith("agent"):
                key = (who, at.astimezone(self.tz).date())
                daily[key] = daily.get(key, 0) + minor
                assert daily[key] <= DAILY, f"{who} gave {daily[key]} in one day"

    @invariant()
    def no_order_above_its_cap_and_no_balance_below_zero(self):
        with self.db.read() as s:
            rows = s.execute(
                select(
                    CreditEntry.grant_id, CreditEntry.kind, CreditEntry.amount_minor, CreditEntry.order_number
                )
            ).all()
            total = s.scalar(select(func.coalesce(func.sum(CreditEntry.amount_minor), 0)))
        balances: dict[int, int] = {}
        on_order: dict[str, int] = {}
        for grant_id, kind, minor, order in rows:
            balances[grant_id] = balances.get(grant_id, 0) + minor
            if kind in ("redeem", "restore"):
                on_order[order] = on_order.get(order, 0) - minor
        assert all(b >= 0 for b in balances.values()), balances
        assert sum(balances.values()) == total
        for order, applied in on_order.items():
            cap = int((Decimal(BASE[order]) * Decimal("0.30")).to_integral_value(rounding=ROUND_FLOOR))
            assert 0 <= applied <= cap, f"order {order}: {applied} applied, cap {cap}"

    @invariant()
    def credit_check_is_whole(self):
        check = credit.check_ledger(self.ctx("supervisor"))
        assert check.ok, check.problems


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def make_db(request, tmp_path_factory):
    if request.param == "sqlite":
        factory = request.getfixturevalue("_sqlite_factory")
        made = []

        def fresh():
            db = factory.fresh(tmp_path_factory.mktemp("machine"))
            made.append(db)
            return db

        yield fresh
        for db in made:
            db.dispose()
    else:
        factory = request.getfixturevalue("_pg_factory")
        yield factory.fresh


def test_money_holds_whatever_agents_and_supervisors_do(make_db):
    MoneyMachine.make_db = staticmethod(make_db)
    run_state_machine_as_test(
        MoneyMachine,
        settings=settings(
            max_examples=5,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
