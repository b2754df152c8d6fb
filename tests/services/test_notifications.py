"""Notifications (issue 17): assigned to me, a customer's answer on my case, my request decided, a request waiting
(supervisors), my deadline near and passed; mutable per kind; never told twice, across restarts and workstations."""

from __future__ import annotations

from datetime import timedelta

from app.domain.enums import EventType
from app.services import approvals, assignment, cases, notifications
from app.services.settings import set_setting
from app.store.models import ApprovalRequest


def _kinds(found) -> list[tuple[str, int | None]]:
    return sorted((n.kind, n.case_id) for n in found)


def test_each_kind_is_told_once_to_the_right_person(shop):
    agent, boss = shop.as_(shop.agent), shop.as_(shop.supervisor)
    assert notifications.collect(agent) == [], "the first collection only marks where to start"
    assert notifications.collect(boss) == []
    case_id = cases.open_case(boss, order_number="1002", kind="damaged", channel="phone", summary="Vase").id
    assignment.assign(boss, [case_id], "agent")
    cases.add_event(boss, case_id, EventType.CUSTOMER_ANSWER, "The customer wants a refund")
    found = notifications.collect(agent)
    assert _kinds(found) == [("answer", case_id), ("assigned", case_id)]
    assert next(n for n in found if n.kind == "assigned").detail == "Sara Supervisor"
    assert notifications.collect(agent) == [], "never twice"

    approvals.resolve_case(agent, case_id, "keep_and_credit", "90", reason="loyal")  # above the agent's limit
    assert [n.kind for n in notifications.collect(boss)] == ["waiting"]
    with shop.db.read() as s:
        req_id = s.query(ApprovalRequest.id).scalar()
    approvals.reject(boss, req_id, reason="too much")
    decided = notifications.collect(agent)
    assert [(n.kind, n.detail) for n in decided] == [("decided", "rejected")]
    assert {n.kind for n in notifications.recent(agent)} == {"assigned", "answer", "decided"}


def test_deadlines_near_and_passed_and_muting(shop, clock):
    agent = shop.as_(shop.agent)
    admin = shop.as_(shop.admin)
    clock.advance(days=-30)
    notifications.collect(agent)  # started a month ago
    clock.advance(days=30)
    case_id = cases.open_case(agent, order_number="1002", kind="damaged", channel="phone", summary="Vase").id
    due = cases.get_case(agent, case_id).resolution_due
    set_setting(admin, "notify.before_minutes", "30")
    clock.set(due - timedelta(minutes=31))
    assert notifications.collect(agent) == []
    clock.set(due - timedelta(minutes=29))
    soon = notifications.collect(agent)
    assert [(n.kind, n.case_id) for n in soon] == [("deadline_soon", case_id)]
    notifications.set_muted(agent, "deadline_breached", True)
    clock.set(due + timedelta(minutes=1))
    assert notifications.collect(agent) == [], "muted"
    assert notifications.muted_kinds(agent) == {"deadline_breached"}
    notifications.set_muted(agent, "deadline_breached", False)
    clock.set(due + timedelta(minutes=2))
    late = notifications.collect(agent)
    assert [n.kind for n in late] == ["deadline_breached"]
    clock.set(due + timedelta(minutes=3))
    assert notifications.collect(agent) == [], "across restarts: stored"
    notifications.mark_read(agent)
    assert all(n.read for n in notifications.recent(agent))
