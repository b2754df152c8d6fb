"""A quick start on the embedded database: the login and the inbox's first page before SQLAlchemy is loaded.

Why: importing SQLAlchemy and the ORM models costs about a quarter of a second, longer than everything else the
desktop does before its first window (issue 6 asks for the inbox painted within 3× a bare Qt start). On the
default SQLite file, a few plain ``sqlite3`` reads answer what that window needs — are there users, is this
password right, the first page of cases — while the database proper is opened in the background
(:class:`DeferredDatabase`), and every later call goes through the services as usual.

The reader only ever reads, and answers only what it is sure of: a PostgreSQL server, a file missing or of
another schema revision, a locked or unknown user, a wrong password, a filter it does not know — each gives
``None`` and the caller takes the normal path, which also records failures and brings old files up to date.
The lines it returns are built by :func:`app.services.case_rows.case_row`, like ``cases.list_cases``; a test pins
the two to the same result.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

from app.domain.business_hours import BusinessCalendar, calendar_from_settings
from app.domain.case_status import OPEN_STATUSES
from app.domain.enums import CaseKind, CaseStatus, Channel, Role
from app.domain.settings_registry import ShopSettings
from app.services import passwords
from app.services.case_rows import CaseFilter, CaseRow, case_row
from app.services.clock import SYSTEM, Clock
from app.services.context import Actor, login_actor
from app.store.revisions import head_revision

if TYPE_CHECKING:
    from app.services.database import Database

#: The inbox's sort names (``cases.SORTS``) and their columns.
SORT_COLUMNS = {
    "id": "c.id",
    "created": "c.created_at",
    "due": "c.resolution_due",
    "status": "c.status",
    "kind": "c.kind",
    "channel": "c.channel",
}

_PAGE = """
SELECT c.id, cu.first_name, cu.last_name, cu.email, o.number, u.display_name, c.kind, c.channel, c.status,
       c.summary, c.created_at, c.first_answer_due, c.resolution_due, c.amount_minor, c.currency, c.paused_at
FROM cases AS c
JOIN customers AS cu ON cu.id = c.customer_id
LEFT JOIN orders AS o ON o.id = c.order_id
LEFT JOIN users AS u ON u.id = c.owner_id
"""


def prepare(url: str = "") -> None:
    """Read the shipped schema revision on the calling thread (importing this module has loaded the rest), and
    load libpq for a PostgreSQL ``url``, so that a reader on another thread only reads and hashes."""
    head_revision()
    if postgres_conninfo(url) is not None:
        from app.services import quick_libpq

        try:
            quick_libpq._library()
        except quick_libpq.LibpqFailure:
            pass  # the reader says so, and the normal path answers


def sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///…`` URL (as :func:`app.config.database_url` writes them), else ``None``."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    path = url[len(prefix) :]
    if not path or path == ":memory:" or any(ch in path for ch in "?%#"):
        return None
    return Path(path)


def _time(value: str | datetime | None) -> datetime | None:
    """A stored UTC time (``2026-11-24 09:30:00.000000`` from SQLite, a naive datetime from PostgreSQL) as an
    aware datetime, like ``UTCDateTime``."""
    if not value:
        return None
    return _aware(value)


def _aware(value: str | datetime) -> datetime:
    """:func:`_time` of a column that is never empty."""
    return (value if isinstance(value, datetime) else datetime.fromisoformat(value)).replace(tzinfo=UTC)


#: A row as the drivers give it: the columns' values, typed by the query.
Row = tuple[Any, ...]
#: What a page read ahead is kept under (:func:`page_key`) and what it holds.
PageKey = tuple[int, CaseFilter, int, int, str, bool, bool]
Page = tuple[int | None, list[CaseRow]]


class _Cursor(Protocol):
    def fetchone(self) -> Row | None: ...

    def fetchall(self) -> list[Row]: ...


class _Connection(Protocol):
    """What the readers use of ``sqlite3``'s connection and of :class:`app.services.quick_libpq.Connection`."""

    def execute(self, sql: str, params: Sequence[object] = ..., /) -> _Cursor: ...

    def rollback(self) -> None: ...

    def close(self) -> None: ...


