"""Entry point of the ``rimedio`` command.

Commands live in ``app/cli/commands/`` (one module per area, each with ``register(subparsers)``); this module
only builds the parser, opens the database and logs in when a command needs it, and turns refusals into one
line on stderr with exit code 1. A bug (any other exception) is written with its traceback to the log file and
shown as one crash line naming the log, with exit code 70 (``EX_SOFTWARE``), so a script can tell the two apart.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from app import __version__
from app.cli.text_input import check_args, check_utf8
from app.errors import AuthenticationFailed, MissingInput, RimedioError
from app.i18n import set_language, translate
from app.logging_setup import configure as configure_logging
from app.services.context import Actor, ServiceContext

if TYPE_CHECKING:
    from app.services.database import Database

log = logging.getLogger("rimedio")

Handler = Callable[["CliApp", argparse.Namespace], int | None]


class CliApp:
    """What a command handler needs, created lazily: the database, the logged-in user, the output mode."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.json: bool = bool(getattr(args, "json", False))

    @cached_property
    def db(self) -> Database:
        from app.services.database import open_database

        url = getattr(self.args, "db", None)
        if not url and getattr(self.args, "profile", None):  # --profile NAME: a named connection profile
            from app.profiles import find_profile

            url = find_profile(self.args.profile).url()
        return open_database(url, prompt=_db_password_prompt)

    @cached_property
    def actor(self) -> Actor:
        actor = login_from_environment(self.db, getattr(self.args, "user", None))
        if actor.demo_only and sys.stderr.isatty():  # scripts read one line per refusal; people are told
            sys.stderr.write(
                translate(
                    "Warning: {user} has a demo password, for trying the program only; set a real "
                    "one with `rimedio user passwd {user}` before real work.",
                    user=actor.username,
                )
                + "\n"
            )
        return actor

    @property
    def ctx(self) -> ServiceContext:
        return ServiceContext(self.db, self.actor)

    def optional_actor(self) -> Actor | None:
        """The acting user if one was named, else ``None`` (first-user set-up)."""
        if getattr(self.args, "user", None) or os.environ.get("RIMEDIO_USER"):
            return self.actor
        return None


def login_from_environment(db: Database, user: str | None) -> Actor:
    from app.services.users import login

    username, password = credentials_from_environment(user)
    return login(db, username, password, record=False)  # a command that only reads writes nothing


def credentials_from_environment(user: str | None) -> tuple[str, str]:
    """The acting user's name and password: ``--user``/``RIMEDIO_USER``, then ``RIMEDIO_PASSWORD``, the keyring
    or a prompt in a terminal."""
    username = check_utf8(user or os.environ.get("RIMEDIO_USER") or "", "RIMEDIO_USER")
    if not username:
        raise AuthenticationFailed(
            "Say who you are: --user NAME or RIMEDIO_USER (password from RIMEDIO_PASSWORD)."
        )
    password = check_utf8(os.environ.get("RIMEDIO_PASSWORD") or "", "RIMEDIO_PASSWORD", secret=True) or None
    if not password:
        from app.secrets_store import get_secret  # the keyring is loaded only when the password is not given

        password = get_secret(f"user:{username}")
    if password is None and sys.stdin.isatty():
        password = getpass.getpass(translate("Password for {user}: ", user=username))
    if password is None:
        raise AuthenticationFailed(
            "No password for {user}: set RIMEDIO_PASSWORD or run in a terminal.", user=username
        )
    return username, password


