"""Load test of a team on one PostgreSQL server (issue 17): N separate agent processes doing a day's work at once.

Run: ``.venv/bin/python tests/benchmarks/bench_team.py [--agents 30] [--seconds 60] [--think-ms 0]
[--url postgresql://postgres@127.0.0.1:5432/postgres] [--live-check module:function]``.

It makes a fresh database (``rimedio_bench_team``) with the demo shop, one supervisor for every five agents
(at least one), and starts ``--agents`` processes (each its own interpreter, its own connection pool). Agents
search, open a case, add a note, propose, resolve with a credit within and above their limit, redeem vouchers
they issued and import a small orders file; supervisors list the approvals and approve one. Each timed operation is
one thing a user does: a resolve takes the oldest case its agent opened and has not resolved (opening it was a
``new_case`` of its own); with none waiting, the agent opens one instead, counted as ``new_case``. Each process
settles its heap after logging in, as the desktop client does once its window shows (:mod:`app.heap`). Every call goes
through the services (the code the window and the commands use). Printed: operations per second and
p50/p95/p99 per operation, errors shown to users (deadlocks and serialization failures apart), calls the
services ran again after a conflict. Afterwards: ``credit check`` and ``audit verify`` whole, each process
re-reads its own writes (no lost update), no grant spent below zero and each approved request issued exactly one
grant (no double spend).

Also printed: where the machine's CPU went during the run (Linux, server on this machine): the agents' processes,
this database's PostgreSQL backends, and everything else (other users of a shared machine, the OS), from /proc.

``--live``: every process also listens to the live feed while it works; after the run each tells the conductor
what it changed, hears what all the others changed and keeps listening until its feed delivered every one of
them or ``--live-wait`` seconds (15) passed; printed: deliveries, changes missed, delay p50/p95/p99/max.
``--database``: the database the run makes (default ``rimedio_bench_team``), so two runs need not share one.

``--live-check module:function``: called as ``function(url, changes)`` after the run, with every change the
workers made (``{"kind", "id", "at"}``, ``at`` a ``time.time()`` after the commit) — the hook for the live
feed's check (every workstation received every change); it returns a dict of figures that is printed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DB_NAME = "rimedio_bench_team"
PASSWORD = "bench-team-password-2026"
#: agent operations and their weights (a day at the desk: mostly reading, some writing, a little money)
AGENT_MIX = {
    "search": 25,
    "open_case": 25,
    "add_note": 15,
    "new_case": 8,
    "propose": 8,
    "resolve_within": 8,
    "resolve_above": 4,
    "redeem": 5,
}
SUPERVISOR_MIX = {"approvals_list": 30, "approve": 30, "search": 20, "open_case": 20}
#: the first supervisor process is an admin: it also imports a small orders file now and then (admins import)
ADMIN_MIX = {**SUPERVISOR_MIX, "import": 10}


def _url(base: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(base).set(database=database).render_as_string(hide_password=False)


# --- the worker -----------------------------------------------------------------------------------------------------
class Worker:
    def __init__(self, url: str, username: str, index: int, think: float, seed: int) -> None:
        from app.services.database import open_database

        self.db = open_database(url, upgrade=False)
        self.username, self.index, self.think = username, index, think
        self.rng = random.Random(seed)
        self.ctx = self._login()
        self.samples: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.deadlocks_shown = 0
        self.messages: dict[str, int] = defaultdict(int)
        self.notes: list[tuple[int, str]] = []
        self.vouchers: list[tuple[str, int]] = []  # (code, amount minor) issued by this worker
        self.spent: dict[str, int] = defaultdict(int)
        self.requests: list[int] = []
        self.approved: list[int] = []
        self.changes: list[dict] = []
        self.my_cases: list[int] = []
        self.unresolved: list[int] = []  # cases this worker opened and has not resolved yet, oldest first
        self.orders: list[str] = self._orders()
        self.imports = 0
        self.feed_ready = False  # the live feed was listening when the run began
        self.started = 0.0  # time.time() when the current operation began
        self.live_wait = (
            15.0  # seconds a workstation keeps listening after the run for the others' last changes
        )
        self.db_time = [
            0.0,
            0,
        ]  # seconds inside the driver's execute (server work and lock waits), statements
        self.db_share: dict[str, list[float]] = defaultdict(list)
        self.statements: dict[str, list[int]] = defaultdict(list)
        self.cpu: dict[str, list[float]] = defaultdict(list)  # this process's own CPU seconds per operation
        self.chain_waits: list[float] = []  # seconds each taking of the audit chain's lock took
        self._instrument()

    def _instrument(self) -> None:
        """Time spent in the database driver per operation: what the server (and its locks) took, apart from
        this process's own Python work and waiting for a CPU."""
        from sqlalchemy import event

        started: list[float] = []

        @event.listens_for(self.db.engine, "before_cursor_execute")
        def _before(*_a) -> None:
            started.append(time.perf_counter())

        @event.listens_for(self.db.engine, "after_cursor_execute")
        def _after(_conn, _cursor, statement: str, *_a) -> None:
            if started:
                took = time.perf_counter() - started.pop()
                self.db_time[0] += took
                self.db_time[1] += 1
                if statement.startswith("SELECT pg_advisory_xact_lock"):  # the audit chain's end, taken last
                    self.chain_waits.append(took)

    def _login(self):
        from app.services import users
        from app.services.context import ServiceContext

        got = users.login(self.db, self.username, PASSWORD, record=False)
        return got if isinstance(got, ServiceContext) else ServiceContext(self.db, got)

    def _orders(self) -> list[str]:
        from sqlalchemy import select

        from app.store.models import Order

        with self.db.read() as s:
            return list(s.scalars(select(Order.number).where(Order.number.not_like("W%")).limit(500)))

    def _case_ids(self) -> list[int]:
        from app.services import cases

        return [r.id for r in cases.list_cases(self.ctx, limit=50)]

    def changed(self, kind: str, ident, case_id: int | None = None) -> None:
        """A change this worker committed: ``kind`` of the feed (``case``, ``event``) and its case, if any."""
        self.changes.append(
            {
                "kind": kind,
                "id": ident,
                "case": case_id,
                "at": time.time(),
                "started": self.started,
                "by": self.username,
            }
        )

    # the operations: each returns nothing; refusals the rules make (a RimedioError) are counted apart
    def op_search(self) -> str | None:
        from app.services import cases
        from app.services.case_rows import CaseFilter

        cases.list_cases(
            self.ctx,
            CaseFilter(search=self.rng.choice(["rossi", "bowl", "ionescu", "vase", "2101", "late", "maria"])),
            limit=50,
        )

    def op_open_case(self) -> None:
        from app.services import cases

        ids = self.my_cases[-20:] or self._case_ids()
        cases.get_case(self.ctx, self.rng.choice(ids))

    def op_add_note(self) -> str | None:
        from app.services import cases

        if not self.my_cases:
            self.op_new_case()
            return "new_case"
        case_id = self.rng.choice(self.my_cases[-20:])
        text = f"bench note {self.username} {len(self.notes)} {time.time():.6f}"
        cases.add_note(self.ctx, case_id, text)
        self.notes.append((case_id, text))
        self.changed("event", case_id, case_id)

    def op_new_case(self) -> None:
        from app.services import cases

        detail = cases.open_case(
            self.ctx,
            kind=self.rng.choice(["damaged", "wrong_item", "delay", "complaint"]),
            channel=self.rng.choice(["phone", "email", "chat"]),
            summary=f"bench case by {self.username}",
            order_number=self.rng.choice(self.orders),
            owner=self.username,
        )
        self.my_cases.append(detail.id)
        self.unresolved.append(detail.id)
        self.changed("case", detail.id, detail.id)

    def _fresh_case(self) -> int:
        self.op_new_case()
        return self.my_cases[-1]

    def op_propose(self) -> None:
        from app.services import remedies

        remedies.propose_case(
            self.ctx, self._fresh_case() if not self.my_cases else self.rng.choice(self.my_cases[-10:])
        )

    def _resolve(self, amount: str) -> str | None:
        """Resolve the oldest of this agent's cases not yet resolved; with none, open one (that is the operation
        done, counted as ``new_case``): opening a case and resolving it are two things an agent does, each
        timed as what it is."""
        from app.services import approvals

        if not self.unresolved:
            self.op_new_case()
            return "new_case"
        case_id = self.unresolved.pop(0)
        res = approvals.resolve_case(self.ctx, case_id, "goodwill_extra", amount, reason="bench")
        self.changed("case", case_id, case_id)
        if res.voucher:
            self.vouchers.append((res.voucher, int(round(float(amount) * 100))))
        if res.request_id:
            self.requests.append(res.request_id)
        return None

    def op_resolve_within(self) -> str | None:
        return self._resolve(self.rng.choice(["3.00", "4.50", "5.00"]))

    def op_resolve_above(self) -> str | None:
        return self._resolve(self.rng.choice(["30.00", "40.00"]))

    def op_redeem(self) -> str | None:
        from app.services import credit

        usable = [code for code, amount in self.vouchers if self.spent[code] + 100 <= amount]
        if not usable:  # nothing to spend yet: give some first (counted as what it is)
            return self.op_resolve_within() or "resolve_within"
        code = self.rng.choice(usable)
        order = f"W{self.index}-{len(self.spent)}-{self.rng.randrange(10**6)}"
        got = credit.redeem(self.ctx, code, order_number=order, order_total="20.00", amount="1.00")
        self.spent[code] += got.applied.minor if hasattr(got.applied, "minor") else 100
        self.changed("redeem", code)

    def op_import(self) -> None:
        from app.services import shop_import

        self.imports += 1
        path = Path(tempfile.gettempdir()) / f"bench_team_{os.getpid()}_{self.imports}.csv"
        lines = [
            "Name,Email,Financial Status,Currency,Subtotal,Shipping,Taxes,Total,Created at,Lineitem quantity,"
            "Lineitem name,Lineitem price,Lineitem sku,Billing Name"
        ]
        for i in range(3):
            number = f"W{self.index}{self.imports:04d}{i}"
            lines.append(
                f"{number},bench{self.index}_{i}@example.it,paid,EUR,20.00,0,0,20.00,"
                f"2026-11-20 10:00:00 +0100,1,Tazza,20.00,BENCH-MUG,Bench Cliente{self.index}"
            )
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        try:
            shop_import.import_orders(self.ctx, path, format="shopify")
        finally:
            path.unlink(missing_ok=True)
        self.changed("import", self.imports)

    def op_approvals_list(self) -> None:
        from app.services import approvals

        approvals.list_requests(self.ctx, limit=50)

    def op_approve(self) -> None:
        from app.services import approvals

        pending = [r for r in approvals.list_requests(self.ctx, limit=50) if r.requested_by != self.username]
        if not pending:
            return
        req = self.rng.choice(pending[:10])
        approvals.approve(self.ctx, req.id, reason="bench")
        self.approved.append(req.id)
        self.changed("case", req.id, req.case_id)

    def run(self, seconds: float, supervisor: bool, live: bool) -> dict:
        from app.errors import RimedioError, StorageError
        from app.services import retry

        recorder = None
        if live:  # this workstation's live feed, heard while it works (app.services.feed)
            from app.services import feed

            recorder = feed.Recorder(self.db).start()
            time.sleep(0.5)  # listening before the first change
            self.feed_ready = recorder.feed.connected.is_set()

        mix = (ADMIN_MIX if self.username == "super00" else SUPERVISOR_MIX) if supervisor else AGENT_MIX
        names, weights = list(mix), list(mix.values())
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            name = self.rng.choices(names, weights)[0]
            self.db_time = [0.0, 0]
            cpu = time.process_time()
            self.started = time.time()
            t = time.perf_counter()
            try:
                name = getattr(self, f"op_{name}")() or name  # an operation may turn out to be another
            except StorageError as exc:
                text = str(exc)
                if "deadlock" in text.lower() or "serializ" in text.lower() or "could not serialize" in text:
                    self.deadlocks_shown += 1
                self.errors[name] += 1
                self.messages[text[:120]] += 1
            except RimedioError as exc:  # a refusal of the rules (a conflict, a limit): counted, not an error
                self.messages["refused: " + str(exc)[:100]] += 1
            self.samples[name].append(time.perf_counter() - t)
            self.db_share[name].append(self.db_time[0])
            self.cpu[name].append(time.process_time() - cpu)
            self.statements[name].append(self.db_time[1])
            if self.think:
                time.sleep(self.think * self.rng.uniform(0.5, 1.5))
        # the conductor learns what everybody changed (and takes the run's CPU figures while all are still here)
        print(json.dumps({"changes": self.changes}), flush=True)
        everyone = json.loads(sys.stdin.readline() or "[]")
        received = self._listen_on(recorder, everyone) if recorder is not None else []
        return {
            "samples": self.samples,
            "errors": self.errors,
            "deadlocks_shown": self.deadlocks_shown,
            "received": received,
            "db_time": self.db_share,
            "statements": self.statements,
            "cpu": self.cpu,
            "chain_waits": self.chain_waits,
            "messages": self.messages,
            "lost": self.verify(),
            "retries": retry.retries_done,
            "changes": self.changes,
            "approved": self.approved,
            "feed_ready": self.feed_ready,
            "feed_reconnects": recorder.feed.reconnects if recorder is not None else 0,
        }

    def _listen_on(self, recorder, everyone: list[list]) -> list[tuple]:
        """Keep listening until every change the others made (``everyone``'s but this workstation's) has arrived
        here or ``live_wait`` seconds have passed."""
        from app.services import feed

        expected = [c for c in everyone if c[4] != self.username]
        deadline = time.perf_counter() + self.live_wait
        while time.perf_counter() < deadline:
            missing, _ = feed.heard(
                recorder.so_far(), [tuple(x[:3]) for x in expected], [x[3] for x in expected]
            )
            if not missing:
                break
            time.sleep(0.1)
        return recorder.stop()

    def verify(self) -> list[str]:
        """Re-read what this worker wrote: every note on its case, every voucher with what it spent."""
        from sqlalchemy import func, select

        from app.domain import vouchers
        from app.store.models import CaseEvent, CreditEntry, CreditGrant

        lost = []
        with self.db.read() as s:
            texts = set(
                s.scalars(select(CaseEvent.text).where(CaseEvent.text.like(f"bench note {self.username} %")))
            )
            lost += [f"note lost on case {c}: {t}" for c, t in self.notes if t not in texts]
            for code, amount in self.vouchers:
                raw = vouchers.normalise(code)
                grant = s.scalar(select(CreditGrant).where(CreditGrant.code == raw)) if raw else None
                if grant is None:
                    continue
                if grant.amount_minor != amount:
                    lost.append(f"voucher {code}: {grant.amount_minor} instead of {amount}")
                spent = -int(
                    s.scalar(
                        select(func.coalesce(func.sum(CreditEntry.amount_minor), 0)).where(
                            CreditEntry.grant_id == grant.id, CreditEntry.kind == "redeem"
                        )
                    )
                    or 0
                )
                if spent != self.spent.get(code, 0):
                    lost.append(f"voucher {code}: {spent} spent, this worker spent {self.spent.get(code, 0)}")
        return lost


