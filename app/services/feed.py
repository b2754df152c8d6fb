"""The change feed: what other workstations (and this one) committed, delivered to subscribers within a second.

Why one service: the inbox, the open case, the badges and the notifications all want to know "what changed, on
which case, by whom" — and a load test wants to check that every workstation heard every change. The database
tells (triggers on every path, :mod:`app.store.live_triggers`); this module listens, off the caller's thread:

* **PostgreSQL**: a dedicated psycopg connection ``LISTEN``\\s on ``rimedio_live`` (never a pooled one, never
  the GUI thread). If the server goes away the listener reconnects by itself (0.2 s, then doubling up to 5 s) and
  delivers a :data:`RESYNC` change: whatever happened while it was away is unknown, so subscribers re-read.
* **SQLite**: a dedicated ``sqlite3`` connection asks ``PRAGMA data_version`` every :data:`SQLITE_POLL_S` — a
  counter in shared memory that moves when another connection commits, so no page is read while nothing
  changed — and only then reads the ``change_log`` rows after the last one it saw.

Use (no Qt here; :mod:`ui.live` adapts it for the window)::

    from app.services import feed

    with feed.open_feed(db) as changes:          # listening from here on
        ...                                      # other processes write
        for change in changes.iterate(timeout=2.0):   # blocks up to 2 s for each next change
            print(change.kind, change.case_id, change.actor_id, change.received)

or ``changes.subscribe(callback)`` (called on the feed's thread with each list of changes that arrived
together; returns a function that unsubscribes). A load test's workstation records what it heard with
:class:`Recorder` and compares it with what the others wrote (:func:`heard`)::

    recorder = feed.Recorder(db).start()         # in each worker, before it starts working
    ...
    received = recorder.stop()                   # [(kind, case_id, customer_id, actor_id, received), ...]
    missing, delays = feed.heard(received, [("event", case_id, committed_at), ...])
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.store.live_triggers import CHANNEL

if TYPE_CHECKING:
    from app.services.database import Database

log = logging.getLogger(__name__)

SQLITE_POLL_S = 0.25
RECONNECT_FIRST_S = 0.2
RECONNECT_MAX_S = 5.0
#: The listener's name on the server (``pg_stat_activity``).
APPLICATION_NAME = "rimedio-feed"
#: The kind of the change delivered after the feed lost its connection and got it back: re-read everything.
RESYNC = "resync"
KINDS = ("case", "event", "approval", "credit", "presence", "notify", RESYNC)


@dataclass(frozen=True, slots=True)
class Change:
    """One committed change: its kind (see :data:`KINDS`), the case, customer and acting user it concerns (any may
    be ``None``), and when this process received it (``time.time()``)."""

    kind: str
    case_id: int | None = None
    customer_id: int | None = None
    actor_id: int | None = None
    received: float = field(default=0.0, compare=False)

    @classmethod
    def parse(cls, payload: str, received: float) -> Change:
        """``kind:case:customer:actor`` as the PostgreSQL trigger sends it (empty parts are ``None``)."""
        parts = (payload.split(":") + ["", "", ""])[:4]

        def number(text: str) -> int | None:
            return int(text) if text.strip().lstrip("-").isdigit() else None

        return cls(parts[0], number(parts[1]), number(parts[2]), number(parts[3]), received)


Subscriber = Callable[[list[Change]], None]
#: A change as :class:`Recorder` keeps it: kind, case, customer, acting user, when received.
Heard = tuple[str, int | None, int | None, int | None, float]


class ChangeFeed:
    """Listens on its own thread from :meth:`start` to :meth:`stop`; hands each batch of changes to subscribers."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = threading.Event()  # set while listening (tests and the status bar)
        self.reconnects = 0

    # --- subscribing -----------------------------------------------------------------------------------------
    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """``callback(changes)`` on the feed's thread for every batch; returns the function that unsubscribes."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def iterate(self, timeout: float | None = None) -> Iterator[Change]:
        """Every change from now on, one by one; stops when none arrived for ``timeout`` seconds (``None``: never)
        or the feed stopped."""
        inbox: queue.Queue[Change | None] = queue.Queue()

        def put_all(changes: list[Change]) -> None:
            for c in changes:
                inbox.put(c)

        unsubscribe = self.subscribe(put_all)
        try:
            while not self._stop.is_set():
                try:
                    change = inbox.get(timeout=timeout)
                except queue.Empty:
                    return
                if change is not None:
                    yield change
        finally:
            unsubscribe()

    def _deliver(self, changes: list[Change]) -> None:
        if not changes:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(changes)
            except Exception:  # noqa: BLE001 - one subscriber's bug must not stop the others' feed
                log.exception("change feed subscriber failed")

    # --- running ---------------------------------------------------------------------------------------------
    def start(self, wait: float = 5.0) -> ChangeFeed:
        """Start listening; returns once listening, or after ``wait`` seconds (the database may be away: the feed
        keeps trying; ``wait=0`` returns at once, as the window does)."""
        if self._thread is None:
            target = self._run_sqlite if self.db.is_sqlite else self._run_postgres
            self._thread = threading.Thread(target=target, name="rimedio-change-feed", daemon=True)
            self._thread.start()
            if wait > 0:
                self.connected.wait(wait)
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3.0)
            self._thread = None

    def __enter__(self) -> ChangeFeed:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def _pause(self, seconds: float) -> None:
        self._stop.wait(seconds)

    # --- PostgreSQL ------------------------------------------------------------------------------------------
    def _conninfo(self) -> str:
        return self.db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)

    def _run_postgres(self) -> None:
        import psycopg

        delay = RECONNECT_FIRST_S
        first = True
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    self._conninfo(), autocommit=True, connect_timeout=5, application_name=APPLICATION_NAME
                ) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.connected.set()
                    delay = RECONNECT_FIRST_S
                    if not first:
                        self.reconnects += 1
                        self._deliver([Change(RESYNC, received=time.time())])
                    first = False
                    while not self._stop.is_set():
                        # handed on as soon as they arrive (with those that came in the same packet), not
                        # gathered for the whole wait: a busy team's changes reach the screens at once
                        batch = [
                            Change.parse(n.payload, time.time())
                            for n in conn.notifies(timeout=0.5, stop_after=1)
                        ]
                        if batch:
                            self._deliver(batch)
                        else:
                            conn.execute("SELECT 1")  # notices a server that went away while all was quiet
            except psycopg.Error as exc:
                self.connected.clear()
                if self._stop.is_set():
                    return
                log.info(
                    "change feed: connection lost (%s); trying again in %.1f s",
                    str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__,
                    delay,
                )
                self._pause(delay)
                delay = min(delay * 2, RECONNECT_MAX_S)
        self.connected.clear()

    # --- SQLite ----------------------------------------------------------------------------------------------
    def _run_sqlite(self) -> None:
        from urllib.parse import quote

        path = self.db.engine.url.database or ""
        conn = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True, timeout=5, check_same_thread=False)
        try:
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            last = conn.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0]
            conn.rollback()
            self.connected.set()
            while not self._stop.is_set():
                self._pause(SQLITE_POLL_S)
                try:
                    now_version = conn.execute("PRAGMA data_version").fetchone()[0]
                    if now_version == version:
                        continue
                    version = now_version
                    rows = conn.execute(
                        "SELECT id, kind, case_id, customer_id, actor_id FROM change_log "
                        "WHERE id > ? ORDER BY id",
                        (last,),
                    ).fetchall()
                    conn.rollback()  # no read transaction left open: writers are never held back
                except sqlite3.Error as exc:
                    log.info("change feed: %s", exc)
                    continue
                if rows:
                    last = rows[-1][0]
                    received = time.time()
                    self._deliver(
                        [
                            Change(kind, case, customer, actor, received)
                            for _id, kind, case, customer, actor in rows
                        ]
                    )
        finally:
            self.connected.clear()
            conn.close()


class Recorder:
    """Everything a feed delivers, kept in order (for load tests and diagnostics): :meth:`start`, then
    :meth:`stop` returns the changes as plain tuples (picklable, JSON-able)."""

    def __init__(self, db: Database) -> None:
        self.feed = ChangeFeed(db)
        self.changes: list[Change] = []
        self._lock = threading.Lock()
        self.feed.subscribe(self._keep)

    def _keep(self, changes: list[Change]) -> None:
        with self._lock:
            self.changes.extend(changes)

    def start(self, wait: float = 5.0) -> Recorder:
        self.feed.start(wait)
        return self

    def so_far(self) -> list[Heard]:
        """What arrived until now, as :meth:`stop` returns it (the recorder keeps listening)."""
        with self._lock:
            return [(c.kind, c.case_id, c.customer_id, c.actor_id, c.received) for c in self.changes]

    def stop(self) -> list[Heard]:
        self.feed.stop()
        return self.so_far()


def heard(
    received: list[Heard], expected: list[tuple[str, int, float]], started: list[float] | None = None
) -> tuple[list[tuple[str, int, float]], list[float]]:
    """Which of the ``expected`` changes (kind, case id, time of commit) a workstation never heard, and how long
    each one it heard took (seconds from the commit to the first matching change received after it).

    ``started``: when the writer began each call (``time.time()``, in the order of ``expected``). The time of
    commit a writer notes is taken after its call returned; on a busy machine the change may reach another
    workstation before that, so a change heard after the call began counts, with no delay."""
    by_key: dict[tuple[str, int | None], list[float]] = {}
    for kind, case_id, _customer, _actor, at in received:
        by_key.setdefault((kind, case_id), []).append(at)
    missing: list[tuple[str, int, float]] = []
    delays: list[float] = []
    for i, (kind, case_id, committed) in enumerate(expected):
        earliest = min(committed, started[i]) if started is not None else committed
        times = [t for t in by_key.get((kind, case_id), []) if t >= earliest - 0.05]
        if times:
            delays.append(max(0.0, min(times) - committed))
        else:
            missing.append((kind, case_id, committed))
    return missing, delays


def open_feed(db: Database) -> ChangeFeed:
    """A feed on ``db``, not yet started: ``with open_feed(db) as changes:`` or ``.start()`` / ``.stop()``."""
    return ChangeFeed(db)
