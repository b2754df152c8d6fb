"""How the peak season shortens a new case's deadlines: the factor ``open_case`` hands to ``due_dates``.

The shop has two ways of saying "it is busy": the core's ``sla.peak_*`` window (by the day the case is opened,
applied inside :func:`app.domain.business_hours.due_dates`) and the remedy engine's promised-by rules (by the
order, see :mod:`app.domain.remedies.season`). The peak is counted once; a missed promise comes on top of it.

* A **delay** case whose order missed its promised date: ``season.missed_due_factor`` (default 0.5), on top of
  the core's peak factor when the case is opened inside the ``sla.peak_*`` window.
* Any case whose order falls under a promise rule, or opened inside a promise window:
  ``season.peak_due_factor`` (default 0.75) — unless the core's peak window already shortens it.
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


def season_factor(
    kind: CaseKind, season: SeasonAssessment, settings: CostSettings, core_peak: bool = False
) -> Decimal:
    """The factor the season adds to the case's deadlines (the core's own peak factor is applied by ``due_dates``)."""
    if season.severity is Severity.MISSED_PROMISE and kind is CaseKind.DELAY:
        return settings.missed_due_factor
    if season.peak and not core_peak:
        return settings.peak_due_factor
    return _ONE


def severity_factor(
    kind: CaseKind,
    order_date: date | None,
    promised: date | None,
    delivered: date | None,
    today: date,
    settings: CostSettings,
    core_peak: bool,
) -> Decimal:
    """The ``severity_factor`` for ``due_dates`` of a case opened ``today`` (``core_peak``: the core's
    ``sla.peak_*`` window contains today, so ``due_dates`` shortens for the peak itself)."""
    season = assess(
        order_date,
        promised,
        delivered,
        today,
        settings.promise_rules,
        settings.peak_due_factor,
        settings.missed_due_factor,
    )
    return season_factor(kind, season, settings, core_peak)
