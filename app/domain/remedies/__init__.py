"""The remedy-proposal engine: pure rules that rank what to offer a customer after something went wrong.

Public API (import from here)::

    propose(facts, profile, settings=DEFAULT_SETTINGS, *, today, lang="en") -> tuple[Option, ...]
    propose_in(facts, profile, settings=DEFAULT_SETTINGS, *, today, languages) -> {lang: tuple[Option, ...]}
    season_of(facts, today, settings) -> SeasonAssessment
    classify(order_count, total_spent, last_order_date, today, thresholds) -> Segment
    is_flagged(claims, orders, thresholds) -> bool
    promised_date(order_date, rules) -> date | None
    CostSettings.from_dict / to_dict / with_value, describe()

Nothing in this package reads a database, a file, the clock or Qt, and nothing uses floats.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Each name is loaded from its module on first use (PEP 562), so reading the cost settings at log-in does not load
# the engine (a quick start, issue 6).
_HOME = {
    "ClaimThresholds": "claims",
    "claim_rate": "claims",
    "is_flagged": "claims",
    "REMEDY_ORDER": "engine",
    "RIGHTS_KINDS": "engine",
    "propose": "engine",
    "propose_in": "engine",
    "season_of": "engine",
    "AffectedLine": "facts",
    "CaseFacts": "facts",
    "CustomerProfile": "facts",
    "Acceptance": "option",
    "Option": "option",
    "PromiseRule": "season",
    "SeasonAssessment": "season",
    "Severity": "season",
    "assess": "season",
    "in_peak": "season",
    "parse_rules": "season",
    "promised_date": "season",
    "Segment": "segments",
    "SegmentThresholds": "segments",
    "classify": "segments",
    "DEFAULT_SETTINGS": "settings",
    "CostSettings": "settings",
    "SettingInfo": "settings",
    "describe": "settings",
}

if TYPE_CHECKING:
    from app.domain.remedies.claims import ClaimThresholds, claim_rate, is_flagged
    from app.domain.remedies.engine import REMEDY_ORDER, RIGHTS_KINDS, propose, propose_in, season_of
    from app.domain.remedies.facts import AffectedLine, CaseFacts, CustomerProfile
    from app.domain.remedies.option import Acceptance, Option
    from app.domain.remedies.season import (
        PromiseRule,
        SeasonAssessment,
        Severity,
        assess,
        in_peak,
        parse_rules,
        promised_date,
    )
    from app.domain.remedies.segments import Segment, SegmentThresholds, classify
    from app.domain.remedies.settings import DEFAULT_SETTINGS, CostSettings, SettingInfo, describe

__all__ = [
    "DEFAULT_SETTINGS",
    "REMEDY_ORDER",
    "RIGHTS_KINDS",
    "Acceptance",
    "AffectedLine",
    "CaseFacts",
    "ClaimThresholds",
    "CostSettings",
    "CustomerProfile",
    "Option",
    "PromiseRule",
    "SeasonAssessment",
    "Segment",
    "SegmentThresholds",
    "SettingInfo",
    "Severity",
    "assess",
    "claim_rate",
    "classify",
    "describe",
    "in_peak",
    "is_flagged",
    "parse_rules",
    "promised_date",
    "propose",
    "propose_in",
    "season_of",
]


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
