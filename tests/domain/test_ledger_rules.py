"""The store-credit ledger's rules: a customer spends credit on orders, it expires, it is cancelled and restored."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.domain.ledger import (
    DEFAULT_SHOP_CAP_SHARE,
    Entry,
    EntryKind,
    Grant,
    GrantReason,
    Limit,
    applied_to_order,
    customer_balance,
    customer_balances,
    grant_balances,
    plan_adjust,
    plan_cancel,
    plan_expiry,
    plan_issue,
    plan_redemption,
    plan_restore,
    share_of,
    spending_order,
)
from app.domain.money import Money
from app.errors import ValidationError
from app.i18n import translate

TODAY = date(2025, 3, 10)
NOON = datetime(2025, 3, 10, 12, 0)
SHOP_CAP = DEFAULT_SHOP_CAP_SHARE


def eur(text: str) -> Money:
    return Money.from_decimal(Decimal(text), "EUR")


def grant(
    gid: int, amount: str, expires: date | None = None, cap: str | None = None, cur: str = "EUR"
) -> Grant:
    return Grant(
        id=gid,
        customer_key="C-1",
        amount=Money.from_decimal(Decimal(amount), cur),
        code=f"CODE{gid}",
        reason=GrantReason.CASE,
        reason_ref="case-7",
        expires_on=expires,
        cap_share=Decimal(cap) if cap is not None else None,
    )


def issued(*grants: Grant) -> tuple[list[Grant], list[Entry]]:
    return list(grants), [plan_issue(g, NOON, "agent") for g in grants]


def redeem(grants, entries, order="1001", total="50.00", already="0.00", requested=None, as_of=TODAY):
    balances = grant_balances(grants, entries, as_of).values()
    return plan_redemption(
        balances,
        order_number=order,
        order_total=eur(total),
        already_applied_to_order=eur(already),
        shop_cap_share=SHOP_CAP,
        as_of=as_of,
        requested=eur(requested) if requested else None,
    )


# --- examples -----------------------------------------------------------------------------------------------


def test_a_20_euro_credit_pays_30_percent_of_a_50_euro_order_and_the_rest_stays():
    grants, entries = issued(grant(1, "20.00", date(2025, 6, 30)))
    plan = redeem(grants, entries)
    assert plan.applied == ((1, eur("15.00")),)
    assert (plan.total_applied, plan.remaining, plan.cap_left) == (eur("15.00"), eur("5.00"), eur("0.00"))
    assert plan.limited_by is Limit.CAP
    entries += plan.entries(NOON, "agent")
    assert customer_balance(grant_balances(grants, entries, TODAY).values(), "EUR") == eur("5.00")
    assert entries[-1].kind is EntryKind.REDEEM and entries[-1].order_number == "1001"


def test_the_grant_that_expires_first_is_spent_first_and_partially():
    grants, entries = issued(
        grant(1, "10.00", None), grant(2, "4.00", date(2025, 12, 31)), grant(3, "3.00", date(2025, 4, 1))
    )
    plan = redeem(grants, entries, total="100.00", requested="9.00")
    assert plan.applied == ((3, eur("3.00")), (2, eur("4.00")), (1, eur("2.00")))
    assert plan.limited_by is Limit.REQUESTED
    assert plan.remaining == eur("8.00")


def test_the_whole_balance_is_used_when_the_cap_allows():
    grants, entries = issued(grant(1, "5.00"))
    plan = redeem(grants, entries, total="100.00")
    assert plan.total_applied == eur("5.00") and plan.limited_by is Limit.BALANCE
    assert plan.cap_left == eur("25.00")


def test_a_grant_may_carry_its_own_cap():
    grants, entries = issued(grant(1, "40.00", cap="0.5"))
    assert redeem(grants, entries).total_applied == eur("25.00")
    grants, entries = issued(grant(1, "40.00", cap="0.1"))
    assert redeem(grants, entries).total_applied == eur("5.00")


def test_two_grants_never_add_up_to_more_than_the_larger_cap():
    grants, entries = issued(
        grant(1, "40.00", date(2025, 4, 1)), grant(2, "40.00", date(2025, 5, 1), cap="0.5")
    )
    plan = redeem(grants, entries)
    assert plan.applied == ((1, eur("15.00")), (2, eur("10.00")))
    assert plan.total_applied == share_of(eur("50.00"), Decimal("0.5"))


def test_the_cap_counts_what_is_already_on_the_order():
    grants, entries = issued(grant(1, "40.00"))
    plan = redeem(grants, entries, already="10.00")
    assert plan.total_applied == eur("5.00")
    with pytest.raises(ValidationError) as caught:
        redeem(grants, entries, already="15.00")
    assert "already has all the credit" in caught.value.message


def test_the_order_cap_is_rounded_down_to_the_cent():
    grants, entries = issued(grant(1, "1.00"))
    assert redeem(grants, entries, total="0.05").total_applied == eur("0.01")  # 30 % of 5 cents is 1.5 cents


def test_an_expired_voucher_is_refused_with_its_date():
    grants, entries = issued(grant(1, "20.00", date(2025, 3, 9)))
    with pytest.raises(ValidationError) as caught:
        redeem(grants, entries)
    assert "expired" in caught.value.message
    assert "2025" in translate(caught.value.msgid, lang="it", **caught.value.params)
    # valid through its last day
    assert redeem(grants, entries, as_of=date(2025, 3, 9)).total_applied == eur("15.00")


def test_currencies_never_mix():
    grants, entries = issued(grant(1, "20.00", cur="RON"))
    with pytest.raises(ValidationError) as caught:
        redeem(grants, entries)
    assert "RON" in caught.value.message and "EUR" in caught.value.message
    grants, entries = issued(grant(1, "20.00", cur="RON"), grant(2, "2.00"))
    assert redeem(grants, entries).applied == ((2, eur("2.00")),)
    assert customer_balances(grant_balances(grants, entries, TODAY).values()) == {
        "RON": Money(2000, "RON"),
        "EUR": eur("2.00"),
    }
    with pytest.raises(ValidationError):
        redeem(grants, entries, requested=None, already="0.00").entries(NOON, "x")[0].amount + Money(1, "RON")


def test_nothing_left_is_refused():
    grants, entries = issued(grant(1, "20.00"))
    entries.append(plan_cancel(grant_balances(grants, entries, TODAY)[1], NOON, "boss", "duplicate"))
    with pytest.raises(ValidationError) as caught:
        redeem(grants, entries)
    assert caught.value.msgid == "There is no credit left to use."


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"order": " "}, "number of the order"),
        ({"total": "0.00"}, "order total"),
        ({"requested": "-1.00"}, "more than zero"),
    ],
)
def test_bad_requests_are_refused(kwargs, fragment):
    grants, entries = issued(grant(1, "20.00"))
    with pytest.raises(ValidationError) as caught:
        redeem(grants, entries, **kwargs)
    assert fragment in caught.value.message


def test_expiry_writes_what_is_left_once():
    grants, entries = issued(grant(1, "20.00", date(2025, 3, 31)), grant(2, "5.00", None))
    entries += redeem(grants, entries).entries(NOON, "agent")
    later = date(2025, 4, 1)
    planned = plan_expiry(grant_balances(grants, entries, later).values(), later, NOON, "system")
    assert [(e.kind, e.grant_id, e.amount) for e in planned] == [(EntryKind.EXPIRE, 1, eur("-5.00"))]
    entries += planned
    assert plan_expiry(grant_balances(grants, entries, later).values(), later, NOON, "system") == ()
    assert customer_balance(grant_balances(grants, entries, later).values(), "EUR") == eur("5.00")


def test_a_refunded_order_gives_the_credit_back_to_the_grants_it_came_from():
    grants, entries = issued(grant(1, "3.00", date(2025, 4, 1)), grant(2, "40.00", date(2025, 9, 1)))
    entries += redeem(grants, entries).entries(NOON, "agent")
    restores = plan_restore(entries, "1001", NOON, "agent")
    assert [(e.grant_id, e.amount) for e in restores] == [(1, eur("3.00")), (2, eur("12.00"))]
    entries += restores
    balances = grant_balances(grants, entries, TODAY)
    assert balances[1].balance == eur("3.00") and balances[1].grant.expires_on == date(2025, 4, 1)
    assert plan_restore(entries, "1001", NOON, "agent") == ()
    assert applied_to_order(entries, "1001", "EUR") == eur("0.00")


def test_a_partial_refund_undoes_the_latest_redemption_first():
    grants, entries = issued(grant(1, "3.00", date(2025, 4, 1)), grant(2, "40.00", date(2025, 9, 1)))
    entries += redeem(grants, entries).entries(NOON, "agent")
    restores = plan_restore(entries, "1001", NOON, "agent", amount=eur("13.00"))
    assert [(e.grant_id, e.amount) for e in restores] == [(2, eur("12.00")), (1, eur("1.00"))]
    with pytest.raises(ValidationError):
        plan_restore(entries, "1001", NOON, "agent", amount=eur("16.00"))


def test_credit_restored_after_its_expiry_expires_again():
    grants, entries = issued(grant(1, "20.00", date(2025, 3, 31)))
    entries += redeem(grants, entries).entries(NOON, "agent")
    later = date(2025, 5, 1)
    entries += plan_expiry(grant_balances(grants, entries, later).values(), later, NOON, "system")
    entries += plan_restore(entries, "1001", NOON, "agent")
    balances = grant_balances(grants, entries, later)
    assert balances[1].balance == eur("15.00") and balances[1].spendable == eur("0.00")
    assert [e.amount for e in plan_expiry(balances.values(), later, NOON, "system")] == [eur("-15.00")]


def test_corrections_need_a_reason_and_never_go_below_zero():
    grants, entries = issued(grant(1, "20.00"))
    balance = grant_balances(grants, entries, TODAY)[1]
    assert plan_adjust(balance, eur("-5.00"), NOON, "boss", "typo in amount").amount == eur("-5.00")
    for change, note in ((eur("-21.00"), "too much"), (eur("1.00"), "  "), (eur("0.00"), "zero")):
        with pytest.raises(ValidationError):
            plan_adjust(balance, change, NOON, "boss", note)
    with pytest.raises(ValidationError):
        plan_adjust(balance, Money(100, "RON"), NOON, "boss", "wrong currency")
    with pytest.raises(ValidationError):
        plan_cancel(balance, NOON, "boss", "")


def test_entries_keep_their_signs_and_say_who_and_which_order():
    with pytest.raises(ValueError):
        Entry(EntryKind.REDEEM, 1, eur("5.00"), NOON, "agent", "1001")
    with pytest.raises(ValueError):
        Entry(EntryKind.REDEEM, 1, eur("-5.00"), NOON, "agent")
    with pytest.raises(ValueError):
        Entry(EntryKind.ISSUE, 1, eur("5.00"), NOON, "")
    with pytest.raises(ValueError):
        Entry(EntryKind.ADJUST, 1, eur("0.00"), NOON, "boss")
    with pytest.raises(ValidationError):
        grant(1, "0.00")
    with pytest.raises(ValidationError):
        grant(1, "1.00", cap="1.5")


def test_balances_can_be_read_as_of_a_past_moment_and_refuse_foreign_entries():
    grants, entries = issued(grant(1, "20.00"))
    entries += redeem(grants, entries).entries(NOON + timedelta(days=2), "agent")
    assert grant_balances(grants, entries, TODAY, upto=NOON + timedelta(days=1))[1].balance == eur("20.00")
    assert grant_balances(grants, entries, TODAY)[1].balance == eur("5.00")
    with pytest.raises(ValueError):
        grant_balances(grants, [*entries, Entry(EntryKind.ISSUE, 9, eur("1.00"), NOON, "x")], TODAY)
    with pytest.raises(ValueError):
        grant_balances(grants, [*entries, Entry(EntryKind.ISSUE, 1, Money(1, "RON"), NOON, "x")], TODAY)


def test_spending_order_lists_vouchers_as_they_will_be_used():
    grants, entries = issued(
        grant(1, "1.00"), grant(2, "1.00", date(2025, 5, 1)), grant(3, "1.00", date(2025, 4, 1))
    )
    assert [b.grant.id for b in spending_order(grant_balances(grants, entries, TODAY))] == [3, 2, 1]


# --- any sequence of operations keeps the ledger honest ------------------------------------------------------

CAPS = st.sampled_from(
    [None, None, Decimal("0"), Decimal("0.1"), Decimal("0.3"), Decimal("0.5"), Decimal("1")]
)
CURRENCIES = st.sampled_from(["EUR", "EUR", "RON"])


def fields(e: Entry) -> tuple:
    return (e.kind.value, e.grant_id, e.amount.minor, e.amount.currency, e.at, e.by, e.order_number, e.note)


class LedgerMachine(RuleBasedStateMachine):
    """Grants, redemptions, expiries, cancellations, corrections and restores in any order."""

    def __init__(self) -> None:
        super().__init__()
        self.today = TODAY
        self.clock = NOON
        self.grants: list[Grant] = []
        self.entries: list[Entry] = []
        self.written: list[tuple] = []  # an independent copy of every entry's fields, taken when appended
        self.orders: dict[str, Money] = {}

    def now(self) -> datetime:
        self.clock += timedelta(minutes=1)
        return self.clock

    def balances(self):
        return grant_balances(self.grants, tuple(self.entries), self.today)

    def append(self, new: tuple[Entry, ...] | list[Entry]) -> None:
        before = list(self.entries)
        self.entries.extend(new)
        self.written.extend(fields(e) for e in new)
        assert self.entries[: len(before)] == before

    @rule(minor=st.integers(1, 20_000), currency=CURRENCIES, days=st.none() | st.integers(0, 60), cap=CAPS)
    def give(self, minor, currency, days, cap):
        g = Grant(
            id=len(self.grants) + 1,
            customer_key="C-1",
            amount=Money(minor, currency),
            code=f"C{len(self.grants) + 1}",
            reason=GrantReason.MANUAL,
            expires_on=None if days is None else self.today + timedelta(days=days),
            cap_share=cap,
        )
        self.grants.append(g)
        self.append([plan_issue(g, self.now(), "agent")])

    @rule(minor=st.integers(1, 60_000), currency=CURRENCIES)
    def new_order(self, minor, currency):
        self.orders[f"#{len(self.orders) + 1}"] = Money(minor, currency)

    @precondition(lambda self: self.orders and self.grants)
    @rule(
        data=st.data(),
        one_code=st.booleans(),
        requested=st.none() | st.integers(1, 30_000),
        shop_cap=st.sampled_from([Decimal("0.3"), Decimal("0.2"), Decimal("1")]),
    )
    def redeem(self, data, one_code, requested, shop_cap):
        number = data.draw(st.sampled_from(sorted(self.orders)))
        total = self.orders[number]
        balances = self.balances()
        chosen = (
            [data.draw(st.sampled_from(list(balances.values())))] if one_code else list(balances.values())
        )
        already = applied_to_order(self.entries, number, total.currency)
        try:
            plan = plan_redemption(
                chosen,
                order_number=number,
                order_total=total,
                already_applied_to_order=already,
                shop_cap_share=shop_cap,
                as_of=self.today,
                requested=Money(requested, total.currency) if requested else None,
            )
        except ValidationError:
            usable = [
                b for b in chosen if b.spendable.minor > 0 and b.grant.currency == total.currency
            ]  # refused only when no usable grant had room under its cap
            assert all(share_of(total, b.grant.cap(shop_cap)) <= already for b in usable)
            event("redemption refused")
            return
        event(f"redemption limited by {plan.limited_by}")
        on_order = already
        for gid, amount in plan.applied:
            b = balances[gid]
            assert b in chosen
            assert not b.grant.expired(self.today), "an expired grant was used"
            assert b.grant.currency == total.currency
            assert 0 < amount.minor <= b.balance.minor
            on_order = on_order + amount
            assert on_order <= share_of(total, b.grant.cap(shop_cap)), "more than the cap"
        assert on_order == already + plan.total_applied
        if requested:
            assert plan.total_applied.minor <= requested
        self.append(plan.entries(self.now(), "agent"))
        if plan.limited_by is not Limit.REQUESTED:  # it took everything it was allowed to
            after = self.balances()
            for b in chosen:
                if b.spendable.minor and b.grant.currency == total.currency:
                    left = after[b.grant.id].balance.minor
                    assert left == 0 or share_of(total, b.grant.cap(shop_cap)) <= on_order

    @rule(days=st.integers(0, 30))
    def time_passes(self, days):
        self.today += timedelta(days=days)
        self.clock += timedelta(days=days)

    @rule()
    def expiry_runs(self):
        planned = plan_expiry(self.balances().values(), self.today, self.now(), "system")
        if planned:
            event("expired")
        for e in planned:
            assert e.kind is EntryKind.EXPIRE and self.balances()[e.grant_id].expired
        self.append(planned)
        assert plan_expiry(self.balances().values(), self.today, self.now(), "system") == ()

    @precondition(lambda self: self.grants)
    @rule(data=st.data())
    def cancel(self, data):
        b = data.draw(st.sampled_from(list(self.balances().values())))
        try:
            entry = plan_cancel(b, self.now(), "supervisor", "customer abused returns")
        except ValidationError:
            assert b.balance.minor <= 0
            return
        assert entry.amount == -b.balance
        self.append([entry])

    @precondition(lambda self: self.grants)
    @rule(data=st.data(), change=st.integers(-20_000, 20_000))
    def adjust(self, data, change):
        b = data.draw(st.sampled_from(list(self.balances().values())))
        try:
            entry = plan_adjust(b, Money(change, b.grant.currency), self.now(), "supervisor", "correction")
        except ValidationError:
            assert change == 0 or b.balance.minor + change < 0
            return
        self.append([entry])

    @precondition(lambda self: self.orders)
    @rule(data=st.data(), part=st.none() | st.integers(1, 10_000))
    def refund_order(self, data, part):
        number = data.draw(st.sampled_from(sorted(self.orders)))
        used = applied_to_order(self.entries, number, self.orders[number].currency)
        amount = Money(part, used.currency) if part else None
        try:
            restores = plan_restore(self.entries, number, self.now(), "agent", amount)
        except ValidationError:
            assert part is not None and part > used.minor
            return
        redeemed_from = {
            e.grant_id for e in self.entries if e.kind is EntryKind.REDEEM and e.order_number == number
        }
        assert {e.grant_id for e in restores} <= redeemed_from
        assert sum(e.amount.minor for e in restores) == (part or used.minor)
        event("restored" if restores else "nothing to restore")
        self.append(restores)
        assert applied_to_order(self.entries, number, used.currency).minor >= 0

    @invariant()
    def balance_is_the_sum_of_entries_and_never_negative(self):
        balances = self.balances()
        for g in self.grants:
            total = sum(e.amount.minor for e in self.entries if e.grant_id == g.id)
            assert balances[g.id].balance.minor == total >= 0
        for currency, money in customer_balances(balances.values()).items():
            live = sum(b.spendable.minor for b in balances.values() if b.grant.currency == currency)
            assert money.minor == live >= 0

    @invariant()
    def entries_are_never_changed(self):
        assert [fields(e) for e in self.entries] == self.written

    @invariant()
    def no_order_carries_more_credit_than_any_cap_allows(self):
        for number, total in self.orders.items():
            on_order = applied_to_order(self.entries, number, total.currency)
            assert 0 <= on_order.minor <= total.minor


TestLedgerMachine = LedgerMachine.TestCase
TestLedgerMachine.settings = settings(max_examples=100, stateful_step_count=40, deadline=None)
