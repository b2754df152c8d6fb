"""Logging for the whole program: a rotating file in the user's log folder, and warnings on stderr.

A bug report is only as good as its log; this is the one place that decides where the log goes.
"""

from __future__ import annotations

import logging
import logging.handlers
import os

from app.folders import log_dir

_configured = False


def configure(console_level: str | None = None) -> None:
    """Send everything from INFO up to ``rimedio.log`` (rotated at 1 MB, 5 kept) and warnings to stderr (except
    records marked ``file_only``)."""
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setLevel((console_level or os.environ.get("RIMEDIO_LOG", "WARNING")).upper())
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    # a crash report the CLI has already summed up in one line goes to the file only (``extra={"file_only": True}``)
    console.addFilter(lambda record: not getattr(record, "file_only", False))
    root.addHandler(console)
    try:
        handler = logging.handlers.RotatingFileHandler(
            log_dir() / "rimedio.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # a read-only home must not stop the program
        return
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s")
    )
    root.addHandler(handler)
