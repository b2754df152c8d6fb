"""``rimedio init`` and ``rimedio demo``: create or upgrade the database, fill it with the demo shop."""

from __future__ import annotations

import sys

from app.cli.output import print_json
from app.i18n import translate
from app.services.demo import DEMO_USERS, build_demo
from app.services.users import has_users
from app.store import migrate


def register(sub, common) -> None:
    p = sub.add_parser("init", parents=[common()], help="create the database or bring it up to date")
    p.add_argument(
        "--owner",
        help="PostgreSQL: upgrade as this owner role (password from RIMEDIO_OWNER_PASSWORD "
        "or asked; never kept)",
    )
    p.set_defaults(handler=cmd_init)
    p = sub.add_parser("demo", parents=[common()], help="fill an empty database with the demo shop")
    p.add_argument("--seed", type=int, default=7, help="same seed, same shop (default 7)")
    p.set_defaults(handler=cmd_demo)


def cmd_init(app, args) -> int:
    if args.owner:
        _upgrade_as_owner(app, args.owner)
    db = app.db  # opening applies the migrations
    revision = migrate.current_revision(db.engine)
    users = has_users(db)
    if app.json:
        print_json({"database": db.description, "schema": revision, "has_users": users})
        return 0
    print(translate("Database ready: {db} (schema {rev}).", db=db.description, rev=revision))
    if not users:
        print(
            translate(
                "No users yet: create the first admin with `rimedio user add NAME --role admin`, "
                "or try the program with `rimedio demo`."
            )
        )
    return 0


def _upgrade_as_owner(app, owner: str) -> None:
    """Run the migrations as the schema's owner role: its password is typed (or given for this run in
    ``RIMEDIO_OWNER_PASSWORD``) and never stored; the workstation keeps working as the app role."""
    import getpass
    import os

    from app.config import database_url
    from app.errors import ValidationError
    from app.services.database import open_database
    from app.store import roles
    from app.store.engine import parse_url

    url = parse_url(database_url(getattr(app.args, "db", None)))
    if url.get_backend_name() != "postgresql":
        raise ValidationError("--owner is for PostgreSQL; an embedded SQLite file is upgraded by its user.")
    password = os.environ.get("RIMEDIO_OWNER_PASSWORD")
    if password is None and sys.stdin.isatty():
        password = getpass.getpass(translate("Password of the owner role {owner}: ", owner=owner)) or None
    owner_url = url.set(username=roles.check_name(owner), password=password)
    open_database(owner_url.render_as_string(hide_password=False)).dispose()


def cmd_demo(app, args) -> int:
    summary = build_demo(app.db, seed=args.seed)
    if app.json:
        print_json(
            {
                "customers": summary.customers,
                "orders": summary.orders,
                "cases": summary.cases,
                "users": [{"username": u, "password": u, "role": r.value} for u, _, r, _ in DEMO_USERS],
            }
        )
        return 0
    print(
        translate(
            "Demo shop ready: {c} customers, {o} orders, {k} cases.",
            c=summary.customers,
            o=summary.orders,
            k=summary.cases,
        )
    )
    for username, display, role, _ in DEMO_USERS:
        print(f"  {username:<11} {role.value:<11} {translate('password')}: {username}   ({display})")
    sys.stderr.write(
        translate(
            "Warning: these passwords are for trying the program only. "
            "Never use the demo users for real work."
        )
        + "\n"
    )
    return 0
