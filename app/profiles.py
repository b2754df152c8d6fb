"""Named connection profiles of this workstation: several shops' or servers' databases, one chosen at login.

A profile is a SQLite file or a PostgreSQL server (host, port, database, user, TLS); it never holds a password
(that stays in ``RIMEDIO_DB_PASSWORD``, the keyring or a prompt). Profiles are kept in ``profiles.json`` in the
data folder, shared by the desktop's login (its profile picker) and the commands (``--profile NAME`` or
``RIMEDIO_PROFILE``); the order of choice is ``--db``, ``RIMEDIO_DB``, then the profile, then the embedded file.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from urllib.parse import quote

from app.config import data_dir
from app.errors import NotFound, ValidationError

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


def load_profiles() -> list[Profile]:
    """Every profile, in the order they were added; ``[]`` without a file (or with one that cannot be read)."""
    try:
        raw = json.loads(profiles_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out = []
    for item in raw.get("profiles", []) if isinstance(raw, dict) else []:
        try:
            out.append(check(Profile(**{k: v for k, v in item.items() if k in Profile.__dataclass_fields__})))
        except (TypeError, ValidationError):
            continue  # a hand-edited entry that does not make sense is left out, not fatal
    return out


def _write(profiles: list[Profile]) -> None:
    path = profiles_file()
    partial = path.with_name(path.name + ".partial")
    partial.write_text(
        json.dumps({"profiles": [asdict(p) for p in profiles]}, indent=2, ensure_ascii=False),
        encoding="utf-8",
    )
    os.replace(partial, path)


def check(p: Profile) -> Profile:
    """A profile that makes sense, or a one-line refusal."""
    name = (p.name or "").strip()
    if not name or len(name) > MAX_NAME:
        raise ValidationError("A profile needs a name of 1 to {n} characters.", n=MAX_NAME)
    if p.kind not in KINDS:
        raise ValidationError("A profile is sqlite or postgresql, not {kind}.", kind=p.kind)
    if p.kind == "postgresql":
        if not (1 <= int(p.port) <= 65535):
            raise ValidationError("The port must be between 1 and 65535.")
        if not p.host.strip() or not p.database.strip() or not p.user.strip():
            raise ValidationError("A PostgreSQL profile needs a host, a database and a user.")
    return replace(p, name=name, port=int(p.port), tls=bool(p.tls))


def save_profile(p: Profile) -> Profile:
    """Add ``p``, or replace the profile of the same name (names are compared without case)."""
    p = check(p)
    profiles = [q for q in load_profiles() if q.name.lower() != p.name.lower()]
    _write([*profiles, p])
    return p


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
