"""Fuzzing the parsers: arbitrary bytes and mutated real-shaped exports never crash them; every refusal is a
clear message, and reading the same file twice gives the same answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.imports import parse_customers, parse_orders
from app.imports.records import ImportedCustomer, ImportedOrder, Rejection
from tests.support.import_samples import FIXTURES

SAMPLES = sorted(p.name for p in FIXTURES.glob("*.csv") if p.stat().st_size > 100)
FORMATS = [None, "shopify-orders", "woocommerce", "prestashop"]
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "input.csv"


def consume(path: Path, *, fmt=None, date_order=None, customers=False) -> list:
    parse = parse_customers if customers else parse_orders
    result = parse(path, format=fmt if not customers else None, date_order=date_order)
    items = list(result)
    if not result.ok:  # refused before the first record, or (a quote never closed) after the last
        assert items == [] or result.error.msgid.startswith("The file ends inside a quoted field")
        assert result.error.reason.strip()
        return []
    wanted = ImportedCustomer if customers else ImportedOrder
    for item in items:
        assert isinstance(item, (wanted, Rejection))
        if isinstance(item, Rejection):
            assert item.problems and item.reason.strip() and item.reason_in("it") and item.reason_in("ro")
        else:
            assert item.row_numbers
    assert (result.accepted + result.rejected) == len(items)
    return items


@FUZZ
@given(data=st.binary(max_size=2000), fmt=st.sampled_from(FORMATS), customers=st.booleans())
def test_arbitrary_bytes_never_crash(scratch, data, fmt, customers):
    scratch.write_bytes(data)
    consume(scratch, fmt=fmt, customers=customers)


@FUZZ
@given(
    text=st.text(alphabet=st.sampled_from(list(",;\"'\r\n\t#-:/.0123456789eE+ aéȚ’|")), max_size=600),
    header=st.sampled_from(
        [
            "Name,Created at,Lineitem quantity,Lineitem price,Total,Financial Status,Email\n",
            "order_id,order_date,status,order_total,line_item_1,billing_email\n",
            "ID;Riferimento;Cliente;Totale;Stato;Data;Pagamento\n",
        ]
    ),
)
def test_real_headers_with_garbage_rows_never_crash(scratch, text, header):
    scratch.write_text(header + text, encoding="utf-8")
    consume(scratch, date_order="dmy")
    consume(scratch)


mutation = st.tuples(
    st.sampled_from(["insert", "delete", "replace", "truncate", "duplicate", "swap"]),
    st.floats(min_value=0, max_value=1, allow_nan=False),
    st.binary(min_size=1, max_size=8)
    | st.sampled_from(
        [b",", b";", b'"', b"\r\n", b"\n", b"'", b"E+12", b"\xff", b"\xc8\x9a", b"#", b"\x00", b"/13/"]
    ),
)


def mutate(data: bytes, mutations) -> bytes:
    for op, where, chunk in mutations:
        at = int(where * len(data))
        if op == "insert":
            data = data[:at] + chunk + data[at:]
        elif op == "delete":
            data = data[:at] + data[at + len(chunk) * 4 :]
        elif op == "replace":
            data = data[:at] + chunk + data[at + len(chunk) :]
        elif op == "truncate":
            data = data[:at]
        elif op == "duplicate":
            line_end = data.find(b"\n", at)
            data = (
                data[: line_end + 1] + data[at : line_end + 1] + data[line_end + 1 :]
                if line_end >= 0
                else data
            )
        else:
            data = data.replace(b",", b";", 3) if chunk[:1] < b"\x80" else data.replace(b";", b",", 3)
    return data


@FUZZ
@given(
    name=st.sampled_from(SAMPLES),
    mutations=st.lists(mutation, min_size=1, max_size=4),
    date_order=st.sampled_from([None, "dmy", "mdy"]),
)
def test_mutated_real_exports_never_crash_and_read_the_same_twice(scratch, name, mutations, date_order):
    scratch.write_bytes(mutate((FIXTURES / name).read_bytes(), mutations))
    customers = "customers" in name
    first = consume(scratch, date_order=date_order, customers=customers)
    second = consume(scratch, date_order=date_order, customers=customers)
    assert first == second
