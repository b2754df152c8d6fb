"""Benchmark: segmenting the whole customer base in SQL, and proposing remedies for a case, on SQLite and PostgreSQL.

Fills a fresh database with 100,000 customers, 1,000,000 orders and 20,000 cases (bulk inserts, not the
services: the figure measured is the query, not the filling), then prints the median of several runs of:

* ``count_by_segment`` — every customer classified by one GROUP BY + CASE (target ≤ 2 s);
* ``customers_in_segment(lapsed)`` — the ids a win-back campaign would use;
* ``customer_history`` — one customer's lifetime figures, claims and flag (what ``customer show`` needs);
* ``propose_case`` — a whole proposal for one case, recorded on its timeline.

Run: ``.venv/bin/python tests/benchmarks/bench_remedies_db.py [--customers N] [--orders N] [--only sqlite]``.
PostgreSQL uses ``RIMEDIO_TEST_PG`` (default: the local server) and drops its database at the end.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain.remedies import Segment  # noqa: E402
from app.services import remedies, segments  # noqa: E402
from app.services.context import ServiceContext  # noqa: E402
from app.services.database import Database, open_database  # noqa: E402
from app.services.users import add_user, login  # noqa: E402

NOW = datetime.now(UTC).replace(microsecond=0)
FMT = "%Y-%m-%d %H:%M:%S.%f"


def rows(customers: int, orders: int, cases: int, seed: int = 11):
    rng = random.Random(seed)
    start = NOW - timedelta(days=3 * 365)
    span = int((NOW - start).total_seconds())
    cust = [
        (
            i + 1,
            f"Nome{i}",
            f"Cognome{i}",
            f"c{i}@example.it",
            "it",
            False,
            "",
            NOW,
            NOW,
            f"nome{i} cognome{i}",
        )
        for i in range(customers)
    ]
    # A few customers buy often, most once or twice: weights like the demo shop's.
    weights = [rng.choice([1, 1, 1, 2, 2, 3, 5, 9]) for _ in range(customers)]
    owners = rng.choices(range(1, customers + 1), weights=weights, k=orders)
    ords = []
    for i in range(orders):
        total = rng.choice([990, 1590, 1890, 2900, 3990, 6900, 8900, 12900]) * rng.choice([1, 1, 2])
        placed = start + timedelta(seconds=rng.randrange(span))
        ords.append(
            (
                i + 1,
                "shop",
                str(100000 + i),
                owners[i],
                placed,
                "EUR",
                total,
                0,
                0,
                total,
                0,
                "paid",
                "",
                f"{100000 + i}",
            )
        )
    cs = []
    for i in range(cases):
        o = ords[rng.randrange(orders)]
        opened = min(o[4] + timedelta(days=rng.randint(2, 30)), NOW - timedelta(hours=1))
        cs.append(
            (
                i + 1,
                o[3],
                o[0],
                rng.choice(["wrong_item", "damaged", "delay", "complaint"]),
                "phone",
                "new",
                "unknown",
                "Bench case",
                "",
                opened,
                opened,
                "EUR",
                "bench case",
                1,
            )
        )
    return cust, ords, cs


def fill_sqlite(db: Database, cust, ords, cs) -> None:
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(
            "PRAGMA cache_size = -500000"
        )  # 500 MB while filling: the indexes are written in random order
        cur.execute(
            "BEGIN"
        )  # the engine's connections run in autocommit mode and begin their own transactions
        # The search triggers (FTS5) would make the filling take minutes; the search index is not what is measured
        # here, so the triggers are dropped for the filling and put back after (the FTS tables stay empty).
        triggers = cur.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_fts_%'"
        ).fetchall()
        for trigger, _sql in triggers:
            cur.execute(f"DROP TRIGGER {trigger}")
        cur.executemany(
            "INSERT INTO customers (id, first_name, last_name, email, language, marketing_consent, note, created_at,"
            " updated_at, search_text) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    *c[:7],
                    c[7].replace(tzinfo=None).strftime(FMT),
                    c[8].replace(tzinfo=None).strftime(FMT),
                    c[9],
                )
                for c in cust
            ],
        )
        cur.executemany(
            "INSERT INTO orders (id, source, number, customer_id, placed_at, currency, subtotal_minor, shipping_minor,"
            " discount_minor, total_minor, refunded_minor, status, discount_codes, search_text)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(*o[:4], o[4].replace(tzinfo=None).strftime(FMT), *o[5:]) for o in ords],
        )
        cur.executemany(
            "INSERT INTO cases (id, customer_id, order_id, kind, channel, status, wants, summary, description,"
            " created_at, updated_at, currency, search_text, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    *c[:9],
                    c[9].replace(tzinfo=None).strftime(FMT),
                    c[10].replace(tzinfo=None).strftime(FMT),
                    *c[11:],
                )
                for c in cs
            ],
        )
        for _trigger, sql in triggers:
            cur.execute(sql)
        raw.commit()
        cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()


def fill_postgres(db: Database, cust, ords, cs) -> None:
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        with conn.cursor() as cur:

            def copy(sql, data):
                with cur.copy(sql) as cp:
                    for row in data:
                        cp.write_row(row)

            naive = lambda d: d.replace(tzinfo=None)  # noqa: E731 - stored as naive UTC
            copy(
                "COPY customers (id, first_name, last_name, email, language, marketing_consent, note, created_at,"
                " updated_at, search_text) FROM STDIN",
                [(*c[:7], naive(c[7]), naive(c[8]), c[9]) for c in cust],
            )
            copy(
                "COPY orders (id, source, number, customer_id, placed_at, currency, subtotal_minor, shipping_minor,"
                " discount_minor, total_minor, refunded_minor, status, discount_codes, search_text) FROM STDIN",
                [(*o[:4], naive(o[4]), *o[5:]) for o in ords],
            )
            copy(
                "COPY cases (id, customer_id, order_id, kind, channel, status, wants, summary, description,"
                " created_at, updated_at, currency, search_text, version) FROM STDIN",
                [(*c[:9], naive(c[9]), naive(c[10]), *c[11:]) for c in cs],
            )
            for table in ("customers", "orders", "cases"):
                cur.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                )
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE")
        conn.autocommit = False
    finally:
        raw.close()


def median_of(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def measure(name: str, db: Database, fill, data, runs: int) -> None:
    t0 = time.perf_counter()
    fill(db, *data)
    print(
        f"[{name}] filled {len(data[0]):,} customers, {len(data[1]):,} orders, {len(data[2]):,} cases "
        f"in {time.perf_counter() - t0:.1f} s"
    )
    add_user(db, None, "admin", "admin", "bench-pass", "Bench Admin")
    ctx = ServiceContext(db, login(db, "admin", "bench-pass"))

    seconds, counts = median_of(lambda: segments.segment_counts(ctx), runs)
    total = sum(counts.values())
    print(
        f"[{name}] segment_counts (all {total:,} customers): {seconds * 1000:.0f} ms median of {runs}  "
        f"{'OK' if seconds <= 2 else 'OVER'} (target ≤ 2000 ms)"
    )
    print(f"[{name}]   " + ", ".join(f"{seg.value} {n:,}" for seg, n in counts.items()))

    def lapsed():
        with db.read() as s:
            return segments.customers_in_segment(s, Segment.LAPSED, segments.shop_today(s, db.clock.now()))

    seconds, ids = median_of(lapsed, runs)
    print(
        f"[{name}] customers_in_segment(lapsed) → {len(ids):,} ids: {seconds * 1000:.0f} ms median of {runs}"
    )

    probe = random.Random(5).sample(range(1, len(data[0]) + 1), 200)

    def histories():
        with db.read() as s:
            today = segments.shop_today(s, db.clock.now())
            return [segments.customer_history(s, cid, today) for cid in probe]

    seconds, _ = median_of(histories, 3)
    print(f"[{name}] customer_history: {seconds / len(probe) * 1000:.2f} ms per customer (200 customers)")

    case_ids = random.Random(6).sample(range(1, len(data[2]) + 1), 100)
    t0 = time.perf_counter()
    for cid in case_ids:
        remedies.propose_case(ctx, cid, lang="it")
    per = (time.perf_counter() - t0) / len(case_ids)
    print(f"[{name}] propose_case (load, profile, engine, record): {per * 1000:.2f} ms per case (100 cases)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    parser.add_argument("--keep", help="keep the SQLite database in this file (for looking at query plans)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    data = rows(args.customers, args.orders, args.cases)
    print(f"generated rows in {time.perf_counter() - t0:.1f} s")

    if args.only != "postgresql":
        with tempfile.TemporaryDirectory() as folder:
            db = open_database(f"sqlite:///{args.keep or folder + '/bench.sqlite3'}")
            try:
                measure("sqlite", db, fill_sqlite, data, args.runs)
            finally:
                db.dispose()

    if args.only != "sqlite":
        import psycopg

        admin = os.environ.get("RIMEDIO_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
        name = f"rimedio_bench_{uuid.uuid4().hex[:8]}"
        try:
            with psycopg.connect(admin, autocommit=True, connect_timeout=3) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
        except psycopg.OperationalError as exc:
            print(f"[postgresql] skipped: no server at {admin} ({str(exc).strip().splitlines()[0]})")
            return
        db = open_database(admin.rsplit("/", 1)[0] + "/" + name)
        try:
            measure("postgresql", db, fill_postgres, data, args.runs)
        finally:
            db.dispose()
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
