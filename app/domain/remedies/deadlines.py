"""How the peak season shortens a new case's deadlines: the factor ``open_case`` hands to ``due_dates``.

The shop has two ways of saying "it is busy": the core's ``sla.peak_*`` window (by the day the case is opened,
applied inside :func:`app.domain.business_hours.due_dates`) and the remedy engine's promised-by rules (by the
order, see :mod:`app.domain.remedies.season`). They never compound: the shortest of the two applies.

* A **delay** case whose order missed its promised date: ``season.missed_due_factor`` (default 0.5).
* Any case whose order falls under a promise rule, or opened inside a promise window: ``season.peak_due_factor``.
* Otherwise 1.

This module must never read a database or the clock.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain.enums import CaseKind
from app.domain.remedies.season import SeasonAssessment, Severity, assess
from app.domain.remedies.settings import CostSettings

_ONE = Decimal(1)


def season_factor(kind: CaseKind, season: SeasonAssessment, settings: CostSettings) -> Decimal:
    """The engine's own shortening for this case (before the core's peak window is considered)."""
    if season.severity is Severity.MISSED_PROMISE and kind is CaseKind.DELAY:
        return settings.missed_due_factor
    if season.peak:
        return settings.peak_due_factor
    return _ONE


def severity_factor(
    kind: CaseKind,
    order_date: date | None,
    promised: date | None,
    delivered: date | None,
    today: date,
    settings: CostSettings,
    core_peak_factor: Decimal | None,
) -> Decimal:
    """The ``severity_factor`` for ``due_dates``: ``core_peak_factor`` is the ``sla.peak_factor`` when the core
    peak window applies on ``today`` (``due_dates`` multiplies by it), else ``None``."""
    season = assess(
        order_date,
        promised,
        delivered,
        today,
        settings.promise_rules,
        settings.peak_due_factor,
        settings.missed_due_factor,
    )
    wanted = season_factor(kind, season, settings)
    if core_peak_factor is None:
        return wanted
    if core_peak_factor <= 0 or wanted >= core_peak_factor:
        return _ONE
    return wanted / core_peak_factor
