"""``rimedio db roles|check``: the two PostgreSQL roles that keep the ledger safe from the workstations' login."""

from __future__ import annotations

from app.cli.groups import group
from app.cli.output import print_json
from app.i18n import translate


def register(sub, common) -> None:
    d = group(sub, "db")
    r = d.add_parser(
        "roles",
        parents=[common()],
        help="make OWNER own the schema and give APP (the workstations' login) only daily work's rights",
    )
    r.add_argument("--owner", required=True, help="the role that owns the schema and runs upgrades")
    r.add_argument("--app", required=True, help="the role every workstation logs in as")
    r.set_defaults(handler=cmd_roles)
    c = d.add_parser("check", parents=[common()], help="say whether the roles are in place (exit 1 if not)")
    c.set_defaults(handler=cmd_check)


def cmd_roles(app, args) -> int:
    from app.errors import ValidationError
    from app.store import roles

    db = app.db
    if db.is_sqlite:
        raise ValidationError(
            "Roles are a PostgreSQL matter: an embedded SQLite file is guarded by its file permissions."
        )
    with db.engine.begin() as conn:
        roles.apply_roles(conn, args.owner, args.app)
    if app.json:
        print_json({"owner": args.owner, "app": args.app, "database": db.description})
    else:
        print(
            translate(
                "{db}: owned by {owner}; {app} may read everything, only add to the ledger, the audit log "
                "and the timelines, and change nothing else's schema. Workstations log in as {app}; "
                "upgrades run as {owner} (`rimedio init --owner {owner}`).",
                db=db.description,
                owner=args.owner,
                app=args.app,
            )
        )
    return 0


def cmd_check(app, args) -> int:
    from app.store import roles

    db = app.db
    if db.is_sqlite:
        if app.json:
            print_json({"ok": True, "database": db.description, "roles": None, "problems": []})
        else:
            print(
                translate(
                    "{db}: an embedded SQLite file has no roles; whoever may write the file may change "
                    "anything in it, so keep it in a folder only this user can write, and keep anchors.",
                    db=db.description,
                )
            )
        return 0
    with db.engine.connect() as conn:
        result = roles.inspect_roles(conn)
    if app.json:
        print_json(
            {
                "ok": result.ok,
                "database": db.description,
                "user": result.user,
                "owner": result.owner,
                "app": result.app,
                "problems": result.problems,
            }
        )
    elif result.ok:
        print(
            translate(
                "{db}: the roles are in place (owner {owner}, app {app}); this workstation logs in as {user}.",
                db=db.description,
                owner=result.owner,
                app=result.app,
                user=result.user,
            )
        )
    else:
        for problem in result.problems:
            print(problem)
    return 0 if result.ok else 1
