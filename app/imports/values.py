"""Cleaning of single cells from shop exports: text, ids, phones, booleans, amounts, quantities and dates.

Each function takes the raw cell text and returns a clean value or raises :class:`CellError` (a message id and
parameters that the parser turns into a row ``Problem``). This module knows the spreadsheet damage described in
IMPORT-FORMATS.md (leading-apostrophe guards, ids in scientific notation, ``TRUE``/``FALSE``, re-formatted
dates). It never reads files, never guesses silently where a value could mean two things, and never uses float.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any, Literal

from app.domain.money import Money, check_currency, currency_exponent
from app.domain.ranges import FIRST_DAY, LAST_DAY
from app.errors import ValidationError

DateOrder = Literal["dmy", "mdy"]
DATE_ORDERS: tuple[str, ...] = ("dmy", "mdy")


class CellError(Exception):
    """A cell that cannot be accepted; ``msgid`` is English with ``{placeholders}``."""

    def __init__(self, msgid: str, **params: Any) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.params = params


# --- text, ids, phones --------------------------------------------------------------------------------

_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$")
_DIGITS = re.compile(r"^\d+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def text(value: str | None) -> str | None:
    """Trimmed text, ``None`` when empty."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def unguard(value: str | None) -> str | None:
    """Drop the leading apostrophe a spreadsheet user types to keep leading zeros (``'0812`` → ``0812``)."""
    value = text(value)
    if value and value[0] in "'’":
        value = value[1:].strip() or None
    return value


def is_scientific(value: str | None) -> bool:
    """``5.27763E+12``: a number a spreadsheet re-wrote, its last digits lost."""
    return value is not None and bool(_SCIENTIFIC.match(value.strip()))


def external_id(value: str | None) -> str | None:
    """A shop id usable as a key, or ``None`` when absent; refuses ids damaged into scientific notation."""
    value = unguard(value)
    if value is None:
        return None
    if is_scientific(value):
        raise CellError(
            "The id {value} was changed by a spreadsheet into scientific notation and cannot be trusted.",
            value=value,
        )
    if value.endswith(".0") and _DIGITS.match(value[:-2]):
        value = value[:-2]
    return value


def phone(value: str | None) -> str | None:
    """A phone number as written, without the apostrophe guard; refuses numbers in scientific notation."""
    value = unguard(value)
    if value is None:
        return None
    if is_scientific(value):
        raise CellError("The phone number {value} was damaged by a spreadsheet.", value=value)
    return value


def email(value: str | None) -> str | None:
    """Lower-cased e-mail address, ``None`` when empty; refuses text that is not an address."""
    value = text(value)
    if value is None:
        return None
    value = value.lower()
    if not _EMAIL.match(value):
        raise CellError("“{value}” is not an e-mail address.", value=value)
    return value


def order_number(value: str | None) -> str:
    """``#1001`` and ``1001`` are the same order: the number without ``#``; refuses an empty or damaged one."""
    value = unguard(value)
    if value is None:
        raise CellError("The order number is empty.")
    if value.startswith("#"):
        value = value[1:].strip()
    if not value:
        raise CellError("The order number is empty.")
    if is_scientific(value):
        raise CellError("The order number {value} was damaged by a spreadsheet.", value=value)
    return value


def split_list(value: str | None) -> tuple[str, ...]:
    """``"a, b,c"`` → ``("a", "b", "c")``."""
    if not value:
        return ()
    return tuple(part.strip() for part in value.split(",") if part.strip())


def split_name(full: str | None) -> tuple[str, str]:
    """``"Ștefan Țărână"`` → ``("Ștefan", "Țărână")``; the first word is the first name."""
    full = " ".join((full or "").split())
    if not full:
        return "", ""
    first, _, last = full.partition(" ")
    return first, last


# --- booleans and numbers -----------------------------------------------------------------------------

_TRUE = frozenset({"yes", "y", "true", "1", "si", "sì", "da", "oui", "ja", "x", "subscribed"})
_FALSE = frozenset({"no", "n", "false", "0", "nu", "non", "nein", "not_subscribed", "unsubscribed"})