class QuickReader:
    """Read-only ``sqlite3`` access to an up-to-date Rimedio file: one connection, opened once (reading a file's
    schema costs more than the queries here), shared by the threads that ask under a lock; :meth:`close` it.

    :class:`PostgresQuickReader` is the same reader over libpq for a PostgreSQL server."""

    #: The driver's failures: each means "not sure", and the caller takes the normal path.
    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        self._uri = f"file:{quote(str(path))}?mode=ro"
        self._conn: _Connection | None = None
        self._lock = threading.Lock()

    @property
    def description(self) -> str:
        return f"SQLite {self.path}"

    def _sql(self, text: str) -> str:
        """The statement in the driver's placeholders (written with ``?``)."""
        return text

    def _new_connection(self) -> _Connection:
        return sqlite3.connect(self._uri, uri=True, timeout=5, check_same_thread=False)

    @classmethod
    def open(cls, url: str) -> QuickReader | None:
        """A reader when ``url`` is an existing SQLite file of this program's schema revision, else ``None``."""
        path = sqlite_path(url)
        if path is None or not path.is_file():
            return None
        return cls(path)._if_current()

    def _if_current(self) -> QuickReader | None:
        """This reader when its database is of this program's schema revision, else ``None`` (closed)."""
        try:
            with self._connect() as conn:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except self.errors:
            self.close()
            return None
        head = head_revision()
        if row is not None and head and row[0] == head:
            return self
        self.close()
        return None

    @contextmanager
    def _connect(self) -> Iterator[_Connection]:
        with self._lock:
            if self._conn is None:
                self._conn = self._new_connection()
            conn = self._conn
            try:
                yield conn
            finally:
                conn.rollback()  # no read transaction left open between calls: writers are not held back

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def has_users(self) -> bool | None:
        try:
            with self._connect() as conn:
                return conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None
        except self.errors:
            return None

    def check_login(self, username: str, password: str) -> Actor | None:
        """The user if the password is right and the account usable now; ``None`` for anything else (the normal
        login then decides, and counts the failure)."""
        try:
            with self._connect() as conn:
                row = conn.execute(
                    self._sql(
                        "SELECT id, username, display_name, role, language, password_hash, active, locked_until, "
                        "password_changed_at "
                        "FROM users WHERE lower(username) = ?"
                    ),
                    ((username or "").strip().lower(),),
                ).fetchone()
        except self.errors:
            return None
        if row is None:
            return None
        user_id, name, display_name, role, language, password_hash, active, locked_until, changed_at = row
        locked = _time(locked_until)
        if (
            not active
            or (locked is not None and locked > datetime.now(UTC))
            or role not in Role._value2member_map_
        ):
            return None
        if changed_at is None:  # a temporary password: the normal login asks for the user's own
            return None
        if not passwords.verify_password(password_hash, password or ""):  # argon2 lets go of the GIL
            return None
        return login_actor(
            user_id, name, display_name, Role(role), language, demo_only=passwords.demo_grade(password, name)
        )

    def case_page(
        self,
        actor: Actor,
        flt: CaseFilter,
        offset: int,
        limit: int,
        sort: str,
        descending: bool,
        with_total: bool,
    ) -> Page | None:
        """``cases.count_cases`` and ``cases.list_cases`` for the filters the inbox opens with; ``None`` for any
        other (a search, overdue, one customer, an unknown value) or a limit those would refuse."""
        where, params = _conditions(actor, flt)
        if where is None or sort not in SORT_COLUMNS or not 1 <= limit <= 10_000:
            return None
        clause = " WHERE " + " AND ".join(where) if where else ""
        direction = "DESC" if descending else "ASC"
        order = f"{SORT_COLUMNS[sort]} {direction}" + (f", c.id {direction}" if sort != "id" else "")
        try:
            with self._connect() as conn:
                counted = (
                    conn.execute(self._sql(f"SELECT count(*) FROM cases AS c{clause}"), params).fetchone()
                    if with_total
                    else None
                )
                total = counted[0] if counted is not None else None
                rows = conn.execute(
                    self._sql(f"{_PAGE}{clause} ORDER BY {order} LIMIT ? OFFSET ?"),
                    [*params, limit, max(0, offset)],
                ).fetchall()
                calendar = calendar_from_settings(
                    ShopSettings(dict(conn.execute("SELECT key, value FROM settings").fetchall()))
                )
        except self.errors:
            return None
        now = datetime.now(UTC)
        return total, [_line(row, now, calendar) for row in rows]


