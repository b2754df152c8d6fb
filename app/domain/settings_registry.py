"""Shop settings declared once: key, type, default, help and validation.

Values are stored as text in the ``settings`` table (shared by the whole team) and parsed here, so the CLI
(``rimedio settings set KEY VALUE``), the settings screen and the services all accept and refuse the same
things. Other areas (costs of remedies, templates…) add their own specs with :func:`register`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, time
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.domain.enums import CaseKind, Channel
from app.domain.ranges import check_day
from app.errors import ValidationError

T = TypeVar("T")


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: str  # text | int | share | cap | decimal | money | hours | time | weekdays | dates | monthday | timezone
    #            | currency | language
    default: str
    help: str
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    #: Short caption of the value (``Logo image``), English msgid like ``help``; filled from
    #: :data:`app.domain.setting_labels.LABELS` on registration when the spec does not bring its own.
    label: str = ""


_REGISTRY: dict[str, SettingSpec] = {}


def register(specs: Iterable[SettingSpec]) -> None:
    from app.domain.setting_labels import LABELS

    for spec in specs:
        parse(spec, spec.default)  # a default that does not parse is a bug, caught at import
        if not spec.label:
            spec = replace(spec, label=LABELS.get(spec.key, ""))
        _REGISTRY[spec.key] = spec


def spec(key: str) -> SettingSpec:
    try:
        return _REGISTRY[key]
    except KeyError:
        raise ValidationError("Unknown setting: {key}", key=key) from None


def all_specs() -> list[SettingSpec]:
    return sorted(_REGISTRY.values(), key=lambda s: s.key)


def position(key: str) -> int:
    """Where ``key`` stands in the order of meaning — the order the settings were registered in, each area listing
    its own as a reader would (the shop's name before its address, opening before closing time) — for a form that
    shows them so; an unknown key comes last."""
    for index, known in enumerate(_REGISTRY):
        if known == key:
            return index
    return len(_REGISTRY)


def _decimal(text: str, key: str) -> Decimal:
    from app.domain.money import parse_decimal

    try:
        value = parse_decimal(text)
    except (InvalidOperation, ValueError):
        raise ValidationError("{key} needs a number, not {value}.", key=key, value=text) from None
    if not value.is_finite():
        raise ValidationError("{key} needs a number, not {value}.", key=key, value=text)
    return value


def _weekdays(text: str, key: str) -> frozenset[int]:
    days: set[int] = set()
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        m = re.fullmatch(r"([1-7])(?:-([1-7]))?", part)
        if not m:
            raise ValidationError("{key}: write weekdays as 1-5 or 1,2,3 (1 = Monday).", key=key)
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        days.update(range(lo, hi + 1))
    return frozenset(days)


def _dates(text: str, key: str) -> frozenset[date]:
    result: set[date] = set()
    for part in re.split(r"[,\s]+", text.strip()):
        if not part:
            continue
        try:
            day = date.fromisoformat(part)
        except ValueError:
            raise ValidationError("{key}: {value} is not a date (YYYY-MM-DD).", key=key, value=part) from None
        result.add(check_day(day, key))
    return frozenset(result)


def _month_day(text: str, key: str) -> str:
    """``MM-DD`` of a real day of the year (``02-29`` included, ``02-30`` not)."""
    value = text.strip()
    m = re.fullmatch(r"(\d{2})-(\d{2})", value)
    try:
        if m is None:
            raise ValueError(value)
        date(2024, int(m.group(1)), int(m.group(2)))  # a leap year: 02-29 is a real month-day
    except ValueError:
        raise ValidationError(
            "{key}: {value} is not a day of the year (MM-DD, e.g. 11-15).", key=key, value=text
        ) from None
    return value


#: A name, an address, a web address or a rule written in a setting: far more than any of them needs.
MAX_TEXT = 1000
#: Business hours to a deadline: a year of round-the-clock hours is far beyond any promise.
MAX_HOURS = Decimal(8760)


def check_relations(raw: Callable[[str], str], key: str, text: str) -> None:
    """Checks across keys, with ``key`` about to become ``text`` (the others as ``raw`` reads them): the shop
    closes after it opens. Declared here once, so the command and the settings screen refuse the same things."""

    def value(name: str) -> Any:
        if name == key:
            return parse(spec(name), text)
        try:
            return parse(spec(name), raw(name))
        except ValidationError:  # a stored value that no longer parses counts as its default, as when read
            return parse(spec(name), spec(name).default)

    if key in ("hours.open", "hours.close") and value("hours.close") <= value("hours.open"):
        raise ValidationError(
            "hours.close ({close}) must be after hours.open ({open}).",
            close=value("hours.close").strftime("%H:%M"),
            open=value("hours.open").strftime("%H:%M"),
        )


def parse(spec: SettingSpec, text: str, currency: str = "EUR") -> Any:
    """The typed value of ``text`` for ``spec`` (money in the shop's ``currency``), or a :class:`ValidationError`
    that names the setting."""
    from app.domain.money import Money, check_shop_currency

    text = "" if text is None else str(text)
    key = spec.key
    kind = spec.kind
    if kind == "text":
        if len(text) > MAX_TEXT:
            raise ValidationError(
                "{key} is {n} characters long; keep it under {max}.", key=key, n=len(text), max=MAX_TEXT
            )
        return text.strip()
    if kind == "int":
        if not re.fullmatch(r"\s*-?\d+\s*", text):
            raise ValidationError("{key} needs a whole number, not {value}.", key=key, value=text)
        value: Any = int(text)
        _bounds(spec, Decimal(value))
        return value
    if kind in ("share", "cap", "decimal", "hours"):
        value = _decimal(text, key)
        if kind == "share" and not (Decimal(0) <= value <= Decimal(1)):
            raise ValidationError(
                "{key} is a share between 0 and 1 (e.g. 0.30), not {value}.", key=key, value=text
            )
        if kind == "cap" and not (Decimal(0) < value <= Decimal(1)):
            raise ValidationError(
                "{key} is a share above 0 and at most 1 (100 %), e.g. 0.30; not {value}.", key=key, value=text
            )
        if kind == "hours" and value < 0:
            raise ValidationError("{key} cannot be negative.", key=key)
        if kind == "hours" and value > MAX_HOURS:
            raise ValidationError("{key} must be at most {limit}.", key=key, limit=str(MAX_HOURS))
        _bounds(spec, value)
        return value
    if kind == "money":
        money = Money.parse(text, currency=currency)
        if money.minor < 0:
            raise ValidationError("{key} cannot be negative.", key=key)
        return money
    if kind == "monthday":
        return _month_day(text, key)
    if kind == "time":
        try:
            return time.fromisoformat(text.strip())
        except ValueError:
            raise ValidationError(
                "{key} needs a time like 09:00, not {value}.", key=key, value=text
            ) from None
    if kind == "weekdays":
        return _weekdays(text, key)
    if kind == "dates":
        return _dates(text, key)
    if kind == "timezone":
        try:
            return ZoneInfo(text.strip())
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError("{key}: unknown time zone {value}.", key=key, value=text) from None
    if kind == "currency":
        return check_shop_currency(text)
    if kind == "language":
        from app.i18n import SUPPORTED_LANGUAGES

        if text.strip() not in SUPPORTED_LANGUAGES:
            raise ValidationError(
                "{key}: choose one of {choices}.", key=key, choices=", ".join(SUPPORTED_LANGUAGES)
            )
        return text.strip()
    raise ValidationError("Unknown setting: {key}", key=key)  # pragma: no cover - spec bug


def _bounds(spec: SettingSpec, value: Decimal) -> None:
    if spec.minimum is not None and value < spec.minimum:
        raise ValidationError("{key} must be at least {limit}.", key=spec.key, limit=str(spec.minimum))
    if spec.maximum is not None and value > spec.maximum:
        raise ValidationError("{key} must be at most {limit}.", key=spec.key, limit=str(spec.maximum))


class ShopSettings:
    """Typed read access to the stored values with their defaults: ``settings["sla.peak_factor"]``."""

    def __init__(self, stored: dict[str, str]) -> None:
        self._stored = stored
        self._cache: dict[str, Any] = {}
        self._derived: dict[str, Any] = {}

    def derived(self, name: str, make: Callable[[], T]) -> T:
        """What ``make()`` builds from these values (the cost model, the segments' rules), built once for them:
        the settings never change once read, and a transaction reads them once."""
        if name not in self._derived:
            self._derived[name] = make()
        return cast(T, self._derived[name])

    def raw(self, key: str) -> str:
        return self._stored.get(key, spec(key).default)

    def with_values(self, values: dict[str, str]) -> ShopSettings:
        """These settings with ``values`` in place of the stored ones (an unsaved edit, for a preview); each value
        is checked as saving would check it, so a preview never shows what could not be saved."""
        currency = values.get("shop.currency", self._stored.get("shop.currency", "EUR"))
        for key, value in values.items():
            parse(spec(key), value, currency)
        return ShopSettings({**self._stored, **values})

    def __getitem__(self, key: str) -> Any:
        if key not in self._cache:
            currency = self._stored.get("shop.currency", "EUR")
            try:
                self._cache[key] = parse(spec(key), self.raw(key), currency)
            except ValidationError:
                # A stored value that no longer parses (edited behind the program's back) falls back to the default.
                self._cache[key] = parse(spec(key), spec(key).default, currency)
        return self._cache[key]

    @property
    def currency(self) -> str:
        return str(self["shop.currency"])


_FIRST_ANSWER_HOURS = {
    Channel.PHONE: "1",
    Channel.CLICK_TO_CALL: "1",
    Channel.CHAT: "1",
    Channel.SOCIAL: "4",
    Channel.EMAIL: "8",
    Channel.OTHER: "8",
}
_RESOLUTION_HOURS = {
    CaseKind.WRONG_ITEM: "24",
    CaseKind.DAMAGED: "24",
    CaseKind.MISSING_ITEM: "16",
    CaseKind.DELAY: "16",
    CaseKind.COMPLAINT: "40",
}

CORE_SPECS: list[SettingSpec] = [
    SettingSpec("shop.name", "text", "My shop", "Shop name on letterheads and vouchers."),
    SettingSpec("shop.address", "text", "", "Postal address, lines separated by ' | '."),
    SettingSpec("shop.website", "text", "", "Web address printed on notes and vouchers."),
    SettingSpec("shop.email", "text", "", "Reply-to address of mails to customers."),
    SettingSpec("shop.currency", "currency", "EUR", "Currency of orders, credit and limits."),
    SettingSpec("shop.language", "language", "it", "Default language for customers without one."),
    SettingSpec("shop.timezone", "timezone", "Europe/Rome", "Time zone of business hours and deadlines."),
    SettingSpec("hours.open", "time", "09:00", "Business hours start."),
    SettingSpec("hours.close", "time", "18:00", "Business hours end."),
    SettingSpec("hours.days", "weekdays", "1-5", "Working days, 1 = Monday (e.g. 1-5 or 1-6)."),
    SettingSpec("hours.holidays", "dates", "", "Closed days, YYYY-MM-DD separated by commas."),
    *[
        SettingSpec(
            f"sla.first_answer.{ch.value}",
            "hours",
            h,
            f"Business hours to the first answer on {ch.value.replace('_', '-')}.",
        )
        for ch, h in _FIRST_ANSWER_HOURS.items()
    ],
    *[
        SettingSpec(
            f"sla.resolution.{k.value}",
            "hours",
            h,
            f"Business hours to resolve a {k.value.replace('_', ' ')} case.",
        )
        for k, h in _RESOLUTION_HOURS.items()
    ],
    SettingSpec("sla.peak_from", "monthday", "11-15", "Peak season starts (MM-DD)."),
    SettingSpec("sla.peak_to", "monthday", "12-31", "Peak season ends (MM-DD)."),
    SettingSpec("sla.peak_factor", "share", "0.5", "In peak season deadlines shrink to this share."),
    SettingSpec(
        "limits.agent.case", "money", "25.00", "Largest credit an agent gives per case without approval."
    ),
    SettingSpec("limits.agent.daily", "money", "100.00", "Largest total credit an agent gives per day."),
    SettingSpec("limits.supervisor.case", "money", "250.00", "Largest credit a supervisor gives per case."),
    SettingSpec("limits.admin.case", "money", "250.00", "Largest credit an admin gives per case."),
    SettingSpec(
        "approvals.expiry_days",
        "int",
        "3",
        "Days after which an unanswered approval request expires.",
        Decimal(1),
        Decimal(90),
    ),
    SettingSpec("credit.cap_share", "cap", "0.30", "Largest share of an order that credit may pay."),
    SettingSpec(
        "credit.expiry_days", "int", "365", "Days until issued credit expires.", Decimal(1), Decimal(3650)
    ),
    SettingSpec(
        "security.max_failed_logins",
        "int",
        "5",
        "Failed logins before an account locks.",
        Decimal(1),
        Decimal(100),
    ),
    SettingSpec(
        "security.lock_minutes", "int", "15", "Minutes an account stays locked.", Decimal(1), Decimal(43200)
    ),
    SettingSpec(
        "backup.folder",
        "text",
        "",
        "Folder for the nightly copy of the embedded database file (empty: no nightly copy).",
    ),
    SettingSpec(
        "backup.keep_days", "int", "14", "Days the nightly copies are kept.", Decimal(1), Decimal(3650)
    ),
    SettingSpec(
        "notify.before_minutes",
        "int",
        "60",
        "Minutes before a case's deadline its owner is notified.",
        Decimal(0),
        Decimal(10080),
    ),
]

register(CORE_SPECS)