def boolean(value: str | None) -> bool | None:
    """``yes``/``TRUE``/``1`` and friends; ``None`` when empty; refuses anything else (``nyes``)."""
    value = text(value)
    if value is None:
        return None
    key = value.lower()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellError("“{value}” is neither yes nor no.", value=value)


def quantity(value: str | None) -> int:
    """A whole, non-negative quantity (``2``, ``2.0`` after a spreadsheet)."""
    value = unguard(value)
    if value is None:
        raise CellError("The quantity is empty.")
    cleaned = value[:-2] if value.endswith((".0", ",0")) else value
    if not _DIGITS.match(cleaned) or len(cleaned) > 9:
        raise CellError("The quantity “{value}” is not a whole number.", value=value)
    return int(cleaned)


def count(value: str | None) -> int | None:
    """Like :func:`quantity` but ``None`` when empty."""
    return None if text(value) is None else quantity(value)


_PLAIN_AMOUNT = re.compile(r"^(-?)(\d{1,10})(?:\.(\d{1,3}))?$")
_currencies: dict[str, str] = {}
_AMOUNT_CACHE = 4096
_amounts: dict[tuple[str, str], Money] = {}  # prices repeat across a file; Money is immutable


def currency(value: str | None, default: str) -> str:
    """An ISO currency code, the default when empty; refuses unknown codes."""
    code = (text(value) or default).upper()
    known = _currencies.get(code)
    if known is None:
        try:
            known = check_currency(code)
        except ValidationError:
            raise CellError("Unknown currency code: {code}", code=code) from None
        _currencies[code] = known
    return known


def money(value: str | None, currency_code: str) -> Money | None:
    """An amount in ``currency_code``: ``55``, ``88.88``, ``55,00``, ``1.234,50``, ``€ 12,50``; ``None`` when empty.

    Plain shop decimals take a fast path; everything else goes through ``Money.parse``.
    """
    if not value:
        return None
    key = (value, currency_code)
    found = _amounts.get(key)
    if found is not None:
        return found
    m = _PLAIN_AMOUNT.match(value)
    if m is not None:
        exp = currency_exponent(currency_code)
        whole, frac = m.group(2), m.group(3)
        if frac is None or len(frac) <= exp:
            minor = int(whole + (frac or "").ljust(exp, "0")) if exp else int(whole)
            result = Money(-minor if m.group(1) else minor, currency_code)
            if len(_amounts) >= _AMOUNT_CACHE:
                _amounts.clear()  # bounded, so memory stays flat however long the file
            _amounts[key] = result
            return result
    raw = unguard(value)
    if raw is None:
        return None
    try:
        return Money.parse(raw, currency_code)
    except ValidationError as exc:
        raise CellError(exc.msgid, **exc.params) from None


# --- dates --------------------------------------------------------------------------------------------

_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?(?:\s+[A-Z]{3,5})?$"
)
_NUMERIC = re.compile(
    r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])?\.?[Mm]?\.?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"
)


def date_evidence(value: str | None) -> str | None:
    """What one date cell says about the day/month order of the file.

    ``"dmy"`` or ``"mdy"`` when it settles it (a first number above 12 means day first; a second number above
    12 means month first; a ``.`` separator is day-first everywhere it is used), ``"ambiguous"`` for a numeric
    date that could be either, ``None`` when it says nothing (ISO, empty, unreadable).
    """
    value = unguard(value)
    if not value:
        return None
    m = _NUMERIC.match(value)
    if not m:
        return None
    a, sep, b = int(m.group(1)), m.group(2), int(m.group(3))
    if sep == ".":
        return "dmy"
    if a > 12 and b <= 12:
        return "dmy"
    if b > 12 and a <= 12:
        return "mdy"
    if a <= 12 and b <= 12:
        return "ambiguous"
    return None


