"""The period's case figures added up from the per-day rollups (:mod:`app.store.rollups`) and their
appended deltas, with the few open cases still inside their deadlines.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, case, func, literal, select, union_all
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.domain.enums import CaseKind, CaseStatus, Channel, Remedy, parse_enum
from app.errors import StorageError
from app.services.database import Database
from app.services.reports.figures import ReportFilter, Timeliness
from app.services.reports.from_cases import TOTALS, AgentTally, CaseFigures, WeekTally
from app.services.reports.query import ReportSql, paused_in_time, plain
from app.store import rollups
from app.store.dialect import day_number
from app.store.models import Case, ReportCaseDay, ReportOwnerDay
from app.store.models.reports import report_case_day_deltas, report_owner_day_deltas

log = logging.getLogger(__name__)


def fold_deltas(db: Database) -> None:
    """Fold the case rollups' appended deltas in (PostgreSQL) in a short transaction of its own, so the summary
    reads few of them; when it cannot (another session folds, a read-only login) the reading adds them anyway."""
    if db.is_sqlite:
        return
    try:
        with db.read() as s:
            if s.execute(select(literal(1)).select_from(report_owner_day_deltas).limit(1)).first() is None:
                return
        with db.write() as s:
            rollups.fold(s.connection())
    except (StorageError, DBAPIError) as exc:  # pragma: no cover - the figures are the same without the fold
        log.info("rollup deltas not folded: %s", exc)


def _rollup_rows(s: Session, table: Any, deltas: Any) -> Any:
    """The rollup's rows and, on PostgreSQL, its appended deltas (not folded yet): summed together they are the
    figures (SQLite updates the rollups in place)."""
    if s.get_bind().dialect.name != "postgresql":
        return table.__table__.c
    cols = [c.name for c in deltas.c]
    return (
        union_all(select(*[table.__table__.c[n] for n in cols]), select(*[deltas.c[n] for n in cols]))
        .subquery("rolled")
        .c
    )


def rolled_cases(
    s: Session,
    sql: ReportSql,
    flt: ReportFilter,
    owner_ids: list[int] | None,
    conds: list[ColumnElement[bool]],
    now: datetime,
) -> CaseFigures | None:
    """The figures added up from ``report_case_days`` (a few hundred rows a week) and, for the deadlines not yet
    passed, the few open cases whose due time is still ahead; ``None`` when a value is outside the vocabulary."""
    coarse = not flt.kinds and not flt.channels  # per day and owner: a few rows a day, not a few hundred
    R = (
        _rollup_rows(s, ReportOwnerDay, report_owner_day_deltas)
        if coarse
        else _rollup_rows(s, ReportCaseDay, report_case_day_deltas)
    )
    p = sql.period
    first = day_number(p.first_monday)
    week = ((R.day - literal(first, Integer)) // literal(7, Integer)).label("week")
    where = [R.day >= day_number(p.date_from), R.day <= day_number(p.date_to)]
    if flt.kinds:
        where.append(R.kind.in_([parse_enum(CaseKind, k, "case kind").value for k in flt.kinds]))
    if flt.channels:
        where.append(R.channel.in_([parse_enum(Channel, c, "channel").value for c in flt.channels]))
    if owner_ids is not None:
        where.append(R.owner_id.in_(owner_ids))
    if coarse:
        named = [
            func.sum(getattr(R, f"{attr}_{member.value}")).label(f"{attr}_{i}")
            for attr, enum_cls in _KEYED
            for i, member in enumerate(enum_cls)
        ]
    else:
        named = [
            func.sum(case((getattr(R, attr) == member.value, R.n), else_=0)).label(f"{attr}_{i}")
            for attr, enum_cls in _KEYED
            for i, member in enumerate(enum_cls)
        ]
    rows = s.execute(
        select(week, R.owner_id, *[func.sum(getattr(R, c)).label(c) for c in rollups.CASE_COUNTERS], *named)
        .where(*where)
        .group_by(week, R.owner_id)
        .having(func.sum(R.n) != 0)
    ).all()  # keys every case moved away from are left at zero
    ahead = {
        prefix: _ahead(s, sql, conds, done, due, now)
        for prefix, done, due in (
            ("fa", Case.first_answered_at, Case.first_answer_due),
            ("res", None, Case.resolution_due),
        )
    }
    weeks: dict[int, WeekTally] = defaultdict(WeekTally)
    agents: dict[int | None, AgentTally] = defaultdict(AgentTally)
    chosen: dict[str, int] = {r.value: 0 for r in Remedy}
    totals = dict.fromkeys(TOTALS, 0)
    keyed = [(attr, [m.value for m in enum_cls]) for attr, enum_cls in _KEYED]
    statuses, remedy_values = [m.value for m in CaseStatus], [m.value for m in Remedy]
    for row in rows:
        raw = row._mapping
        m = {k: int(v or 0) for k, v in raw.items()}  # sums come back as Decimal on PostgreSQL
        n = m["n"]
        if m["status_outside"] or m["remedy_outside"]:
            return None
        wk, owner = m["week"], (m["owner_id"] or None)
        times = {}
        for prefix in ("fa", "res"):
            done, open_due = m[f"{prefix}_done"], m[f"{prefix}_open_due"]
            still = ahead[prefix].get((wk, owner), 0)
            times[prefix] = Timeliness(
                done,
                m[f"{prefix}_on_time"],
                m[f"{prefix}_late_done"] + open_due - still,
                n - done - open_due + still,
                raw[f"{prefix}_secs"] or 0,
            )
        w = weeks[wk]
        w.n += n
        w.res.append(times["res"])
        for attr, values in keyed:
            counts = [m[f"{attr}_{i}"] for i in range(len(values))]
            if sum(counts) != n:
                return None
            for value, c in zip(values, counts, strict=True):
                w.counts[attr][value] += c
        for value in statuses:
            w.counts["status"][value] += m[f"status_{value}"]
        a = agents[owner]
        a.n += n
        a.fa.append(times["fa"])
        a.res.append(times["res"])
        a.kc_offered += m["kc_offered"]
        a.kc_accepted += m[f"remedy_{Remedy.KEEP_AND_CREDIT.value}"]
        a.saving += m["saving"]
        for value in remedy_values:
            chosen[value] += m[f"remedy_{value}"]
        for attr in TOTALS:
            totals[attr] += m[attr]
    return CaseFigures(dict(weeks), dict(agents), chosen, totals)


def _ahead(
    s: Session, sql: ReportSql, conds: list[ColumnElement[bool]], done: Any, due: Any, now: datetime
) -> dict[tuple[int, int | None], int]:
    """Per week and owner: the period's cases not done whose due time is still ahead (``pending``, not ``late``).
    Read from the partial index of the open cases by due time: only cases due from ``now`` on."""
    not_done = (
        [done.is_(None)] if done is not None else [Case.resolved_at.is_(None), Case.closed_at.is_(None)]
    )
    week = sql.week(Case.created_at).label("week")
    if sql.dialect == "sqlite":
        # without statistics SQLite would range-scan the period's cases by ``created_at``; a unary ``+`` keeps
        # the period off the index choice, so it reads the open cases' partial index from ``now`` on
        created = plain(Case.created_at)
        conds = [created >= sql.period.start, created < sql.period.end, *conds[2:]]  # conds[:2]: the period
    rows = s.execute(
        select(week, Case.owner_id, func.count())
        .where(*not_done, due.is_not(None), due >= now, *conds)
        .group_by(week, Case.owner_id)
    ).all()
    found = {(int(wk), owner): int(n) for wk, owner, n in rows}
    if done is None:  # the resolution: a case paused in time is pending though its due time has passed
        paused = s.execute(
            select(week, Case.owner_id, func.count())
            .where(*not_done, due.is_not(None), due < now, paused_in_time(due), *conds)
            .group_by(week, Case.owner_id)
        ).all()
        for wk, owner, n in paused:
            found[(int(wk), owner)] = found.get((int(wk), owner), 0) + int(n)
    return found


_KEYED = (("kind", CaseKind), ("channel", Channel))  # the rollups' key columns, counted by name per week
