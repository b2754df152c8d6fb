"""The ``rimedio`` console script: a command runs the CLI; no command starts the desktop client.

Qt is imported only when the desktop starts, so CLI commands stay fast and work without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any


def start_desktop(db_url: str | None, window_shown: Callable[[Any], None] | None = None) -> int:
    """The desktop client: the login check starts first, on its own thread, then Qt and the screens load."""
    try:
        from ui.startup.early import begin
    except ImportError as exc:
        sys.stderr.write(f"rimedio: the desktop client cannot start: {exc}\n")
        return 1
    early = begin(db_url)
    from app.system_check import display_problem  # checked while the login check runs on its thread

    problem = display_problem()
    if problem:
        sys.stderr.write(f"rimedio: {problem}\n")
        return 1
    if window_shown is None:
        from ui.startup.painted import requested, watcher

        started = requested()
        window_shown = watcher(started) if started is not None else None
    if early.login is not None:
        import ui.main_window  # noqa: F401 - loaded while the password is checked
    from ui.application import run

    return run(db_url, early, window_shown)


def desktop_options(argv: Sequence[str]) -> tuple[str | None, str | None] | None:
    """``(--db, --lang)`` when ``argv`` only starts the desktop; ``None`` when it names a command or asks for
    help (the command line's parser, with every command's module, is then built)."""
    db = lang = None
    items = list(argv)
    while items:
        item = items.pop(0)
        name, eq, value = item.partition("=")
        if name not in ("--db", "--lang"):
            return None
        if not eq:
            if not items:
                return None
            value = items.pop(0)
        if name == "--db":
            db = value
        else:
            lang = value
    return db, lang


def main(argv: Sequence[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    options = desktop_options(args)
    if options is None:
        from app.cli.main import main as cli_main

        return cli_main(args, desktop=start_desktop)
    from app.cli.main import start_without_command  # the light half of the command line: logging and language

    db, lang = options
    return start_without_command(start_desktop, db, lang)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
