"""What a printed timeline says about each event, in the reader's words.

A case event stores its facts for the program: a status change its ``from``/``to`` values, a print its document
kind, paper and language (``case_sheet · LABEL_4X6 · en``), a chosen remedy its key (``keep_and_credit``), an
edit its field names. A document for people must never show those keys: this module turns an event's type, text
and data into a line in the reader's language, using the translated labels of :func:`app.documents.templates.labels`.
It is pure (no database, no clock); free text people wrote (a note, a reason) is kept as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import InvalidOperation
from typing import Any

from app.domain import vouchers
from app.domain.money import Money
from app.errors import ValidationError


def event_name(kind: str, words: Mapping[str, Any]) -> str:
    """``Status changed``: the event type's label (an unknown type as words, never as its key)."""
    return words["events"].get(kind) or _readable(kind)


def event_detail(
    kind: str, text: str, data: Mapping[str, Any] | None, words: Mapping[str, Any], lang: str
) -> str:
    """What follows the event's name for a reader of ``lang`` (``words`` is ``labels(lang)``):
    ``New → Resolved`` for a status change, ``Case sheet · 4×6 in label · Italian · on the printer`` for a print,
    ``Keep the item and receive store credit, €15.00`` for a chosen remedy, the field names of an edit."""
    return _detail(kind, text or "", dict(data or {}), words, lang)


def _detail(kind: str, text: str, data: dict[str, Any], words: Mapping[str, Any], lang: str) -> str:
    if kind == "status":
        moved = " → ".join(word(words["statuses"], data[k]) for k in ("from", "to") if data.get(k))
        return " — ".join(part for part in (moved, text) if part)
    if kind == "remedy_chosen":
        remedy = str(data.get("remedy") or text.split(" ", 1)[0])
        amount = _money(data.get("amount"), data.get("currency"), lang)
        return ", ".join(part for part in (word(words["remedies"], remedy), amount) if part)
    if kind == "edited":
        fields = data.get("fields") or [f.strip() for f in text.split(",") if f.strip()]
        return ", ".join(word(words.get("fields", {}), str(f)) for f in fields)
    if kind == "printed":
        parts = [
            word(words.get("documents", {}), str(data.get("document") or "")),
            word(words.get("sizes", {}), str(data.get("size") or "").lower()),
            word(words.get("languages", {}), str(data.get("language") or "")),
            word(words.get("how", {}), str(data.get("how") or "")),
        ]
        if not data:  # an event written before its data was kept: its text is the same three values
            parts = [
                word(words.get(group, {}), value.strip().lower())
                for group, value in zip(("documents", "sizes", "languages"), text.split("·"), strict=False)
            ]
        return " · ".join(p for p in parts if p)
    if kind == "credit_issued":
        code = _code(str(data.get("code") or text))
        return ", ".join(p for p in (code, _money(data.get("amount"), data.get("currency"), lang)) if p)
    return text


def word(table: Mapping[str, str], key: str) -> str:
    """The label of ``key``; an unknown key shown as words (``label_4x6`` → ``label 4x6``), never as a key."""
    if not key:
        return ""
    return table.get(key) or table.get(key.lower()) or _readable(key)


def _readable(key: str) -> str:
    words = " ".join(key.replace("_", " ").split())
    return words[:1].upper() + words[1:] if words.islower() else words


def _money(amount: Any, currency: Any, lang: str) -> str:
    if amount in (None, "") or not currency:
        return ""
    try:
        return Money.parse(str(amount), str(currency)).format(lang)
    except (ValidationError, InvalidOperation, ValueError):
        return ""


def _code(text: str) -> str:
    check = vouchers.check_code(text)
    return vouchers.format_code(check.code) if check.ok and check.code else text
