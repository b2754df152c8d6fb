"""Messages for people, in the user's language, for the parts of Rimedio that are not Qt.

The desktop client translates its own widgets with Qt's ``tr()``; service refusals and CLI output go through
:func:`translate`. Catalogs are JSON files ``resources/messages/<lang>/<area>.json`` (one file per area of the program, merged)
that map the English text (the message id) to the translation; a missing entry falls back to English, so a new
message never shows a key.
"""

from __future__ import annotations

import json
import locale
import os
from functools import cache
from typing import Any

from app.resources import resource_path

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "it", "ro")
DEFAULT_LANGUAGE = "en"

_current: str | None = None


def normalize_language(code: str | None) -> str:
    """``it_IT.UTF-8`` → ``it``; anything unsupported → English."""
    if not code:
        return DEFAULT_LANGUAGE
    base = code.replace("-", "_").split(".")[0].split("_")[0].lower()
    return base if base in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def system_language() -> str:
    """The language the user asked for: ``RIMEDIO_LANG``, then the usual locale variables."""
    for var in ("RIMEDIO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return normalize_language(value)
    try:
        loc = locale.getlocale()[0]
    except ValueError:  # pragma: no cover - odd platform locales
        loc = None
    return normalize_language(loc)


def set_language(code: str | None) -> str:
    """Choose the language of messages for this process; returns the language actually used."""
    global _current
    _current = normalize_language(code) if code else None
    return current_language()


def explicit_language() -> str | None:
    """The language this process was told to use (``--lang`` or ``RIMEDIO_LANG``, via :func:`set_language`), if any."""
    return _current


def current_language() -> str:
    return _current or system_language()


@cache
def _catalog(lang: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    folder = resource_path("messages", lang)
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        with path.open(encoding="utf-8") as fh:
            merged.update(json.load(fh))
    return merged


def translate(msgid: str, lang: str | None = None, **params: Any) -> str:
    """Translate ``msgid`` and fill its ``{placeholders}``; never raises on a bad catalog entry."""
    lang = lang or current_language()
    text = _catalog(lang).get(msgid, msgid) if lang != DEFAULT_LANGUAGE else msgid
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return msgid.format(**params) if params else msgid
