"""Saved views of the inbox: a name for filters, search, sort and columns, kept per user on this computer.

A view is a small JSON object; the header's state (widths, order, hidden columns, sort) is kept as base64 text.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from ui import prefs


@dataclass(frozen=True)
class SavedView:
    name: str
    status: str
    kind: str
    channel: str
    mine: bool
    overdue: bool
    search: str
    header: str  # QHeaderView.saveState(), base64
    unassigned: bool = False  # the queue of cases nobody owns (views saved before it: off)


def load_views(username: str, page: str) -> list[SavedView]:
    try:
        raw = json.loads(prefs.user_text(username, f"{page}/views") or "[]")
    except ValueError:
        return []
    views = []
    for item in raw if isinstance(raw, list) else []:
        try:
            views.append(SavedView(**item))
        except TypeError:
            continue  # a view saved by another version of Rimedio
    return views


def store_views(username: str, page: str, views: list[SavedView]) -> None:
    prefs.put_user_text(username, f"{page}/views", json.dumps([asdict(v) for v in views], ensure_ascii=False))


def with_view(views: list[SavedView], view: SavedView) -> list[SavedView]:
    """``views`` with ``view`` added, or replacing the one of the same name (case ignored), sorted by name."""
    kept = [v for v in views if v.name.casefold() != view.name.casefold()]
    return sorted([*kept, view], key=lambda v: v.name.casefold())
