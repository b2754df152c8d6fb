"""The sane range of every id and date a person can type, checked where the input enters the program.

A number or a date that parses is not yet a value the database and the calendar arithmetic can hold: an id of
2⁶³ overflows SQLite's integers (2³¹ PostgreSQL's ``integer`` columns) and ``9999-12-31`` overflows the day
after it. Both are refused here, with the range, before they reach a query or a ``timedelta``.
"""

from __future__ import annotations

from datetime import date

from app.errors import NotFound, ValidationError

#: The largest id any table holds (PostgreSQL ``integer``; SQLite's are larger but never reach it).
MAX_ID = 2**31 - 1
#: The calendar Rimedio works in: any order, case, report or voucher date lies between these days.
FIRST_DAY = date(1970, 1, 1)
LAST_DAY = date(2199, 12, 31)
#: Credit never stays valid longer than this (the longest ``credit.expiry_days``).
MAX_VALID_DAYS = 3650


def is_id(value: object) -> bool:
    """Whether ``value`` can be the id of a row (a whole number from 1 to :data:`MAX_ID`)."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ID


def id_in(text: str) -> int | None:
    """The id a person typed (``74``, ``٧٤``), or ``None`` when the text is not one: other characters, digits that
    are not decimal (``²``, which ``str.isdigit`` accepts and ``int`` refuses), or a number out of range."""
    text = text.strip()
    if not text or not text.isdecimal():
        return None
    value = int(text)
    return value if is_id(value) else None


def check_id(value: int, missing: str, **params: object) -> int:
    """``value`` when it can be an id; else the same refusal as a row that does not exist (``missing`` is its
    message, e.g. ``"There is no case {id}."``)."""
    if not is_id(value):
        raise NotFound(missing, id=value, **params)
    return value


def check_day(day: date, what: str) -> date:
    """``day`` when it lies in Rimedio's calendar, else a refusal naming the input and the range."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValidationError(
            "{what}: {value} is outside the dates Rimedio works with ({first} to {last}).",
            what=what,
            value=day.isoformat(),
            first=FIRST_DAY.isoformat(),
            last=LAST_DAY.isoformat(),
        )
    return day
