"""Two PostgreSQL roles: an owner for the schema (migrations only) and the workstations' login (daily work).

The login every workstation holds the password of must not be able to rewrite history: it reads every table,
writes the tables the program changes, may only *add* rows to the ledger, the audit log and the cases'
timelines, and owns nothing — so no DDL, no ``ALTER TABLE … DISABLE TRIGGER``, no ``TRUNCATE``. The owner role
runs ``rimedio init`` (its password is typed when needed and never kept on a workstation).

:func:`apply_roles` is what ``rimedio db roles --owner OWNER --app APP`` runs once (as a superuser, or a role
that is a member of both); the role names are kept in ``installation_keys`` so that every later migration, run
as the owner, grants the app role the same rights on new tables (:func:`regrant`). :func:`inspect_roles` is
``rimedio db check``: it looks at the catalogue, not at promises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

#: Only rows are added: no UPDATE, DELETE or TRUNCATE for the app role (the triggers refuse them to the owner too).
APPEND_ONLY = ("credit_grants", "credit_entries", "audit_log", "case_events")
#: Read, never written by daily work.
READ_ONLY = ("alembic_version", "installation_keys")
#: The chain's one-row pointer to its end: inserted once, then moved forward at every append. A head moved by
#: hand no longer matches the last row, which every append and ``audit verify`` check.
MOVED = {"audit_head": ("SELECT", "INSERT", "UPDATE")}
WRITE = ("SELECT", "INSERT", "UPDATE", "DELETE")

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def check_name(name: str) -> str:
    if not _NAME.match(name or ""):
        from app.errors import ValidationError

        raise ValidationError(
            "{name} is not a role name Rimedio accepts (lower-case letters, digits, _).", name=name
        )
    return name


def _q(name: str) -> str:
    return '"' + check_name(name) + '"'


def wanted_privileges(table: str) -> tuple[str, ...]:
    """What the app role may do on ``table``."""
    if table in APPEND_ONLY:
        return ("SELECT", "INSERT")
    if table in READ_ONLY:
        return ("SELECT",)
    return MOVED.get(table, WRITE)


def _tables(conn: Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
        )
    ]


def grant_app(conn: Connection, app: str) -> None:
    """Give ``app`` exactly the rights of daily work on every table and sequence (idempotent)."""
    a = _q(app)
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {a}"))
    conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {a}"))
    conn.execute(text("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"))
    for table in _tables(conn):
        conn.execute(text(f'GRANT {", ".join(wanted_privileges(table))} ON "{table}" TO {a}'))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {a}"))


def apply_roles(conn: Connection, owner: str, app: str) -> None:
    """Make ``owner`` own the database and everything in it, and give ``app`` the rights of daily work."""
    o, a = _q(owner), _q(app)
    from app.errors import ValidationError

    if owner == app:
        raise ValidationError("The owner and the app role must be two different roles.")
    found = {
        r[0]: r
        for r in conn.execute(
            text(
                "SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles "
                "WHERE rolname IN (:o, :a)"
            ),
            {"o": owner, "a": app},
        )
    }
    for name in (owner, app):
        if name not in found:
            raise ValidationError(
                "There is no role {name} on the server: create it first with `createuser -P {name}`.",
                name=name,
            )
    if any(found[app][1:]):
        raise ValidationError(
            "The app role {name} must be a plain login (not a superuser, and without "
            "CREATEROLE, CREATEDB or BYPASSRLS).",
            name=app,
        )
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    conn.execute(text(f'ALTER DATABASE "{database}" OWNER TO {o}'))
    conn.execute(text(f"ALTER SCHEMA public OWNER TO {o}"))
    for table in _tables(conn):
        conn.execute(text(f'ALTER TABLE "{table}" OWNER TO {o}'))  # with the sequences the table owns
    for (seq,) in conn.execute(
        text("SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public'")
    ).all():
        conn.execute(text(f'ALTER SEQUENCE "{seq}" OWNER TO {o}'))
    for (signature,) in conn.execute(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid "
            "AND d.deptype = 'e')"
        )
    ).all():  # the program's functions (triggers), not an extension's
        conn.execute(text(f"ALTER FUNCTION {signature} OWNER TO {o}"))
    conn.execute(text(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC'))
    conn.execute(text(f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO {a}'))
    conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    conn.execute(text(f"REVOKE CREATE ON SCHEMA public FROM {a}"))
    grant_app(conn, app)
    for name, value in (("owner_role", owner), ("app_role", app)):
        conn.execute(text("DELETE FROM installation_keys WHERE name = :n"), {"n": name})
        conn.execute(
            text("INSERT INTO installation_keys (name, value) VALUES (:n, :v)"), {"n": name, "v": value}
        )


def recorded_roles(conn: Connection) -> tuple[str | None, str | None]:
    """The owner and app roles set up by ``db roles``: as recorded in ``installation_keys``, else read from the
    database's own rights (its owner, and the one plain role granted CONNECT) — the record is only a note."""
    keys: dict[str, str] = {}
    if conn.execute(text("SELECT to_regclass('public.installation_keys') IS NOT NULL")).scalar():
        keys = dict(
            conn.execute(
                text("SELECT name, value FROM installation_keys WHERE name IN ('owner_role', 'app_role')")
            ).all()
        )
    if keys.get("owner_role") and keys.get("app_role"):
        return keys["owner_role"], keys["app_role"]
    found = conn.execute(
        text(
            "SELECT pg_get_userbyid(d.datdba), array_agg(r.rolname) FROM pg_database d "
            "CROSS JOIN LATERAL aclexplode(d.datacl) a JOIN pg_roles r ON r.oid = a.grantee "
            "WHERE d.datname = current_database() AND a.privilege_type = 'CONNECT' AND r.oid <> d.datdba "
            "AND NOT r.rolsuper GROUP BY d.datdba"
        )
    ).first()
    if found is None or len(found[1]) != 1:
        return None, None
    return found[0], found[1][0]


