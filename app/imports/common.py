"""What every shop parser shares: collecting a unit's problems, grouping consecutive rows of one order,
building a customer with its matching key, and guessing the language from the country.

A parser reads cells through a :class:`Unit`, which turns each ``CellError`` into a row ``Problem`` (refusing
the unit) or a warning (keeping it, with the bad value dropped). Nothing here reads files or raises to the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from app.imports import values as v
from app.imports.records import ImportedCustomer, Problem, Rejection, SourceRow

T = TypeVar("T")
Record = tuple[int, list[str]]

_LANGUAGES = {
    "IT": "it",
    "SM": "it",
    "VA": "it",
    "RO": "ro",
    "MD": "ro",
    "GB": "en",
    "IE": "en",
    "US": "en",
    "AU": "en",
    "NZ": "en",
    "CA": "en",
    "MT": "en",
}
_COUNTRY_NAMES = {
    "italy": "IT",
    "italia": "IT",
    "romania": "RO",
    "românia": "RO",
    "moldova": "MD",
    "united kingdom": "GB",
    "ireland": "IE",
    "united states": "US",
    "canada": "CA",
    "australia": "AU",
    "france": "FR",
    "germany": "DE",
    "deutschland": "DE",
    "spain": "ES",
    "españa": "ES",
    "austria": "AT",
    "switzerland": "CH",
    "belgium": "BE",
}


def language_for(country_code: str | None) -> str | None:
    """``it`` for Italy, ``ro`` for Romania and Moldova, ``en`` for English-speaking countries, else ``None``."""
    if not country_code:
        return None
    return _LANGUAGES.get(country_code.strip().upper())


def country_code(value: str | None) -> str | None:
    """An ISO alpha-2 code from a code or a common country name; ``None`` when unknown."""
    value = v.text(value)
    if value is None:
        return None
    if len(value) == 2 and value.isalpha():
        return value.upper()
    return _COUNTRY_NAMES.get(value.lower())


@dataclass(frozen=True, slots=True)
class Options:
    """What the user (or the defaults) say about the whole file."""

    dates: v.DateReader
    default_currency: str = "EUR"


def missing(present: Iterable[str], *alternatives: tuple[str, ...]) -> list[str]:
    """The first name of each group of alternative column names of which none is present."""
    names = set(present)
    return [group[0] for group in alternatives if not names.intersection(group)]


def rejection_of(problem: Problem) -> Rejection:
    """A row the CSV reader could not read, or the file failing part-way, as a rejection."""
    return Rejection((problem,))


class Unit:
    """Problems, warnings and source rows of one order or one customer row while it is being read."""

    __slots__ = ("problems", "warnings", "records", "key")

    def __init__(self, records: list[Record], key: str | None = None) -> None:
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.records = records
        self.key = key
        for _, fields in records:  # a record whose quoting is broken refuses the unit it belongs to
            problem = getattr(fields, "problem", None)
            if problem is not None:
                self.problems.append(problem)

    def need(self, row: int, column: str, fn: Callable[..., T], *args: Any) -> T | None:
        """``fn(*args)``; a ``CellError`` refuses the unit."""
        try:
            return fn(*args)
        except v.CellError as exc:
            self.problems.append(Problem(row, exc.msgid, tuple(exc.params.items()), column))
            return None

    def soft(self, row: int, column: str, fn: Callable[..., T], *args: Any) -> T | None:
        """``fn(*args)``; a ``CellError`` only drops the value, with a warning."""
        try:
            return fn(*args)
        except v.CellError as exc:
            self.warnings.append(Problem(row, exc.msgid, tuple(exc.params.items()), column))
            return None

    def fail(self, row: int | None, msgid: str, column: str | None = None, **params: Any) -> None:
        self.problems.append(Problem.make(row, msgid, in_column=column, **params))

    @property
    def ok(self) -> bool:
        return not self.problems

    def rejection(self) -> Rejection:
        return Rejection(
            tuple(self.problems),
            tuple(SourceRow(row, tuple(fields)) for row, fields in self.records),
            self.key,
        )


def group_consecutive(
    records: Iterable[Record | Problem], key: Callable[[list[str]], str]
) -> Iterator[list[Record] | Problem]:
    """Consecutive rows with the same non-empty key, as one list; an empty key is a group of its own.

    Rows of one order are consecutive in every export we read, so only the current order is held in memory.
    """
    group: list[Record] = []
    current: str | None = None
    for item in records:
        if isinstance(item, Problem):
            if group:
                yield group
                group, current = [], None
            yield item
            continue
        k = key(item[1])
        if group and k and k == current:
            group.append(item)
            continue
        if group:
            yield group
        group, current = [item], (k or None)
    if group:
        yield group


def number_key(value: str) -> str:
    """Grouping key of an order number cell: ``#1001``, ``'1001`` and `` 1001`` group together."""
    return value.strip().lstrip("'#").strip()


def make_customer(
    unit: Unit,
    source: str,
    row: int,
    *,
    external_id: str | None = None,
    first_name: str = "",
    last_name: str = "",
    email: str | None = None,
    phone: str | None = None,
    fallback_key: str | None = None,
    **fields: Any,
) -> ImportedCustomer | None:
    """A customer with its matching key; ``None`` (and a problem) when nothing at all identifies them."""
    first_name = first_name or ""
    last_name = last_name or ""
    key = customer_key(source, email, external_id, phone, first_name, last_name, fields.get("zip"))
    if key is None:
        if fallback_key is None:
            unit.fail(row, "Nothing identifies this customer: no e-mail, id, phone or name.")
            return None
        key = fallback_key
    code = fields.get("country_code")
    fields.setdefault("language", language_for(code))
    return ImportedCustomer(
        key=key,
        source=source,
        external_id=external_id,
        first_name=first_name,
        last_name=last_name,
        email=email,
        phone=phone,
        row_numbers=tuple(r for r, _ in unit.records),
        **fields,
    )


def customer_key(
    source: str,
    email: str | None,
    external_id: str | None,
    phone: str | None,
    first_name: str,
    last_name: str,
    zip_code: str | None,
) -> str | None:
    """``email:…``, ``<source>:<id>``, ``phone:<digits>`` or ``name:<name>|<zip>``, most trusted first."""
    if email:
        return f"email:{email}"
    if external_id:
        return f"{source}:{external_id}"
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    if len(digits) >= 6:
        return f"phone:{digits}"
    name = " ".join(f"{first_name} {last_name}".lower().split())
    if name:
        return f"name:{name}|{(zip_code or '').strip().lower()}"
    return None
