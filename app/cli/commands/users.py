"""``rimedio user add|list|passwd``."""

from __future__ import annotations

import getpass
import os
import sys

from app.cli.main import credentials_from_environment
from app.cli.output import print_json, print_table
from app.cli.text_input import check_utf8, read_stdin_line
from app.errors import PasswordChangeRequired, ValidationError
from app.i18n import translate
from app.services import users


def register(sub, common) -> None:
    p = sub.add_parser("user", help="users and passwords")
    s = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    a = s.add_parser("add", parents=[common()], help="add a user (the first one must be an admin)")
    a.add_argument("name")
    a.add_argument("--role", required=True, choices=["agent", "supervisor", "admin"])
    a.add_argument("--limit", help="credit limit per case, e.g. 25.00 (default: the role's)")
    a.add_argument("--daily-limit", help="daily credit total, e.g. 100.00 (agents)")
    a.add_argument("--display-name", help="full name shown on screens and signed on notes")
    a.add_argument("--language", default="en", choices=["en", "it", "ro"])
    a.add_argument("--password-stdin", action="store_true", help="read the new password from standard input")
    a.set_defaults(handler=cmd_add)
    ls = s.add_parser("list", parents=[common()], help="list users")
    ls.set_defaults(handler=cmd_list)
    pw = s.add_parser("passwd", parents=[common()], help="change a password")
    pw.add_argument("name")
    pw.add_argument("--password-stdin", action="store_true", help="read the new password from standard input")
    pw.set_defaults(handler=cmd_passwd)


def new_password(from_stdin: bool) -> str:
    """The new password: standard input, ``RIMEDIO_NEW_PASSWORD``, or typed twice in a terminal."""
    if from_stdin:
        return read_stdin_line(translate("The password on standard input"), secret=True)
    env = os.environ.get("RIMEDIO_NEW_PASSWORD")
    if env:
        return check_utf8(env, "RIMEDIO_NEW_PASSWORD", secret=True)
    if not sys.stdin.isatty():
        raise ValidationError("Give the new password with --password-stdin or RIMEDIO_NEW_PASSWORD.")
    first = getpass.getpass(translate("New password: "))
    if first != getpass.getpass(translate("Repeat it: ")):
        raise ValidationError("The two passwords differ.")
    return first


def cmd_add(app, args) -> int:
    actor = app.optional_actor()
    users.check_may_add_user(
        app.db, actor, args.name, args.role
    )  # before asking for a password it would not use
    password = new_password(args.password_stdin)
    info = users.add_user(
        app.db,
        actor,
        args.name,
        args.role,
        password,
        args.display_name,
        args.limit,
        args.daily_limit,
        args.language,
    )
    if app.json:
        print_json({"id": info.id, "username": info.username, "role": info.role})
    else:
        print(translate("User {name} ({role}) added.", name=info.username, role=info.role.value))
    return 0


def cmd_list(app, args) -> int:
    rows = users.list_users(app.ctx)
    if app.json:
        print_json(
            [
                {
                    "id": u.id,
                    "username": u.username,
                    "display_name": u.display_name,
                    "role": u.role,
                    "case_limit": u.case_limit,
                    "daily_limit": u.daily_limit,
                    "active": u.active,
                    "locked": u.locked,
                }
                for u in rows
            ]
        )
        return 0
    print_table(
        ["id", "user", "name", "role", "limit", "daily", "locked"],
        [(u.id, u.username, u.display_name, u.role, u.case_limit, u.daily_limit, u.locked) for u in rows],
    )
    return 0


def cmd_passwd(app, args) -> int:
    try:
        actor = app.actor
    except PasswordChangeRequired:  # the temporary password an admin gave: it serves only to choose one's own
        username, temporary = credentials_from_environment(getattr(args, "user", None))
        if username.strip().lower() != args.name.strip().lower():
            raise
        users.replace_temporary_password(app.db, username, temporary, new_password(args.password_stdin))
        print(translate("Password of {name} changed.", name=args.name))
        return 0
    old = None
    if actor.username.lower() == args.name.lower():
        old = os.environ.get("RIMEDIO_PASSWORD")
    users.change_password(app.db, actor, args.name, old, new_password(args.password_stdin))
    print(translate("Password of {name} changed.", name=args.name))
    return 0
