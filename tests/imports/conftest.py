"""Fixtures of the import tests: the folder of shop-export samples and a helper that parses one completely."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.imports import parse_customers, parse_orders
from app.imports.records import Rejection

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fixture_path():
    return lambda name: FIXTURES / name


def split(result):
    """(records, rejections) of a whole ParseResult."""
    good, bad = [], []
    for item in result:
        (bad if isinstance(item, Rejection) else good).append(item)
    return good, bad


@pytest.fixture
def orders_of():
    def run(name, **options):
        result = parse_orders(FIXTURES / name, **options)
        assert result.ok, result.error and result.error.reason
        return split(result)

    return run


@pytest.fixture
def customers_of():
    def run(name, **options):
        result = parse_customers(FIXTURES / name, **options)
        assert result.ok, result.error and result.error.reason
        return split(result)

    return run
