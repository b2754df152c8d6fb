"""Quantity per affected line: "one of the two bowls broke" — the case carries the pieces affected (all of the
line by default) and every remedy is computed on them (issue 12, point 9), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from app.domain.enums import Remedy
from app.errors import ValidationError
from app.services import cases, orders, remedies
from app.store.models import CaseLine


def _options(ctx, case_id: int) -> dict[Remedy, object]:
    return {o.remedy: o for o in remedies.propose_case(ctx, case_id).options}


def test_one_of_two_bowls_broke_and_the_remedies_count_one_bowl(shop):
    agent = shop.as_(shop.agent)
    one = cases.open_case(
        agent,
        order_number="1001",
        kind="damaged",
        channel="phone",
        summary="One bowl broke",
        skus=["CER-BOWL-S:1"],
        wants="refund",
    )
    both = cases.open_case(
        agent,
        order_number="1001",
        kind="damaged",
        channel="phone",
        summary="Both bowls broke",
        skus=["CER-BOWL-S"],
        wants="refund",
    )
    assert [(li.sku, li.quantity, li.ordered) for li in one.lines] == [("CER-BOWL-S", 1, 2)]
    assert [(li.sku, li.quantity, li.ordered) for li in both.lines] == [("CER-BOWL-S", 2, 2)]
    assert (one.affected_value.plain(), both.affected_value.plain()) == ("18.90", "37.80")
    stored = cases.get_case(agent, one.id)
    assert [(li.quantity, li.ordered) for li in stored.lines] == [(1, 2)], "stored with the case"
    a, b = _options(agent, one.id), _options(agent, both.id)
    assert a[Remedy.REFUND].amount.plain() == "18.90" and b[Remedy.REFUND].amount.plain() == "37.80"
    assert a[Remedy.REPLACEMENT].cost < b[Remedy.REPLACEMENT].cost, "one bowl to send again, not two"
    assert a[Remedy.REPLACEMENT].cost.minor > 0
    for remedy in set(a) & set(b):
        if a[remedy].amount is not None and b[remedy].amount is not None:
            assert a[remedy].amount <= b[remedy].amount, remedy


def test_the_window_gives_the_pieces_per_line_id(shop):
    agent = shop.as_(shop.agent)
    order = orders.get_order(agent, "1001")
    bowls = next(li for li in order.lines if li.sku == "CER-BOWL-S")
    napkins = next(li for li in order.lines if li.sku == "LIN-NAP-4")
    case = cases.open_case(
        agent,
        order_number="1001",
        kind="damaged",
        channel="phone",
        summary="Broken",
        order_line_ids=[bowls.id, napkins.id],
        line_quantities={bowls.id: 1},
    )
    assert sorted((li.sku, li.quantity) for li in case.lines) == [("CER-BOWL-S", 1), ("LIN-NAP-4", 1)]
    assert case.affected_value.plain() == "47.90"  # 18.90 + 29.00


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"skus": ["CER-BOWL-S:3"]}, "from 1 to 2"),
        ({"skus": ["CER-BOWL-S:0"]}, "from 1 to 2"),
        ({"skus": ["CER-BOWL-S:-1"]}, "from 1 to 2"),
        ({"skus": ["CER-BOWL-S:99999999999"]}, "from 1 to 2"),
        ({"skus": ["CER-BOWL-S:one"]}, "SKU:QUANTITY"),
        ({"skus": ["NOPE:1"]}, "no line with SKU NOPE "),
        ({"line_quantities": {"bowls": 5}}, "from 1 to 2"),
        ({"line_quantities": {"bowls": 0}}, "from 1 to 2"),
    ],
    ids=[
        "more than ordered",
        "zero",
        "negative",
        "huge",
        "not a number",
        "unknown sku",
        "window: too many",
        "window: zero",
    ],
)
def test_pieces_outside_the_line_are_refused_and_nothing_is_written(shop, args, message):
    agent = shop.as_(shop.agent)
    bowls = next(li for li in orders.get_order(agent, "1001").lines if li.sku == "CER-BOWL-S")
    if "line_quantities" in args:
        args = {"order_line_ids": [bowls.id], "line_quantities": {bowls.id: args["line_quantities"]["bowls"]}}
    with pytest.raises(ValidationError) as err:
        cases.open_case(agent, order_number="1001", kind="damaged", channel="phone", summary="Broken", **args)
    assert message in err.value.message
    assert cases.count_cases(agent) == 0
    with shop.db.read() as s:
        assert s.query(CaseLine).count() == 0