def regrant(conn: Connection) -> None:
    """After a migration run by the owner: the app role set up by ``db roles`` gets its rights on new tables."""
    if conn.dialect.name != "postgresql":
        return
    owner, app = recorded_roles(conn)
    if not app or not owner:
        return
    grant_app(conn, app)
    for name, value in (("owner_role", owner), ("app_role", app)):
        if conn.execute(text("SELECT 1 FROM installation_keys WHERE name = :n"), {"n": name}).first() is None:
            conn.execute(
                text("INSERT INTO installation_keys (name, value) VALUES (:n, :v)"), {"n": name, "v": value}
            )


@dataclass
class RolesCheck:
    """What ``rimedio db check`` found: ``problems`` empty means the roles are in place."""

    user: str
    owner: str | None = None
    app: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def inspect_roles(conn: Connection) -> RolesCheck:
    """Look at the catalogue: who owns what, what the app role may do, whether the guards are switched on."""
    user = conn.execute(text("SELECT current_user")).scalar_one()
    result = RolesCheck(user, *recorded_roles(conn))
    if not result.owner or not result.app:
        result.problems.append(
            "no owner and app roles were set up: run `rimedio db roles --owner OWNER --app APP` "
            "as the server's administrator"
        )
        return result
    owner, app = result.owner, result.app
    for table, table_owner in conn.execute(
        text("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public'")
    ).all():
        if table_owner != owner:
            result.problems.append(f"table {table} is owned by {table_owner}, not by {owner}")
        for privilege in ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"):
            has = conn.execute(
                text("SELECT has_table_privilege(:r, :t, :p)"),
                {"r": app, "t": f'public."{table}"', "p": privilege},
            ).scalar()
            want = privilege in wanted_privileges(table)
            if has and not want:
                result.problems.append(f"{app} may {privilege} on {table}")
            elif want and not has:
                result.problems.append(f"{app} may not {privilege} on {table} (the program needs it)")
    flags = conn.execute(
        text(
            "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles WHERE rolname = :r"
        ),
        {"r": app},
    ).scalar()
    if flags:
        result.problems.append(f"{app} is a superuser or may create roles or databases")
    if conn.execute(text("SELECT pg_has_role(:r, :o, 'USAGE')"), {"r": app, "o": owner}).scalar():
        result.problems.append(f"{app} is a member of {owner}: it has the owner's rights")
    if conn.execute(text("SELECT has_schema_privilege(:r, 'public', 'CREATE')"), {"r": app}).scalar():
        result.problems.append(f"{app} may create tables in the schema")
    for name, enabled in conn.execute(
        text(
            "SELECT t.tgname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND (t.tgname LIKE '%append_only' OR t.tgname LIKE '%no_truncate')"
        )
    ).all():
        if enabled == "D":
            result.problems.append(f"the guard {name} is switched off")
    guards = int(
        conn.execute(
            text(
                "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND "
                "(tgname LIKE '%append_only' OR tgname LIKE '%no_truncate')"
            )
        ).scalar()
        or 0
    )
    if guards < 8:
        result.problems.append(f"only {guards} of the ledger's guards (triggers) are in place")
    if user not in (app, owner):
        result.problems.append(
            f"this workstation connects as {user}, neither the app role {app} nor the owner"
        )
    elif user == owner:
        result.problems.append(f"this workstation connects as the owner {owner}: daily work should use {app}")
    return result
