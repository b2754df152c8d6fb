"""Which database Rimedio uses — decided in one place (where its files live is :mod:`app.folders`).

The database URL comes from ``--db``, then ``RIMEDIO_DB``, then the connection profile named
by ``RIMEDIO_PROFILE`` (``--profile``), then the default connection profile, then the SQLite file in the data
folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.folders import default_sqlite_path

KEYRING_SERVICE = "rimedio"


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
