"""Exact money: an integer count of the currency's minor units and an ISO 4217 code.

Never a float. Amounts typed by people (``12,50``, ``€ 12,50``, ``1.234,50``, ``1,234.50``) are parsed here and
nowhere else — the window, the command and the imports all call :meth:`Money.parse` — and amounts shown to people
are formatted here with Babel in their locale.

One separator followed by exactly three digits (``1,000``, ``1.000``, ``2,500``) is a thousands separator in one
locale's rules and a decimal point in the other's; Babel reads it either way depending on the locale, and a team
types in both. Such an amount is refused with both readings, the one the user's language would take first
("did you mean 1000.00 or 1.00?"), instead of silently becoming €1.00.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache, lru_cache

from babel.core import get_global
from babel.numbers import (
    format_currency,
    format_decimal,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    list_currencies,
)

from app.errors import ValidationError
from app.i18n import current_language

#: Larger than any single sale, credit or refund a shop will meet; anything above is a typing accident.
MAX_MAJOR_UNITS = 1_000_000_000

_SYMBOLS = {
    "€": "EUR",
    "$": "USD",
    "£": "GBP",
    "lei": "RON",
    "ron": "RON",
    "chf": "CHF",
    "kr": "SEK",
    "zł": "PLN",
}
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


@cache
def currency_exponent(currency: str) -> int:
    """Number of decimals of ``currency`` (EUR 2, JPY 0, BHD 3)."""
    return get_currency_precision(currency)


def check_currency(currency: str) -> str:
    """Upper-case, validated ISO code, or a clear refusal."""
    code = (currency or "").strip().upper()
    if not _CURRENCY_RE.match(code) or code not in _known_codes():
        raise ValidationError("Unknown currency code: {code}", code=currency)
    return code


@cache
def _known_codes() -> frozenset[str]:
    return frozenset(list_currencies())


def check_shop_currency(currency: str) -> str:
    """A currency a shop can sell in today: legal tender somewhere now (``EUR``, ``RON``), not a withdrawn one
    (``ITL``), a metal (``XAU``) or the ISO test and no-currency codes (``XTS``, ``XXX``)."""
    code = check_currency(currency)
    if code not in _tender_codes():
        raise ValidationError(
            "{code} is not a currency in use today; write the ISO code of the shop's currency (e.g. EUR).",
            code=code,
        )
    return code


@cache
def _tender_codes() -> frozenset[str]:
    return frozenset(
        code
        for currencies in get_global("territory_currencies").values()
        for code, _start, end, tender in currencies
        if end is None and tender
    )


@dataclass(frozen=True, order=False, slots=True)
class Money:
    """An amount of one currency. Arithmetic refuses to mix currencies."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("Money.minor must be an int of minor units")
        if abs(self.minor) > MAX_MAJOR_UNITS * 10 ** currency_exponent(self.currency):
            raise ValidationError("The amount is too large.")

    # --- construction -------------------------------------------------------------------------------
    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def from_decimal(cls, value: Decimal | int | str, currency: str) -> Money:
        """Exact conversion; refuses more decimals than the currency has instead of rounding silently."""
        currency = check_currency(currency)
        try:
            dec = Decimal(value) if not isinstance(value, Decimal) else value
        except (InvalidOperation, ValueError):
            raise ValidationError("Not an amount: {text}", text=str(value)) from None
        if not dec.is_finite():
            raise ValidationError("Not an amount: {text}", text=str(value))
        exp = currency_exponent(currency)
        scaled = dec.scaleb(exp)
        if scaled != scaled.to_integral_value():
            raise ValidationError(
                "{text} has more decimals than {currency} allows ({digits}).",
                text=str(value),
                currency=currency,
                digits=exp,
            )
        if abs(dec) > MAX_MAJOR_UNITS:
            raise ValidationError("The amount {text} is too large.", text=str(value))
        return cls(int(scaled), currency)

    @classmethod
    def parse(cls, text: str, currency: str = "EUR", lang: str | None = None) -> Money:
        """Parse what a person or a shop export writes: ``12,50``, ``€ 12,50``, ``1.234,50``, ``-3.5 EUR``.

        A currency symbol or code in the text must agree with ``currency``. A single ``.`` or ``,`` followed by
        exactly three digits is a thousands separator for currencies without decimals and the decimals of a
        three-decimal currency; for the others it could be either, and it is refused with both readings, formatted
        and ordered for ``lang`` (default: the user's language). Three digits that are not a whole amount in the
        currency (``12.345``) are refused as more decimals than the currency has.
        """
        currency = check_currency(currency)
        if text is None:
            raise ValidationError("Not an amount: {text}", text="")
        raw = str(text).strip()
        if not raw:
            raise ValidationError("The amount is empty.")
        s = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("'", "").replace("’", "")
        s_low = s.lower()
        if any(word in s_low for word in ("nan", "inf")):
            raise ValidationError("Not an amount: {text}", text=raw)
        # currency marks
        found: str | None = None
        for sym, code in _SYMBOLS.items():
            if sym in s_low:
                found = code
                s_low = s_low.replace(sym, " ")
        m = re.search(r"\b([a-z]{3})\b", s_low)
        if m and m.group(1).upper() in _known_codes():
            found = m.group(1).upper()
            s_low = s_low.replace(m.group(1), " ")
        if found and found != currency:
            raise ValidationError(
                "{text} is in {found}, not {currency}.", text=raw, found=found, currency=currency
            )
        s = s_low.replace(" ", "")
        negative = False
        if s.startswith("(") and s.endswith(")"):
            negative, s = True, s[1:-1]
        if s.startswith("-"):
            negative, s = True, s[1:]
        elif s.startswith("+"):
            s = s[1:]
        if s.endswith("-"):
            negative, s = True, s[:-1]
        if not s or not re.fullmatch(r"[0-9.,]+", s) or not re.search(r"[0-9]", s):
            raise ValidationError("Not an amount: {text}", text=raw)
        _refuse_ambiguous(s, currency, raw, negative, lang)
        normalized = _normalize_separators(s, currency_exponent(currency), raw)
        money = cls.from_decimal(Decimal(normalized), currency)
        return -money if negative else money

    # --- arithmetic ---------------------------------------------------------------------------------
    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError("Money can only be combined with Money")
        if other.currency != self.currency:
            raise ValidationError(
                "Amounts in {a} and {b} cannot be combined.", a=self.currency, b=other.currency
            )

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor < other.minor

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.minor <= other.minor

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor > other.minor

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.minor >= other.minor

    def __bool__(self) -> bool:
        return self.minor != 0

    def times(self, factor: Decimal | int | str) -> Money:
        """Multiply by an exact factor (a share such as ``Decimal("0.3")``), rounding half up to the minor unit."""
        result = (Decimal(self.minor) * Decimal(factor)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return Money(int(result), self.currency)

    def round_to(self, step: Money) -> Money:
        """Round half up to a multiple of ``step`` (e.g. to 0.50)."""
        self._same(step)
        if step.minor <= 0:
            return self
        q = (Decimal(self.minor) / Decimal(step.minor)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return Money(int(q) * step.minor, self.currency)

    def min(self, other: Money) -> Money:
        return self if self <= other else other

    def max(self, other: Money) -> Money:
        return self if self >= other else other

    # --- presentation -------------------------------------------------------------------------------
    @property
    def amount(self) -> Decimal:
        """The amount in major units as an exact Decimal (``Decimal('12.50')``)."""
        return Decimal(self.minor).scaleb(-currency_exponent(self.currency))

    def plain(self) -> str:
        """``12.50`` — machine-readable, for CSV and JSON."""
        exp = currency_exponent(self.currency)
        return f"{self.amount:.{exp}f}"

    def format(self, locale: str = "en") -> str:
        """``€12.50`` in English, ``12,50 €`` in Italian and Romanian."""
        return _formatted(self.minor, self.currency, locale)

    def __str__(self) -> str:
        return f"{self.plain()} {self.currency}"


@lru_cache(maxsize=4096)
def _formatted(minor: int, currency: str, locale: str) -> str:
    """:meth:`Money.format`, remembered: a proposal says the same few amounts in every shipped language, and
    Babel takes a tenth of a millisecond for each."""
    money = Money(minor, currency)
    text = format_currency(money.amount, currency, locale=_babel_locale(locale))
    if currency in text:
        # Some locales (Romanian) spell EUR where customers expect the sign they see in shops.
        symbol = get_currency_symbol(currency, "en_IE")
        if len(symbol) == 1:
            text = text.replace(currency, symbol)
    return text


def _babel_locale(lang: str) -> str:
    return {"en": "en_IE", "it": "it_IT", "ro": "ro_RO"}.get(lang, lang)


_AMBIGUOUS = re.compile(r"([1-9][0-9]{0,2})([.,])([0-9]{3})")


def _refuse_ambiguous(s: str, currency: str, raw: str, negative: bool, lang: str | None) -> None:
    """Refuse ``1,000`` / ``1.000`` / ``2,500`` when both the thousands and the decimal reading are amounts of
    ``currency``; the reading the user's locale takes comes first. Nothing is refused when only one reading is
    possible (``12,50``, ``1.234,50``, ``12.345`` in euro — the last is refused later for its decimals)."""
    m = _AMBIGUOUS.fullmatch(s)
    exponent = currency_exponent(currency)
    if m is None or exponent == 0 or exponent >= 3:
        return
    as_decimal = Decimal(f"{m.group(1)}.{m.group(3)}")
    if as_decimal.scaleb(exponent) != as_decimal.scaleb(exponent).to_integral_value():
        return
    _two_readings(m, raw, negative, lang, "0." + "0" * exponent)


def _two_readings(m: re.Match[str], raw: str, negative: bool, lang: str | None, pattern: str) -> None:
    whole, sep, digits = m.groups()
    sign = -1 if negative else 1
    locale = _babel_locale(lang or current_language())
    values = (Decimal(whole + digits), Decimal(f"{whole}.{digits}"))
    readings = [format_decimal(sign * value, format=pattern, locale=locale) for value in values]
    if sep == get_decimal_symbol(locale):
        readings.reverse()
    raise ValidationError(
        "“{text}” can be read two ways: did you mean {first} or {second}?",
        text=raw,
        first=readings[0],
        second=readings[1],
    )


def parse_decimal(text: str, lang: str | None = None) -> Decimal:
    """A number typed by a person for a setting (``0,30``, ``6.90``, ``1.234,5``): the same separator rules as
    :meth:`Money.parse` for a two-decimal currency, so ``1,000`` and ``2,500`` are refused with both readings here
    too (``100.005`` has one reading: three real decimals). :class:`ValueError` when it is not a number at all (the
    caller names the setting)."""
    s = str(text).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    negative = s.startswith("-")
    if s[:1] in "+-":
        s = s[1:]
    if not s or not re.fullmatch(r"[0-9.,]+", s) or not re.search(r"[0-9]", s):
        raise ValueError(text)
    m = _AMBIGUOUS.fullmatch(s)
    if m is not None and m.group(3).endswith("0"):
        _two_readings(m, str(text).strip(), negative, lang, "0.###")
    try:
        value = Decimal(_normalize_separators(s, 99, str(text)))
    except ValidationError:
        raise ValueError(text) from None
    return -value if negative else value


def _normalize_separators(s: str, exponent: int, raw: str) -> str:
    """Turn a digit string with ``.`` and ``,`` into ``1234.50`` form, or refuse it clearly."""
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec_sep = "." if s.rfind(".") > s.rfind(",") else ","
        thou_sep = "," if dec_sep == "." else "."
        if s.count(dec_sep) > 1:
            raise ValidationError("Not an amount: {text}", text=raw)
        int_part, frac = s.split(dec_sep)
        _check_grouping(int_part, thou_sep, raw)
        return int_part.replace(thou_sep, "") + "." + frac
    sep = "." if dots else "," if commas else None
    if sep is None:
        return s
    count = s.count(sep)
    if count > 1:
        _check_grouping(s, sep, raw)
        return s.replace(sep, "")
    int_part, frac = s.split(sep)
    if not int_part:
        int_part = "0"
    if len(frac) == 3 and exponent == 0 and int_part != "0":
        return int_part + frac
    if not frac:
        return int_part
    return int_part + "." + frac


def _check_grouping(int_part: str, sep: str, raw: str) -> None:
    groups = int_part.split(sep)
    if not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
        raise ValidationError("Not an amount: {text}", text=raw)
