"""Per-workstation settings, declared once, typed, with defaults (Picard's ``options.py`` on ``QSettings``).

Shop settings shared by the team live in the database (``app.services.settings``); this module holds only what
belongs to one workstation: the database connection (never its password — that is in the keyring), the language,
the appearance (light, dark or the system's), the remembered user, window geometry and the last view. Tests point
``QSettings`` at a temp folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QByteArray, QSettings

from app.folders import home_override
from app.profiles import Profile

ORGANIZATION = "Rimedio"
APPLICATION = "Rimedio"


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    type: type


OPTIONS = {
    o.key: o
    for o in (
        Option("ui/language", "", str),  # "" = the system's
        Option("ui/appearance", "system", str),  # system | light | dark (ui/palette.py)
        Option("login/username", "", str),
        Option("login/remember", False, bool),
        Option("db/kind", "sqlite", str),  # sqlite | postgresql
        Option("db/path", "", str),  # "" = the embedded file in the data folder
        Option("db/host", "localhost", str),
        Option("db/port", 5432, int),
        Option("db/name", "rimedio", str),
        Option("db/user", "rimedio", str),
        Option("db/tls", False, bool),
        Option("window/geometry", QByteArray(), QByteArray),
        Option("window/state", QByteArray(), QByteArray),
        Option("window/last_view", "inbox", str),
    )
}


def settings_file() -> str | None:
    """``RIMEDIO_HOME/preferences.ini`` when ``RIMEDIO_HOME`` is set (a portable install, a second shop on the
    same computer, tests): everything of this Rimedio then lives in that folder."""
    home = home_override()
    return str(home / "preferences.ini") if home is not None else None


def _settings() -> QSettings:
    """An INI file under ``RIMEDIO_HOME``, else in the user's config folder on every platform."""
    path = settings_file()
    if path is not None:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def get(key: str) -> Any:
    option = OPTIONS[key]
    value = _settings().value(key, option.default)
    if option.type is bool:
        return value in (True, "true", "True", "1", 1)
    if option.type is int:
        if not isinstance(value, int | float | str):  # an INI file gives text; the default is an int
            return option.default
        try:
            return int(value)
        except ValueError:
            return option.default
    if option.type is QByteArray:
        return value if isinstance(value, QByteArray) else option.default
    return str(value) if value is not None else option.default


def put(key: str, value: Any) -> None:
    if key not in OPTIONS:
        raise KeyError(key)
    s = _settings()
    if s.contains(key) and s.value(key) == value:
        return  # unchanged: no write to disk (the main window puts the page it shows on every change of page)
    s.setValue(key, value)
    s.sync()


def _user_key(username: str, name: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "._-@" else "_" for ch in username)
    return f"users/{safe}/{name}"


def user_state(username: str, name: str) -> QByteArray:
    """A remembered layout (splitter, table columns) of ``username`` on this computer; empty if none."""
    value = _settings().value(_user_key(username, name))
    return value if isinstance(value, QByteArray) else QByteArray()


def put_user_state(username: str, name: str, state: QByteArray) -> None:
    s = _settings()
    key = _user_key(username, name)
    if s.value(key) == state:
        return
    s.setValue(key, state)
    s.sync()


def user_text(username: str, name: str) -> str:
    """A remembered text of ``username`` on this computer (saved inbox views as JSON); "" if none."""
    value = _settings().value(_user_key(username, name))
    return value if isinstance(value, str) else ""


def put_user_text(username: str, name: str, text: str) -> None:
    s = _settings()
    s.setValue(_user_key(username, name), text)
    s.sync()


def connection() -> Profile:
    """This workstation's database, as a profile without a name (:class:`app.profiles.Profile`: one way of turning
    host, port, database, user and TLS into a URL for the whole program)."""
    return Profile(
        "",
        get("db/kind"),
        get("db/path"),
        get("db/host"),
        get("db/port"),
        get("db/name"),
        get("db/user"),
        get("db/tls"),
    )


def save_connection(conn: Profile) -> None:
    """Keep ``conn`` (a profile chosen at login, or the Preferences' database) as this workstation's connection;
    its name is not kept, nor ever a password."""
    for key, value in (
        ("kind", conn.kind),
        ("path", conn.path),
        ("host", conn.host),
        ("port", conn.port),
        ("name", conn.database),
        ("user", conn.user),
        ("tls", conn.tls),
    ):
        put(f"db/{key}", value)


def connection_url(conn: Profile) -> str | None:
    """``conn``'s URL, without a password; ``None`` for the embedded SQLite file, so that
    ``app.config.database_url`` gives the default profile while the workstation is still on that file."""
    if conn.kind == "sqlite" and not conn.path.strip():
        return None
    return conn.url()


def connection_from_url(url: str) -> Profile:
    """The connection a database URL names (a ``--db``/``RIMEDIO_DB`` address shown in the preferences), without
    its password."""
    if not url.startswith("postgresql"):
        path = url.split("///", 1)[1] if url.startswith("sqlite") and "///" in url else url
        return Profile("", "sqlite", path)
    parts = urlsplit(url)
    try:
        port = parts.port or 5432
    except ValueError:
        port = 5432
    return Profile(
        "",
        "postgresql",
        "",
        parts.hostname or "localhost",
        port,
        unquote(parts.path.lstrip("/")) or "rimedio",
        unquote(parts.username or "rimedio"),
        "sslmode=require" in parts.query,
    )
