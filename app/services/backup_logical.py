"""A PostgreSQL backup without ``pg_dump``: a consistent logical export of every table, and loading one back.

Used by ``rimedio backup FILE`` when ``pg_dump`` is not installed on the computer, or asked for with
``--logical``; ``rimedio restore FILE`` recognises it by its content.

**Format** (``rimedio-logical``, version 1): a zip archive holding

- ``manifest.json``: ``{"format": "rimedio-logical", "version": 1, "schema": "<alembic revision>",
  "written": "<ISO time with zone>", "server": "<PostgreSQL version>", "tables": [...], "sequences": [...]}``;
  ``tables`` lists every table of the ``public`` schema in dependency order (a table after those it refers to),
  each as ``{"name", "file", "rows", "columns": [{"name", "type"}]}`` with PostgreSQL's type name;
  ``sequences`` each as ``{"table", "column", "last_value"}``;
- ``tables/<name>.jsonl``: one JSON array per row, the values in the order of ``columns``. Integers, text,
  booleans and JSON are written as they are; ``numeric`` (money is integer minor units, any other decimal)
  as a string of its exact digits; timestamps as ISO 8601 with their zone (the program's zone-less columns
  hold UTC and are written with ``+00:00``); dates as ISO; ``bytea`` as base64.

**Writing** reads every table in one ``SERIALIZABLE READ ONLY DEFERRABLE`` transaction: one snapshot, taken
when no other transaction can make it inconsistent, without blocking or failing anyone (the server's other
sessions keep working). It needs only ``SELECT`` on the tables and sequences: the workstations' login (the
app role of ``rimedio db roles``) may write it.

**Loading** happens in one transaction, all or nothing: the program's tables, functions and triggers in
``public`` are dropped, the schema is created at the backup's revision by the migrations, the rows are loaded
table by table, each sequence set past the ids in use, and the count of every table compared with the
manifest. The ledger's guards (append-only and no-TRUNCATE triggers) and the reports' counting triggers are
switched off *for the load only* — as ``pg_restore`` loads data before it creates triggers — and switched back
on before the commit, and the restore checks that every trigger is on again: no other session ever sees them
off. This needs the owner of the schema (the owner role of ``rimedio db roles``) or a superuser; the app role
is refused before anything is touched. A newer format or schema is refused untouched; an older schema is
upgraded by the migrations after the load (:func:`app.services.backup.restore_database`).
"""

from __future__ import annotations

import base64
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import Connection, text

from app.errors import StorageError, ValidationError
from app.services.database import Database

if TYPE_CHECKING:
    import psycopg

FORMAT = "rimedio-logical"
VERSION = 1
ZIP_MAGIC = b"PK\x03\x04"
MANIFEST = "manifest.json"
_BATCH = 2000


@dataclass(frozen=True)
class Manifest:
    version: int
    schema: str | None
    tables: list[dict[str, Any]]
    sequences: list[dict[str, Any]]


# --- values ---------------------------------------------------------------------------------------------------------
def encode(value: Any) -> Any:
    """A column value as JSON (see the module's format)."""
    if value is None or isinstance(value, (bool, int, str, float, dict, list)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, UUID):
        return str(value)
    raise TypeError(f"no logical-backup encoding for {type(value).__name__}")


def decoder(pg_type: str) -> Callable[[object], object] | None:
    """The function that turns a JSON value back into what the column of ``pg_type`` holds."""
    from psycopg.types.json import Json, Jsonb

    def timestamp(v: str) -> datetime:
        moment = datetime.fromisoformat(v)
        return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment

    table: dict[str, Callable[[Any], object]] = {  # each takes the JSON value written for the type
        "numeric": Decimal,
        "timestamp without time zone": timestamp,
        "timestamp with time zone": datetime.fromisoformat,
        "date": date.fromisoformat,
        "time without time zone": time.fromisoformat,
        "bytea": base64.b64decode,
        "json": Json,
        "jsonb": Jsonb,
        "uuid": UUID,
    }
    convert = table.get(pg_type)
    if convert is None:
        return None
    return lambda v: None if v is None else convert(v)


# --- the catalogue --------------------------------------------------------------------------------------------------
def _tables_in_order(conn: Connection) -> list[str]:
    """Every table of ``public``, each after the tables its foreign keys point at (then by name)."""
    names = [
        r[0]
        for r in conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
        )
    ]
    needs: dict[str, set[str]] = {n: set() for n in names}
    for child, parent in conn.execute(
        text(
            "SELECT c.relname, p.relname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
            "JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE k.contype = 'f' AND n.nspname = 'public' AND k.conrelid <> k.confrelid"
        )
    ).all():
        if child in needs and parent in needs:
            needs[child].add(parent)
    ordered: list[str] = []
    while needs:
        ready = sorted(n for n, deps in needs.items() if not deps - set(ordered))
        if not ready:
            raise StorageError(
                "The tables {tables} refer to each other in a circle: no order to load them in.",
                tables=", ".join(sorted(needs)),
            )
        for n in ready:
            ordered.append(n)
            del needs[n]
    return ordered


