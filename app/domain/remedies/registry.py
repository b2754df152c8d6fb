"""The cost model and the peak-season rules as shop settings: declared in the one settings registry.

Every key of :func:`app.domain.remedies.settings.describe` becomes a shop setting with its meaning and default,
so ``rimedio settings show`` and the settings screen list them and ``rimedio settings set`` validates them —
first by its kind, then, through :func:`check_change`, by :meth:`CostSettings.from_dict` on all the shop's cost
values merged with the new one (so the checks across keys, e.g. ``credit.min`` ≤ ``credit.max``, hold too).

Two engine keys already mean something in the core registry:

* ``credit.expiry_days`` (days a credit stays valid) means the same thing: the core setting feeds the engine.
* ``credit.cap_share`` is the share of an *order* that credit may pay (the ledger's rule); the engine's cap on a
  keep-the-item credit, as a share of the *price paid*, is therefore stored as ``credit.keep_cap_share``.

This module must never read a database or the clock: it maps text to :class:`CostSettings` and back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import lru_cache

from app.domain import settings_registry
from app.domain.remedies.settings import DEFAULT_SETTINGS, CostSettings, describe
from app.domain.settings_registry import SettingSpec
from app.errors import ValidationError

#: Engine key → shop key, where the engine's name is already taken in the shop settings by something else.
SHOP_KEYS: dict[str, str] = {"credit.cap_share": "credit.keep_cap_share"}
#: Engine keys the core registry already declares with the same meaning (not declared twice).
SHARED_CORE_KEYS: frozenset[str] = frozenset({"credit.expiry_days"})

_KINDS = {
    "amount": "decimal",
    "share": "share",
    "cap": "cap",
    "factor": "decimal",
    "int": "int",
    "choice": "text",
    "rules": "text",
}
_MINIMUM = {"amount": Decimal(0), "factor": Decimal(0)}


def shop_key(engine_key: str) -> str:
    return SHOP_KEYS.get(engine_key, engine_key)


#: Shop key → engine key, for every setting the engine reads.
ENGINE_KEYS: dict[str, str] = {shop_key(info.key): info.key for info in describe()}


def _specs() -> list[SettingSpec]:
    specs = []
    for info in describe():
        if info.key in SHARED_CORE_KEYS:
            continue
        specs.append(
            SettingSpec(
                shop_key(info.key),
                _KINDS.get(info.kind, "text"),
                info.default,
                info.doc,
                minimum=_MINIMUM.get(info.kind),
            )
        )
    return specs


COST_SPECS: list[SettingSpec] = _specs()
settings_registry.register(COST_SPECS)


def is_cost_key(key: str) -> bool:
    """Whether the engine reads this shop setting (so a change is checked against the whole cost model)."""
    return key in ENGINE_KEYS


def _engine_values(raw: Callable[[str], str]) -> dict[str, str]:
    return {engine: raw(shop) for shop, engine in ENGINE_KEYS.items()}


def cost_settings(raw: Callable[[str], str] | Mapping[str, str]) -> CostSettings:
    """The engine's settings from the shop's stored text (``ShopSettings.raw`` or a ``{shop key: text}`` dict).

    A value that no longer parses (edited behind the program's back) falls back to its default, as every other
    shop setting does, so a proposal never fails because of one bad row.
    """
    shop = getattr(raw, "__self__", None)
    if isinstance(shop, settings_registry.ShopSettings):  # ``shop.raw``: built once for those settings
        return shop.derived("cost_settings", lambda: _cost_settings(raw))
    return _cost_settings(raw)


def _cost_settings(raw: Callable[[str], str] | Mapping[str, str]) -> CostSettings:
    get: Callable[[str], str]
    if isinstance(raw, Mapping):
        stored = raw

        def get(key: str) -> str:
            return stored.get(key, _default(key))

    else:
        get = raw
    return _parsed(tuple(sorted(_engine_values(get).items())))


@lru_cache(maxsize=32)
def _parsed(values: tuple[tuple[str, str], ...]) -> CostSettings:
    """Parsing ~60 keys costs about 2 ms; the shop's values rarely change, so each set is parsed once."""
    try:
        return CostSettings.from_dict(dict(values))
    except ValidationError:
        result = DEFAULT_SETTINGS
        for key, text in values:
            try:
                result = result.with_value(key, text)
            except ValidationError:
                continue
        return result


def _default(key: str) -> str:
    return settings_registry.spec(key).default


def check_change(raw: Callable[[str], str], key: str, text: str) -> None:
    """Refuse a new value of a cost setting that the cost model would refuse with the shop's other values."""
    if not is_cost_key(key):
        return
    values = _engine_values(raw)
    engine_key = ENGINE_KEYS[key]
    values[engine_key] = text
    try:
        CostSettings.from_dict(values)
    except ValidationError as exc:
        if exc.params.get("key") == engine_key and engine_key != key:
            raise ValidationError(exc.msgid, **{**exc.params, "key": key}) from None
        raise


__all__ = [
    "COST_SPECS",
    "ENGINE_KEYS",
    "SHARED_CORE_KEYS",
    "SHOP_KEYS",
    "check_change",
    "cost_settings",
    "is_cost_key",
    "shop_key",
]
