"""The audit log's hash chain: each entry carries the hash of the one before, so an edit is found.

An audit entry is a dict of ``str`` → JSON values (``str``, ``int``, ``bool``, ``None``, lists and dicts of
them — amounts as minor units or ``Money.plain()`` strings, times as ISO strings; never floats, whose text is
not canonical). Its hash is ``sha256(previous hash + canonical JSON of the entry)``; the first entry follows
:data:`GENESIS`. :func:`verify_chain` walks the rows in order and names the first one whose stored hash no
longer matches its content or its predecessor: a row changed, inserted, deleted or reordered behind the
program's back. Put the row's id, time and author *in* the entry so that they are covered too.

A chain alone cannot notice that its newest rows were cut off, nor a forger who rewrites a row and recomputes
every hash after it; keep the head hash somewhere else (with the last backup, in an export) and pass it as
``expected_head``.

This module never reads or writes the database. Appending needs the previous hash, so the store must lock the
head of the log while it appends (PostgreSQL: a row lock or advisory lock; SQLite: ``BEGIN IMMEDIATE``), or
two workstations would fork the chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

#: The "previous hash" of the first entry.
GENESIS = "0" * 64


def canonical_json(entry: Mapping[str, Any]) -> bytes:
    """The one byte string an entry hashes as: sorted keys, no spaces, UTF-8 (letters kept, not escaped)."""
    _check_value(entry, "entry")
    return json.dumps(
        entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def _check_value(value: Any, where: str) -> None:
    if value is None or isinstance(value, (str, bool, int)):
        return
    if isinstance(value, float):
        raise TypeError(f"{where}: floats are not allowed in audit entries")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{where}: keys must be strings, not {key!r}")
            _check_value(item, f"{where}.{key}")
        return
    if isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _check_value(item, f"{where}[{i}]")
        return
    raise TypeError(f"{where}: {type(value).__name__} is not a JSON value; convert it first")


def link_hash(prev_hash: str, entry: Mapping[str, Any]) -> str:
    """The sha256 hex digest that seals ``entry`` after the entry whose hash is ``prev_hash``."""
    if len(prev_hash) != 64:
        raise ValueError(f"not a sha256 hex digest: {prev_hash!r}")
    digest = hashlib.sha256(prev_hash.encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical_json(entry))
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class ChainRow:
    """A stored audit row as the chain sees it. ``prev_hash`` is optional: without it a break is still found,
    only the reason is less precise."""

    id: Any
    entry: Mapping[str, Any]
    hash: str
    prev_hash: str | None = None


def seal(prev_hash: str, row_id: Any, entry: Mapping[str, Any]) -> ChainRow:
    """The row to append after the row whose hash is ``prev_hash`` (:data:`GENESIS` for the first)."""
    return ChainRow(row_id, entry, link_hash(prev_hash, entry), prev_hash)


class BreakReason(StrEnum):
    CONTENT = "content"  # the row's hash does not match its content (after the previous row): it was changed;
    # without stored prev_hash values, a removed or moved row also shows up this way
    LINK = "link"  # the row does not follow the one before: a row was removed, inserted or moved
    TRUNCATED = "truncated"  # the chain ends before the expected head: newest rows were removed


@dataclass(frozen=True, slots=True)
class BrokenLink:
    """Where the chain first breaks: the position in the rows given, the row's id, and why."""

    index: int
    id: Any
    reason: BreakReason


def verify_chain(
    rows: Iterable[ChainRow], start_hash: str = GENESIS, expected_head: str | None = None
) -> BrokenLink | None:
    """The first broken link of ``rows`` (in log order), or ``None`` when the chain is whole.

    ``start_hash`` lets a segment be checked from the hash of the row before it. With ``expected_head``, a
    chain that ends on another hash is reported as truncated (index = number of rows, id = ``None``).
    """
    prev = start_hash
    count = 0
    for index, row in enumerate(rows):
        count = index + 1
        if row.prev_hash is not None and row.prev_hash != prev:
            return BrokenLink(index, row.id, BreakReason.LINK)
        try:
            expected = link_hash(prev, row.entry)
        except (TypeError, ValueError):
            return BrokenLink(index, row.id, BreakReason.CONTENT)
        if row.hash != expected:
            return BrokenLink(index, row.id, BreakReason.CONTENT)
        prev = row.hash
    if expected_head is not None and prev != expected_head:
        return BrokenLink(count, None, BreakReason.TRUNCATED)
    return None
