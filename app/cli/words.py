"""The fixed vocabularies (kinds, channels, statuses, wishes, remedies, events) in words, for the command line's
tables in the user's language — the same words the case sheet prints. ``--json`` keeps the raw values."""

from __future__ import annotations

from enum import Enum

from app.documents.templates import labels
from app.i18n import current_language


def word(group: str, value: object) -> str:
    """``word("statuses", "awaiting_customer")`` → ``În așteptarea clientului`` in Romanian; unknown values as
    they are."""
    if value is None:
        return ""
    raw = value.value if isinstance(value, Enum) else str(value)
    table = labels(current_language()).get(group)
    return str(table.get(raw, raw)) if isinstance(table, dict) else raw
