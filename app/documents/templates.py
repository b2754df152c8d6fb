"""The wording of notes and e-mails: shipped text files per kind × language, admin overrides, checks and filling.

Templates live in ``resources/templates/`` (see its README for the syntax). An override kept in the database is
passed in as a string; the shipped file stays the default. This module must never touch the database, and never
let a template with an unknown or missing placeholder through :func:`validate_template`: that is the moment the
admin hears about it, not when a customer's card is printed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from app.domain.enums import CaseKind
from app.errors import ValidationError
from app.i18n import DEFAULT_LANGUAGE, normalize_language
from app.resources import resource_path

EMAIL_SUBJECT = "email_subject"
EMAIL_BODY = "email_body"

#: Every placeholder a template may use.
PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "first_name",
        "order_number",
        "item",
        "problem",
        "remedy",
        "amount",
        "expiry",
        "agent_name",
        "shop_name",
        "code",
    }
)

#: What each template must contain.
REQUIRED: dict[str, frozenset[str]] = {
    CaseKind.WRONG_ITEM.value: frozenset({"first_name", "item", "remedy"}),
    CaseKind.DAMAGED.value: frozenset({"first_name", "item", "remedy"}),
    CaseKind.MISSING_ITEM.value: frozenset({"first_name", "item", "remedy"}),
    CaseKind.DELAY.value: frozenset({"first_name", "order_number", "remedy"}),
    CaseKind.COMPLAINT.value: frozenset({"first_name", "remedy"}),
    EMAIL_SUBJECT: frozenset(),
    EMAIL_BODY: frozenset({"note"}),
}

TEMPLATE_KINDS: tuple[str, ...] = tuple(REQUIRED)

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_ENDS_SENTENCE = (".", "!", "?", "…")


def _allowed(kind: str) -> frozenset[str]:
    return PLACEHOLDERS | {"note"} if kind == EMAIL_BODY else PLACEHOLDERS


def _check_kind(kind: str) -> str:
    key = str(kind)
    if key not in REQUIRED:
        raise ValidationError(
            "Unknown template: {name}. Choose one of: {choices}.", name=key, choices=", ".join(TEMPLATE_KINDS)
        )
    return key


def placeholders_in(text: str) -> list[str]:
    """Placeholder names in the order they appear (``{{`` and ``}}`` are literal braces, not placeholders)."""
    return [m.group(1) for m in _TOKEN.finditer(text) if m.group(1) is not None]


def validate_template(text: str, kind: str) -> frozenset[str]:
    """Refuse a template the engine could not fill for ``kind``; return the placeholders it uses.

    ``kind`` is a case kind (``wrong_item`` …) for a note, or ``email_subject`` / ``email_body``.
    """
    kind = _check_kind(kind)
    if not (text or "").strip():
        raise ValidationError("The template is empty.")
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if token in ("{", "}"):
            start = max(0, m.start() - 20)
            raise ValidationError(
                "The template has a lone brace near “{text}”. Write {{{{ or }}}} for a brace, or "
                "{{name}} for a placeholder.",
                text=text[start : m.end() + 20].strip(),
            )
    used = placeholders_in(text)
    allowed = _allowed(kind)
    for name in used:
        if name not in allowed:
            raise ValidationError(
                "Unknown placeholder {placeholder} in the template. Allowed: {choices}.",
                placeholder="{" + name + "}",
                choices=", ".join("{" + p + "}" for p in sorted(allowed)),
            )
    for name in sorted(REQUIRED[kind]):
        if name not in used:
            raise ValidationError(
                "The template must contain the placeholder {placeholder}.", placeholder="{" + name + "}"
            )
    return frozenset(used)


def _template_file(kind: str, lang: str):
    if kind == EMAIL_SUBJECT:
        return resource_path("templates", "email", f"subject.{lang}.txt")
    if kind == EMAIL_BODY:
        return resource_path("templates", "email", f"body.{lang}.txt")
    return resource_path("templates", "note", f"{kind}.{lang}.txt")


@cache
def shipped_template(kind: str, lang: str) -> str:
    """The text shipped for ``kind`` in ``lang``, or in English when that language has none."""
    kind = _check_kind(kind)
    lang = normalize_language(lang)
    path = _template_file(kind, lang)
    if not path.is_file():
        path = _template_file(kind, DEFAULT_LANGUAGE)
    return path.read_text(encoding="utf-8")


def load_template(kind: str, lang: str, override: str | None = None) -> str:
    """The text to use: the shop's ``override`` (checked) when there is one, else the shipped default."""
    if override is not None and override.strip():
        validate_template(override, kind)
        return override
    return shipped_template(str(kind), lang)


def _fill_line(line: str, values: Mapping[str, Any]) -> str | None:
    """Fill one line; ``None`` when a placeholder on it has no value (the line is then left out)."""
    out: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(line):
        out.append(line[pos : m.start()])
        pos = m.end()
        token = m.group(0)
        if token == "{{":
            out.append("{")
        elif token == "}}":
            out.append("}")
        elif m.group(1) is not None:
            value = values.get(m.group(1))
            text = "" if value is None else str(value).strip()
            if not text:
                return None
            out.append(text)
            if text.endswith(_ENDS_SENTENCE) and line[pos : pos + 1] == ".":
                pos += 1
        else:
            out.append(token)
    out.append(line[pos:])
    return "".join(out)


def render(text: str, values: Mapping[str, Any]) -> str:
    """Fill ``text``'s placeholders from ``values``; a line whose value is missing or blank is left out.

    Paragraphs stay separated by one blank line; a paragraph whose every line was left out disappears.
    """
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        lines = [
            filled for line in block.split("\n") if (filled := _fill_line(line.rstrip(), values)) is not None
        ]
        lines = [line for line in lines if line.strip()]
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def paragraphs(text: str) -> list[str]:
    """Rendered text as flowing paragraphs: the lines of one paragraph joined with a space."""
    return [
        " ".join(line.strip() for line in block.split("\n")) for block in text.split("\n\n") if block.strip()
    ]


@cache
def labels(lang: str) -> dict[str, Any]:
    """The fixed words printed on vouchers and case sheets, in ``lang`` (missing keys from English)."""
    lang = normalize_language(lang)
    with resource_path("templates", f"labels.{DEFAULT_LANGUAGE}.json").open(encoding="utf-8") as fh:
        merged: dict[str, Any] = json.load(fh)
    path = resource_path("templates", f"labels.{lang}.json")
    if lang != DEFAULT_LANGUAGE and path.is_file():
        with path.open(encoding="utf-8") as fh:
            for key, value in json.load(fh).items():
                if isinstance(value, dict):
                    merged[key] = {**merged.get(key, {}), **value}
                else:
                    merged[key] = value
    return merged
