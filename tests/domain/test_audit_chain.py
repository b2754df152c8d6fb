"""The audit log's hash chain: someone edits a row in the database by hand, and verification names it."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.audit_chain import (
    GENESIS,
    BreakReason,
    BrokenLink,
    ChainRow,
    canonical_json,
    link_hash,
    seal,
    verify_chain,
)


def entry(i: int) -> dict:
    return {
        "id": i,
        "at": f"2025-03-10T12:{i:02d}:00+00:00",
        "by": "Ștefan Țărână",
        "action": "credit_issued",
        "data": {"grant": i, "amount": "12.50", "currency": "EUR", "customer": "Niccolò Müller"},
    }


def chain(n: int, with_prev: bool = True) -> list[ChainRow]:
    rows, prev = [], GENESIS
    for i in range(1, n + 1):
        row = seal(prev, i, entry(i))
        rows.append(row if with_prev else dataclasses.replace(row, prev_hash=None))
        prev = row.hash
    return rows


def test_canonical_form_ignores_key_order_and_keeps_letters():
    a = {"b": 1, "a": {"y": [1, "ș"], "x": None}}
    b = {"a": {"x": None, "y": [1, "ș"]}, "b": 1}
    assert canonical_json(a) == canonical_json(b) == '{"a":{"x":null,"y":[1,"ș"]},"b":1}'.encode()


@pytest.mark.parametrize("bad", [{"amount": 12.5}, {"at": object()}, {1: "x"}, {"list": [{"deep": 0.1}]}])
def test_values_that_have_no_canonical_text_are_refused(bad):
    with pytest.raises(TypeError):
        canonical_json(bad)


def test_link_hash_is_sha256_of_the_previous_hash_and_the_entry():
    e = entry(1)
    expected = hashlib.sha256(GENESIS.encode() + b"\n" + canonical_json(e)).hexdigest()
    assert link_hash(GENESIS, e) == expected
    assert len(expected) == 64
    assert link_hash(expected, e) != expected
    with pytest.raises(ValueError):
        link_hash("abc", e)


def test_an_untouched_chain_verifies():
    assert verify_chain(chain(50)) is None
    assert verify_chain([]) is None
    assert verify_chain(chain(50, with_prev=False)) is None


def test_a_row_edited_behind_the_programs_back_is_named():
    rows = chain(20)
    changed = {**rows[7].entry, "data": {**rows[7].entry["data"], "amount": "125.00"}}
    rows[7] = dataclasses.replace(rows[7], entry=changed)
    assert verify_chain(rows) == BrokenLink(7, 8, BreakReason.CONTENT)


def test_a_row_whose_hash_was_recomputed_breaks_the_next_link():
    rows = chain(20)
    changed = {**rows[7].entry, "by": "someone else"}
    rows[7] = dataclasses.replace(rows[7], entry=changed, hash=link_hash(rows[6].hash, changed))
    assert verify_chain(rows) == BrokenLink(8, 9, BreakReason.LINK)
    bare = [dataclasses.replace(r, prev_hash=None) for r in rows]
    assert verify_chain(bare) == BrokenLink(8, 9, BreakReason.CONTENT)


def test_a_deleted_or_moved_row_is_found():
    rows = chain(10)
    assert verify_chain(rows[:4] + rows[5:]) == BrokenLink(4, 6, BreakReason.LINK)
    assert verify_chain([rows[0], rows[2], rows[1], *rows[3:]]) == BrokenLink(1, 3, BreakReason.LINK)


def test_cut_off_newest_rows_are_found_with_the_head_kept_elsewhere():
    rows = chain(10)
    head = rows[-1].hash
    assert verify_chain(rows, expected_head=head) is None
    assert verify_chain(rows[:8], expected_head=head) == BrokenLink(8, None, BreakReason.TRUNCATED)


def test_a_segment_verifies_from_the_hash_before_it():
    rows = chain(10)
    assert verify_chain(rows[5:], start_hash=rows[4].hash) is None
    assert verify_chain(rows[5:]) == BrokenLink(0, 6, BreakReason.LINK)


def test_a_row_whose_content_is_no_longer_json_is_reported_not_raised():
    rows = chain(3)
    rows[1] = dataclasses.replace(rows[1], entry={"amount": 1.5})
    assert verify_chain(rows) == BrokenLink(1, 2, BreakReason.CONTENT)


@given(
    n=st.integers(1, 15),
    data=st.data(),
)
def test_any_single_change_is_caught_at_that_row(n, data):
    rows = chain(n)
    i = data.draw(st.integers(0, n - 1))
    key = data.draw(st.sampled_from(["by", "action", "at"]))
    new = data.draw(st.text(min_size=1, max_size=10).filter(lambda t: t != rows[i].entry[key]))
    rows[i] = dataclasses.replace(rows[i], entry={**rows[i].entry, key: new})
    assert verify_chain(rows) == BrokenLink(i, i + 1, BreakReason.CONTENT)
