"""Dates, times, durations and money as the user's locale writes them (Babel), for every screen.

Widgets never call ``strftime`` or format numbers themselves: they call these, with the language the client runs in.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from babel.dates import format_date, format_datetime, format_timedelta

from app.domain.money import Money
from app.i18n import current_language

_LOCALES = {"en": "en_GB", "it": "it_IT", "ro": "ro_RO"}


def locale_name(lang: str | None = None) -> str:
    return _LOCALES.get(lang or current_language(), "en_GB")


def _local(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone()


def date_time(dt: datetime | None, lang: str | None = None) -> str:
    if dt is None:
        return ""
    return format_datetime(_local(dt), format="short", locale=locale_name(lang))


def day(d: date | datetime | None, lang: str | None = None) -> str:
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = _local(d).date()
    return format_date(d, format="medium", locale=locale_name(lang))


def due_in(due: datetime | None, now: datetime | None = None, lang: str | None = None) -> str:
    """``in 3 hours`` or ``2 days ago`` in the user's language."""
    if due is None:
        return ""
    if due.tzinfo is None:
        due = due.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return format_timedelta(
        due - now, add_direction=True, threshold=1.1, format="short", locale=locale_name(lang)
    )


def duration(span: timedelta, lang: str | None = None) -> str:
    """``5 hours``, ``2 days`` in the user's language (how old a request is)."""
    return format_timedelta(span, threshold=1.1, format="short", locale=locale_name(lang))


def money(amount: Money | None, lang: str | None = None) -> str:
    if amount is None:
        return ""
    return amount.format(lang or current_language())


def amount_text(amount: Money | None, lang: str | None = None) -> str:
    """An amount for an input box, as the user types it: ``12,50`` in Italian and Romanian, ``12.50`` in English."""
    if amount is None:
        return ""
    text = amount.plain()
    return text.replace(".", ",") if (lang or current_language()) in ("it", "ro") else text
