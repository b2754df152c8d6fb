"""Backups of the shop's database, restoring one, and the nightly copy of the embedded file.

**SQLite** is copied with SQLite's online backup API in one step: in WAL mode the copy reads one consistent
snapshot while the other workstations keep writing (nobody waits for it). It is written beside the target and
renamed into place, so a half-written backup never carries the target's name.

**PostgreSQL** is dumped with ``pg_dump --format=custom`` (one consistent snapshot; the server's other sessions
keep working) and restored by running the archive's script (``pg_restore --file=-``) with ``psql
--single-transaction`` after dropping the program's tables and functions, all or nothing. The password goes
to the tools through ``PGPASSWORD``, never on their command line. Without ``pg_dump`` on the computer — or when
asked (``logical=True``, ``rimedio backup --logical``) — the backup is a logical export instead: every table in
one snapshot, in a documented zip of JSON lines (:mod:`app.services.backup_logical`), restored without any
PostgreSQL tool. Backing up needs only reading (the app role may); restoring replaces the tables and needs their
owner (the owner role) or a superuser.

A restore reads the schema revision inside the backup first: one written by a newer Rimedio is refused with the
database untouched; an older one is restored and then upgraded by the migrations, as a start would. Before a
SQLite restore, the current file is kept as ``<file>.before-restore``.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING

from sqlalchemy import text

from app.domain.permissions import Permission
from app.errors import StorageError, ValidationError
from app.services.context import ServiceContext
from app.services.database import Database
from app.store import migrate, roles
from app.store.revisions import head_revision, known_revisions

if TYPE_CHECKING:
    from sqlalchemy.pool import PoolProxiedConnection

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
ZIP_MAGIC = b"PK\x03\x04"  # a logical backup (app.services.backup_logical)
NIGHTLY_NAME = re.compile(r"^rimedio-(\d{4}-\d{2}-\d{2})\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: str
    kind: str  # "sqlite" | "pg_dump" | "logical"
    revision: str | None
    size: int


@dataclass(frozen=True)
class RestoreInfo:
    path: str
    kind: str
    revision: str | None  # the backup's
    upgraded_to: str | None  # the schema after the restore (``None``: nothing to upgrade)
    kept: str | None  # SQLite: where the file as it was before the restore is kept


def backup(ctx: ServiceContext, target: str | Path, logical: bool = False) -> BackupInfo:
    """Back the database up into ``target`` (admins); ``logical``: on PostgreSQL, the logical export even when
    ``pg_dump`` is installed."""
    ctx.require(Permission.USERS_MANAGE)
    return backup_database(ctx.db, target, logical=logical)


def restore(ctx: ServiceContext, source: str | Path) -> RestoreInfo:
    """Replace the database's content with the backup ``source`` and bring it up to date (admins)."""
    ctx.require(Permission.USERS_MANAGE)
    return restore_database(ctx.db, source)


def backup_database(db: Database, target: str | Path, logical: bool = False) -> BackupInfo:
    path = Path(target).expanduser().resolve()
    if not path.parent.is_dir():
        raise ValidationError("There is no folder {folder} to write the backup in.", folder=str(path.parent))
    if db.is_sqlite and db.url.database and path == Path(db.url.database).expanduser().resolve():
        raise ValidationError("A backup cannot be written over the database itself: choose another file.")
    partial = path.with_name(path.name + ".partial")
    try:
        if db.is_sqlite:
            _sqlite_copy(db, partial)
            kind = "sqlite"
        elif logical or not shutil.which("pg_dump"):
            from app.services import backup_logical

            backup_logical.write(db, partial)
            kind = "logical"
        else:
            _pg_dump(db, partial)
            kind = "pg_dump"
        os.replace(partial, path)
    except OSError as exc:
        raise StorageError(
            "The backup could not be written to {path}: {reason}",
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return BackupInfo(str(path), kind, migrate.current_revision(db.engine), path.stat().st_size)


def _sqlite_connection(raw: PoolProxiedConnection) -> sqlite3.Connection:
    """The sqlite3 connection under SQLAlchemy's pooled one."""
    conn = raw.driver_connection
    if not isinstance(conn, sqlite3.Connection):
        raise TypeError(f"not a SQLite connection: {conn!r}")
    return conn


def _sqlite_copy(db: Database, target: Path) -> None:
    raw = db.engine.raw_connection()
    try:
        source = _sqlite_connection(raw)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)  # one step: one snapshot, the writers go on (WAL)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            copy.close()
    finally:
        raw.close()


# --- PostgreSQL -----------------------------------------------------------------------------------------------------
def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise StorageError(
            "{tool} is not installed on this computer: install the PostgreSQL client tools "
            "(Debian/Ubuntu: sudo apt-get install postgresql-client) and try again.",
            tool=name,
        )
    return found


