"""Where Rimedio keeps its files and which database it uses — decided in one place.

Folders come from platformdirs, overridden as a whole by ``RIMEDIO_HOME`` (tests, portable installs, several
shops on one machine). The database URL comes from ``--db``, then ``RIMEDIO_DB``, then the connection profile named
by ``RIMEDIO_PROFILE`` (``--profile``), then the default connection profile, then the SQLite file in the data
folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Rimedio"
KEYRING_SERVICE = "rimedio"

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


def database_url(explicit: str | None = None) -> str:
    """The SQLAlchemy URL to use: ``--db``, ``RIMEDIO_DB``, ``RIMEDIO_PROFILE``, the default profile, or the
    embedded SQLite file."""
    url = explicit or os.environ.get("RIMEDIO_DB")
    if not url and os.environ.get("RIMEDIO_PROFILE"):  # a named connection profile (app.profiles)
        from app.profiles import find_profile

        url = find_profile(os.environ["RIMEDIO_PROFILE"]).url()
    if not url:
        from app.profiles import default_profile, find_profile

        default = default_profile()
        url = find_profile(default).url() if default else None
    if url:
        if "://" not in url:  # a bare path means a SQLite file
            return f"sqlite:///{Path(url).expanduser().resolve()}"
        return url
    return f"sqlite:///{default_sqlite_path()}"
