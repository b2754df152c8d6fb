"""Where Rimedio keeps its files on this machine — decided in one place.

Folders come from platformdirs, overridden as a whole by ``RIMEDIO_HOME`` (tests, portable installs, several
shops on one machine). Which database to use is :mod:`app.config`'s question; it stands on this module, as do the
connection profiles (:mod:`app.profiles`), so the two never import each other.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Rimedio"

_dirs = PlatformDirs(APP_NAME, appauthor=False)


def home_override() -> Path | None:
    value = os.environ.get("RIMEDIO_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Folder of the embedded database and attachments; created on first use."""
    home = home_override()
    path = home if home else Path(_dirs.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = home_override()
    path = (home / "logs") if home else Path(_dirs.user_log_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_sqlite_path() -> Path:
    return data_dir() / "rimedio.sqlite3"
