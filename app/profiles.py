"""Named connection profiles of this workstation: several shops' or servers' databases, one chosen at login.

A profile is a SQLite file or a PostgreSQL server (host, port, database, user, TLS); it never holds a password
(that stays in ``RIMEDIO_DB_PASSWORD``, the keyring or a prompt). Profiles are kept in ``profiles.json`` in the
data folder, shared by the desktop's login (its profile picker), its Preferences (where they are edited) and the
commands (``--profile NAME`` or ``RIMEDIO_PROFILE``); the order of choice is ``--db``, ``RIMEDIO_DB``, then the
profile, then the *default* profile (one may be marked so), then the embedded file. The desktop opens the
connection last chosen (a profile picked at login, or the Preferences' database) — the default profile while
that is still the embedded file.

Every way of changing them — ``rimedio db profile``, the Preferences — goes through :func:`check` here; the
Preferences' own connection of the workstation is a profile without a name, checked by :func:`check_where` (the
same rule, less the name) and turned into a URL by :meth:`Profile.url`.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from urllib.parse import quote

from app.errors import NotFound, ValidationError
from app.folders import data_dir

KINDS = ("sqlite", "postgresql")
MAX_NAME = 60


@dataclass(frozen=True)
class Profile:
    name: str
    kind: str = "sqlite"
    path: str = ""  # SQLite: the file ("" = the embedded file of the data folder)
    host: str = "localhost"
    port: int = 5432
    database: str = "rimedio"
    user: str = "rimedio"
    tls: bool = False

    def url(self) -> str:
        """The database URL, without a password."""
        if self.kind == "sqlite":
            path = Path(self.path).expanduser().resolve() if self.path else data_dir() / "rimedio.sqlite3"
            return f"sqlite:///{path}"
        url = (
            f"postgresql://{quote(self.user, safe='')}@{self.host or 'localhost'}:{self.port}/"
            f"{quote(self.database, safe='')}"
        )
        return url + ("?sslmode=require" if self.tls else "")

    def where(self) -> str:
        """The database as ``Database.description`` names it (so a window can tell which profile is in use)."""
        if self.kind == "sqlite":
            return f"SQLite {self.url().split(':///', 1)[1]}"
        return f"PostgreSQL {self.user}@{self.host or 'localhost'}:{self.port}/{self.database}"

    def describe(self) -> str:
        if self.kind == "sqlite":
            return f"{self.name}: SQLite {self.path or data_dir() / 'rimedio.sqlite3'}"
        return f"{self.name}: PostgreSQL {self.user}@{self.host}:{self.port}/{self.database}" + (
            " (TLS)" if self.tls else ""
        )


def profiles_file() -> Path:
    return data_dir() / "profiles.json"


def _read() -> dict:
    try:
        raw = json.loads(profiles_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def load_profiles() -> list[Profile]:
    """Every profile, in the order they were added; ``[]`` without a file (or with one that cannot be read)."""
    raw = _read()
    out = []
    for item in raw.get("profiles", []):
        try:
            out.append(check(Profile(**{k: v for k, v in item.items() if k in Profile.__dataclass_fields__})))
        except (TypeError, ValueError, AttributeError, ValidationError):
            continue  # a hand-edited entry that does not make sense is left out, not fatal
    return out


def default_profile() -> str | None:
    """The name of the profile marked as the default, if it still exists."""
    name = _read().get("default")
    names = {p.name.lower(): p.name for p in load_profiles()}
    return names.get(name.lower()) if isinstance(name, str) else None


_KEEP = object()


def _write(profiles: list[Profile], default: object = _KEEP) -> None:
    """``default``: the default profile's name (``None``: none); left out, the one marked before stays if kept."""
    if default is _KEEP:
        default = _read().get("default")
    names = {p.name.lower(): p.name for p in profiles}
    content: dict = {"profiles": [asdict(p) for p in profiles]}
    if isinstance(default, str) and default.lower() in names:
        content["default"] = names[default.lower()]
    path = profiles_file()
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(content, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, path)


def check(p: Profile) -> Profile:
    """A profile that makes sense, or a one-line refusal."""
    name = (p.name or "").strip()
    if not name or len(name) > MAX_NAME:
        raise ValidationError("A profile needs a name of 1 to {n} characters.", n=MAX_NAME)
    return replace(check_where(p), name=name)


def check_where(p: Profile) -> Profile:
    """Where ``p``'s database is, if that makes sense (trimmed), or a one-line refusal; its name is not looked at.

    The rule of every profile's database, and of the Preferences' own connection of the workstation (a profile
    without a name), so that no window accepts a server :func:`check` would refuse."""
    if p.kind not in KINDS:
        raise ValidationError("A profile is sqlite or postgresql, not {kind}.", kind=p.kind)
    if p.kind == "postgresql":
        if not (1 <= int(p.port) <= 65535):
            raise ValidationError("The port must be between 1 and 65535.")
        if not p.host.strip() or not p.database.strip() or not p.user.strip():
            raise ValidationError("A PostgreSQL profile needs a host, a database and a user.")
    return replace(
        p,
        path=(p.path or "").strip(),
        host=p.host.strip(),
        database=p.database.strip(),
        user=p.user.strip(),
        port=int(p.port),
        tls=bool(p.tls),
    )


def save_profile(p: Profile, replaces: str | None = None) -> Profile:
    """Add ``p``, or replace the profile of the same name (names are compared without case).

    ``replaces``: the name of the profile being edited (the Preferences): it is replaced in its place, under its
    new name if renamed (and stays the default if it was) — but renaming it onto another profile is refused."""
    p = check(p)
    profiles = load_profiles()
    if replaces is None:
        kept = [q for q in profiles if q.name.lower() != p.name.lower()]
        _write([*kept, p])
        return p
    old = replaces.strip().lower()
    if not any(q.name.lower() == old for q in profiles):
        raise NotFound("There is no connection profile {name}.", name=replaces)
    if p.name.lower() != old and any(q.name.lower() == p.name.lower() for q in profiles):
        raise ValidationError(
            "There is already a connection profile {name}: choose another name.", name=p.name
        )
    default = _read().get("default")
    renamed_default = isinstance(default, str) and default.lower() == old
    _write(
        [p if q.name.lower() == old else q for q in profiles],
        p.name if renamed_default else default,
    )
    return p


def add_profile(p: Profile) -> Profile:
    """Add ``p`` as a new profile: a name already in use is refused (the Preferences' *New*)."""
    p = check(p)
    if any(q.name.lower() == p.name.lower() for q in load_profiles()):
        raise ValidationError(
            "There is already a connection profile {name}: choose another name.", name=p.name
        )
    return save_profile(p)


def set_default_profile(name: str | None) -> None:
    """Mark the profile ``name`` as the default (``None``: no default)."""
    profiles = load_profiles()
    if name is not None:
        name = find_profile(name).name
    _write(profiles, name)


def remove_profile(name: str) -> None:
    profiles = load_profiles()
    kept = [q for q in profiles if q.name.lower() != name.strip().lower()]
    if len(kept) == len(profiles):
        raise NotFound("There is no connection profile {name}.", name=name)
    _write(kept)


def find_profile(name: str) -> Profile:
    for p in load_profiles():
        if p.name.lower() == name.strip().lower():
            return p
    names = ", ".join(p.name for p in load_profiles()) or "-"
    raise NotFound("There is no connection profile {name} (profiles: {names}).", name=name, names=names)
