"""The shop's own wording of the documents, kept as settings rows ``template.<kind>.<lang>`` so the
shipped text stays the default.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

import app.domain.documents_settings as doc_settings
from app.documents import (
    validate_template,
)
from app.documents.templates import TEMPLATE_KINDS, shipped_template
from app.domain.permissions import Permission
from app.domain.text import clean_text
from app.errors import ValidationError
from app.i18n import SUPPORTED_LANGUAGES
from app.services.context import ServiceContext
from app.services.documents.shared import check_language
from app.services.retry import retried
from app.store.models import Setting, User

MAX_TEMPLATE = 10_000


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    language: str
    text: str
    default: str
    overridden: bool
    updated_at: datetime | None = None
    updated_by: str | None = None


def _check_template_key(kind: str, lang: str) -> tuple[str, str]:
    kind = (kind or "").strip().lower()
    if kind not in TEMPLATE_KINDS:
        raise ValidationError(
            "Unknown template: {name}. Choose one of: {choices}.",
            name=kind,
            choices=", ".join(TEMPLATE_KINDS),
        )
    return kind, check_language(lang) or "en"


def _template_info(s: Session, kind: str, lang: str) -> TemplateInfo:
    row = s.get(Setting, doc_settings.template_key(kind, lang))
    default = shipped_template(kind, lang)
    if row is None or not row.value.strip():
        return TemplateInfo(kind, lang, default, default, False)
    who = s.get(User, row.updated_by_id) if row.updated_by_id else None
    return TemplateInfo(
        kind, lang, row.value, default, True, row.updated_at, who.display_name if who else None
    )


def get_template(ctx: ServiceContext, kind: str, lang: str) -> TemplateInfo:
    """The wording in use for ``kind`` in ``lang``: the shop's override, or the shipped text."""
    ctx.require(Permission.CASE_READ)
    kind, lang = _check_template_key(kind, lang)
    with ctx.db.read() as s:
        return _template_info(s, kind, lang)


def list_templates(ctx: ServiceContext) -> list[TemplateInfo]:
    ctx.require(Permission.CASE_READ)
    with ctx.db.read() as s:
        return [_template_info(s, kind, lang) for kind in TEMPLATE_KINDS for lang in SUPPORTED_LANGUAGES]


@retried
def set_template(ctx: ServiceContext, kind: str, lang: str, text: str) -> TemplateInfo:
    """Keep the shop's own wording (admins); a missing or unknown placeholder is refused now, not at printing."""
    ctx.require(Permission.SETTINGS_WRITE)
    kind, lang = _check_template_key(kind, lang)
    text = clean_text((text or "").replace("\r\n", "\n"))  # NUL and other control bytes never stored
    if len(text) > MAX_TEMPLATE:
        raise ValidationError(
            "The template is {n} characters long; keep it under {max}.", n=len(text), max=MAX_TEMPLATE
        )
    validate_template(text, kind)
    with ctx.db.write() as s:
        key = doc_settings.template_key(kind, lang)
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=text, updated_at=ctx.now(), updated_by_id=ctx.actor.id))
        else:
            row.value, row.updated_at, row.updated_by_id = text, ctx.now(), ctx.actor.id
        s.flush()
        return _template_info(s, kind, lang)


@retried
def reset_template(ctx: ServiceContext, kind: str, lang: str) -> TemplateInfo:
    """Go back to the shipped wording (admins)."""
    ctx.require(Permission.SETTINGS_WRITE)
    kind, lang = _check_template_key(kind, lang)
    with ctx.db.write() as s:
        row = s.get(Setting, doc_settings.template_key(kind, lang))
        if row is not None:
            s.delete(row)
            s.flush()
        return _template_info(s, kind, lang)
