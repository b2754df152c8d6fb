"""Stories of resolving cases: credit within the limit at once, above it through a supervisor."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.enums import CaseStatus
from app.errors import Conflict, PermissionDenied, ValidationError
from app.services import approvals, cases, credit, ui_queries
from app.services.settings import set_setting


def open_case(shop, order="1002"):
    return cases.open_case(
        shop.as_(shop.agent),
        order_number=order,
        kind="damaged",
        channel="phone",
        summary="Vaso arrivato rotto",
    ).id


def events(shop, case_id):
    return [e.type for e in cases.get_case(shop.as_(shop.agent), case_id).events]


def test_agent_resolves_with_keep_and_credit_within_the_limit_and_gets_a_voucher(shop, clock):
    case_id = open_case(shop)
    res = approvals.resolve_case(shop.as_(shop.agent), case_id, "keep_and_credit", "12,50")
    assert res.status == CaseStatus.RESOLVED and res.voucher.startswith("RIM-")
    detail = cases.get_case(shop.as_(shop.agent), case_id)
    assert (detail.remedy, detail.amount.plain()) == ("keep_and_credit", "12.50")
    chosen = next(e for e in detail.events if e.type == "remedy_chosen")
    assert {k: chosen.data[k] for k in ("remedy", "amount", "currency")} == {
        "remedy": "keep_and_credit",
        "amount": "12.50",
        "currency": "EUR",
    }
    assert events(shop, case_id)[-2:] == ["credit_issued", "status"]
    assert credit.customer_credit(shop.as_(shop.agent), detail.customer_id).balance.plain() == "12.50"


def test_a_credit_above_the_agents_limit_waits_for_a_supervisor_who_approves_less(shop, clock):
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    case_id = open_case(shop)
    res = approvals.resolve_case(agent, case_id, "keep_and_credit", "40", reason="cliente fedele")
    assert (res.status, res.voucher) == (CaseStatus.AWAITING_APPROVAL, None)
    [req] = approvals.list_requests(supervisor)
    assert (req.case_id, req.amount.plain(), req.why, req.requested_by) == (
        case_id,
        "40.00",
        ("case_limit",),
        "agent",
    )
    with pytest.raises(PermissionDenied):
        approvals.approve(agent, req.id)
    with pytest.raises(Conflict, match="already has an approval request pending"):
        approvals.resolve_case(agent, case_id, "keep_and_credit", "10")
    with pytest.raises(Conflict, match="pending"):
        cases.change_status(agent, case_id, "proposed") and cases.change_status(agent, case_id, "closed")
    with pytest.raises(ValidationError, match="between"):
        approvals.approve(supervisor, req.id, "45")
    done = approvals.approve(supervisor, req.id, "35", reason="va bene 35")
    assert (done.status.value, done.approved.plain(), done.decided_by) == ("approved", "35.00", "supervisor")
    assert done.voucher.startswith("RIM-")
    detail = cases.get_case(agent, case_id)
    assert (detail.status, detail.amount.plain()) == (CaseStatus.RESOLVED, "35.00")
    assert "approval_requested" in events(shop, case_id) and "approved" in events(shop, case_id)
    assert [r.status.value for r in approvals.list_requests(agent, "approved")] == [
        "approved"
    ]  # the agent sees it
    with pytest.raises(Conflict, match="already approved"):
        approvals.reject(supervisor, req.id, reason="ripensamento")


def test_nobody_decides_on_their_own_request(shop, clock):
    supervisor = shop.as_(shop.supervisor)
    set_setting(shop.as_(shop.admin), "limits.supervisor.case", "60")
    case_id = open_case(shop)
    res = approvals.resolve_case(supervisor, case_id, "keep_and_credit", "100")
    assert res.approvers == ("admin",), "said at once: only the admin's limit covers it"
    with pytest.raises(PermissionDenied, match="own request"):
        approvals.approve(supervisor, res.request_id)
    assert approvals.approve(shop.as_(shop.admin), res.request_id).approved.plain() == "100.00"


def test_a_credit_above_every_approvers_limit_is_refused_at_once_naming_the_setting(shop, clock):
    agent = shop.as_(shop.agent)
    set_setting(shop.as_(shop.admin), "limits.supervisor.case", "60")
    set_setting(shop.as_(shop.admin), "limits.admin.case", "80")
    case_id = open_case(shop)
    with pytest.raises(PermissionDenied, match="Nobody can approve .*limits.admin.case"):
        approvals.resolve_case(agent, case_id, "keep_and_credit", "100")
    assert cases.get_case(agent, case_id).status == CaseStatus.NEW, "nothing was written"
    res = approvals.resolve_case(agent, case_id, "keep_and_credit", "70")
    assert res.approvers == ("admin",)
    with pytest.raises(PermissionDenied, match="own limit"):
        approvals.approve(shop.as_(shop.supervisor), res.request_id)
    assert approvals.approve(shop.as_(shop.admin), res.request_id).approved.plain() == "70.00"


def test_a_rejection_sends_the_case_back_to_proposed_with_the_reason(shop, clock):
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    case_id = open_case(shop)
    res = approvals.resolve_case(agent, case_id, "credit_instead_of_refund", "60")
    with pytest.raises(ValidationError, match="reason is required"):
        approvals.reject(supervisor, res.request_id, reason=" ")
    approvals.reject(supervisor, res.request_id, reason="Offri una sostituzione")
    detail = cases.get_case(agent, case_id)
    assert detail.status == CaseStatus.PROPOSED and detail.remedy is None
    rejected = next(e for e in detail.events if e.type == "rejected")
    assert rejected.text == "Offri una sostituzione"
    assert approvals.resolve_case(agent, case_id, "replacement").status == CaseStatus.RESOLVED


def test_the_daily_total_sends_the_fifth_credit_to_a_supervisor(shop, clock):
    agent = shop.as_(shop.agent)
    # five claims on Niccolò's orders today would flag him too: here only the daily total is asked about
    set_setting(shop.as_(shop.admin), "claims.min_claims", "10")
    for _ in range(4):
        assert (
            approvals.resolve_case(agent, open_case(shop), "keep_and_credit", "25").status
            == CaseStatus.RESOLVED
        )
    res = approvals.resolve_case(agent, open_case(shop), "goodwill_extra", "5")
    assert res.status == CaseStatus.AWAITING_APPROVAL
    [req] = approvals.list_requests(agent)
    assert req.why == ("daily_limit",)


def test_an_unanswered_request_expires_and_the_case_can_move_on(shop, clock):
    agent = shop.as_(shop.agent)
    case_id = open_case(shop)
    res = approvals.resolve_case(agent, case_id, "keep_and_credit", "40")
    clock.advance(timedelta(days=4))  # approvals.expiry_days = 3
    assert approvals.list_requests(agent) == []
    assert [r.status.value for r in approvals.list_requests(agent, None)] == ["expired"]
    assert cases.get_case(agent, case_id).status == CaseStatus.PROPOSED
    with pytest.raises(Conflict, match="already expired"):
        approvals.approve(shop.as_(shop.supervisor), res.request_id)
    assert "approval_expired" in events(shop, case_id)


def test_a_request_past_its_time_that_nobody_listed_is_refused_as_expired(shop, clock):
    agent = shop.as_(shop.agent)
    case_id = open_case(shop)
    res = approvals.resolve_case(agent, case_id, "keep_and_credit", "40")
    clock.advance(timedelta(days=4))  # nobody looked at the list meanwhile
    with pytest.raises(Conflict, match="already expired"):
        approvals.approve(shop.as_(shop.supervisor), res.request_id)
    assert cases.get_case(agent, case_id).status == CaseStatus.AWAITING_APPROVAL  # refused: nothing kept
    assert approvals.list_requests(agent) == []  # the list expires it
    assert cases.get_case(agent, case_id).status == CaseStatus.PROPOSED


def test_at_its_very_expiry_instant_a_request_still_waits_for_the_list_resolving_and_approving(shop, clock):
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    case_id = open_case(shop)
    res = approvals.resolve_case(agent, case_id, "keep_and_credit", "40")
    [req] = approvals.list_requests(supervisor)
    clock.set(req.expires_at)  # not a moment after
    assert [r.id for r in approvals.list_requests(supervisor)] == [res.request_id]
    assert ui_queries.approval_poll(supervisor).waiting == 1
    with pytest.raises(Conflict, match="already has an approval request pending"):
        approvals.resolve_case(agent, case_id, "keep_and_credit", "10")
    assert approvals.approve(supervisor, res.request_id).status.value == "approved"
    assert cases.get_case(agent, case_id).status == CaseStatus.RESOLVED
    assert "approval_expired" not in events(shop, case_id)


@pytest.mark.parametrize("answer", ["approve", "reject", "withdraw"])
def test_the_answer_shows_the_request_as_the_list_shows_it_afterwards(shop, clock, answer):
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    res = approvals.resolve_case(agent, open_case(shop), "keep_and_credit", "40", reason="cliente fedele")
    done = getattr(approvals, answer)(supervisor, res.request_id, reason="visto")
    [listed] = approvals.list_requests(supervisor, None)
    assert done == listed
    assert (done.requested_by, done.decided_by) == ("agent", "supervisor") and done.customer
    assert (done.voucher is not None) is (answer == "approve")


@pytest.mark.parametrize("status", ["approved", "pending"])
def test_any_list_marks_requests_past_their_time_expired_even_when_it_shows_none(shop, clock, status):
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    case_id = open_case(shop)
    approvals.resolve_case(agent, case_id, "keep_and_credit", "40")
    clock.advance(timedelta(days=4))
    assert approvals.list_requests(supervisor, status) == []
    assert cases.get_case(agent, case_id).status == CaseStatus.PROPOSED
    assert [r.status.value for r in approvals.list_requests(supervisor, None)] == ["expired"]


def test_a_flagged_customer_always_needs_a_supervisor(shop, clock):
    agent = shop.as_(shop.agent)
    case_id = open_case(shop)
    for _ in range(2):  # three claims on Niccolò's two orders: the claim rate flags him
        open_case(shop)
    res = approvals.resolve_case(agent, case_id, "keep_and_credit", "5")
    assert res.status == CaseStatus.AWAITING_APPROVAL
    assert approvals.list_requests(agent)[0].why == ("flagged",)
    with pytest.raises(PermissionDenied, match="flagged"):
        credit.grant_credit(agent, "niccolo.rossi@example.it", "5", reason="ok")
    assert approvals.resolve_case(shop.as_(shop.supervisor), open_case(shop), "keep_and_credit", "5").voucher


def test_non_credit_remedies_resolve_directly(shop, clock):
    agent = shop.as_(shop.agent)
    case_id = open_case(shop)
    res = approvals.resolve_case(agent, case_id, "refund", "129.00")
    assert (res.status, res.voucher) == (CaseStatus.RESOLVED, None)
    detail = cases.get_case(agent, case_id)
    assert (detail.remedy, detail.amount.plain()) == ("refund", "129.00")
    with pytest.raises(Conflict, match="already resolved"):
        approvals.resolve_case(agent, case_id, "replacement")


@pytest.mark.parametrize(
    ("remedy", "amount", "message"),
    [
        ("teleport", None, "Unknown remedy"),
        ("keep_and_credit", None, "how much credit"),
        ("keep_and_credit", "-3", "more than zero"),
    ],
)
def test_bad_resolutions_are_refused_and_change_nothing(shop, clock, remedy, amount, message):
    case_id = open_case(shop)
    with pytest.raises(ValidationError, match=message):
        approvals.resolve_case(shop.as_(shop.agent), case_id, remedy, amount)
    assert events(shop, case_id) == ["opened"]


@pytest.mark.parametrize("request_id", [0, 2**31, 2**63])
def test_no_such_request_is_said_alike_by_every_decision(shop, request_id):
    """Approving, rejecting and withdrawing find a request the same way: an id out of range is 'no such request'."""
    from app.errors import NotFound

    for decide in (
        lambda ctx: approvals.approve(ctx, request_id),
        lambda ctx: approvals.reject(ctx, request_id, reason="no"),
        lambda ctx: approvals.withdraw(ctx, request_id),
    ):
        with pytest.raises(NotFound):
            decide(shop.as_(shop.supervisor))