class DateReader:
    """Reads the date cells of one file, given the file's day/month order and the shop's zone for dates
    written without an offset. Every result is an aware datetime in UTC."""

    def __init__(self, order: DateOrder | None = None, zone: tzinfo = UTC) -> None:
        self.order = order
        self.zone = zone
        self._last: tuple[str, datetime] | None = None

    def read(self, value: str | None) -> datetime | None:
        """``None`` for an empty cell; a clear refusal for anything that is not a date."""
        if not value:
            return None
        last = self._last
        if last is not None and last[0] == value:
            return last[1]
        if len(value) >= 19 and value[4] == "-" and value[10] in " T" and value[0] != "+":
            try:  # the shops' own ISO form, with or without an offset: the fast path
                parsed = datetime.fromisoformat(value)
                if parsed.tzinfo is None:
                    parsed = parsed.replace(tzinfo=self.zone)
                result = parsed.astimezone(UTC)
            except (ValueError, OverflowError):
                pass  # the slow path below says what is wrong
            else:
                if FIRST_DAY <= result.date() <= LAST_DAY:
                    self._last = (value, result)
                    return result
                raise CellError(
                    "“{value}” is outside the dates Rimedio works with ({first} to {last}).",
                    value=value,
                    first=FIRST_DAY.isoformat(),
                    last=LAST_DAY.isoformat(),
                )
        raw = unguard(value)
        if raw is None:
            return None
        m = _ISO.match(raw)
        if m:
            return self._iso(raw, m)
        m = _NUMERIC.match(raw)
        if m:
            return self._numeric(raw, m)
        raise CellError("“{value}” is not a date.", value=raw)

    def read_required(self, value: str | None) -> datetime:
        result = self.read(value)
        if result is None:
            raise CellError("The date is empty.")
        return result

    def _iso(self, raw: str, m: re.Match[str]) -> datetime:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        hh, mm, ss = int(m.group(4) or 0), int(m.group(5) or 0), int(m.group(6) or 0)
        return self._build(raw, y, mo, d, hh, mm, ss, m.group(7))

    def _numeric(self, raw: str, m: re.Match[str]) -> datetime:
        a, sep, b = int(m.group(1)), m.group(2), int(m.group(3))
        order: str | None = "dmy" if sep == "." else self.order
        if order is None:
            evidence = date_evidence(raw)
            if evidence in DATE_ORDERS:
                order = evidence
            else:
                raise CellError(
                    "“{value}” could be day/month or month/day; choose the date order of the file.", value=raw
                )
        d, mo = (a, b) if order == "dmy" else (b, a)
        y = int(m.group(4))
        if y < 100:
            y += 2000
        hh, mm, ss = int(m.group(5) or 0), int(m.group(6) or 0), int(m.group(7) or 0)
        ampm = (m.group(8) or "").lower()
        if ampm:
            if not 1 <= hh <= 12:
                raise CellError("“{value}” is not a date.", value=raw)
            hh = hh % 12 + (12 if ampm == "p" else 0)
        return self._build(raw, y, mo, d, hh, mm, ss, m.group(9))

    def _build(
        self, raw: str, y: int, mo: int, d: int, hh: int, mm: int, ss: int, offset: str | None
    ) -> datetime:
        if not FIRST_DAY.year <= y <= LAST_DAY.year:
            raise CellError(
                "“{value}” is outside the dates Rimedio works with ({first} to {last}).",
                value=raw,
                first=FIRST_DAY.isoformat(),
                last=LAST_DAY.isoformat(),
            )
        try:
            if offset is None:
                local = datetime(y, mo, d, hh, mm, ss)
                return _localize(local, self.zone).astimezone(UTC)
            if offset == "Z":
                tz: tzinfo = UTC
            else:
                sign = -1 if offset[0] == "-" else 1
                digits = offset[1:].replace(":", "")
                delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
                tz = _fixed(sign * delta)
            return datetime(y, mo, d, hh, mm, ss, tzinfo=tz).astimezone(UTC)
        except (ValueError, OverflowError):
            if self.order and _NUMERIC.match(raw):
                if self.order == "dmy":
                    raise CellError("“{value}” is not a valid day/month/year date.", value=raw) from None
                raise CellError("“{value}” is not a valid month/day/year date.", value=raw) from None
            raise CellError("“{value}” is not a date.", value=raw) from None


_zones: dict[timedelta, tzinfo] = {}


def _fixed(delta: timedelta) -> tzinfo:
    from datetime import timezone

    tz = _zones.get(delta)
    if tz is None:
        tz = _zones[delta] = timezone(delta)
    return tz


def _localize(local: datetime, zone: tzinfo) -> datetime:
    """Attach the shop's zone to a wall-clock time (``fold=0`` for the repeated hour of an autumn change)."""
    return local.replace(tzinfo=zone)
