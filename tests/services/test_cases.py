"""Stories of agents opening and working on cases, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from app.domain.enums import CaseStatus
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.services import cases
from app.services.cases import CaseFilter
from app.services.context import Actor, ServiceContext


def test_agent_logs_a_wrong_item_phone_call_for_an_order(shop):
    ctx = shop.as_(shop.agent)
    case = cases.open_case(
        ctx,
        order_number="#1001",
        kind="wrong_item",
        channel="phone",
        summary="Blue bowls instead of green",
        skus=["CER-BOWL-S"],
        wants="keep",
    )
    assert case.status == CaseStatus.NEW
    assert case.customer_name == "Ștefan Țărână"
    assert case.order_number == "1001"
    assert [(li.sku, li.quantity) for li in case.lines] == [("CER-BOWL-S", 2)]
    assert case.affected_value.plain() == "37.80"
    assert case.first_answer_due < case.resolution_due
    assert case.events[0].type == "opened"
    assert case.owner == "Giulia Bianchi"


def test_the_case_shows_its_timeline_in_order(shop):
    ctx = shop.as_(shop.agent)
    case = cases.open_case(ctx, order_number="1002", kind="damaged", channel="email", summary="Vase cracked")
    cases.add_note(ctx, case.id, "Customer sent a photo")
    cases.change_status(ctx, case.id, "awaiting_customer", reason="asked for a photo of the box")
    detail = cases.get_case(ctx, case.id)
    assert [e.type for e in detail.events] == ["opened", "note", "status"]
    assert detail.events[1].internal is True
    assert detail.status == CaseStatus.AWAITING_CUSTOMER


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"order_number": "9999"}, "no order 9999"),
        ({"kind": "broken"}, "Unknown case kind"),
        ({"channel": "pigeon"}, "Unknown channel"),
        ({"summary": "   "}, "summary is empty"),
        ({"summary": "x" * 100_000}, "keep it under"),
        ({"wants": "everything"}, "Unknown wish"),
        ({"skus": ["NOPE"]}, "no line with SKU NOPE"),
    ],
    ids=[
        "unknown order",
        "unknown kind",
        "unknown channel",
        "empty summary",
        "100 KB summary",
        "unknown wish",
        "sku not in order",
    ],
)
def test_bad_input_is_refused_clearly_and_writes_nothing(shop, changes, message):
    ctx = shop.as_(shop.agent)
    args = {"order_number": "1001", "kind": "damaged", "channel": "phone", "summary": "Broken"} | changes
    with pytest.raises((ValidationError, NotFound)) as err:
        cases.open_case(ctx, **args)
    assert message in err.value.message
    assert cases.count_cases(ctx) == 0


def test_names_with_emoji_and_right_to_left_text_survive(shop):
    ctx = shop.as_(shop.agent)
    summary = "Il vaso è rotto 😢 — قال العميل إن الطرد وصل مكسورًا"
    case = cases.open_case(ctx, order_number="1002", kind="damaged", channel="chat", summary=summary)
    assert cases.get_case(ctx, case.id).summary == summary


def test_two_agents_saving_one_case_the_second_is_refused_with_who_changed_it(shop):
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    case = cases.open_case(agent, order_number="1003", kind="delay", channel="email", summary="Late")
    seen_by_both = case.version
    cases.update_case(supervisor, case.id, expected_version=seen_by_both, summary="Late, promised for Friday")
    with pytest.raises(Conflict) as err:
        cases.update_case(agent, case.id, expected_version=seen_by_both, summary="Late parcel")
    assert "Sara Supervisor" in err.value.message
    assert cases.get_case(agent, case.id).summary == "Late, promised for Friday"


def test_an_illegal_status_move_is_refused(shop):
    ctx = shop.as_(shop.agent)
    case = cases.open_case(ctx, order_number="1003", kind="delay", channel="email", summary="Late")
    cases.change_status(ctx, case.id, "resolved")
    cases.change_status(ctx, case.id, "closed")
    with pytest.raises(Conflict) as err:
        cases.change_status(ctx, case.id, "awaiting_approval")
    assert "closed cannot become awaiting_approval" in err.value.message


def test_filters_by_status_kind_channel_and_mine(shop):
    agent, supervisor = shop.as_(shop.agent), shop.as_(shop.supervisor)
    a = cases.open_case(
        agent, order_number="1001", kind="wrong_item", channel="phone", summary="Wrong colour"
    )
    cases.open_case(supervisor, order_number="1002", kind="damaged", channel="email", summary="Broken vase")
    assert [r.id for r in cases.list_cases(agent, CaseFilter(kinds=("wrong_item",)))] == [a.id]
    assert [r.id for r in cases.list_cases(agent, CaseFilter(mine=True))] == [a.id]
    assert len(cases.list_cases(agent, CaseFilter(channels=("email",)))) == 1
    assert cases.count_cases(agent, CaseFilter(statuses=("new",))) == 2
    assert cases.list_cases(agent, CaseFilter(overdue=True)) == []


def test_someone_without_a_login_cannot_open_a_case_and_an_agent_cannot_change_settings(shop):
    from app.services import settings

    def cases_now() -> int:
        return cases.count_cases(shop.as_(shop.supervisor), CaseFilter())

    before = cases_now()
    with pytest.raises(PermissionDenied, match="Not logged in"):
        cases.open_case(
            ServiceContext(shop.db, Actor(999, "ghost", "Ghost", shop.agent.role)),
            order_number="1003",
            kind="delay",
            channel="email",
            summary="Late",
        )
    assert cases_now() == before
    agent = shop.as_(shop.agent)
    share = settings.get_settings(agent)["credit.cap_share"]
    with pytest.raises(PermissionDenied, match="may not do this"):
        settings.set_setting(agent, "credit.cap_share", "0.9")
    assert settings.get_settings(agent)["credit.cap_share"] == share
