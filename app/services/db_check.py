"""``rimedio db check``: what is wrong with the way to the database, in one line, and what to do about it.

It tries the connection the way a workstation would — without creating, migrating or prompting — and names the
first thing in the way: the server does not answer, refuses, wants another password, TLS does not agree, the
database or user does not exist, the schema is older or newer than this Rimedio, or (PostgreSQL) the owner and
app roles are not in place (that part is :mod:`app.store.roles`' when present). Each problem has a stable
``code`` for ``--json`` and scripts.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL

from app.i18n import translate
from app.store.engine import keyring_account, parse_url
from app.store.revisions import head_revision, known_revisions


@dataclass(frozen=True)
class DbCheck:
    ok: bool
    code: str  # ok | unreachable | refused | not_allowed | password | no_password | tls | certificate |
    #           no_database | no_user | not_postgres | not_rimedio | empty | older | newer | read_only | roles | error
    line: str  # what is wrong and what to do, in the user's language
    database: str
    schema: str | None = None
    details: dict[str, str] = field(default_factory=dict)


def _where(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def classify_postgres(url: URL, reason: str) -> tuple[str, str]:
    """The code and the line for a PostgreSQL connection error's text (libpq's wording)."""
    low = reason.lower()
    where, user, db = _where(url), url.username or "", url.database or ""
    if "password authentication failed" in low:
        return "password", translate(
            "PostgreSQL at {where} refused the password of user {user}: type it again, or correct "
            "RIMEDIO_DB_PASSWORD or the keyring entry {account}.",
            where=where,
            user=user,
            account=keyring_account(url),
        )
    if "no password supplied" in low or "fe_sendauth" in low:
        return "no_password", translate(
            "PostgreSQL at {where} wants a password for user {user}: set RIMEDIO_DB_PASSWORD or keep it in the "
            "keyring as {account}.",
            where=where,
            user=user,
            account=keyring_account(url),
        )
    if "ssl" in low and ("not support" in low or "does not support" in low):
        return "tls", translate(
            "PostgreSQL at {where} does not offer TLS but the profile requires it: turn TLS on on the server "
            "(ssl = on) or off in the profile.",
            where=where,
        )
    if "certificate" in low:
        return "certificate", translate(
            "PostgreSQL at {where} showed a TLS certificate this computer does not trust: install the server's CA "
            "certificate or ask the administrator.",
            where=where,
        )
    if "no pg_hba.conf entry" in low:
        if "no encryption" in low or "ssl off" in low:
            return "tls", translate(
                "PostgreSQL at {where} only lets this computer in over TLS: require TLS in the profile.",
                where=where,
            )
        return "not_allowed", translate(
            "PostgreSQL at {where} does not let user {user} in from this computer: the administrator adds a line "
            "for it to pg_hba.conf.",
            where=where,
            user=user,
        )
    if "database" in low and "does not exist" in low:
        return "no_database", translate(
            "PostgreSQL at {where} has no database {db}: create it (createdb -O OWNER {db}) or correct the "
            "profile.",
            where=where,
            db=db,
        )
    if "role" in low and "does not exist" in low:
        return "no_user", translate(
            "PostgreSQL at {where} has no user {user}: create it (createuser -P {user}) or correct the profile.",
            where=where,
            user=user,
        )
    if "connection refused" in low:
        return "refused", translate(
            "PostgreSQL at {where} refused the connection: the server is not running or does not listen on that "
            "address and port (listen_addresses, port).",
            where=where,
        )
    if "invalid response to ssl negotiation" in low or "received invalid response" in low:
        return "not_postgres", translate(
            "What answers at {where} is not a PostgreSQL server: check the port in the profile.", where=where
        )
    if (
        "timeout" in low
        or "timed out" in low
        or "could not translate host" in low
        or "no route" in low
        or "name or service not known" in low
        or "network is unreachable" in low
    ):
        return "unreachable", translate(
            "Cannot reach {where}: check the host name and port, the network and any firewall between this "
            "computer and the server.",
            where=where,
        )
    return "error", translate("PostgreSQL at {where} said: {reason}", where=where, reason=reason)


def schema_line(revision: str | None, database: str) -> tuple[str, str]:
    head = head_revision()
    if revision is None:
        return "empty", translate("{db} holds no Rimedio tables yet: run `rimedio init`.", db=database)
    if revision not in known_revisions():
        return "newer", translate(
            "{db} was written by a newer Rimedio (schema {rev}): update Rimedio on this computer.",
            db=database,
            rev=revision,
        )
    if revision != head:
        return "older", translate(
            "{db} has schema {rev}, older than this Rimedio's {head}: run `rimedio init` (on PostgreSQL as the "
            "owner) to bring it up to date.",
            db=database,
            rev=revision,
            head=head,
        )
    return "ok", translate("{db}: reachable, schema {rev} (up to date).", db=database, rev=revision)


def password_account(url_text: str) -> str:
    """The keyring account under which the store looks for the password of ``url_text``
    (``user@host:port/database``): where a window saves a password typed for a connection profile."""
    return keyring_account(parse_url(url_text))


def check_url(url_text: str, password: str | None = None) -> DbCheck:
    """Diagnose ``url_text`` (``--db``, ``RIMEDIO_DB``, a profile, or the embedded file)."""
    url = parse_url(url_text)
    if url.get_backend_name() == "sqlite":
        return _check_sqlite(url)
    return _check_postgres(url, password)


def _check_sqlite(url: URL) -> DbCheck:
    path = Path(url.database or "").expanduser()
    name = f"SQLite {path}"
    if not path.exists():
        return DbCheck(
            False,
            "empty",
            translate("There is no database file {path} yet: run `rimedio init`.", path=str(path)),
            name,
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
                if "alembic_version" in tables
                else None
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return DbCheck(
            False,
            "not_rimedio",
            translate(
                "{path} is not a database Rimedio can open (SQLite says: {reason}): choose the right file.",
                path=str(path),
                reason=str(exc),
            ),
            name,
        )
    code, line = schema_line(revision, name)
    if code == "ok" and not os.access(path, os.W_OK):
        return DbCheck(
            False,
            "read_only",
            translate(
                "{path} is read-only for this user: reading works, saving will not (check the file's permissions).",
                path=str(path),
            ),
            name,
            revision,
        )
    return DbCheck(code == "ok", code, line, name, revision)


def _check_postgres(url: URL, password: str | None) -> DbCheck:
    import psycopg
    from psycopg.conninfo import make_conninfo

    from app.secrets_store import get_secret

    name = f"PostgreSQL {url.username or ''}@{_where(url)}/{url.database or ''}"
    secret = (
        password or url.password or os.environ.get("RIMEDIO_DB_PASSWORD") or get_secret(keyring_account(url))
    )
    params: dict[str, str | int | None] = {
        "host": url.host or "localhost",
        "port": url.port or 5432,
        "dbname": url.database or "",
        "user": url.username or "",
        "connect_timeout": 5,
    }
    if secret:
        params["password"] = str(secret)
    for key, value in url.query.items():
        if key in ("sslmode", "sslrootcert", "sslcert", "sslkey") and isinstance(value, str):
            params[key] = value
    try:
        conn = psycopg.connect(make_conninfo("", **params))
    except psycopg.Error as exc:
        reason = " ".join(str(exc).split())
        code, line = classify_postgres(url, reason)
        return DbCheck(False, code, line, name, details={"server_said": reason})
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT to_regclass('public.alembic_version') IS NOT NULL")
            found = cur.fetchone()  # one row: true or false
            has = found is not None and found[0]
            revision = None
            if has:
                cur.execute("SELECT version_num FROM alembic_version")
                row = cur.fetchone()
                revision = row[0] if row else None
        code, line = schema_line(revision, name)
        return DbCheck(code == "ok", code, line, name, revision)
    finally:
        conn.close()