class PostgresQuickReader(QuickReader):
    """The quick reader on a PostgreSQL server (issue 17: a team's workstation starts as fast as the embedded
    file): one libpq connection in a read-only session (:mod:`app.services.quick_libpq`: psycopg's import alone
    would cost more than the embedded file's whole quick path), no SQLAlchemy. Only a password the URL or
    ``RIMEDIO_DB_PASSWORD`` gives is used (or none, on a server that trusts the workstation); anything else —
    the keyring, a prompt, TLS settings beyond the URL's — is the normal path's."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        from app.services import quick_libpq

        self.errors = (quick_libpq.LibpqFailure, UnicodeDecodeError, ValueError)
        self.url = url
        self.path = Path()
        self._conn = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, url: str) -> QuickReader | None:
        conninfo = postgres_conninfo(url)
        if conninfo is None:
            return None
        reader = cls(conninfo)
        return reader._if_current()

    @property
    def description(self) -> str:
        from urllib.parse import urlsplit

        parts = urlsplit(self.url)
        return f"PostgreSQL {parts.username or ''}@{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path}"

    def _sql(self, text: str) -> str:
        return text.replace("?", "%s")

    def _new_connection(self) -> _Connection:
        from app.services import quick_libpq

        sep = "&" if "?" in self.url else "?"
        return quick_libpq.Connection(
            f"{self.url}{sep}connect_timeout=3&application_name=rimedio-quick-start"
        )


def postgres_conninfo(url: str) -> str | None:
    """A libpq URL for a plain ``postgresql://`` or ``postgresql+psycopg://`` URL, with the password from
    ``RIMEDIO_DB_PASSWORD`` when the URL has none; ``None`` for anything else."""
    import os
    from urllib.parse import urlsplit, urlunsplit

    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            rest = url[len(prefix) :]
            break
    else:
        return None
    parts = urlsplit("postgresql://" + rest)
    password = os.environ.get("RIMEDIO_DB_PASSWORD")
    if parts.password is None and password and parts.username:
        netloc = f"{quote(parts.username, safe='')}:{quote(password, safe='')}@{parts.hostname or ''}"
        if parts.port:
            netloc += f":{parts.port}"
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts)


def open_reader(url: str) -> QuickReader | None:
    """The quick reader for ``url`` (an SQLite file or a PostgreSQL server) when it is sure to answer right."""
    if postgres_conninfo(url) is not None:
        return PostgresQuickReader.open(url)
    return QuickReader.open(url)


def _conditions(actor: Actor, flt: CaseFilter) -> tuple[list[str] | None, list[Any]]:
    """The WHERE of ``cases.listing._filtered`` for the plain filters; ``None`` for what only the services answer."""
    if flt.search.strip() or flt.overdue or flt.customer_id is not None:
        return None, []
    where: list[str] = []
    params: list[Any] = []

    def among(column: str, values: list[str]) -> None:
        where.append(f"{column} IN ({', '.join('?' * len(values))})")
        params.extend(values)

    vocabularies = (
        (flt.statuses, CaseStatus, "c.status"),
        (flt.kinds, CaseKind, "c.kind"),
        (flt.channels, Channel, "c.channel"),
    )
    for chosen, enum_cls, column in vocabularies:
        if chosen:
            values = [str(v).strip().lower() for v in chosen]
            if any(v not in enum_cls._value2member_map_ for v in values):
                return None, []  # the service says what is wrong with it
            among(column, values)
    if flt.open_only:
        among("c.status", [s.value for s in OPEN_STATUSES])
    if flt.mine:
        where.append("c.owner_id = ?")
        params.append(actor.id)
    if flt.unassigned:
        where.append("c.owner_id IS NULL")
    return where, params


def _line(row: Row, now: datetime, calendar: BusinessCalendar) -> CaseRow:
    (
        case_id,
        first,
        last,
        email,
        number,
        owner,
        kind,
        channel,
        status,
        summary,
        created,
        first_due,
        resolution_due,
        amount_minor,
        currency,
        paused_at,
    ) = row
    return case_row(
        id=case_id,
        first_name=first,
        last_name=last,
        email=email,
        order_number=number,
        kind=kind,
        channel=channel,
        status=status,
        owner=owner,
        summary=summary,
        created_at=_aware(created),
        first_answer_due=_time(first_due),
        resolution_due=_time(resolution_due),
        amount_minor=amount_minor,
        currency=currency,
        now=now,
        paused_at=_time(paused_at),
        calendar=calendar,
    )


def page_key(
    actor: Actor, flt: CaseFilter, offset: int, limit: int, sort: str, descending: bool, with_total: bool
) -> PageKey:
    """What a page read ahead is kept under: everything that decides its rows."""
    return actor.id, flt, offset, limit, sort, descending, with_total


class DeferredDatabase:
    """The session's database, opened (SQLAlchemy, schema check) by the first service that uses it — on a worker
    thread, normally the start-up's own warm-up right after the first window is painted. Until then
    :meth:`quick_case_page` answers the inbox from the :class:`QuickReader`. Everything else is the real
    :class:`~app.services.database.Database`'s, reached through attribute access."""

    def __init__(
        self,
        url: str,
        reader: QuickReader,
        prefetched: dict[PageKey, Page] | None = None,
        clock: Clock = SYSTEM,
    ) -> None:
        self.url_text = url
        self.clock = clock  # known before the database opens: a context made meanwhile needs no database
        self.reader = reader
        self._prefetched = dict(prefetched or {})
        self.description = reader.description
        self.dialect = reader.dialect
        self.is_sqlite = reader.dialect == "sqlite"
        self._db: Database | None = None
        self._lock = threading.Lock()

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def opened(self) -> Database:
        """The real database, opened once (thread-safe: a second caller waits for the first)."""
        if self._db is None:
            with self._lock:
                if self._db is None:
                    from app.services.database import open_database

                    self._db = open_database(self.url_text, clock=self.clock)
                    self.reader.close()  # the services answer from now on
        return self._db

    def quick_case_page(
        self,
        actor: Actor,
        flt: CaseFilter,
        offset: int,
        limit: int,
        sort: str,
        descending: bool,
        with_total: bool,
    ) -> Page | None:
        if self._db is not None:
            return None  # the services are loaded now: they answer
        return self.reader.case_page(actor, flt, offset, limit, sort, descending, with_total)

    def take_prefetched_case_page(
        self,
        actor: Actor,
        flt: CaseFilter,
        offset: int,
        limit: int,
        sort: str,
        descending: bool,
        with_total: bool,
    ) -> Page | None:
        """The page read ahead at start-up for exactly this request, once (see :func:`page_key`); else ``None``."""
        return self._prefetched.pop(page_key(actor, flt, offset, limit, sort, descending, with_total), None)

    def dispose(self) -> None:
        self.reader.close()
        if self._db is not None:
            self._db.dispose()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.opened(), name)
