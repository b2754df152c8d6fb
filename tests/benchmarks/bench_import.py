"""Benchmark of the import SERVICE: a generated Shopify orders export of 100,000 lines imported into a fresh
SQLite database with ``import_orders``, against the yardstick of the issue measured in the same run — plain
``csv`` parsing plus a SQLAlchemy Core bulk insert of the same orders and lines into the same tables — then the
same file imported again (everything unchanged), and the peak memory of whole imports of 10,000 and 100,000
lines (each in a child process: tracemalloc during the import, and the process's RSS) to show it is streamed.

Run: ``.venv/bin/python tests/benchmarks/bench_import.py [lines]``. It prints figures and asserts nothing.
"""

from __future__ import annotations

import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from app.services import shop_import  # noqa: E402
from app.services.context import ServiceContext  # noqa: E402
from app.services.database import Database, open_database  # noqa: E402
from app.services.users import add_user, login  # noqa: E402
from app.store.models import Order, OrderLine  # noqa: E402
from tests.benchmarks.bench_import_parse import generate  # noqa: E402
from tests.imports.fixtures.make_fixtures import SHOPIFY_79  # noqa: E402

BATCH = 1000


def fresh(folder: Path, name: str) -> Database:
    return open_database(f"sqlite:///{folder / name}")


def admin_of(db: Database) -> ServiceContext:
    add_user(db, None, "admin", "admin", "bench-password")
    return ServiceContext(db, login(db, "admin", "bench-password"))


def yardstick(path: Path, db: Database) -> float:
    """Plain csv parsing plus Core bulk inserts of the same orders and lines, in batches, one transaction."""
    col = {name: i for i, name in enumerate(SHOPIFY_79)}
    orders_t, lines_t = Order.__table__, OrderLine.__table__
    start = time.perf_counter()
    with db.engine.begin() as conn, path.open("r", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        orders: list[dict] = []
        lines: list[tuple[str, dict]] = []
        number = None

        def flush() -> None:
            ids = conn.execute(
                orders_t.insert().returning(orders_t.c.id, sort_by_parameter_order=True), orders
            ).scalars()
            by_number = dict(zip((o["number"] for o in orders), ids, strict=True))
            conn.execute(insert(lines_t), [{"order_id": by_number[n], **li} for n, li in lines])
            orders.clear()
            lines.clear()

        for row in reader:
            name = row[col["Name"]].lstrip("#")
            if name != number:
                if len(orders) >= BATCH:
                    flush()
                number = name
                orders.append(
                    {
                        "source": "shopify",
                        "number": name,
                        "external_id": row[col["Id"]],
                        "customer_id": None,
                        "placed_at": datetime.strptime(row[col["Created at"]], "%Y-%m-%d %H:%M:%S %z"),
                        "currency": row[col["Currency"]] or "EUR",
                        "subtotal_minor": int(row[col["Subtotal"]].replace(".", "")),
                        "shipping_minor": 490,
                        "discount_minor": 0,
                        "total_minor": int(row[col["Total"]].replace(".", "")),
                        "refunded_minor": 0,
                        "status": row[col["Financial Status"]] or "paid",
                        "fulfillment_status": None,
                        "promised_by": None,
                        "delivered_at": None,
                        "cancelled_at": None,
                        "discount_codes": row[col["Discount Code"]],
                        "search_text": name,
                    }
                )
            price = row[col["Lineitem price"]]
            lines.append(
                (
                    name,
                    {
                        "position": 0,
                        "sku": row[col["Lineitem sku"]],
                        "name": row[col["Lineitem name"]],
                        "variant": "",
                        "quantity": int(row[col["Lineitem quantity"]]),
                        "unit_price_minor": int(price.replace(".", "")),
                    },
                )
            )
        if orders:
            flush()
    return time.perf_counter() - start


def child(lines: int, folder: str) -> None:
    """Import a file of ``lines`` lines into a fresh database; print as JSON the peak of memory allocated
    during the import (tracemalloc, KiB) and the process's resident size before and at its peak (KiB)."""
    tmp = Path(folder)
    path = tmp / f"orders_{lines}.csv"
    generate(path, lines)
    ctx = admin_of(fresh(tmp, f"mem_{lines}.sqlite3"))
    rss_before = _current_rss_kib()
    tracemalloc.start()
    report = shop_import.import_orders(ctx, path)
    _, traced = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {"traced": traced // 1024, "rss_before": rss_before, "rss_peak": peak, "created": report.created}
        )
    )


def _current_rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def peak_rss(lines: int, folder: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(lines), str(folder)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(int(sys.argv[2]), sys.argv[3])
        return
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        path = tmp / "orders.csv"
        n_orders = generate(path, lines)
        print(f"file: {lines:,} lines, {n_orders:,} orders, {path.stat().st_size / 1e6:.1f} MB")
        base_db = fresh(tmp, "yardstick.sqlite3")
        base = yardstick(path, base_db)
        base_db.dispose()
        print(f"yardstick (csv.reader + SQLAlchemy Core bulk insert of the orders and lines): {base:.2f} s")
        db = fresh(tmp, "import.sqlite3")
        ctx = admin_of(db)
        start = time.perf_counter()
        report = shop_import.import_orders(ctx, path)
        first = time.perf_counter() - start
        print(
            f"import_orders, empty database: {first:.2f} s = {first / base:.2f}x the yardstick "
            f"({report.created:,} created, {report.rejected_units} rejected; target <= 20 s and <= 3x)"
        )
        start = time.perf_counter()
        again = shop_import.import_orders(ctx, path)
        second = time.perf_counter() - start
        print(
            f"import_orders, same file again: {second:.2f} s ({again.unchanged:,} unchanged, "
            f"{again.created + again.updated} created or updated)"
        )
        db.dispose()
        small, big = peak_rss(lines // 10, tmp), peak_rss(lines, tmp)
        for n, m in ((lines // 10, small), (lines, big)):
            print(
                f"memory of a whole import of {n:,} lines: peak allocated during the import (tracemalloc) "
                f"{m['traced'] / 1024:.1f} MiB; process RSS {m['rss_before'] / 1024:.0f} MiB before, "
                f"{m['rss_peak'] / 1024:.0f} MiB at its peak"
            )


if __name__ == "__main__":
    main()