def _warm() -> None:
    """Load every module the operations use before the clock starts (a workstation has them loaded)."""
    for name in (
        "app.services.cases",
        "app.services.remedies",
        "app.services.approvals",
        "app.services.credit",
        "app.services.shop_import",
        "app.services.case_rows",
        "app.domain.vouchers",
    ):
        importlib.import_module(name)


def worker_main(args: argparse.Namespace) -> None:
    _warm()
    w = Worker(args.url, args.worker, args.index, args.think_ms / 1000, seed=args.index * 7919 + 1)
    w.live_wait = args.live_wait
    from app import heap

    heap.settle()  # as the desktop client does once its window shows
    print("READY", flush=True)
    sys.stdin.readline()  # everyone starts together
    result = w.run(args.seconds, args.supervisor, args.live)
    print(json.dumps(result))


# --- the conductor --------------------------------------------------------------------------------------------------
def prepare(base: str, agents: int, supervisors: int, reuse: bool = False, database: str = "") -> str:
    from sqlalchemy import create_engine, text

    name = database or DB_NAME
    if reuse:  # the database of an earlier run, if it has the users this run needs (its data grows)
        url = _url(base, name)
        try:
            eng = create_engine(url)
            with eng.connect() as c:
                names = set(c.execute(text("SELECT username FROM users")).scalars())
            eng.dispose()
            if {f"agent{i:02d}" for i in range(agents)} | {
                f"super{i:02d}" for i in range(supervisors)
            } <= names:
                return url
        except Exception:  # noqa: BLE001 - no such database yet: make it
            pass
    admin_url = _url(base, "postgres")
    eng = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        c.execute(text(f"CREATE DATABASE {name}"))
    eng.dispose()
    url = _url(base, name)
    from app.services import demo, users
    from app.services.context import ServiceContext
    from app.services.database import open_database

    db = open_database(url)
    demo.build_demo(db)
    got = users.login(db, "admin", "admin", record=False)
    admin = got.actor if isinstance(got, ServiceContext) else got
    for i in range(agents):
        users.add_user(db, admin, f"agent{i:02d}", "agent", PASSWORD, f"Agent {i}")
    for i in range(supervisors):
        users.add_user(
            db, admin, f"super{i:02d}", "admin" if i == 0 else "supervisor", PASSWORD, f"Supervisor {i}"
        )
    db.dispose()
    return url


