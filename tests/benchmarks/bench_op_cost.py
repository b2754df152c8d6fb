"""What one agent operation costs its own process: SQL statements and CPU time per operation, alone on the machine.

Run: ``.venv/bin/python tests/benchmarks/bench_op_cost.py [--repeat 40] [--db postgresql|sqlite|both]
[--profile OP] [--top 25]``.

It prepares the team load test's database (``bench_team.prepare``: the demo shop; reused when it has the users)
or, for SQLite, a demo shop in a temporary file, logs in one agent (and one supervisor for ``approve``) in this
process and runs each operation of :mod:`bench_team` ``--repeat`` times one after the other, without think time.
Printed per operation: median statements, median and least CPU ms of this process (on a shared machine the least
is the steadier figure), median wall ms (the rest is the server and the round trips). ``--profile resolve_within`` also prints the cProfile of that operation's runs (sorted by
cumulative time, ``--top`` lines), the way to find where an operation's CPU goes.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

OPERATIONS = (
    "search",
    "open_case",
    "add_note",
    "new_case",
    "propose",
    "resolve_within",
    "resolve_above",
    "redeem",
    "approvals_list",
    "approve",
)


def _sqlite_url() -> str:
    from bench_team import PASSWORD

    from app.services import demo, users
    from app.services.context import ServiceContext
    from app.services.database import open_database

    path = Path(tempfile.mkdtemp(prefix="rimedio-opcost-")) / "rimedio.sqlite3"
    url = f"sqlite:///{path}"
    db = open_database(url)
    demo.build_demo(db)
    got = users.login(db, "admin", "admin", record=False)
    admin = got.actor if isinstance(got, ServiceContext) else got
    users.add_user(db, admin, "agent00", "agent", PASSWORD, "Agent 0")
    users.add_user(db, admin, "super00", "admin", PASSWORD, "Supervisor 0")
    db.dispose()
    return url


def measure(url: str, repeat: int, profile: str, top: int, only: list[str]) -> dict[str, dict[str, float]]:
    from bench_team import Worker, _warm

    _warm()
    agent = Worker(url, "agent00", 0, 0.0, seed=11)
    boss = Worker(url, "super00", 1, 0.0, seed=13)
    from app import heap

    heap.settle()  # as the desktop client does once its window shows
    for _ in range(3):  # warm: compiled statements, the first case of each kind
        for name in (
            "new_case",
            "add_note",
            "resolve_within",
            "resolve_above",
            "redeem",
            "search",
            "open_case",
        ):
            getattr(agent, f"op_{name}")()
    backends = _backends(url)
    figures: dict[str, dict[str, float]] = {}
    for name in only or OPERATIONS:
        worker = boss if name in ("approvals_list", "approve") else agent
        if name == "approve":  # something to approve each time
            for _ in range(repeat):
                agent.op_new_case()
                agent.op_resolve_above()
        if name in ("resolve_within", "resolve_above"):  # a case of the agent's to resolve each time
            for _ in range(repeat):
                agent.op_new_case()
        stmts, cpus, walls, servers = [], [], [], []
        prof = cProfile.Profile(time.process_time) if name == profile else None
        for _ in range(repeat):
            worker.db_time = [0.0, 0]
            server = _server_ns(backends)
            cpu, wall = time.process_time(), time.perf_counter()
            if prof is not None:
                prof.enable()
            got = getattr(worker, f"op_{name}")()
            if prof is not None:
                prof.disable()
            if got and got != name:
                continue  # it had to become another operation (nothing to spend yet): not counted
            cpus.append(time.process_time() - cpu)
            walls.append(time.perf_counter() - wall)
            servers.append((_server_ns(backends) - server) / 1e9)
            stmts.append(worker.db_time[1])
        figures[name] = {
            "n": len(stmts),
            "statements": statistics.median(stmts) if stmts else 0,
            "statements_max": max(stmts) if stmts else 0,
            "cpu_ms": statistics.median(cpus) * 1000 if cpus else 0,
            "cpu_min_ms": min(cpus) * 1000 if cpus else 0,
            "wall_ms": statistics.median(walls) * 1000 if walls else 0,
            "server_ms": statistics.median(servers) * 1000 if servers and backends else float("nan"),
        }
        if prof is not None:
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats("/app/", top)
            print(
                f"\n--- cProfile of {name} ({repeat} runs), Rimedio's own functions, cumulative ---\n{out.getvalue()}"
            )
            out = io.StringIO()
            pstats.Stats(prof, stream=out).strip_dirs().sort_stats("cumulative").print_stats(top)
            print(f"\n--- cProfile of {name} ({repeat} runs), cumulative ---\n{out.getvalue()}")
            out = io.StringIO()
            pstats.Stats(prof, stream=out).strip_dirs().sort_stats("tottime").print_stats(top)
            print(f"--- cProfile of {name}, own time ---\n{out.getvalue()}")
    agent.db.dispose()
    boss.db.dispose()
    return figures


def _backends(url: str) -> list[int]:
    """The PostgreSQL backends serving this database's connections (the workers' own, opened by now); none for
    SQLite or a server on another machine."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    if not url.startswith("postgresql"):
        return []
    eng = create_engine(url)
    try:
        with eng.connect() as c:
            pids = list(
                c.execute(
                    text("SELECT pid FROM pg_stat_activity WHERE datname = :d AND pid <> pg_backend_pid()"),
                    {"d": make_url(url).database},
                ).scalars()
            )
    finally:
        eng.dispose()
    return [pid for pid in pids if Path(f"/proc/{pid}/schedstat").exists()]


