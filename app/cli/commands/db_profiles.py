"""``rimedio db profile add|list|remove|default``: this workstation's named connection profiles (see app.profiles)."""

from __future__ import annotations

from dataclasses import asdict

from app.cli.groups import group
from app.cli.output import print_json, print_table
from app.i18n import translate


def register(sub, common) -> None:
    d = group(sub, "db")
    p = d.add_parser("profile", help="named connection profiles of this computer: add, list, remove, default")
    actions = p.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    a = actions.add_parser("add", parents=[common()], help="add or replace a profile")
    a.add_argument("name")
    where = a.add_mutually_exclusive_group(required=True)
    where.add_argument("--sqlite", metavar="FILE", help="an SQLite file ('' = the embedded one)")
    where.add_argument("--host", help="a PostgreSQL server")
    a.add_argument("--port", type=int, default=5432)
    a.add_argument("--database", default="rimedio")
    a.add_argument("--db-user", default="rimedio", help="the PostgreSQL login (not a Rimedio user)")
    a.add_argument("--tls", action="store_true", help="require an encrypted connection")
    a.set_defaults(handler=cmd_add)
    ls = actions.add_parser("list", parents=[common()], help="every profile")
    ls.set_defaults(handler=cmd_list)
    rm = actions.add_parser(
        "remove", parents=[common()], help="forget a profile (the database is left alone)"
    )
    rm.add_argument("name")
    rm.set_defaults(handler=cmd_remove)
    df = actions.add_parser(
        "default",
        parents=[common()],
        help="the profile the commands use when neither --db, RIMEDIO_DB nor --profile names a database",
    )
    df.add_argument("name")
    df.set_defaults(handler=cmd_default)


def cmd_add(app, args) -> int:
    from app.profiles import Profile, save_profile

    if args.host:
        profile = Profile(
            args.name, "postgresql", "", args.host, args.port, args.database, args.db_user, args.tls
        )
    else:
        profile = Profile(args.name, "sqlite", args.sqlite or "")
    saved = save_profile(profile)
    if app.json:
        print_json(asdict(saved))
    else:
        print(translate("Profile saved: {what}", what=saved.describe()))
    return 0


def cmd_list(app, args) -> int:
    from app.profiles import default_profile, load_profiles

    profiles = load_profiles()
    default = default_profile()
    if app.json:
        print_json([{**asdict(p), "url": p.url(), "default": p.name == default} for p in profiles])
        return 0
    print_table(
        ["name", "kind", "where", "tls", "default"],
        [
            (
                p.name,
                p.kind,
                p.path if p.kind == "sqlite" else f"{p.user}@{p.host}:{p.port}/{p.database}",
                "yes" if p.tls else "",
                "yes" if p.name == default else "",
            )
            for p in profiles
        ],
    )
    return 0


def cmd_remove(app, args) -> int:
    from app.profiles import remove_profile

    remove_profile(args.name)
    if not app.json:
        print(translate("Profile removed: {name}", name=args.name))
    else:
        print_json({"removed": args.name})
    return 0


def cmd_default(app, args) -> int:
    """Mark a profile as the default, through the same rule as the Preferences' *Make default*
    (:func:`app.profiles.set_default_profile`: an unknown name is refused with the profiles there are)."""
    from app.profiles import default_profile, set_default_profile

    set_default_profile(args.name)
    name = default_profile()  # as the profile is spelled, whatever the case typed
    if app.json:
        print_json({"default": name})
    else:
        print(translate("{name} is the default: the commands use it when no database is named.", name=name))
    return 0