def _ticks(pid: int) -> int:
    """CPU clock ticks (user + system) a process has used so far; 0 when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def cpu_counters(conn, url: str, procs: list) -> dict:
    """Where the machine's CPU went so far: the workers, this database's PostgreSQL backends, the whole machine
    (busy ticks of /proc/stat: other engineers' work on a shared machine is the rest). ``conn``: a connection
    opened before the workers (a server shared by many may have no connection left to give later)."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    try:
        backends = list(
            conn.execute(
                text("SELECT pid FROM pg_stat_activity WHERE datname = :d AND pid <> pg_backend_pid()"),
                {"d": make_url(url).database},
            ).scalars()
        )
        conn.rollback()
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
        busy = sum(int(x) for x in fields) - int(fields[3]) - int(fields[4])  # all but idle and iowait
    except Exception:  # noqa: BLE001 - not Linux, or the server is elsewhere: no CPU figures
        return {}
    return {
        "workers": sum(_ticks(p.pid) for p in procs),
        "backends": {pid: _ticks(pid) for pid in backends},
        "machine": busy,
        "cores": os.cpu_count() or 1,
    }


def cpu_figures(before: dict, after: dict, seconds: float) -> str:
    if not before or not after:
        return "CPU: no figures (not Linux, or not this machine's server)"
    hz = os.sysconf("SC_CLK_TCK")
    workers = (after["workers"] - before["workers"]) / hz
    server = sum(t - before["backends"].get(pid, 0) for pid, t in after["backends"].items()) / hz
    machine = (after["machine"] - before["machine"]) / hz
    capacity = seconds * after["cores"]
    return (
        f"CPU during the run ({after['cores']} cores, {capacity:.0f} core-seconds): agents' processes "
        f"{workers:.1f} s ({workers / capacity:.0%}), this database's PostgreSQL backends {server:.1f} s "
        f"({server / capacity:.0%}), everything else on the machine (other users, the OS) "
        f"{max(0.0, machine - workers - server):.1f} s ({max(0.0, machine - workers - server) / capacity:.0%}); "
        f"idle {max(0.0, capacity - machine):.1f} s"
    )


def pct(samples: list[float], p: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(len(s) * p))] * 1000