def _pg_env(db: Database) -> tuple[list[str], dict[str, str]]:
    """The connection as libpq options and environment (the password only in ``PGPASSWORD``)."""
    url = db.engine.url
    args = [
        "--host",
        url.host or "localhost",
        "--port",
        str(url.port or 5432),
        "--username",
        url.username or "",
    ]
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    mode = url.query.get("sslmode")
    if mode:
        env["PGSSLMODE"] = str(mode)
    return args, env


def _run(cmd: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines()
        raise StorageError(
            "{what} failed: {reason}", what=what, reason=reason[0] if reason else done.returncode
        )
    return done


def _pg_dump(db: Database, target: Path) -> None:
    args, env = _pg_env(db)
    _run(
        [
            _pg_tool("pg_dump"),
            *args,
            "--format=custom",
            "--no-owner",
            "--file",
            str(target),
            "--dbname",
            db.engine.url.database or "",
        ],
        env,
        "pg_dump",
    )


def _pg_revision(path: Path) -> str | None:
    """The schema revision recorded in a custom-format dump (its ``alembic_version`` row)."""
    done = _run(
        [_pg_tool("pg_restore"), "--data-only", "--table=alembic_version", "--file=-", str(path)],
        dict(os.environ),
        "pg_restore",
    )
    lines = done.stdout.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and i + 1 < len(lines):
            value = lines[i + 1].strip()
            return None if value == "\\." else value
    return None


# --- restore --------------------------------------------------------------------------------------------------------
def backup_kind(path: Path) -> str:
    """``sqlite``, ``pg_dump`` or ``logical`` from the file's first bytes; refuses anything else."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise ValidationError(
            "Cannot read {path}: {reason}", path=str(path), reason=exc.strerror or str(exc)
        ) from None
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PGDUMP_MAGIC):
        return "pg_dump"
    if head.startswith(ZIP_MAGIC):
        return "logical"
    raise ValidationError(
        "{path} is not a Rimedio backup (neither a SQLite file nor a pg_dump archive).", path=str(path)
    )


def backup_revision(path: Path, kind: str) -> str | None:
    if kind == "pg_dump":
        return _pg_revision(path)
    if kind == "logical":
        from app.services import backup_logical

        return backup_logical.read_manifest(path).schema
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone()
            return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] if has else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError(
            "{path} is not a Rimedio backup (SQLite says: {reason}).", path=str(path), reason=str(exc)
        ) from None


def check_restorable(revision: str | None) -> None:
    """Refuse a backup from a newer Rimedio, or one that holds no Rimedio schema at all."""
    if revision is None:
        raise ValidationError(
            "This file holds no Rimedio database (no schema revision): nothing was changed."
        )
    if revision not in known_revisions():
        raise StorageError(
            "This backup was written by a newer version of Rimedio (schema {revision}). Update "
            "Rimedio on this computer; the database was not changed.",
            revision=revision,
        )


def restore_database(db: Database, source: str | Path) -> RestoreInfo:
    path = Path(source).expanduser().resolve()
    if not path.is_file():
        raise ValidationError("There is no backup file {path}.", path=str(path))
    kind = backup_kind(path)
    if (kind == "sqlite") != db.is_sqlite:
        raise ValidationError(
            "This backup is of a {kind} database and this one is {mine}: restore it into the same kind.",
            kind="SQLite" if kind == "sqlite" else "PostgreSQL",
            mine="SQLite" if db.is_sqlite else "PostgreSQL",
        )
    revision = backup_revision(path, kind)
    check_restorable(revision)
    roles_here = None if db.is_sqlite else _roles_to_give_back(db)
    kept = None
    if kind == "sqlite":
        kept = _sqlite_restore(db, path)
    elif kind == "logical":
        from app.services import backup_logical

        backup_logical.load(db, path, backup_logical.read_manifest(path))
    else:
        _pg_restore(db, path)
    db.engine.dispose()  # pooled connections knew the old schema
    upgraded = migrate.upgrade(db.engine)
    if roles_here is not None:
        with db.engine.begin() as conn:
            roles.apply_roles(conn, *roles_here)
    return RestoreInfo(str(path), kind, revision, head_revision() if upgraded else None, kept)


def _roles_to_give_back(db: Database) -> tuple[str, str] | None:
    """The owner and app roles of a database set up by ``db roles``, when the server's administrator restores it:
    the tables the restore makes belong to whoever runs it, so they are given back to the owner (and the app role
    its rights) afterwards — or the owner could no longer upgrade the schema or restore again."""
    with db.engine.connect() as conn:
        me, superuser = conn.execute(
            text("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")
        ).one()
        owner, app = roles.recorded_roles(conn)
    return (owner, app) if superuser and owner and app and owner != me else None


def _pg_restore(db: Database, path: Path) -> None:
    """The archive replaces the program's objects in one transaction: its script (``pg_restore --file=-``)
    run by ``psql --single-transaction`` after dropping the tables and functions there now — an archive of an
    older schema lacks tables that a ``--clean`` would leave behind, and those (and the foreign keys they hold
    to the archive's tables) refused the restore. A failure anywhere rolls back everything."""
    from app.services import backup_logical

    with db.engine.connect() as conn:
        backup_logical.check_may_replace(conn)
        drops = backup_logical.drop_statements(conn)
    args, env = _pg_env(db)
    dump_tool, psql_tool = _pg_tool("pg_restore"), _pg_tool("psql")
    with tempfile.TemporaryFile() as dump_err, tempfile.TemporaryFile() as psql_err:
        psql = subprocess.Popen(
            [psql_tool, *args, "--no-psqlrc", "--quiet", "--single-transaction", "--set", "ON_ERROR_STOP=1"]
            + ["--dbname", db.engine.url.database or "", "--file=-"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=psql_err,
            env=env,
        )
        dump = subprocess.Popen(
            [dump_tool, "--no-owner", "--file=-", str(path)], stdout=subprocess.PIPE, stderr=dump_err, env=env
        )
        assert psql.stdin is not None and dump.stdout is not None
        try:
            psql.stdin.write("".join(f"{statement};\n" for statement in drops).encode())
            shutil.copyfileobj(dump.stdout, psql.stdin)
        except BrokenPipeError:
            pass  # psql stopped at an error: said below
        if dump.wait() != 0:
            psql.kill()  # no end of input, no COMMIT: the server rolls the transaction back
            psql.wait()
            raise StorageError("{what} failed: {reason}", what="pg_restore", reason=_first_line(dump_err))
        try:
            psql.stdin.close()  # the end of the script: psql commits
        except BrokenPipeError:
            pass
        if psql.wait() != 0:
            raise StorageError("{what} failed: {reason}", what="pg_restore", reason=_first_line(psql_err))


def _first_line(fh: IO[bytes]) -> str:
    fh.seek(0)
    lines = fh.read().decode(errors="replace").strip().splitlines()
    return lines[0] if lines else "?"


def _sqlite_restore(db: Database, path: Path) -> str | None:
    live = Path(db.url.database or "").expanduser().resolve()
    if live == path:
        raise ValidationError("A backup cannot be restored over itself: choose another file.")
    kept = live.with_name(live.name + ".before-restore")
    _sqlite_copy(db, kept)
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    raw = db.engine.raw_connection()
    try:
        source.backup(_sqlite_connection(raw))  # page by page into the live file, under SQLite's own locks
    except sqlite3.OperationalError as exc:
        raise StorageError(
            "The backup could not be restored: {reason} (the database was not changed).", reason=str(exc)
        ) from None
    finally:
        raw.close()
        source.close()
    return str(kept)


# --- the nightly copy of the embedded file --------------------------------------------------------------------------
def nightly_backup(db: Database, folder: str, keep_days: int) -> Path | None:
    """Today's copy of the embedded file into ``folder`` (``rimedio-YYYY-MM-DD.sqlite3``) unless it exists, and
    the copies older than ``keep_days`` removed; ``None`` when there was nothing to do (no folder set, not
    SQLite — a server has its own backups —, or today's copy already made). Today is the workstation's local
    date by the database's clock."""
    if not folder.strip() or not db.is_sqlite:
        return None
    day = db.clock.now().astimezone().date()
    where = Path(folder).expanduser()
    try:
        where.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            "Cannot create the folder {folder}: {reason}", folder=str(where), reason=exc.strerror or str(exc)
        ) from None
    target = where / f"rimedio-{day.isoformat()}.sqlite3"
    made = None
    if not target.exists():
        backup_database(db, target)
        made = target
    oldest = day - timedelta(days=max(1, keep_days) - 1)
    for old in where.iterdir():
        m = NIGHTLY_NAME.match(old.name)
        if m and date.fromisoformat(m.group(1)) < oldest:
            old.unlink(missing_ok=True)
    return made


def nightly_from_settings(db: Database) -> Path | None:
    """:func:`nightly_backup` with the shop's settings ``backup.folder`` and ``backup.keep_days``."""
    from app.services.settings import load_settings

    with db.read() as s:
        settings = load_settings(s)
    return nightly_backup(db, settings["backup.folder"], settings["backup.keep_days"])
