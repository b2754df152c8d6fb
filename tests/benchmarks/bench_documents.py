"""Prints how long the document engine takes: one voucher, a 1,000-voucher batch, and the floor to compare with.

Run: ``.venv/bin/python tests/benchmarks/bench_documents.py``. Targets: one voucher ≤ 15 ms, 1,000 vouchers in one
PDF ≤ 3 s. The floor is 1,000 pages carrying only a few lines of text in the same embedded fonts: what a page
costs before the voucher's layout and its QR code. Named bench_*.py so pytest does not collect it.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from app.documents.batch import render_batch  # noqa: E402
from app.documents.data import ShopProfile, VoucherData  # noqa: E402
from app.documents.fonts import MONO_BOLD, SANS, SANS_BOLD, register_fonts  # noqa: E402
from app.documents.layout import PageSize  # noqa: E402
from app.documents.qr import qr_matrix  # noqa: E402
from app.documents.voucher import render_voucher  # noqa: E402
from app.domain.money import Money  # noqa: E402

SHOP = ShopProfile(
    "Bottega Verde di Niccolò", ("Via Garibaldi 12", "20121 Milano MI, Italia"), "bottegaverde.example"
)


def vouchers(n: int) -> list[VoucherData]:
    return [
        VoucherData(
            f"K7QM-{i:04d}-9R",
            f"K7QM{i:04d}9R",
            Money(1000 + i, "EUR"),
            date(2026, 3, 8),
            Decimal("0.3"),
            "Ștefan Țărână",
            "ro",
        )
        for i in range(n)
    ]


def text_only_pages(n: int) -> bytes:
    buf = BytesIO()
    c = Canvas(buf, pagesize=(420, 298), pageCompression=1)
    for i in range(n):
        c.setFont(SANS_BOLD, 30)
        c.drawString(30, 220, f"{10 + i / 100:.2f} €")
        c.setFont(SANS, 10)
        c.drawString(30, 190, "Pentru Ștefan Țărână")
        c.setFont(MONO_BOLD, 20)
        c.drawString(30, 150, f"K7QM-{i:04d}-9R")
        c.showPage()
    c.save()
    return buf.getvalue()


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    register_fonts()
    one = vouchers(1)[0]
    render_voucher(one, SHOP, PageSize.A6)  # warm caches (fonts, babel data)
    batch = vouchers(1000)
    single = timed(lambda: render_voucher(one, SHOP, PageSize.A6), 50)
    print(f"one voucher (A6)            median {statistics.median(single) * 1000:7.1f} ms   target ≤ 15 ms")
    for size in (PageSize.A4, PageSize.A6):
        t = timed(lambda s=size: render_batch(batch, SHOP, s), 3)
        print(f"1,000 vouchers ({size.value:9})  best   {min(t):7.2f} s    target ≤ 3 s")
    floor = timed(lambda: text_only_pages(1000), 3)
    print(f"1,000 text-only pages       best   {min(floor):7.2f} s    (floor)")
    qr = timed(lambda: [qr_matrix(v.code_plain) for v in batch], 3)
    print(f"1,000 QR matrices (segno)   best   {min(qr):7.2f} s    (part of the batch)")


if __name__ == "__main__":
    main()
