"""Fuzzing the import SERVICE on SQLite: arbitrary and mutated files never crash it, a refusal is a clear
message, and a file that is refused or not written leaves the database exactly as it was."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import RimedioError
from app.services import shop_import
from tests.support.shop import make_shop
from tests.support.shop_files import FIXTURES, counts

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SAMPLES = [p.read_bytes() for p in sorted(FIXTURES.glob("shopify_orders_*.csv"))] + [
    (FIXTURES / "woocommerce_line_items.csv").read_bytes(),
    (FIXTURES / "prestashop_it.csv").read_bytes(),
    (FIXTURES / "shopify_customers_current.csv").read_bytes(),
]


@pytest.fixture(scope="module")
def fuzz_shop(_sqlite_factory, tmp_path_factory):
    db = _sqlite_factory.fresh(tmp_path_factory.mktemp("fuzz-db"))
    shop = make_shop(db)
    yield shop
    db.dispose()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz-files") / "input.csv"


def _import_and_check(shop, path, **options):
    before = counts(shop.db)
    run = shop_import.import_customers if options.pop("customers", False) else shop_import.import_orders
    try:
        report = run(shop.as_(shop.admin), path, **options)
    except RimedioError as exc:
        assert exc.message.strip()
        assert counts(shop.db) == before
        return
    if not report.written:
        assert counts(shop.db) == before
    for issue in report.rejected:
        assert issue.reason.strip()


@FUZZ
@given(data=st.binary(max_size=1500), customers=st.booleans())
def test_arbitrary_bytes_never_crash_the_import(fuzz_shop, scratch, data, customers):
    scratch.write_bytes(data)
    _import_and_check(fuzz_shop, scratch, customers=customers)


@FUZZ
@given(
    sample=st.sampled_from(SAMPLES),
    seed=st.integers(0, 2**32 - 1),
    cuts=st.integers(1, 12),
    keep_good=st.booleans(),
    date_order=st.sampled_from([None, "dmy", "mdy"]),
)
def test_mutated_shop_exports_never_crash_and_write_all_or_nothing(
    fuzz_shop, scratch, sample, seed, cuts, keep_good, date_order
):
    rng = random.Random(seed)
    data = bytearray(sample)
    junk = [
        b",",
        b";",
        b'"',
        b"\n",
        b"\r\n",
        b"#",
        b"9" * 25,
        b"1e+12",
        b"-",
        b"\xc8\x9a",
        b"\xff",
        b"=SUM(A1)",
        b"",
    ]
    for _ in range(cuts):
        at = rng.randrange(len(data) + 1)
        if rng.random() < 0.5:
            data[at : at + rng.randrange(1, 6)] = b""
        else:
            data[at:at] = rng.choice(junk)
    scratch.write_bytes(bytes(data))
    _import_and_check(
        fuzz_shop,
        scratch,
        keep_good=keep_good,
        date_order=date_order,
        customers=b"Accepts Email Marketing" in sample,
    )
