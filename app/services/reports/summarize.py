"""The summary of a period: every figure, from the rollups when they were built in the shop's zone,
otherwise from the raw rows, put together per week and per agent.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, text

from app.domain.enums import CaseKind, CaseStatus, Channel, Remedy
from app.domain.money import Money
from app.domain.permissions import Permission
from app.services.context import ServiceContext
from app.services.reports import from_rollups
from app.services.reports.credit import CreditResult, credit_figures
from app.services.reports.figures import AgentFigures, RemedyFigures, ReportFilter, Summary, WeekFigures
from app.services.reports.from_cases import VOCABULARY, CaseFigures, WeekTally, raw_cases
from app.services.reports.from_rollups import fold_deltas
from app.services.reports.period import Period, parse_day
from app.services.reports.query import ReportSql, add_timeliness, case_conditions
from app.services.settings import load_settings
from app.store import rollups
from app.store.models import User


# --- the summary ------------------------------------------------------------------------------------------------
def summary(
    ctx: ServiceContext,
    date_from: date | str,
    date_to: date | str,
    flt: ReportFilter | None = None,
) -> Summary:
    """Every figure of the period ``date_from``…``date_to`` (shop's calendar days, both included)."""
    ctx.require(Permission.REPORTS)
    flt = flt or ReportFilter()
    now = ctx.now()
    d_from, d_to = parse_day(date_from, "--from"), parse_day(date_to, "--to")
    fold_deltas(ctx.db)
    with ctx.db.read() as s:
        settings = load_settings(s)
        currency = settings.currency
        period = Period.of(d_from, d_to, settings["shop.timezone"])
        sql = ReportSql(ctx.db.dialect, period, currency)
        if sql.dialect == "postgresql":
            # the aggregates would spill to disk with the default 4 MB; compiling a JIT plan for these
            # aggregates costs more than it saves. Both only for this (read-only) transaction.
            s.execute(text("SET LOCAL work_mem = '64MB'"))
            s.execute(text("SET LOCAL jit = off"))
        conds, owner_ids = case_conditions(s, period, flt)
        rolled = rollups.rollup_zone(s.connection()) == str(period.tz.key)  # built in the shop's zone
        figures = from_rollups.rolled_cases(s, sql, flt, owner_ids, conds, now) if rolled else None
        if figures is None:  # no rollups for this zone, or values outside the vocabulary: count the cases
            figures = raw_cases(s, sql, conds, now)
        credit = credit_figures(s, sql, now, rolled=rolled)
        users = {
            uid: (username, name)
            for uid, username, name in s.execute(select(User.id, User.username, User.display_name))
        }
    return _assemble(figures, credit, period, d_from, d_to, flt, currency, now, users)


def _assemble(
    figures: CaseFigures,
    credit: CreditResult,
    period: Period,
    d_from: date,
    d_to: date,
    flt: ReportFilter,
    currency: str,
    now: datetime,
    users: dict[int, tuple[str, str]],
) -> Summary:
    per_week = figures.weeks
    totals: dict[str, dict[str, int]] = {attr: defaultdict(int) for attr, _ in VOCABULARY}
    for w in per_week.values():
        for attr, _ in VOCABULARY:
            for value, c in w.counts[attr].items():
                totals[attr][value] += c

    weeks = []
    for i, monday in enumerate(period.week_starts):
        w = per_week.get(i) or WeekTally()
        res = add_timeliness(w.res)
        issued, spent, owed = credit.weeks[i]
        weeks.append(
            WeekFigures(
                monday,
                w.n,
                _complete(w.counts["kind"], CaseKind),
                _complete(w.counts["channel"], Channel),
                _complete(w.counts["status"], CaseStatus),
                res.done,
                res.on_time,
                res.late,
                Money(issued, currency),
                Money(spent, currency),
                Money(owed, currency),
            )
        )

    agents = []
    for owner_id in sorted(
        figures.agents,
        key=lambda o: (o is None, users.get(o, ("", ""))[1].casefold() if o is not None else ""),
    ):
        a = figures.agents[owner_id]
        username, name = users.get(owner_id, (None, "")) if owner_id is not None else (None, "")
        agents.append(
            AgentFigures(
                username,
                name,
                a.n,
                add_timeliness(a.fa),
                add_timeliness(a.res),
                a.kc_offered,
                a.kc_accepted,
                Money(a.saving, currency),
                Money(credit.issued_by.get(owner_id, 0), currency),
            )
        )

    t, chosen = figures.totals, figures.chosen
    remedies = RemedyFigures(
        proposed=t["proposed"],
        keep_and_credit_offered=t["kc_offered"],
        keep_and_credit_accepted=chosen.get(Remedy.KEEP_AND_CREDIT.value, 0),
        chosen={k: v for k, v in chosen.items() if v},
        with_saving=t["with_saving"],
        savings=Money(t["saving"], currency),
        replacement_cost=Money(t["replacement_cost"], currency),
        chosen_cost=Money(t["chosen_cost"], currency),
    )
    return Summary(
        date_from=d_from,
        date_to=d_to,
        timezone=str(period.tz.key),
        currency=currency,
        generated_at=now,
        filter=flt,
        cases=sum(totals["kind"].values()),
        by_kind=_complete(totals["kind"], CaseKind),
        by_channel=_complete(totals["channel"], Channel),
        by_status=_complete(totals["status"], CaseStatus),
        first_answer=add_timeliness(a.first_answer for a in agents),
        resolution=add_timeliness(a.resolution for a in agents),
        remedies=remedies,
        credit=credit.figures,
        weeks=tuple(weeks),
        agents=tuple(agents),
    )


def _complete(counts: dict[str, int], enum_cls: Any) -> dict[str, int]:
    """Every value of the vocabulary, in its order, zeros included (stable keys for JSON and CSV)."""
    return {m.value: counts.get(m.value, 0) for m in enum_cls} | {
        k: v for k, v in counts.items() if k not in {m.value for m in enum_cls}
    }