def _columns(conn: Connection, table: str) -> list[dict[str, str]]:
    return [
        {"name": name, "type": data_type}
        for name, data_type in conn.execute(
            text(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' "
                "AND table_name = :t AND is_generated = 'NEVER' ORDER BY ordinal_position"
            ),
            {"t": table},
        ).all()
    ]


def _primary_key(conn: Connection, table: str) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            text(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = CAST(:t AS regclass) AND i.indisprimary "
                "ORDER BY array_position(i.indkey, a.attnum)"
            ),
            {"t": _q(table)},
        )
    ]


def _owned_sequences(conn: Connection) -> list[tuple[str, str, str]]:
    """(sequence, table, column) for every sequence a column of ``public`` takes its ids from."""
    return [
        (r[0], r[1], r[2])
        for r in conn.execute(
            text(
                "SELECT s.relname, t.relname, a.attname FROM pg_class s "
                "JOIN pg_namespace n ON n.oid = s.relnamespace "
                "JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass "
                "AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
                "JOIN pg_class t ON t.oid = d.refobjid "
                "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid "
                "WHERE s.relkind = 'S' AND n.nspname = 'public' ORDER BY t.relname, a.attname"
            )
        ).all()
    ]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# --- writing --------------------------------------------------------------------------------------------------------
def write(db: Database, target: Path) -> str | None:
    """The logical export of the whole database into ``target``; returns the schema revision it holds."""
    tables: list[dict[str, Any]] = []
    sequences: list[dict[str, Any]] = []
    revision = None
    with (
        db.engine.connect().execution_options(
            isolation_level="SERIALIZABLE", postgresql_readonly=True, postgresql_deferrable=True
        ) as conn,
        zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive,
    ):
        with conn.begin():
            server = conn.execute(text("SHOW server_version")).scalar()
            for name in _tables_in_order(conn):
                columns = _columns(conn, name)
                if name == "alembic_version":
                    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                entry: dict[str, Any] = {
                    "name": name,
                    "file": f"tables/{name}.jsonl",
                    "rows": 0,
                    "columns": columns,
                }
                # ids in order: a parent row before the rows that refer to it
                order = ", ".join(_q(c) for c in _primary_key(conn, name)) or "1"
                result = conn.execution_options(stream_results=True, yield_per=_BATCH).exec_driver_sql(
                    f"SELECT {', '.join(_q(c['name']) for c in columns)} FROM {_q(name)} ORDER BY {order}"
                )
                with archive.open(entry["file"], "w", force_zip64=True) as out:
                    for row in result:
                        out.write(json.dumps([encode(v) for v in row], ensure_ascii=False).encode() + b"\n")
                        entry["rows"] += 1
                tables.append(entry)
            for seq, table, column in _owned_sequences(conn):
                last, called = conn.execute(text(f"SELECT last_value, is_called FROM {_q(seq)}")).one()
                sequences.append({"table": table, "column": column, "last_value": int(last) if called else 0})
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "schema": revision,
            "written": db.clock.now().isoformat(timespec="seconds"),
            "server": server,
            "tables": tables,
            "sequences": sequences,
        }
        archive.writestr(MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False))
    return revision


# --- reading --------------------------------------------------------------------------------------------------------
def read_manifest(path: Path) -> Manifest:
    """The manifest of a logical backup; refuses a zip that is not one, or one of a newer format."""
    try:
        with zipfile.ZipFile(path) as archive:
            raw = json.loads(archive.read(MANIFEST))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise ValidationError(
            "{path} is not a Rimedio backup (a zip archive without a Rimedio manifest).", path=str(path)
        ) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ValidationError(
            "{path} is not a Rimedio backup (a zip archive without a Rimedio manifest).", path=str(path)
        )
    version = int(raw.get("version") or 0)
    if version > VERSION:
        raise StorageError(
            "This backup was written by a newer version of Rimedio (logical format {version}). Update "
            "Rimedio on this computer; the database was not changed.",
            version=version,
        )
    return Manifest(
        version, raw.get("schema"), list(raw.get("tables") or []), list(raw.get("sequences") or [])
    )


def _rows(archive: zipfile.ZipFile, member: str) -> Iterator[list[Any]]:
    with archive.open(member) as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


# --- loading --------------------------------------------------------------------------------------------------------
def check_may_replace(conn: Connection) -> None:
    """Refuse (before anything is touched) a login that may not drop and create the program's tables."""
    user, superuser = conn.execute(
        text("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")
    ).one()
    if superuser:
        return
    foreign = conn.execute(
        text(
            "SELECT min(tableowner) FROM pg_tables WHERE schemaname = 'public' "
            "AND NOT pg_has_role(current_user, tableowner, 'USAGE')"
        )
    ).scalar()
    may_create = conn.execute(text("SELECT has_schema_privilege('public', 'CREATE')")).scalar()
    if foreign or not may_create:
        raise ValidationError(
            "Restoring replaces the tables, which only their owner may do: restore as the owner role "
            "({owner}) or as the server's administrator; {user} may only back up. The database was not "
            "changed.",
            owner=foreign or "—",
            user=user,
        )


