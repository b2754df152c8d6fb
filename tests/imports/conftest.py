"""Fixtures of the import tests: the folder of shop-export samples and helpers that parse one completely.

Test modules import ``FIXTURES`` and ``split`` from :mod:`tests.support.import_samples`, never from a conftest
(several folders have one, and only one can be importable as ``conftest`` in a run).
"""

from __future__ import annotations

import pytest

from app.imports import parse_customers, parse_orders
from tests.support.import_samples import FIXTURES, split


@pytest.fixture
def fixture_path():
    return lambda name: FIXTURES / name


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