def after_checks(url: str) -> dict:
    """The whole-database checks after the run: ledger, audit chain, no double spend."""
    from sqlalchemy import func, select

    from app.services import audit, credit, users
    from app.services.context import ServiceContext
    from app.services.database import open_database
    from app.store.models import ApprovalRequest, CreditEntry, CreditGrant

    db = open_database(url, upgrade=False)
    got = users.login(db, "admin", "admin", record=False)
    ctx = got if isinstance(got, ServiceContext) else ServiceContext(db, got)
    ledger = credit.check_ledger(ctx)
    chain = audit.verify(ctx)
    with db.read() as s:
        negative = s.execute(
            select(CreditEntry.grant_id)
            .group_by(CreditEntry.grant_id)
            .having(func.sum(CreditEntry.amount_minor) < 0)
        ).all()
        approved = s.execute(
            select(ApprovalRequest.id, ApprovalRequest.grant_id).where(ApprovalRequest.status == "approved")
        ).all()
        grants_per_request = {}
        for req_id, grant_id in approved:
            grants_per_request[req_id] = (
                s.scalar(select(func.count(CreditGrant.id)).where(CreditGrant.id == grant_id))
                if grant_id
                else 0
            )
    db.dispose()
    return {
        "credit_check": "whole" if ledger.ok else "; ".join(ledger.problems[:5]),
        "audit_verify": "whole" if chain.ok else f"broken at {chain.broken_id}: {chain.reason}",
        "audit_entries": chain.rows,
        "negative_balances": len(negative),
        "approved_without_one_grant": sum(1 for n in grants_per_request.values() if n != 1),
        "approved": len(approved),
    }


