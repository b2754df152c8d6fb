"""What a supervisor sees beside each approval request: age, expiry, value affected, suggestion, histories."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.services import approval_context, approvals, cases, remedies


def _request(shop, order: str, amount: str, skus: list[str] | None = None) -> int:
    agent = shop.as_(shop.agent)
    case_id = cases.open_case(
        agent, order_number=order, kind="damaged", channel="phone", summary="Rotto", skus=skus or []
    ).id
    remedies.propose_case(agent, case_id)
    return approvals.resolve_case(agent, case_id, "keep_and_credit", amount).request_id


def test_each_request_comes_with_its_context(shop, clock):
    supervisor = shop.as_(shop.supervisor)
    first = _request(shop, "1002", "60", ["CER-VASE"])
    approvals.approve(supervisor, first, "45")  # lowered: part of the agent's history
    clock.advance(timedelta(hours=5))
    second = _request(shop, "1004", "70")
    clock.advance(timedelta(hours=2))
    context = approval_context.request_contexts(supervisor, [first, second])
    ctx = context[second]
    assert ctx.age(clock.now()) == timedelta(hours=2)
    assert ctx.expires_in(clock.now()) == timedelta(days=3) - timedelta(hours=2)
    assert ctx.affected_value.plain() == "119.00", "no line ticked: the whole order (plaid 119.00)"
    assert ctx.suggested is not None and ctx.suggested.minor > 0, "the engine's amount for keep-and-credit"
    assert (ctx.agent.issued_count, ctx.agent.issued_total.plain()) == (1, "45.00")
    assert (ctx.agent.approved, ctx.agent.lowered, ctx.agent.rejected) == (0, 1, 0)
    assert (ctx.customer.grants, ctx.customer.granted_total.plain()) == (1, "45.00"), (
        "Rossi: orders 1002 and 1004"
    )
    assert ctx.customer.balance.plain() == "45.00"
    assert context[first].affected_value.plain() == "129.00"


def test_an_agent_sees_only_their_own_requests_context(shop, clock):
    request = _request(shop, "1002", "60", ["CER-VASE"])
    assert approval_context.request_contexts(shop.as_(shop.agent), [request])
    assert approval_context.request_contexts(shop.as_(shop.admin), []) == {}


def test_checking_an_approval_refuses_as_approving_does_and_issues_nothing(shop, clock):
    from app.errors import PermissionDenied, ValidationError

    request = _request(shop, "1002", "60", ["CER-VASE"])
    supervisor = shop.as_(shop.supervisor)
    assert approvals.check_approval(supervisor, request, "40").plain() == "40.00"
    assert approvals.check_approval(supervisor, request).plain() == "60.00"
    with pytest.raises(ValidationError, match="between"):
        approvals.check_approval(supervisor, request, "61")
    with pytest.raises(PermissionDenied):
        approvals.check_approval(shop.as_(shop.agent), request)
    [still] = approvals.list_requests(supervisor)
    assert still.status == "pending" and still.voucher is None
