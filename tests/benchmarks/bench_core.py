"""Benchmark of the core (issue 2): search, opening a case, creating a case — at 200,000 cases.

Run: ``.venv/bin/python tests/benchmarks/bench_core.py [--backend sqlite|postgresql|both] [--cases N]``.
Generates 100,000 customers, 200,000 orders and 200,000 cases (each with three timeline events) with
SQLAlchemy Core bulk inserts, then prints medians. Targets: search behind ``case list --search`` ≤ 50 ms on
both databases; a case with its timeline ≤ 10 ms; creating a case ≤ 5 ms on SQLite.
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

import psycopg  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from app.domain.text import phone_forms, search_document  # noqa: E402
from app.services import cases  # noqa: E402
from app.services.cases import CaseFilter  # noqa: E402
from app.services.context import ServiceContext  # noqa: E402
from app.services.database import open_database  # noqa: E402
from app.services.demo.data import FIRST_NAMES, LAST_NAMES, PRODUCTS  # noqa: E402
from app.services.users import add_user, login  # noqa: E402
from app.store.models import Case, CaseEvent, Customer, Order, OrderLine  # noqa: E402

PG_ADMIN = os.environ.get("RIMEDIO_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
KINDS = ["wrong_item", "damaged", "missing_item", "delay", "complaint"]
CHANNELS = ["phone", "email", "chat", "social", "click_to_call", "other"]
STATUSES = ["new", "proposed", "awaiting_approval", "awaiting_customer", "resolved", "closed"]
WORDS = [
    "rotto",
    "ritardo",
    "colore",
    "sbagliato",
    "broken",
    "late",
    "missing",
    "cracked",
    "lipsă",
    "întârziere",
]


def populate(db, n_customers: int, n_cases: int, rng: random.Random) -> dict:
    now = datetime.now(UTC)
    names = []
    batch = 5000
    with db.engine.begin() as conn:
        rows = []
        for i in range(1, n_customers + 1):
            lang = rng.choice(["it", "ro", "en"])
            first, last = rng.choice(FIRST_NAMES[lang]), rng.choice(LAST_NAMES[lang])
            email = f"c{i}.{search_document(last).replace(' ', '')}@example.com"
            phone = f"+39 3{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
            names.append((first, last, email, phone))
            rows.append(
                dict(
                    id=i,
                    first_name=first,
                    last_name=last,
                    email=email,
                    phone=phone,
                    language=lang,
                    marketing_consent=False,
                    note="",
                    created_at=now,
                    updated_at=now,
                    search_text=search_document(first, last, email, phone, phone_forms(phone)),
                )
            )
            if len(rows) == batch:
                conn.execute(insert(Customer), rows)
                rows = []
        if rows:
            conn.execute(insert(Customer), rows)
        orders, lines, case_rows, events = [], [], [], []
        for i in range(1, n_cases + 1):
            cid = rng.randint(1, n_customers)
            first, last, email, phone = names[cid - 1]
            sku, pname, variant, price = rng.choice(PRODUCTS)
            placed = now - timedelta(days=rng.randint(1, 540))
            number = str(100000 + i)
            orders.append(
                dict(
                    id=i,
                    source="shopify",
                    number=number,
                    customer_id=cid,
                    placed_at=placed,
                    currency="EUR",
                    subtotal_minor=price,
                    shipping_minor=690,
                    discount_minor=0,
                    total_minor=price + 690,
                    refunded_minor=0,
                    status="paid",
                    discount_codes="",
                    search_text=search_document(number, first, last, email),
                )
            )
            lines.append(
                dict(
                    id=i,
                    order_id=i,
                    position=0,
                    sku=sku,
                    name=pname,
                    variant=variant,
                    quantity=1,
                    unit_price_minor=price,
                )
            )
            summary = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {pname}"
            opened = placed + timedelta(days=3)
            case_rows.append(
                dict(
                    id=i,
                    customer_id=cid,
                    order_id=i,
                    kind=rng.choice(KINDS),
                    channel=rng.choice(CHANNELS),
                    status=rng.choice(STATUSES),
                    wants="unknown",
                    summary=summary,
                    description="",
                    created_at=opened,
                    updated_at=opened,
                    resolution_due=opened + timedelta(days=2),
                    first_answer_due=opened + timedelta(hours=4),
                    currency="EUR",
                    version=1,
                    search_text=search_document(
                        str(i), first, last, email, phone, phone_forms(phone), number, summary
                    ),
                )
            )
            for k, kind in enumerate(("opened", "note", "status")):
                events.append(
                    dict(case_id=i, at=opened + timedelta(minutes=k), type=kind, text=summary, internal=False)
                )
            if len(orders) == batch:
                conn.execute(insert(Order), orders)
                conn.execute(insert(OrderLine), lines)
                conn.execute(insert(Case), case_rows)
                conn.execute(insert(CaseEvent), events)
                orders, lines, case_rows, events = [], [], [], []
        if orders:
            conn.execute(insert(Order), orders)
            conn.execute(insert(OrderLine), lines)
            conn.execute(insert(Case), case_rows)
            conn.execute(insert(CaseEvent), events)
        if db.dialect == "postgresql":
            for table in ("customers", "orders", "order_lines", "cases", "case_events"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                )
    if db.dialect == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    else:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    return {"names": names}


def median_ms(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def run(backend: str, n_cases: int) -> None:
    rng = random.Random(42)
    tmp = Path(tempfile.mkdtemp())
    pg_name = None
    if backend == "sqlite":
        url = f"sqlite:///{tmp / 'bench.sqlite3'}"
    else:
        pg_name = f"rimedio_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{pg_name}"')
        url = PG_ADMIN.rsplit("/", 1)[0] + "/" + pg_name
    db = open_database(url)
    try:
        add_user(db, None, "admin", "admin", "admin-pass")
        actor = login(db, "admin", "admin-pass")
        ctx = ServiceContext(db, actor)
        t0 = time.perf_counter()
        data = populate(db, n_cases // 2, n_cases, rng)
        print(
            f"[{backend}] generated {n_cases // 2:,} customers, {n_cases:,} orders, {n_cases:,} cases "
            f"in {time.perf_counter() - t0:.1f} s"
        )
        names = data["names"]
        queries = []
        for _ in range(40):
            first, last, email, phone = rng.choice(names)
            queries.append(
                rng.choice(
                    [
                        f"{first} {last}",
                        last,
                        email,
                        phone.replace(" ", "")[3:],
                        str(100000 + rng.randint(1, n_cases)),
                        "rotto colore",
                        "lipsa",
                        "stefan",
                    ]
                )
            )
        for q in queries[:5]:
            cases.list_cases(ctx, CaseFilter(search=q), limit=50)  # warm caches
        it = iter(queries * 10)
        search = median_ms(lambda: cases.list_cases(ctx, CaseFilter(search=next(it)), limit=50), len(queries))
        print(
            f"[{backend}] case list --search (50 rows), median of {len(queries)} queries: {search:.1f} ms  (target ≤ 50)"
        )
        ids = iter(rng.sample(range(1, n_cases + 1), 400))
        show = median_ms(lambda: cases.get_case(ctx, next(ids)), 200)
        print(f"[{backend}] open a case with its timeline, median: {show:.2f} ms  (target ≤ 10)")
        numbers = iter(str(100000 + rng.randint(1, n_cases)) for _ in range(400))
        create = median_ms(
            lambda: cases.open_case(
                ctx,
                order_number=next(numbers),
                kind="damaged",
                channel="phone",
                summary="Benchmark: arrived broken",
                skus=[],
            ),
            200,
        )
        print(f"[{backend}] create a case, median: {create:.2f} ms  (target ≤ 5 on SQLite)")
        page = median_ms(lambda: cases.list_cases(ctx, CaseFilter(), limit=100), 50)
        print(f"[{backend}] inbox page of 100 newest cases, median: {page:.2f} ms")
        with db.read() as s:
            assert s.scalar(select(Case.id).order_by(Case.id.desc()).limit(1)) >= n_cases
    finally:
        db.dispose()
        if pg_name:
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--cases", type=int, default=200_000)
    args = parser.parse_args()

    from tests.support.hashing import fast_password_hashing

    fast_password_hashing()
    for backend in ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]:
        run(backend, args.cases)


if __name__ == "__main__":
    main()
