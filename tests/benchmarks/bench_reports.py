"""Benchmark of the supervisors' reports (issue 8): the summary over 1,000,000 cases and 2,000,000 ledger entries.

Run: ``.venv/bin/python tests/benchmarks/bench_reports.py [--backend sqlite|postgresql|both] [--cases N]
[--entries N] [--db URL] [--keep]``. Fills a fresh database (migrated: report indexes and columns of 0005–0006,
rollups of 0008) through the drivers' bulk paths: a year of cases (2026) with an ``opened`` event each, a proposal
on half of them and a choice on 40 % (and, on each case, the report figures those events set, as the services
record them); grants and their entries (issue, redeem on imported orders, restore, expire, adjust). The rollups
are kept by their triggers during the fill, as for any other write (SQLite: row triggers on each inserted row;
PostgreSQL: one grouped upsert per COPY, from its transition table). Then prints the median of three runs after
one warm-up. Targets: the year's summary ≤ 1 s on PostgreSQL, ≤ 2 s on SQLite. The SQLite file is kept (its
path is printed); ``--keep`` keeps the PostgreSQL database; ``--db URL`` times either again without refilling.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import psycopg  # noqa: E402

from app.services import reports  # noqa: E402
from app.services.context import ServiceContext  # noqa: E402
from app.services.database import open_database  # noqa: E402
from app.services.reports import ReportFilter  # noqa: E402
from app.services.users import add_user, login  # noqa: E402
from app.store.models.case_figures import case_figures  # noqa: E402

PG_ADMIN = os.environ.get("RIMEDIO_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
KINDS = ["wrong_item", "damaged", "missing_item", "delay", "complaint"]
CHANNELS = ["phone", "email", "chat", "social", "click_to_call", "other"]
STATUSES = ["new", "proposed", "awaiting_approval", "awaiting_customer", "resolved", "closed"]
REMEDIES = ["keep_and_credit", "replacement", "refund", "reship_missing", "goodwill_extra"]
YEAR_START = datetime(2026, 1, 1, tzinfo=UTC)
YEAR_SECONDS = 365 * 86400
AGENTS = 12
N_ORDERS = 200_000
TARGETS = {"sqlite": 2.0, "postgresql": 1.0}


def ts(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


# --- rows --------------------------------------------------------------------------------------------------------
def case_rows(n: int, rng: random.Random, user_ids: list[int]) -> Iterator[tuple]:
    base = YEAR_START.timestamp()
    for i in range(1, n + 1):
        created = base + rng.random() * YEAR_SECONDS
        answered = created + rng.randint(60, 8 * 3600) if rng.random() < 0.85 else None
        resolved = created + rng.randint(3600, 96 * 3600) if rng.random() < 0.6 else None
        remedy = rng.choice(REMEDIES) if resolved else None
        yield (
            i,
            1,
            rng.choice(KINDS),
            rng.choice(CHANNELS),
            rng.choice(STATUSES),
            "unknown",
            "bench",
            "",
            rng.choice(user_ids),
            ts(created),
            ts(created),
            ts(created + 4 * 3600),
            ts(answered) if answered else None,
            ts(created + 48 * 3600),
            ts(resolved) if resolved else None,
            remedy,
            "EUR",
            "",
            1,
        )


CASE_COLUMNS = (
    "id",
    "customer_id",
    "kind",
    "channel",
    "status",
    "wants",
    "summary",
    "description",
    "owner_id",
    "created_at",
    "updated_at",
    "first_answer_due",
    "first_answered_at",
    "resolution_due",
    "resolved_at",
    "remedy",
    "currency",
    "search_text",
    "version",
)


def event_rows(
    cases: list[tuple], rng: random.Random, figures: dict[int, dict] | None = None
) -> Iterator[tuple]:
    """The events of ``cases``; ``figures`` receives, per case, the report columns its proposal and choice set
    (as the models' hooks would: :func:`app.store.models.case_figures.case_figures`)."""
    figures = {} if figures is None else figures
    eid = 0
    for c in cases:
        case_id, created, remedy = c[0], c[9], c[15]
        eid += 1
        yield (eid, case_id, created, "opened", "bench", False, json.dumps({"kind": c[2]}))
        if remedy or rng.random() < 0.2:
            offered = ["keep_and_credit", "replacement"] if rng.random() < 0.7 else ["refund", "replacement"]
            options = [{"remedy": r, "amount": "10.00", "currency": "EUR", "cost": "7.50"} for r in offered]
            eid += 1
            figures.setdefault(case_id, {}).update(case_figures("proposal", {"options": options}))
            yield (eid, case_id, created, "proposal", "", True, json.dumps({"options": options}))
        if remedy:
            saving = rng.randint(0, 3000)
            data = {
                "remedy": remedy,
                "amount": "10.00",
                "currency": "EUR",
                "cost": "7.50",
                "replacement_cost": f"{(750 + saving) / 100:.2f}",
                "saving": f"{saving / 100:.2f}",
                "options": ["keep_and_credit", "replacement"],
            }
            eid += 1
            figures.setdefault(case_id, {}).update(case_figures("remedy_chosen", data))
            yield (eid, case_id, created, "remedy_chosen", remedy, True, json.dumps(data))


EVENT_COLUMNS = ("id", "case_id", "at", "type", "text", "internal", "data")
FIGURE_COLUMNS = (
    "proposed",
    "keep_credit_offered",
    "choice_remedy",
    "remedy_cost_minor",
    "replacement_cost_minor",
    "saving_minor",
)


def with_figures(cases: list[tuple], figures: dict[int, dict]) -> list[tuple]:
    """The case rows with the report columns (migration 0006) their events set."""
    defaults = {"proposed": False, "keep_credit_offered": False}
    return [c + tuple((defaults | figures.get(c[0], {})).get(k) for k in FIGURE_COLUMNS) for c in cases]


def ledger_rows(n_entries: int, rng: random.Random, user_ids: list[int]) -> tuple[list[tuple], list[tuple]]:
    """Grants of 2025–2026 and their entries: one issue, then redeems, sometimes a restore, expire or adjust."""
    grants, entries = [], []
    base = YEAR_START.timestamp() - 180 * 86400
    gid = eid = 0
    while eid < n_entries:
        gid += 1
        amount = rng.choice([500, 1000, 1500, 2000, 3000])
        issued = base + rng.random() * (YEAR_SECONDS + 180 * 86400)
        by = rng.choice(user_ids)
        grants.append((gid, 1, amount, "EUR", "case", f"G{gid:09d}", "", ts(issued), by))
        left, t = amount, issued
        eid += 1
        entries.append((eid, gid, "issue", amount, "EUR", ts(issued), by, None))
        for _ in range(rng.choice([1, 2, 3, 4, 5, 6])):
            t += rng.randint(3600, 40 * 86400)
            roll = rng.random()
            if roll < 0.75 and left > 0:
                spend = min(left, rng.randint(100, amount))
                left -= spend
                eid += 1
                entries.append((eid, gid, "redeem", -spend, "EUR", ts(t), by, str(rng.randint(1, N_ORDERS))))
                if rng.random() < 0.08:
                    eid += 1
                    entries.append((eid, gid, "restore", spend, "EUR", ts(t + 86400), by, entries[-1][7]))
                    left += spend
            elif roll < 0.85:
                eid += 1
                entries.append((eid, gid, "adjust", rng.choice([-100, 100, 250]), "EUR", ts(t), by, None))
            elif left > 0:
                eid += 1
                entries.append((eid, gid, "expire", -left, "EUR", ts(t), by, None))
                left = 0
                break
    return grants, entries


GRANT_COLUMNS = (
    "id",
    "customer_id",
    "amount_minor",
    "currency",
    "reason",
    "code",
    "note",
    "created_at",
    "created_by_id",
)
ENTRY_COLUMNS = ("id", "grant_id", "kind", "amount_minor", "currency", "at", "by_id", "order_number")
ORDER_COLUMNS = (
    "id",
    "source",
    "number",
    "customer_id",
    "placed_at",
    "currency",
    "subtotal_minor",
    "shipping_minor",
    "discount_minor",
    "total_minor",
    "refunded_minor",
    "status",
    "discount_codes",
    "search_text",
)


def order_rows(rng: random.Random) -> Iterator[tuple]:
    for i in range(1, N_ORDERS + 1):
        total = rng.randint(1500, 25000)
        yield (
            i,
            "shopify",
            str(i),
            1,
            ts(YEAR_START.timestamp()),
            "EUR",
            total,
            0,
            0,
            total,
            0,
            "paid",
            "",
            "",
        )


# --- loading -------------------------------------------------------------------------------------------------------
def load(db, n_cases: int, n_entries: int) -> dict[str, int]:
    rng = random.Random(8)
    add_user(db, None, "admin", "admin", "bench-pass", "Bench Admin")
    admin = login(db, "admin", "bench-pass")
    for i in range(AGENTS):
        add_user(
            db,
            admin,
            f"agent{i}",
            "supervisor" if i == 0 else "agent",
            "bench-pass",
            f"Agente {i} Ștefănescu",
        )
    user_ids = list(range(2, AGENTS + 2))
    cases = list(case_rows(n_cases, rng, user_ids))
    figures: dict[int, dict] = {}
    events = list(event_rows(cases, rng, figures))
    cases = with_figures(cases, figures)
    grants, entries = ledger_rows(n_entries, rng, user_ids)
    customer = (
        1,
        "Ana",
        "Bench",
        "bench@example.com",
        "it",
        False,
        "",
        ts(YEAR_START.timestamp()),
        ts(YEAR_START.timestamp()),
        "",
    )
    tables = [
        (
            "customers",
            (
                "id",
                "first_name",
                "last_name",
                "email",
                "language",
                "marketing_consent",
                "note",
                "created_at",
                "updated_at",
                "search_text",
            ),
            [customer],
        ),
        ("orders", ORDER_COLUMNS, list(order_rows(rng))),
        ("cases", CASE_COLUMNS + FIGURE_COLUMNS, cases),
        ("case_events", EVENT_COLUMNS, events),
        ("credit_grants", GRANT_COLUMNS, grants),
        ("credit_entries", ENTRY_COLUMNS, [e + ("",) for e in entries]),
    ]
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        if db.is_sqlite:
            cur.execute("BEGIN")  # the driver connection is in autocommit mode: one transaction, not millions
        for table, cols, rows in tables:
            cols = cols + ("note",) if table == "credit_entries" else cols
            if db.is_sqlite:
                marks = ",".join("?" * len(cols))
                cur.executemany(f"INSERT INTO {table} ({','.join(cols)}) VALUES ({marks})", rows)
            else:
                with cur.copy(f"COPY {table} ({','.join(cols)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
        raw.commit()
    finally:
        raw.close()
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:
        with psycopg.connect(
            str(db.engine.url.render_as_string(hide_password=False)).replace("+psycopg", ""), autocommit=True
        ) as conn:
            conn.execute("VACUUM ANALYZE")
    return {"cases": len(cases), "events": len(events), "grants": len(grants), "entries": len(entries)}


def timed(fn, runs: int = 3) -> float:
    fn()  # warm-up: caches, prepared plans
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bench(backend: str, n_cases: int, n_entries: int, url: str | None = None, keep: bool = False) -> None:
    if url:  # a database this script filled before (``--db``): time it again without reloading
        db, drop = open_database(url), None
    elif backend == "sqlite":
        folder = tempfile.mkdtemp(prefix="rimedio-bench-reports-")
        db = open_database(f"sqlite:///{folder}/bench.sqlite3")
        print(f"[{backend}] database sqlite:///{folder}/bench.sqlite3")
        drop = None
    else:
        name = f"rimedio_bench_reports_{uuid.uuid4().hex[:8]}"
        print(f"[{backend}] database {PG_ADMIN.rsplit('/', 1)[0]}/{name}")
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        db = open_database(f"{PG_ADMIN.rsplit('/', 1)[0]}/{name}")
        drop = name
    try:
        t0 = time.perf_counter()
        counts = (
            load(db, n_cases, n_entries) if not url else {"cases": 0, "events": 0, "grants": 0, "entries": 0}
        )
        print(
            f"\n[{backend}] loaded {counts['cases']:,} cases, {counts['events']:,} events, {counts['grants']:,} grants, "
            f"{counts['entries']:,} ledger entries in {time.perf_counter() - t0:.0f} s"
        )
        ctx = ServiceContext(db, login(db, "agent0", "bench-pass"))
        year = lambda: reports.summary(ctx, date(2026, 1, 1), date(2026, 12, 31))  # noqa: E731
        r = year()
        print(
            f"  check: {r.cases:,} cases in the year, {len(r.weeks)} weeks, {len(r.agents)} agents, "
            f"{r.remedies.keep_and_credit_offered:,} offered keep-and-credit, saved {r.remedies.savings}, "
            f"owed at the end {r.credit.owed_at_end}"
        )
        target = TARGETS[backend]
        t_year = timed(year)
        print(
            f"  summary, 2026 (1 year, all cases)         {t_year * 1000:8.0f} ms   target ≤ {target * 1000:.0f} ms "
            f"{'OK' if t_year <= target else 'OVER'}"
        )
        t_q = timed(lambda: reports.summary(ctx, date(2026, 10, 1), date(2026, 12, 31)))
        print(f"  summary, Q4 2026                           {t_q * 1000:8.0f} ms")
        t_f = timed(
            lambda: reports.summary(
                ctx,
                date(2026, 1, 1),
                date(2026, 12, 31),
                ReportFilter(kinds=("damaged",), agents=("agent3",)),
            )
        )
        print(f"  summary, 2026, one kind and one agent      {t_f * 1000:8.0f} ms")
        t_l = timed(lambda: reports.liability(ctx, date(2026, 6, 30)))
        print(f"  liability at 2026-06-30                    {t_l * 1000:8.0f} ms")
    finally:
        db.dispose()
        if drop and not keep:
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{drop}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--entries", type=int, default=2_000_000)
    parser.add_argument(
        "--db", help="time a database this script filled before (one backend), without reloading"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the PostgreSQL database filled (to re-time with --db)"
    )
    args = parser.parse_args()
    for backend in ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]:
        bench(backend, args.cases, args.entries, args.db, args.keep)


if __name__ == "__main__":
    main()