def drop_statements(conn: Connection) -> list[str]:
    """What drops the program's tables (with their sequences and triggers) and functions; extensions stay.
    The pg_dump restore runs them too, before the archive, in the same transaction."""
    tables = [r[0] for r in conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))]
    statements = ["DROP TABLE " + ", ".join(f"public.{_q(t)}" for t in tables) + " CASCADE"] if tables else []
    for (signature,) in conn.execute(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid "
            "AND d.deptype = 'e')"
        )
    ).all():
        statements.append(f"DROP FUNCTION IF EXISTS public.{signature} CASCADE")
    return statements


def _drop_program_objects(conn: Connection) -> None:
    for statement in drop_statements(conn):
        conn.execute(text(statement))


def _create_schema(conn: Connection, revision: str) -> None:
    from alembic import command

    from app.store import migrate

    cfg = migrate.alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def _set_triggers(conn: Connection, tables: list[str], on: bool) -> None:
    for table in tables:
        conn.execute(text(f"ALTER TABLE {_q(table)} {'ENABLE' if on else 'DISABLE'} TRIGGER USER"))


def load(db: Database, path: Path, manifest: Manifest) -> None:
    """Replace the database's content with the logical backup at ``path`` (at the backup's own revision)."""
    assert manifest.schema is not None
    with db.engine.begin() as conn:
        check_may_replace(conn)
        conn.execute(text("SET LOCAL lock_timeout = '30s'"))
        _drop_program_objects(conn)
        _create_schema(conn, manifest.schema)
        present = _tables_in_order(conn)
        wanted = [t["name"] for t in manifest.tables]
        if set(present) != set(wanted):
            raise ValidationError(
                "This backup does not match its own schema {revision} (tables {tables}): the database was "
                "not changed.",
                revision=manifest.schema,
                tables=", ".join(sorted(set(present) ^ set(wanted))),
            )
        _set_triggers(
            conn, present, on=False
        )  # for the load only: switched back on below, in this transaction
        for table in reversed(present):  # what the migrations seeded goes: the backup's rows replace it
            conn.execute(text(f"DELETE FROM {_q(table)}"))
        import psycopg

        driver = conn.connection.driver_connection
        if not isinstance(driver, psycopg.Connection):
            raise TypeError(f"not a psycopg connection: {driver!r}")
        with zipfile.ZipFile(path) as archive:
            for entry in manifest.tables:
                _load_table(conn, driver, archive, entry)
        for seq in manifest.sequences:  # past every id in use, and never behind where the backup's stood
            in_use = conn.execute(text(f"SELECT max({_q(seq['column'])}) FROM {_q(seq['table'])}")).scalar()
            value = max(int(seq["last_value"] or 0), int(in_use or 0))
            conn.execute(
                text("SELECT setval(pg_get_serial_sequence(:t, :c), :v, :called)"),
                {"t": _q(seq["table"]), "c": seq["column"], "v": max(value, 1), "called": value > 0},
            )
        _set_triggers(conn, present, on=True)
        off = conn.execute(
            text(
                "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
                "AND NOT t.tgisinternal AND t.tgenabled = 'D'"
            )
        ).scalar()
        if off:
            raise StorageError(
                "{count} triggers stayed switched off after the load: nothing was restored.", count=off
            )
        from app.store import roles

        _, app_role = roles.recorded_roles(conn)
        if (
            app_role
            and conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": app_role}).first()
        ):
            roles.grant_app(conn, app_role)  # the new tables: the app role's rights as `db roles` gave them


def _load_table(
    conn: Connection, driver: psycopg.Connection[Any], archive: zipfile.ZipFile, entry: dict[str, Any]
) -> None:
    name = entry["name"]
    columns = entry["columns"]
    have = {c["name"] for c in _columns(conn, name)}
    missing = [c["name"] for c in columns if c["name"] not in have]
    if missing:
        raise ValidationError(
            "This backup's table {table} has columns its schema does not ({columns}): the database was not "
            "changed.",
            table=name,
            columns=", ".join(missing),
        )
    converters = [decoder(c["type"]) for c in columns]
    count = 0
    cursor = driver.cursor()
    try:
        with cursor.copy(f"COPY {_q(name)} ({', '.join(_q(c['name']) for c in columns)}) FROM STDIN") as copy:
            for row in _rows(archive, entry["file"]):
                copy.write_row([f(v) if f else v for f, v in zip(converters, row, strict=True)])
                count += 1
    finally:
        cursor.close()
    if count != int(entry["rows"]):
        raise ValidationError(
            "This backup is incomplete: table {table} holds {found} rows of {expected}. The database was not "
            "changed.",
            table=name,
            found=count,
            expected=entry["rows"],
        )
