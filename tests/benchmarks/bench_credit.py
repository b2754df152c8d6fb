"""Benchmark of store credit (issue 4) on SQLite: a balance, a redemption, and an expiry run over 1,000,000 grants.

Run: ``.venv/bin/python tests/benchmarks/bench_credit.py [--grants N]``. Prints medians. Targets: the balance of
a customer with 1,000 entries ≤ 2 ms; a redemption (code look-up, locks, plan, entries, audit) ≤ 10 ms;
``credit expire`` over 1,000,000 grants ≤ 30 s (one INSERT … SELECT, not a Python loop).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, select  # noqa: E402

from app.services import credit  # noqa: E402
from app.services.database import open_database  # noqa: E402
from app.store.models import CreditEntry  # noqa: E402
from tests.support.shop import make_shop  # noqa: E402

EMAIL = "stefan.tarana@example.ro"


def ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.2f} ms, p95 {sorted(samples)[int(len(samples) * 0.95)] * 1000:.2f} ms"


def bench_balance_and_redeem(folder: Path) -> None:
    db = open_database(f"sqlite:///{folder / 'small.sqlite3'}")
    shop = make_shop(db)
    ctx = shop.as_(shop.admin)
    customer_id = credit.customer_credit(ctx, EMAIL).customer_id
    # 100 grants of 250.00 and 900 redemptions of 1.00 spread over them: 1,000 entries for one customer
    codes = [credit.grant_credit(ctx, EMAIL, "250", reason="bench").code for _ in range(100)]
    for i in range(900):
        credit.redeem(ctx, codes[i % 100], order_number=f"B{i}", order_total="100", amount="1")
    with db.read() as s:
        n = s.scalar(select(func.count(CreditEntry.id)))
    samples = []
    for _ in range(300):
        t = time.perf_counter()
        bal = credit.balance(ctx, customer_id)
        samples.append(time.perf_counter() - t)
    print(f"balance of a customer with {n} entries ({bal['EUR']}): {ms(samples)}  [target ≤ 2 ms]")
    samples = []
    for _ in range(20):
        t = time.perf_counter()
        credit.customer_credit(ctx, customer_id)
        samples.append(time.perf_counter() - t)
    print(f"full statement (grants + {n} entries as dataclasses): {ms(samples)}")
    samples = []
    for i in range(300):
        t = time.perf_counter()
        credit.redeem(ctx, codes[i % 100], order_number=f"R{i}", order_total="80.00", amount="0.50")
        samples.append(time.perf_counter() - t)
    print(f"redemption (with audit entry): {ms(samples)}  [target ≤ 10 ms]")
    db.dispose()


def bench_expiry(folder: Path, grants: int) -> None:
    path = folder / "big.sqlite3"
    db = open_database(f"sqlite:///{path}")
    shop = make_shop(db)
    ctx = shop.as_(shop.admin)
    customer_id = credit.customer_credit(ctx, EMAIL).customer_id
    t = time.perf_counter()
    raw = db.engine.raw_connection()
    cur = raw.cursor()
    cur.execute("BEGIN IMMEDIATE")
    now = "2026-11-20 10:00:00.000000"
    past, future = "2026-06-30", "2027-12-31"
    batch = 100_000
    for start in range(0, grants, batch):
        rows = [
            (i + 1, customer_id, 1000, "EUR", "manual", f"{i:09d}", past if i % 2 == 0 else future, now)
            for i in range(start, min(start + batch, grants))
        ]
        cur.executemany(
            "INSERT INTO credit_grants (id, customer_id, amount_minor, currency, reason, code, expires_on,"
            " note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?)",
            rows,
        )
        cur.executemany(
            "INSERT INTO credit_entries (grant_id, kind, amount_minor, currency, at, note) "
            "VALUES (?, 'issue', 1000, 'EUR', ?, '')",
            [(r[0], now) for r in rows],
        )
        # a quarter of the expired grants were partly spent, some fully
        spent = [
            (r[0], -(300 if r[0] % 8 == 1 else 1000), "2026-05-01 10:00:00.000000", f"O{r[0]}")
            for r in rows
            if r[0] % 4 == 1
        ]
        cur.executemany(
            "INSERT INTO credit_entries (grant_id, kind, amount_minor, currency, at, order_number, note) "
            "VALUES (?, 'redeem', ?, 'EUR', ?, ?, '')",
            spent,
        )
    cur.execute("COMMIT")
    cur.execute("ANALYZE")
    raw.close()
    print(f"loaded {grants:,} grants (half past expiry) in {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    run = credit.expire_credit(ctx)
    took = time.perf_counter() - t
    print(
        f"credit expire over {grants:,} grants: {run.grants:,} expired, {run.totals['EUR']} in {took:.2f} s"
        "  [target ≤ 30 s]"
    )
    t = time.perf_counter()
    again = credit.expire_credit(ctx)
    print(f"second run (nothing left to expire): {again.grants} grants in {time.perf_counter() - t:.2f} s")
    t = time.perf_counter()
    ok = credit.check_ledger(ctx).ok
    print(f"credit check over {grants:,} grants: ok={ok} in {time.perf_counter() - t:.2f} s")
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--grants", type=int, default=1_000_000)
    args = parser.parse_args()
    from tests.support.hashing import fast_password_hashing

    fast_password_hashing()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_balance_and_redeem(folder)
        bench_expiry(folder, args.grants)


if __name__ == "__main__":
    main()
