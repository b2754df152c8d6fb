"""The period's case figures counted from the cases themselves: the definitions, the fallback when the
rollups cannot answer, and what the tests check the rollups against.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Label, and_, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import ColumnElement

from app.domain.enums import CaseKind, CaseStatus, Channel, Remedy
from app.services.reports.figures import Timeliness
from app.services.reports.query import ReportSql, count_if, timeliness_columns, timeliness_of
from app.store.models import Case


@dataclass
class AgentTally:
    n: int = 0
    fa: list[Timeliness] = field(default_factory=list)
    res: list[Timeliness] = field(default_factory=list)
    kc_offered: int = 0
    kc_accepted: int = 0
    saving: int = 0


@dataclass
class CaseFigures:
    """The period's case figures, from the rollups or from the cases: per week, per owner, the remedy mix."""

    weeks: dict[int, WeekTally]
    agents: dict[int | None, AgentTally]
    chosen: dict[str, int]
    totals: dict[str, int]  # proposed, kc_offered, with_saving, saving, replacement_cost, chosen_cost


TOTALS = ("proposed", "kc_offered", "with_saving", "saving", "replacement_cost", "chosen_cost")


def raw_cases(s: Session, sql: ReportSql, conds: list[ColumnElement[bool]], now: datetime) -> CaseFigures:
    """The figures counted from the period's cases (the definitions; the rollups' fallback and their check)."""
    # SQLite sorts every row of a GROUP BY: one pass per week, owner and chosen remedy, rolled up here. On
    # PostgreSQL (hash aggregates, parallel scans) the vocabulary's CASE columns cost more than a second pass.
    one_pass = sql.dialect == "sqlite"
    agents_rows = _agent_cases(s, sql, conds, now, by_week=one_pass)
    per_week = _weeks_from_pass(agents_rows) if one_pass else None
    if per_week is None:  # a kind, channel or status outside the vocabulary: count them by name
        per_week = _weeks_by_name(_weekly_cases(s, sql, conds, now))
    chosen: dict[str, int] = {r.value: 0 for r in Remedy}
    agents: dict[int | None, AgentTally] = defaultdict(AgentTally)
    totals = dict.fromkeys(TOTALS, 0)
    for row in agents_rows:
        a = agents[row.owner_id]
        a.n += row.n
        a.fa.append(timeliness_of(row, "fa"))
        a.res.append(timeliness_of(row, "res"))
        a.kc_offered += int(row.kc_offered or 0)
        a.saving += int(row.saving or 0)
        if row.remedy == Remedy.KEEP_AND_CREDIT.value:
            a.kc_accepted += row.n
        if row.remedy:
            chosen[row.remedy] = chosen.get(row.remedy, 0) + row.n
        for attr in TOTALS:
            totals[attr] += int(getattr(row, attr) or 0)
    return CaseFigures(dict(per_week), dict(agents), chosen, totals)


def _weekly_cases(s: Session, sql: ReportSql, conds: list[ColumnElement[bool]], now: datetime) -> list[Any]:
    week = sql.week(Case.created_at).label("week")
    resolved_at = func.coalesce(Case.resolved_at, Case.closed_at)
    stmt = (
        select(
            week,
            Case.kind,
            Case.channel,
            Case.status,
            func.count().label("n"),
            *timeliness_columns(
                resolved_at, Case.resolution_due, now, sql, "res", seconds=False, pauses=True
            ),
        )
        .where(*conds)
        .group_by(week, Case.kind, Case.channel, Case.status)
    )
    return list(s.execute(stmt))


VOCABULARY = (("kind", CaseKind), ("channel", Channel), ("status", CaseStatus))


def _agent_cases(
    s: Session, sql: ReportSql, conds: list[ColumnElement[bool]], now: datetime, by_week: bool = True
) -> list[Any]:
    """Per week, owner and chosen remedy, in one pass over the period's cases: cases, deadlines, proposals, the
    savings of the choices that stand (the figures recorded on each case with its events, see ``Case.proposed``)
    and the counts per kind, channel and status (``kind_0``… in the vocabulary's order), which
    :func:`_weekly_from` rolls up into the weeks. At most weeks × owners × remedies rows come back."""
    week = sql.week(Case.created_at).label("week")
    resolved_at = func.coalesce(Case.resolved_at, Case.closed_at)
    stands = and_(
        Case.remedy.is_not(None), Case.remedy == Case.choice_remedy
    )  # a rejected credit is no saving

    def money(col: InstrumentedAttribute[int | None], label: str) -> Label[int]:
        return func.coalesce(func.sum(case((stands, col), else_=None)), 0).label(label)

    counts = (
        [
            count_if(getattr(Case, attr) == member.value).label(f"{attr}_{i}")
            for attr, enum_cls in VOCABULARY
            for i, member in enumerate(enum_cls)
        ]
        if by_week
        else []
    )
    keys = [week, Case.owner_id, Case.remedy] if by_week else [Case.owner_id, Case.remedy]
    stmt = (
        select(
            *keys,
            func.count().label("n"),
            *timeliness_columns(Case.first_answered_at, Case.first_answer_due, now, sql, "fa"),
            *timeliness_columns(resolved_at, Case.resolution_due, now, sql, "res", pauses=True),
            count_if(Case.proposed).label("proposed"),
            count_if(Case.keep_credit_offered).label("kc_offered"),
            count_if(and_(stands, Case.saving_minor.is_not(None))).label("with_saving"),
            money(Case.saving_minor, "saving"),
            money(Case.replacement_cost_minor, "replacement_cost"),
            money(Case.remedy_cost_minor, "chosen_cost"),
            *counts,
        )
        .where(*conds)
        .group_by(*keys)
    )
    return list(s.execute(stmt))


@dataclass
class WeekTally:
    n: int = 0
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {a: defaultdict(int) for a, _ in VOCABULARY}
    )
    res: list[Timeliness] = field(default_factory=list)


def _weeks_from_pass(rows: list[Any]) -> dict[int, WeekTally] | None:
    """The weeks' figures rolled up from the one pass of :func:`_agent_cases`, or ``None`` when some case's kind,
    channel or status is outside the vocabulary (then :func:`_weeks_by_name` counts them by name)."""
    weeks: dict[int, WeekTally] = defaultdict(WeekTally)
    for row in rows:
        w = weeks[int(row.week)]
        w.n += int(row.n)
        w.res.append(timeliness_of(row, "res"))
        for attr, enum_cls in VOCABULARY:
            counts = [int(getattr(row, f"{attr}_{i}") or 0) for i in range(len(enum_cls))]
            if sum(counts) != int(row.n):
                return None
            for member, c in zip(enum_cls, counts, strict=True):
                w.counts[attr][member.value] += c
    return weeks


def _weeks_by_name(rows: list[Any]) -> dict[int, WeekTally]:
    weeks: dict[int, WeekTally] = defaultdict(WeekTally)
    for row in rows:
        w = weeks[int(row.week)]
        w.n += int(row.n)
        w.res.append(timeliness_of(row, "res"))
        for attr, _ in VOCABULARY:
            w.counts[attr][getattr(row, attr)] += int(row.n)
    return weeks
