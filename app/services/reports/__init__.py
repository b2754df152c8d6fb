"""Figures for supervisors: cases per week, deadlines kept, remedies chosen and saved, store credit owed.

The figures are added up from per-day rollups the database keeps with triggers (migration 0008,
:mod:`app.store.rollups`): per local day and owner (and kind and channel, for filtered summaries) the cases'
counters, per day the ledger's sums, per order and day the credit spent — a year is a few thousand rows, not a
million. What depends on the time of the report (a deadline passed or still ahead) is corrected with the few open
cases due from now on (a partial index). The queries over the raw rows remain: they answer when the rollups were
built in another zone than the setting or a value is outside the vocabulary, and the tests check the two agree.
Dates are the shop's calendar days (``shop.timezone``); weeks start on Monday. Money is exact: integer minor units
summed in SQL, returned as :class:`Money`.

Definitions (the README's "Reports" section repeats them for the people reading the figures):

* a case belongs to the period when it was *opened* in it; filters (kind, channel, agent = owner) apply to
  case and remedy figures. Credit figures are the whole ledger's: credit is not tied to one kind or channel.
* first answer on time: answered no later than ``first_answer_due``; late: answered after it, or not answered and
  the due time has passed. Cases still inside their deadline are *pending* and not counted in the share.
  Resolution likewise with ``resolution_due`` and the time the case was resolved (or closed without resolving).
* keep-and-credit *offered*: a ``proposal`` event of the case lists ``keep_and_credit``; *accepted*: the case's
  chosen remedy is ``keep_and_credit``. Savings: the ``saving`` of each case's latest ``remedy_chosen`` event,
  while that remedy is still the case's (a rejected credit is not a saving).
* liability at a date: the sum of every ledger entry made up to the end of that day (the ledger's own sum).

This package never writes and never formats for people: screens and the CLI do that.

One job per module: ``figures`` (what comes back), ``period`` (the days and weeks asked for), ``query`` (the SQL
building blocks: epoch seconds and flags from :mod:`app.store.dialect`, weeks, deadlines, the filter),
``from_cases`` and ``from_rollups`` (the case figures counted from the cases, or added up from the rollups),
``credit`` (the ledger's figures and the liability) and ``summarize`` (the summary put together). Callers import
the names below from the package.
"""

from app.services.reports.credit import credit_figures, liability
from app.services.reports.figures import (
    AgentFigures,
    CreditFigures,
    Liability,
    RemedyFigures,
    ReportFilter,
    Summary,
    Timeliness,
    WeekFigures,
    percent,
)
from app.services.reports.from_rollups import fold_deltas
from app.services.reports.period import MAX_DAYS, Period, day_start, parse_day
from app.services.reports.summarize import summary

__all__ = [
    "MAX_DAYS",
    "AgentFigures",
    "CreditFigures",
    "Liability",
    "Period",
    "RemedyFigures",
    "ReportFilter",
    "Summary",
    "Timeliness",
    "WeekFigures",
    "credit_figures",
    "day_start",
    "fold_deltas",
    "liability",
    "parse_day",
    "percent",
    "summary",
]
