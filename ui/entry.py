"""The ``rimedio`` console script: a command runs the CLI; no command starts the desktop client.

Qt is imported only when the desktop starts, so CLI commands stay fast and work without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.cli.main import main as cli_main


def start_desktop(db_url: str | None) -> int:
    try:
        from ui.application import run
    except ImportError as exc:
        sys.stderr.write(f"rimedio: the desktop client cannot start: {exc}\n")
        return 1
    return run(db_url)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, desktop=start_desktop)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
