"""Benchmark: documents made from the database — a case's note, its case sheet, a voucher by code, and a campaign
batch of 1,000 vouchers — on the demo shop in a temporary SQLite file. Prints the measured figures.

    .venv/bin/python tests/benchmarks/bench_printing.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain import vouchers  # noqa: E402
from app.errors import RimedioError  # noqa: E402
from app.services import cases, documents  # noqa: E402
from app.services.context import ServiceContext  # noqa: E402
from app.services.database import open_database  # noqa: E402
from app.services.demo import build_demo  # noqa: E402
from app.services.users import login  # noqa: E402
from app.store.models import CreditCampaign, CreditEntry, CreditGrant, Customer  # noqa: E402


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def report(name: str, ms: list[float]) -> None:
    print(f"{name:<44} median {statistics.median(ms):7.1f} ms   max {max(ms):7.1f} ms   (n={len(ms)})")


def _note_allowed(ctx: ServiceContext, case_id: int) -> bool:
    """A note may not promise credit that still awaits a supervisor: such demo cases are left out, not timed."""
    try:
        documents.note_document(ctx, case_id, remedy_text="x")
    except RimedioError:
        return False
    return True


def main() -> None:
    try:
        import _rl_accel  # noqa: F401

        accel = "yes"
    except ImportError:
        accel = "no"
    from tests.support.hashing import fast_password_hashing

    fast_password_hashing()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "bench.sqlite3"))
        build_demo(db, seed=5, customers=1000)
        ctx = ServiceContext(db, login(db, "agent", "agent"))
        ids = [row.id for row in cases.list_cases(ctx, limit=60) if _note_allowed(ctx, row.id)][:40]
        with db.write() as s:
            customers = [c.id for c in s.query(Customer).order_by(Customer.id).limit(1000)]
            campaign = CreditCampaign(
                name="Bench", kind="winback", amount_minor=500, currency="EUR", criteria={}
            )
            s.add(campaign)
            s.flush()
            grants = [
                CreditGrant(
                    customer_id=customers[i % len(customers)],
                    amount_minor=500,
                    currency="EUR",
                    reason="campaign",
                    campaign_id=None if i >= len(customers) else campaign.id,
                    code=vouchers.generate(),
                )
                for i in range(1000)
            ]
            s.add_all(grants)
            s.flush()
            s.add_all(
                [CreditEntry(grant_id=g.id, kind="issue", amount_minor=500, currency="EUR") for g in grants]
            )
            campaign_id, code = campaign.id, grants[0].code
            in_campaign = sum(1 for g in grants if g.campaign_id)
        print(f"rl-accel loaded: {accel}; demo shop, {len(ids)} cases, campaign of {in_campaign} vouchers")
        note = [0]

        def one_note() -> None:
            documents.note_document(ctx, ids[note[0] % len(ids)], remedy_text="we are sending the right item")
            note[0] += 1

        report("note preview (read + render, A5)", timed(one_note, 40))
        report(
            "note printed (+ printed event)",
            timed(lambda: documents.print_note(ctx, ids[0], remedy_text="x", how="printer"), 20),
        )
        report("case sheet preview (A4)", timed(lambda: documents.case_sheet_document(ctx, ids[1]), 20))
        report("voucher by code (A6)", timed(lambda: documents.voucher_document(ctx, code), 20))
        for size in ("a4", "a6"):
            ms = timed(lambda size=size: documents.batch_document(ctx, campaign_id, size=size), 3)
            report(f"campaign batch, {in_campaign} vouchers, {size.upper()}", ms)
            print(f"{'':<44} = {statistics.median(ms) / in_campaign:.2f} ms per voucher")
        db.dispose()


if __name__ == "__main__":
    main()
