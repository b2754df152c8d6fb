"""Benchmark of the import parsing layer: a generated Shopify orders export of 100,000 lines, parsed with
``parse_orders`` and read with a bare ``csv.reader`` for comparison, plus peak memory (tracemalloc) at 10,000
and 100,000 lines to show that parsing is streamed.

Run: ``.venv/bin/python tests/benchmarks/bench_import_parse.py [lines]``. It prints figures; it asserts
nothing, and pytest does not collect it (the name does not start with ``test_``).
"""

from __future__ import annotations

import csv
import gc
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.imports import parse_orders  # noqa: E402
from app.imports.records import Rejection  # noqa: E402
from tests.imports.fixtures.make_fixtures import SHOPIFY_79  # noqa: E402

CITIES = ["Montréal", "Cluj-Napoca", "Dee Why, Sydney", "Milano", "St-François-du-Lac"]
NAMES = ["Marie Tremblay", "Ștefan Țărână", "Niccolò Rossi", "Øystein Müller", "Anna O’Brien"]


def generate(path: Path, lines: int) -> int:
    """A Shopify export of ``lines`` data rows: orders of 1–4 lines, order fields on the first row only."""
    orders = 0
    col = {name: i for i, name in enumerate(SHOPIFY_79)}
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(SHOPIFY_79)
        written = 0
        while written < lines:
            orders += 1
            number = 1000 + orders
            n_lines = min(1 + orders % 4, lines - written)
            offset = "+1100" if orders % 2 else "+1000"
            created = f"2024-{1 + orders % 12:02d}-{1 + orders % 28:02d} 10:{orders % 60:02d}:00 {offset}"
            for k in range(n_lines):
                row = [""] * len(SHOPIFY_79)
                row[col["Name"]] = f"#{number}"
                row[col["Created at"]] = created
                row[col["Lineitem quantity"]] = str(1 + k)
                row[col["Lineitem name"]] = f"Prodotto {k} - M / Blu"
                row[col["Lineitem price"]] = f"{10 + k}.{orders % 100:02d}"
                row[col["Lineitem sku"]] = f"SKU-{k}-{orders % 500}"
                row[col["Vendor"]] = "Atelier"
                if k == 0:
                    row[col["Email"]] = f"customer{orders % 20000}@example.com"
                    row[col["Financial Status"]] = "paid"
                    row[col["Paid at"]] = created
                    row[col["Fulfillment Status"]] = "fulfilled"
                    row[col["Accepts Marketing"]] = "yes" if orders % 3 else "no"
                    row[col["Currency"]] = "EUR"
                    row[col["Subtotal"]] = "88.88"
                    row[col["Shipping"]] = "4.9"
                    row[col["Taxes"]] = "0"
                    row[col["Total"]] = "93.78"
                    row[col["Discount Code"]] = "Bienvenue10" if orders % 7 == 0 else ""
                    row[col["Billing Name"]] = NAMES[orders % len(NAMES)]
                    row[col["Billing City"]] = CITIES[orders % len(CITIES)]
                    row[col["Billing Zip"]] = "'0812"
                    row[col["Billing Country"]] = "IT"
                    row[col["Notes"]] = "Lasciare al vicino,\ngrazie" if orders % 10 == 0 else ""
                    row[col["Id"]] = str(5277634567890 + orders)
                    row[col["Tags"]] = "vip, repeat"
                    row[col["Phone"]] = "+39 333 1234567"
                writer.writerow(row)
                written += 1
    return orders


def time_plain_csv(path: Path) -> float:
    start = time.perf_counter()
    with path.open("r", encoding="utf-8", newline="") as fh:
        for _ in csv.reader(fh):
            pass
    return time.perf_counter() - start


def time_plain_csv_and_insert(path: Path, db: Path) -> float:
    """The issue's yardstick: plain ``csv`` parsing plus a bulk insert of every row into SQLite."""
    import sqlite3

    start = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute(f"CREATE TABLE rows ({', '.join(f'c{i} TEXT' for i in range(len(SHOPIFY_79)))})")
    marks = ", ".join("?" * len(SHOPIFY_79))
    with path.open("r", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        with con:
            con.executemany(f"INSERT INTO rows VALUES ({marks})", reader)
    con.close()
    return time.perf_counter() - start


def time_parse(path: Path) -> tuple[float, int, int]:
    start = time.perf_counter()
    orders = rejected = 0
    for item in parse_orders(path):
        if isinstance(item, Rejection):
            rejected += 1
        else:
            orders += 1
    return time.perf_counter() - start, orders, rejected


def peak_memory(path: Path) -> int:
    gc.collect()
    tracemalloc.start()
    for _ in parse_orders(path):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main() -> None:
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "orders_big.csv", Path(tmp) / "orders_small.csv"
        n_orders = generate(big, lines)
        generate(small, lines // 10)
        size_mb = big.stat().st_size / 1e6
        plain = min(time_plain_csv(big) for _ in range(2))
        baseline = time_plain_csv_and_insert(big, Path(tmp) / "baseline.sqlite")
        parsed, orders, rejected = min((time_parse(big) for _ in range(2)), key=lambda r: r[0])
        print(f"file: {lines:,} lines, {n_orders:,} orders, {size_mb:.1f} MB")
        print(f"plain csv.reader: {plain:.2f} s")
        print(f"plain csv.reader + SQLite bulk insert of every row: {baseline:.2f} s")
        print(
            f"parse_orders:     {parsed:.2f} s  ({parsed / plain:.1f}x csv.reader; {orders:,} orders, {rejected} rejected)"
        )
        small_peak, big_peak = peak_memory(small), peak_memory(big)
        print(
            f"peak memory (tracemalloc): {lines // 10:,} lines {small_peak / 1024:.0f} KiB, "
            f"{lines:,} lines {big_peak / 1024:.0f} KiB"
        )


if __name__ == "__main__":
    main()
