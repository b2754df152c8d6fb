"""The remedy-proposal engine: pure rules that rank what to offer a customer after something went wrong.

Public API (import from here)::

    propose(facts, profile, settings=DEFAULT_SETTINGS, *, today, lang="en") -> tuple[Option, ...]
    season_of(facts, today, settings) -> SeasonAssessment
    classify(order_count, total_spent, last_order_date, today, thresholds) -> Segment
    is_flagged(claims, orders, thresholds) -> bool
    promised_date(order_date, rules) -> date | None
    CostSettings.from_dict / to_dict / with_value, describe()

Nothing in this package reads a database, a file, the clock or Qt, and nothing uses floats.
"""

from app.domain.remedies.claims import ClaimThresholds, claim_rate, is_flagged
from app.domain.remedies.engine import REMEDY_ORDER, RIGHTS_KINDS, propose, season_of
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
    "season_of",
]
