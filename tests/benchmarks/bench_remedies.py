"""Benchmark: proposals for one case, without the database. Target: median ≤ 2 ms.

Run with ``.venv/bin/python tests/benchmarks/bench_remedies.py``; prints the median and 95th percentile per
case over a mix of kinds, segments, languages and seasons. Not a pytest test (named bench_*.py on purpose).
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain.enums import CaseKind, CustomerWants  # noqa: E402
from app.domain.money import Money  # noqa: E402
from app.domain.remedies import AffectedLine, CaseFacts, CustomerProfile, Segment, propose  # noqa: E402

TARGET_MS = 2.0


def workload() -> list[tuple[CaseFacts, CustomerProfile, date, str]]:
    cases = []
    langs = ("en", "it", "ro")
    for i, kind in enumerate(CaseKind):
        for j, segment in enumerate(Segment):
            for k, wants in enumerate(CustomerWants):
                price = (1290, 3000, 8990, 45000)[(i + j + k) % 4]
                lines = tuple(
                    AffectedLine(
                        f"SKU-{n}", f"Articolo Niccolò {n}", 1 + n % 2, Money(price + n * 100, "EUR")
                    )
                    for n in range(1 + (j % 3))
                )
                peak = (i + k) % 2 == 0
                facts = CaseFacts(
                    kind=kind,
                    lines=lines,
                    wants=wants,
                    order_date=date(2024, 12, 10) if peak else date(2024, 5, 2),
                    delivered_date=date(2024, 12, 27) if peak else date(2024, 5, 9),
                    shipping_paid=Money(490, "EUR"),
                )
                today = date(2024, 12, 28) if peak else date(2024, 5, 10)
                cases.append((facts, CustomerProfile(segment, flagged=(j + k) % 7 == 0), today, langs[k % 3]))
    return cases


def main() -> None:
    cases = workload()
    for facts, profile, today, lang in cases:  # warm caches (catalogs, Babel)
        propose(facts, profile, today=today, lang=lang)
    timings = []
    for _round in range(20):
        for facts, profile, today, lang in cases:
            start = time.perf_counter()
            propose(facts, profile, today=today, lang=lang)
            timings.append((time.perf_counter() - start) * 1000)
    median = statistics.median(timings)
    p95 = statistics.quantiles(timings, n=20)[-1]
    verdict = "OK" if median <= TARGET_MS else "TOO SLOW"
    print(
        f"remedy proposals for one case: median {median:.3f} ms, p95 {p95:.3f} ms over {len(timings)} runs "
        f"({len(cases)} distinct cases) — target ≤ {TARGET_MS} ms: {verdict}"
    )


if __name__ == "__main__":
    main()
