"""``rimedio db check``: one line on what is in the way of the database — unreachable, refused, the password, TLS,
the database or user missing, a schema older or newer than this Rimedio — and what to do; then, on PostgreSQL,
whether the owner and app roles are in place (the roles part of the command, when this Rimedio has it).

The connection part runs first and never creates, migrates or prompts: it must work where opening the database
would fail. When another module already registered ``db check`` (the roles part), it is extended, not
duplicated: its handler runs once the connection is known to be fine.
"""

from __future__ import annotations

from app.cli.groups import group
from app.cli.output import print_json


def register(sub, common) -> None:
    d = group(sub, "db")
    existing = d.choices.get("check")
    if existing is not None:
        roles_part = existing.get_default("handler")
        existing.set_defaults(handler=lambda app, args: cmd_check(app, args, roles_part))
        return
    c = d.add_parser(
        "check",
        parents=[common()],
        help="say in one line what is wrong with the database connection and what to do (exit 1)",
    )
    c.set_defaults(handler=lambda app, args: cmd_check(app, args, None))


def _url(args) -> str:
    from app.config import database_url

    url = getattr(args, "db", None)
    if not url and getattr(args, "profile", None):
        from app.profiles import find_profile

        url = find_profile(args.profile).url()
    return database_url(url)


def cmd_check(app, args, roles_part) -> int:
    from app.services import db_check

    result = db_check.check_url(_url(args))
    if result.ok and roles_part is not None:
        return roles_part(app, args)
    if app.json:
        print_json(
            {
                "ok": result.ok,
                "problem": None if result.ok else result.code,
                "message": result.line,
                "database": result.database,
                "schema": result.schema,
                **result.details,
            }
        )
    else:
        print(result.line)
    return 0 if result.ok else 1
