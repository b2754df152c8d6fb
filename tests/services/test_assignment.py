"""Who works on which case (issue 17): the unassigned queue, *Assign to me*, reassigning (supervisors), several
cases at once; every assignment on the timeline; the rule holds through ``update_case`` too."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from app.errors import NotFound, PermissionDenied
from app.services import assignment, cases, presence
from app.services.case_rows import CaseFilter


def _unowned(shop, n: int = 2) -> list[int]:
    boss = shop.as_(shop.supervisor)
    ids = [
        cases.open_case(boss, order_number="1002", kind="damaged", channel="email", summary=f"c{i}").id
        for i in range(n)
    ]
    assert assignment.assign(boss, ids, "") == ids  # the queue: nobody's
    return ids


def test_the_unassigned_queue_and_assign_to_me(shop):
    ids = _unowned(shop)
    agent = shop.as_(shop.agent)
    queue = cases.list_cases(agent, CaseFilter(unassigned=True))
    assert sorted(r.id for r in queue) == ids
    assert assignment.assign_to_me(agent, ids) == ids
    assert cases.list_cases(agent, CaseFilter(unassigned=True)) == []
    detail = cases.get_case(agent, ids[0])
    assert detail.owner == "Giulia Bianchi"
    assigned = [e for e in detail.events if e.type == "assigned"]
    assert (
        assigned[-1].text == "Sara Supervisor → Giulia Bianchi" or assigned[-1].text == "– → Giulia Bianchi"
    )
    assert assigned[-1].data["to"] == "agent"
    assert assignment.assign_to_me(agent, ids) == [], (
        "already theirs: nothing changes, nothing on the timeline"
    )
    assert len([e for e in cases.get_case(agent, ids[0]).events if e.type == "assigned"]) == len(assigned)


def test_an_agent_cannot_take_a_colleagues_case_or_give_one_away(shop):
    ids = _unowned(shop)
    agent, boss = shop.as_(shop.agent), shop.as_(shop.supervisor)
    assignment.assign(boss, [ids[0]], "supervisor")
    with pytest.raises(PermissionDenied, match="belongs to Sara Supervisor"):
        assignment.assign_to_me(agent, ids)  # all or nothing: ids[1] stays nobody's
    assert cases.get_case(agent, ids[1]).owner is None
    with pytest.raises(PermissionDenied, match="Only a supervisor can give case"):
        assignment.assign(agent, [ids[1]], "supervisor")
    with pytest.raises(PermissionDenied, match="without an owner"):
        assignment.assign(agent, [ids[1]], "")


def test_the_rule_holds_through_update_case_too(shop):
    ids = _unowned(shop, 1)
    agent, boss = shop.as_(shop.agent), shop.as_(shop.supervisor)
    assignment.assign(boss, ids, "supervisor")
    version = cases.get_case(agent, ids[0]).version
    with pytest.raises(PermissionDenied):
        cases.update_case(agent, ids[0], expected_version=version, owner="agent")
    detail = cases.update_case(boss, ids[0], expected_version=version, owner="agent")
    assert detail.owner == "Giulia Bianchi"
    last = [e for e in detail.events if e.type == "assigned"][-1]
    assert last.text == "Sara Supervisor → Giulia Bianchi"


def test_a_supervisor_reassigns_several_cases_at_once(shop):
    ids = _unowned(shop, 3)
    boss = shop.as_(shop.supervisor)
    assert assignment.assign(boss, list(reversed(ids)), "agent") == ids
    assert {cases.get_case(boss, i).owner for i in ids} == {"Giulia Bianchi"}
    with pytest.raises(NotFound, match="Unknown user"):
        assignment.assign(boss, ids, "nobody")


def test_presence_expires_and_says_who_types(shop, clock):
    case_id = _unowned(shop, 1)[0]
    agent, boss = shop.as_(shop.agent), shop.as_(shop.supervisor)
    presence.heartbeat(boss, case_id, typing=True)
    assert [(v.name, v.typing) for v in presence.others(agent, case_id)] == [("Sara Supervisor", True)]
    assert presence.others(boss, case_id) == [], "one does not see oneself"
    clock.advance(seconds=presence.EXPIRY_S + 1)
    assert presence.others(agent, case_id) == [], "a workstation that stopped beating is gone"
    presence.heartbeat(boss, case_id)
    presence.leave(boss, case_id)
    assert presence.others(agent, case_id) == []


def test_an_open_cases_tick_says_i_am_here_and_hears_who_else_in_one_transaction(shop, clock):
    case_id = _unowned(shop, 1)[0]
    agent, boss = shop.as_(shop.agent), shop.as_(shop.supervisor)
    presence.heartbeat(boss, case_id, typing=True)
    transactions: list[bool] = []

    def on_begin(conn) -> None:
        transactions.append(bool(conn.get_execution_options().get("rimedio_write")))

    event.listen(shop.db.engine, "begin", on_begin)
    try:
        viewers = presence.heartbeat_and_others(agent, case_id, typing=True)
    finally:
        event.remove(shop.db.engine, "begin", on_begin)
    assert transactions == [True], "one writing transaction, where heartbeat then others took two"
    assert [(v.name, v.typing) for v in viewers] == [("Sara Supervisor", True)], "one does not see oneself"
    assert [(v.name, v.typing) for v in presence.others(boss, case_id)] == [("Giulia Bianchi", True)]

    clock.advance(seconds=presence.EXPIRY_S + 1)
    assert presence.heartbeat_and_others(agent, case_id) == [], "the supervisor stopped beating: gone"
    assert [(v.name, v.typing) for v in presence.others(boss, case_id)] == [("Giulia Bianchi", False)]
    assert [v.name for v in presence.heartbeat_and_others(boss, case_id)] == ["Giulia Bianchi"]
    presence.leave(boss, case_id)
    assert presence.heartbeat_and_others(agent, case_id) == []


def test_a_status_move_for_several_cases_names_each_refusal(shop):
    from app.services import bulk

    ids = _unowned(shop, 3)
    agent = shop.as_(shop.agent)
    cases.change_status(agent, ids[1], "closed")
    outcome = bulk.change_statuses(agent, ids, "awaiting_customer")
    assert outcome.changed == [ids[0], ids[2]]
    assert [case_id for case_id, _ in outcome.refused] == [ids[1]]
    assert outcome.refused[0][1]  # one line, in the user's words
    sheets = bulk.case_sheets(agent, ids)
    assert sheets.count == 3 and sheets.data.startswith(b"%PDF")
