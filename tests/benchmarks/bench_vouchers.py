"""How long voucher codes take to make, show and read back: ``python tests/benchmarks/bench_vouchers.py``.

A script, not a test (pytest collects ``test_*.py`` only); it prints timings and never fails on them.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain.vouchers import export_form, format_code, generate, is_valid, parse  # noqa: E402

N = 100_000


def timed(label: str, fn) -> object:
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    print(f"{label:<38} {seconds * 1000:8.1f} ms  {seconds / N * 1e6:6.2f} µs each")
    return result


def main() -> None:
    codes = timed(f"generate {N:,}", lambda: [generate() for _ in range(N)])
    grouped = timed(f"format_code {N:,}", lambda: [format_code(c) for c in codes])
    exported = timed(f"export_form {N:,}", lambda: [export_form(c) for c in codes])
    back = timed(f"parse grouped {N:,}", lambda: [parse(t) for t in grouped])
    timed(f"parse exported {N:,}", lambda: [parse(t) for t in exported])
    timed(
        f"parse lower case with spaces {N:,}", lambda: [parse(t.lower().replace("-", " ")) for t in grouped]
    )
    typos = [c[:3] + ("0" if c[3] != "0" else "1") + c[4:] for c in codes]
    caught = timed(f"is_valid on typos {N:,}", lambda: sum(not is_valid(t) for t in typos))
    assert back == codes and caught == N
    print(f"distinct codes: {len(set(codes)):,} of {N:,}")


if __name__ == "__main__":
    main()