def _server_ns(backends: list[int]) -> int:
    """Nanoseconds the backends have run on a CPU so far (Linux's schedstat: exact, unlike clock ticks)."""
    total = 0
    for pid in backends:
        try:
            total += int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            pass
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--db", choices=("postgresql", "sqlite", "both"), default="postgresql")
    ap.add_argument(
        "--url", default=os.environ.get("RIMEDIO_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
    )
    ap.add_argument("--profile", default="", help="an operation whose cProfile is printed")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--reuse", action="store_true", help="the PostgreSQL database of an earlier run")
    ap.add_argument(
        "--database",
        default="rimedio_bench_opcost",
        help="the PostgreSQL database it makes (made afresh unless --reuse), so two runs need not share one",
    )
    ap.add_argument("--only", nargs="*", default=[], choices=OPERATIONS, help="measure only these")
    args = ap.parse_args()

    from tests.support.hashing import fast_password_hashing

    fast_password_hashing()  # the users this makes (a login per process is not what is measured)
    from bench_team import prepare

    for kind in ("postgresql", "sqlite") if args.db == "both" else (args.db,):
        url = (
            prepare(args.url, 1, 2, reuse=args.reuse, database=args.database)
            if kind == "postgresql"
            else _sqlite_url()
        )
        figures = measure(url, args.repeat, args.profile, args.top, args.only)
        print(f"\n{kind}: {args.repeat} runs of each operation, one process, no think time")
        print(
            f"{'operation':<16}{'stmts':>7}{'max':>5}{'cpu ms':>8}{'cpu min':>8}{'server':>8}{'wall ms':>9}"
        )
        for name, f in figures.items():
            print(
                f"{name:<16}{f['statements']:>7.0f}{f['statements_max']:>5}{f['cpu_ms']:>8.1f}{f['cpu_min_ms']:>8.1f}"
                f"{f['server_ms']:>8.1f}{f['wall_ms']:>9.1f}"
            )
        print(
            "cpu ms: this process's CPU per operation (median; cpu min: the least); server: the CPU of its "
            "PostgreSQL backends per operation (median, from /proc/<pid>/schedstat; nan for SQLite)"
        )


if __name__ == "__main__":
    main()
