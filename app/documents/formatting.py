"""Dates, times and shares written the customer's way (babel), for the paper documents.

Money is formatted by :meth:`app.domain.money.Money.format`; this module covers the rest and must never format
an amount itself or fall back to the machine's locale: the customer's language decides.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date as _format_date
from babel.dates import format_time as _format_time
from babel.numbers import format_percent

from app.i18n import normalize_language

_LOCALES = {"en": "en_IE", "it": "it_IT", "ro": "ro_RO"}


def babel_locale(lang: str) -> str:
    """``it`` → ``it_IT``; English is written the Irish way (day month year, euro sign first)."""
    return _LOCALES[normalize_language(lang)]


def long_date(day: date, lang: str) -> str:
    """``31 December 2025``, ``31 dicembre 2025``, ``31 decembrie 2025``."""
    return _format_date(day, format="long", locale=babel_locale(lang))


def short_datetime(moment: datetime, lang: str) -> str:
    """A compact date and time for tables: ``3 Mar 2025, 14:05``."""
    loc = babel_locale(lang)
    return f"{_format_date(moment.date(), format='medium', locale=loc)}, {_format_time(moment, format='short', locale=loc)}"


def share(value: Decimal, lang: str) -> str:
    """``Decimal("0.3")`` → ``30%`` (``30 %`` in Romanian)."""
    return format_percent(value, locale=babel_locale(lang), decimal_quantization=False)