def _db_password_prompt(where: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(translate("Database password for {where}: ", where=where))


def common_options(json_option: bool = True) -> argparse.ArgumentParser:
    """Options every command accepts after its name (``rimedio case list --json --db URL``)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db", default=argparse.SUPPRESS, help="database: a SQLAlchemy URL or a SQLite file path"
    )
    parent.add_argument(
        "--profile",
        default=argparse.SUPPRESS,
        help="a named connection profile (rimedio db profile list; or RIMEDIO_PROFILE)",
    )
    parent.add_argument("--user", default=argparse.SUPPRESS, help="acting user (or RIMEDIO_USER)")
    parent.add_argument("--lang", default=argparse.SUPPRESS, help="language of messages: en, it, ro")
    if json_option:
        parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    return parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rimedio",
        description="Rimedio — after-sale customer care: cases, remedies, store credit, notes and vouchers.",
        epilog="Without a command, rimedio starts the desktop client.",
    )
    parser.add_argument("--version", action="version", version=f"rimedio {__version__}")
    parser.add_argument("--db", help="database: a SQLAlchemy URL or a SQLite file path (or RIMEDIO_DB)")
    parser.add_argument(
        "--profile", help="a named connection profile (rimedio db profile list; or RIMEDIO_PROFILE)"
    )
    parser.add_argument("--user", help="acting user (or RIMEDIO_USER; password from RIMEDIO_PASSWORD)")
    parser.add_argument("--lang", help="language of messages: en, it, ro (or RIMEDIO_LANG)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import app.cli.commands as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        module.register(sub, common_options)
    return parser


def start_without_command(
    desktop: Callable[[str | None], int] | None, db: str | None, lang: str | None
) -> int:
    """``rimedio`` with at most ``--db`` and ``--lang``: the desktop, without building the commands' parser (their
    modules load the database layer, which the desktop loads later, in the background)."""
    configure_logging()
    set_language(lang or os.environ.get("RIMEDIO_LANG"))
    return _desktop(desktop, db)


def _desktop(desktop: Callable[[str | None], int] | None, db: str | None) -> int:
    if desktop is None:
        sys.stderr.write(
            translate("The desktop client is not available here; see `rimedio --help` for the commands.")
            + "\n"
        )
        return 1
    try:
        return desktop(db)
    except RimedioError as exc:
        sys.stderr.write(f"rimedio: {exc.message}\n")
        return 1


def main(argv: Sequence[str] | None = None, desktop: Callable[[str | None], int] | None = None) -> int:
    """Run one command; with none, start ``desktop`` (given by ``ui.entry``, so ``app`` never imports Qt)."""
    configure_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(getattr(args, "lang", None) or os.environ.get("RIMEDIO_LANG"))
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if getattr(args, "command", None):
            parser.parse_args([args.command, "--help"])
        return _desktop(desktop, args.db)
    app = CliApp(args)
    try:
        check_args(args)
        result = handler(app, args)
        return int(result or 0)
    except RimedioError as exc:
        sys.stderr.write(f"rimedio: {_worded(exc)}\n")
        return 1
    except BrokenPipeError:
        # The reader went away (``rimedio case list | head``): not an error of ours, and nothing to report.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("rimedio: " + translate("interrupted; nothing more was written.") + "\n")
        return 1
    except Exception as exc:  # noqa: BLE001 - a bug: its report goes to the log, one line to the user
        return _crash(exc)
    finally:
        if "db" in app.__dict__:
            app.db.dispose()


#: the flags that give what a service found missing (:class:`MissingInput`'s ``field``)
FLAGS = {
    "amount": "--amount",
    "expires": "--expires DATE",
    "mapping": "--mapping NAME",
    "customers": "--segment, --no-order-since DATE or --signed-up-since DATE",
    "order_total": "--order-total",
    "remedy_text": "--remedy-text TEXT",
}


def _worded(exc: RimedioError) -> str:
    """The refusal as the command line says it: a missing value names the flag that gives it."""
    flag = FLAGS.get(exc.field) if isinstance(exc, MissingInput) else None
    return f"{exc.message} ({flag})" if flag else exc.message


#: the exit code of a command stopped by a bug (``EX_SOFTWARE`` of sysexits.h)
CRASHED = 70


def _crash(exc: BaseException) -> int:
    """Log the traceback (to the file only: the terminal gets one line) and say where it is."""
    log.error("crash: %s", exc, exc_info=exc, extra={"file_only": True})
    from app.folders import log_dir

    cause = (
        getattr(exc, "orig", None) or exc
    )  # a database error: the driver's words, not SQLAlchemy's wrapping
    detail = str(cause).strip().splitlines()[0] if str(cause).strip() else ""
    sys.stderr.write(
        "rimedio: "
        + translate(
            "internal error (a bug, not something you did): {kind}: {detail}. The report is in {log}.",
            kind=type(exc).__name__,
            detail=detail,
            log=str(log_dir() / "rimedio.log"),
        )
        + "\n"
    )
    return CRASHED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