def _expected(change: dict) -> list | None:
    """A change every other workstation's feed must deliver: (kind, case, committed at, by whom)."""
    if change.get("case") is None or change["kind"] not in ("case", "event"):
        return None
    return [change["kind"], change["case"], change["at"], change["started"], change["by"]]


def live_figures(results: list[dict]) -> str:
    """Did every workstation hear every other workstation's changes, and how soon (app.services.feed.heard)."""
    from app.services import feed

    missing, delays = 0, []
    for i, r in enumerate(results):
        if not r.get("feed_ready", True):
            continue  # not listening when the run began (the server had no connection to give): said apart
        expected = [
            _expected(c)
            for j, other in enumerate(results)
            if j != i
            for c in other["changes"]
            if _expected(c)
        ]
        lost, took = feed.heard(
            [tuple(x) for x in r["received"]], [tuple(e[:3]) for e in expected], [e[3] for e in expected]
        )
        missing += len(lost)
        delays += took
    if not delays:
        return f"live feed: nothing heard ({missing} changes missed)"
    return (
        f"live feed (the workstations listening from the start): {len(delays)} deliveries, {missing} missed; delay p50 {pct(delays, 0.5):.0f} ms, "
        f"p95 {pct(delays, 0.95):.0f} ms, p99 {pct(delays, 0.99):.0f} ms, max {max(delays) * 1000:.0f} ms "
        "(from the writer's call returning to the change handed to a subscriber of another workstation's feed; "
        "0 when it arrived before that)"
    )


