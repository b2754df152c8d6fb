"""The unit of each shop setting, said beside its value (``rimedio settings show``, ``--json``'s ``unit``).

Derived from the setting's kind and key so a new setting gets a unit without a second table: amounts are in
the shop currency, factors multiply, shares run from 0 to 1, deadlines count business hours.
"""

from __future__ import annotations

from app.domain.settings_registry import SettingSpec

_CURRENCY = "{currency}"
_BY_KIND = {
    "money": _CURRENCY,
    "share": "share from 0 to 1",
    "cap": "share from 0 to 1",
    "monthday": "MM-DD",
    "hours": "business hours",
    "time": "HH:MM",
    "weekdays": "days of the week, 1 = Monday",
    "dates": "dates YYYY-MM-DD",
    "timezone": "time zone (IANA)",
    "currency": "currency code (ISO 4217)",
    "language": "language code (en, it, ro)",
}
_INT_SUFFIXES = (
    ("_days", "days"),
    ("_minutes", "minutes"),
    ("_orders", "orders"),
    ("_claims", "claims"),
    ("_logins", "failed logins"),
)


def unit(spec: SettingSpec, currency: str) -> str:
    """``"EUR"``, ``"days"``, ``"share from 0 to 1"`` …; ``""`` for free text."""
    if spec.kind == "decimal":
        return "factor" if spec.key.endswith("_factor") else currency
    if spec.kind == "int":
        return next((name for suffix, name in _INT_SUFFIXES if spec.key.endswith(suffix)), "number")
    return _BY_KIND.get(spec.kind, "").replace(_CURRENCY, currency)
