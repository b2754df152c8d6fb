"""Finding customers and cases by what the caller says, accents and case ignored."""

from __future__ import annotations

import pytest

from app.services import cases, customers
from app.services.cases import CaseFilter


@pytest.fixture
def opened(shop):
    ctx = shop.as_(shop.agent)
    ids = {
        "bowl": cases.open_case(
            ctx, order_number="1001", kind="wrong_item", channel="phone", summary="Blue bowls"
        ).id,
        "vase": cases.open_case(
            ctx, order_number="1002", kind="damaged", channel="email", summary="Vase 100% broken_"
        ).id,
        "moka": cases.open_case(
            ctx, order_number="1003", kind="delay", channel="chat", summary="Moka late"
        ).id,
    }
    return ctx, ids


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("stefan", ["bowl"]),
        ("ȘTEFAN ȚĂRÂNĂ", ["bowl"]),
        ("tarana", ["bowl"]),
        ("niccolo.rossi@example.it", ["vase"]),
        ("NICCOLÒ", ["vase"]),
        ("1003", ["moka"]),
        ("#1002", ["vase"]),
        ("muller", ["moka"]),
        ("3331234567", ["vase"]),
        ("broken vase", ["vase"]),
        ("", ["moka", "vase", "bowl"]),
    ],
)
def test_cases_are_found_by_name_email_phone_order_and_words(opened, query, expected):
    ctx, ids = opened
    found = [r.id for r in cases.list_cases(ctx, CaseFilter(search=query))]
    assert found == [ids[k] for k in expected]


@pytest.mark.parametrize(
    "query", ["%", "_", "'; DROP TABLE cases; --", '"', "100%", "*", "NEAR(", "a OR b", "\\"]
)
def test_sql_metacharacters_in_search_are_just_text(opened, query):
    ctx, _ = opened
    cases.list_cases(ctx, CaseFilter(search=query))  # never raises
    assert cases.count_cases(ctx) == 3


def test_customers_are_listed_with_language_and_order_count(shop):
    rows = customers.list_customers(shop.as_(shop.agent), search="rossi")
    assert [(r.name, r.language, r.orders) for r in rows] == [("Niccolò Rossi", "it", 2)]
    everyone = customers.list_customers(shop.as_(shop.agent))
    assert {r.name for r in everyone} == {"Ștefan Țărână", "Niccolò Rossi", "Anna Müller"}