def conduct(args: argparse.Namespace) -> None:
    supervisors = max(1, args.agents // 5)
    agents = args.agents - supervisors if args.agents > 1 else 1
    print(f"preparing {args.database}: demo shop, {agents} agents, {supervisors} supervisors …", flush=True)
    url = prepare(args.url, agents, supervisors, args.reuse, args.database)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    watcher = create_engine(url, poolclass=NullPool).connect()  # the CPU figures' connection, taken first
    procs = []
    names = [(f"agent{i:02d}", False) for i in range(agents)] + [
        (f"super{i:02d}", True) for i in range(supervisors)
    ]
    for index, (name, sup) in enumerate(names):
        cmd = (
            [
                sys.executable,
                __file__,
                "--worker",
                name,
                "--index",
                str(index),
                "--url",
                url,
                "--seconds",
                str(args.seconds),
                "--think-ms",
                str(args.think_ms),
            ]
            + (["--supervisor"] if sup else [])
            + (["--live", "--live-wait", str(args.live_wait)] if args.live else [])
        )
        procs.append(subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env))
    for p in procs:
        line = p.stdout.readline()
        if line.strip() != "READY":
            raise SystemExit(f"a worker did not start: {line!r}")
    cpu_before = cpu_counters(watcher, url, procs)
    started = time.time()
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    results = []
    # everyone says what they changed when their time is up; with --live each then waits to have heard the others'
    changed = [json.loads(p.stdout.readline())["changes"] for p in procs]
    elapsed = time.time() - started
    cpu_after = cpu_counters(watcher, url, procs)
    watcher.close()
    everyone = json.dumps([_expected(c) for cs in changed for c in cs if _expected(c)] if args.live else [])
    for p in procs:
        p.stdin.write(everyone + "\n")
        p.stdin.flush()
    for p in procs:
        out, _ = p.communicate(timeout=args.seconds + args.live_wait + 300)
        results.append(json.loads(out.strip().splitlines()[-1]))
    samples: dict[str, list[float]] = defaultdict(list)
    db_time: dict[str, list[float]] = defaultdict(list)
    statements: dict[str, list[int]] = defaultdict(list)
    cpu: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    messages: dict[str, int] = defaultdict(int)
    for r in results:
        for k, v in r["samples"].items():
            samples[k] += v
        for k, v in r["db_time"].items():
            db_time[k] += v
        for k, v in r["statements"].items():
            statements[k] += v
        for k, v in r.get("cpu", {}).items():
            cpu[k] += v
        for k, v in r["errors"].items():
            errors[k] += v
        for k, v in r["messages"].items():
            messages[k] += v
    total = sum(len(v) for v in samples.values())
    print(
        f"\n{len(names)} processes ({agents} agents, {supervisors} supervisors), {args.seconds:.0f} s, think "
        f"{args.think_ms} ms: {total} operations, {total / elapsed:.1f} ops/s"
    )
    print(
        f"{'operation':<16}{'n':>7}{'ops/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}"
        f"{'stmts':>7}{'in db':>7}{'cpu ms':>8}"
    )
    for name in sorted(samples):
        v = samples[name]
        share = sum(db_time[name]) / sum(v) * 100 if sum(v) else 0
        print(
            f"{name:<16}{len(v):>7}{len(v) / elapsed:>8.1f}{pct(v, 0.5):>9.1f}{pct(v, 0.95):>9.1f}{pct(v, 0.99):>9.1f}"
            f"{errors.get(name, 0):>8}{statistics.median(statements[name]) if statements[name] else 0:>7.0f}"
            f"{share:>6.0f}%{statistics.median(cpu[name]) * 1000 if cpu[name] else 0:>8.1f}"
        )
    print(
        "stmts: median statements per operation; in db: share of its time inside the database driver (server "
        "work and lock waits; the rest is this process's Python and waiting for a CPU); cpu ms: median CPU time of "
        "the agent's own process per operation (Python, driver)"
    )
    every = [x for v in samples.values() for x in v]
    print(
        f"{'all':<16}{len(every):>7}{len(every) / elapsed:>8.1f}{pct(every, 0.5):>9.1f}{pct(every, 0.95):>9.1f}"
        f"{pct(every, 0.99):>9.1f}{sum(errors.values()):>8}"
    )
    print(
        f"deadlocks / serialization failures shown to users: {sum(r['deadlocks_shown'] for r in results)}; "
        f"calls run again by the services: {sum(r['retries'] for r in results)}"
    )
    for text, n in sorted(messages.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {n:>5} × {text}")
    waits = [x for r in results for x in r.get("chain_waits", [])]
    if waits:
        print(
            f"audit chain's lock (taken last, held to the commit): taken {len(waits)} times; the statement taking it "
            f"took p50 {pct(waits, 0.5):.1f} ms, p95 {pct(waits, 0.95):.1f}, p99 {pct(waits, 0.99):.1f}, "
            f"max {max(waits) * 1000:.1f} (waiting for another holder's commit, and for a CPU)"
        )
    print(cpu_figures(cpu_before, cpu_after, elapsed))
    lost = [x for r in results for x in r["lost"]]
    print(
        f"lost updates (each process re-read its own writes): {len(lost)}"
        + (f" e.g. {lost[:3]}" if lost else "")
    )
    checks = after_checks(url)
    print("after the run: " + ", ".join(f"{k} {v}" for k, v in checks.items()))
    approved = [a for r in results for a in r["approved"]]
    print(f"requests approved twice (by two supervisors): {len(approved) - len(set(approved))}")
    if args.live:
        print(live_figures(results))
        deaf = sum(1 for r in results if not r["feed_ready"])
        print(
            f"feeds not listening when the run began: {deaf} of {len(results)}; reconnections during the run: "
            f"{sum(r['feed_reconnects'] for r in results)} (the server refuses connections beyond max_connections, "
            "shared with every other database on it)"
        )
    if args.live_check:
        module, _, func = args.live_check.partition(":")
        changes = [c for r in results for c in r["changes"]]
        print("live feed:", getattr(importlib.import_module(module), func)(url, changes))
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "agents": args.agents,
                    "seconds": args.seconds,
                    "think_ms": args.think_ms,
                    "ops_per_s": total / elapsed,
                    "ops": {
                        k: {"n": len(v), "p50": pct(v, 0.5), "p95": pct(v, 0.95), "p99": pct(v, 0.99)}
                        for k, v in samples.items()
                    },
                    "deadlocks_shown": sum(r["deadlocks_shown"] for r in results),
                    "lost": len(lost),
                    **checks,
                },
                indent=1,
            )
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--agents", type=int, default=30, help="processes in all (one in five a supervisor)")
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--think-ms", type=int, default=0, help="pause between one process's operations (±50 %%)")
    ap.add_argument(
        "--url", default=os.environ.get("RIMEDIO_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
    )
    ap.add_argument(
        "--live",
        action="store_true",
        help="every process also listens to the live feed; afterwards: who missed what, and how late",
    )
    ap.add_argument(
        "--live-wait",
        type=float,
        default=15.0,
        help="after the run, each workstation listens until it heard every other's change or this many seconds",
    )
    ap.add_argument("--live-check", default="", help="module:function checking the live feed after the run")
    ap.add_argument(
        "--reuse", action="store_true", help="work on the database of an earlier run when it has the users"
    )
    ap.add_argument(
        "--database", default=DB_NAME, help="the database the run makes (dropped first) or reuses"
    )
    ap.add_argument("--json", default="", help="also write the figures to this file")
    ap.add_argument("--worker", default="", help=argparse.SUPPRESS)
    ap.add_argument("--index", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--supervisor", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker_main(args)
    else:
        conduct(args)


if __name__ == "__main__":
    main()
