"""Reading is not writing (issue 12, point 7): looking at a case records no proposal and the reports count offers,
not views; a login that changes nothing writes nothing when asked not to (the command line). SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.domain.enums import EventType
from app.errors import AuthenticationFailed
from app.services import approvals, cases, remedies, reports, users
from app.store.models import AuditLog, Case, CaseEvent, User
from app.store.types import utcnow


def _proposals(shop, case_id: int) -> list[tuple[int | None, bool]]:
    with shop.db.read() as s:
        return [
            (e.actor_id, bool(e.internal))
            for e in s.scalars(
                select(CaseEvent)
                .where(CaseEvent.case_id == case_id, CaseEvent.type == EventType.PROPOSAL.value)
                .order_by(CaseEvent.id)
            )
        ]


def _offered(shop) -> int:
    today = utcnow().date()
    return reports.summary(
        shop.as_(shop.supervisor), today - timedelta(days=1), today + timedelta(days=1)
    ).remedies.keep_and_credit_offered


def _audit_count(shop) -> int:
    with shop.db.read() as s:
        return int(s.scalar(select(func.count(AuditLog.id))) or 0)


def test_looking_at_a_case_records_nothing_and_the_reports_count_offers_not_views(shop):
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    case = cases.open_case(
        agent,
        order_number="1001",
        kind="wrong_item",
        channel="phone",
        summary="Wrong colour",
        skus=["CER-BOWL-S"],
        wants="keep",
    )
    for viewer in (agent, supervisor, agent):  # opened three times, by two people
        cases.get_case(viewer, case.id)
        shown = remedies.preview_case(viewer, case.id)
    assert any(o.remedy.value == "keep_and_credit" for o in shown.options)
    assert _proposals(shop, case.id) == [] and _offered(shop) == 0
    assert cases.get_case(agent, case.id).version == 1

    cases.change_status(agent, case.id, "proposed")  # offered to the customer
    assert _proposals(shop, case.id) == [(shop.agent.id, True)] and _offered(shop) == 1


def test_a_choice_made_without_a_recorded_proposal_records_the_options_it_was_made_among(shop):
    agent = shop.as_(shop.agent)
    case = cases.open_case(
        agent,
        order_number="1002",
        kind="damaged",
        channel="email",
        summary="Vaso incrinato",
        skus=["CER-VASE"],
        wants="keep",
    )
    remedies.preview_case(agent, case.id)
    approvals.resolve_case(agent, case.id, "keep_and_credit", "10")  # acted on
    assert _proposals(shop, case.id) == [(shop.agent.id, True)] and _offered(shop) == 1
    with shop.db.read() as s:
        assert (s.get(Case, case.id).proposed, s.get(Case, case.id).keep_credit_offered) == (True, True)


def test_a_login_that_changes_nothing_writes_nothing_when_not_recorded(shop):
    before = _audit_count(shop)
    actor = users.login(shop.db, "agent", "agent-pass", record=False)
    assert actor.username == "agent" and _audit_count(shop) == before
    users.login(shop.db, "agent", "agent-pass")  # the desktop's login is recorded
    assert _audit_count(shop) == before + 1


def test_failed_logins_and_lock_outs_are_still_written_and_a_good_login_then_clears_them(shop):
    before = _audit_count(shop)
    with pytest.raises(AuthenticationFailed):
        users.login(shop.db, "agent", "wrong", record=False)
    with pytest.raises(AuthenticationFailed):
        users.login(shop.db, "nobody", "wrong", record=False)
    assert _audit_count(shop) == before + 2
    with shop.db.read() as s:
        assert s.scalar(select(User.failed_logins).where(User.username == "agent")) == 1
    users.login(shop.db, "agent", "agent-pass", record=False)  # clears the count: a write, this once
    with shop.db.read() as s:
        assert s.scalar(select(User.failed_logins).where(User.username == "agent")) == 0
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            users.login(shop.db, "agent", "wrong", record=False)
    with pytest.raises(AuthenticationFailed, match="locked"):
        users.login(shop.db, "agent", "agent-pass", record=False)
    with shop.db.read() as s:
        assert s.scalar(select(User.locked_until).where(User.username == "agent")) is not None
