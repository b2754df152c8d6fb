"""Shared by every document: the language asked for, the letterhead, the shop's overrides and
signatures, the shop's local times, the file names, and the rendered :class:`Document` itself.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import overload

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.domain.documents_settings as doc_settings
from app.documents import (
    ShopProfile,
)
from app.domain.settings_registry import ShopSettings
from app.domain.text import fold
from app.errors import ValidationError
from app.i18n import SUPPORTED_LANGUAGES
from app.store.models import Customer, Setting

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Document:
    """A rendered PDF and what it is, ready to preview, print, save or attach."""

    kind: str  # note | voucher | case_sheet | batch
    data: bytes
    filename: str
    size: str
    language: str
    case_id: int | None = None
    code: str = ""
    count: int = 1
    case_ids: tuple[int, ...] = ()  # a batch: the cases whose sheets it holds, in order


def check_language(lang: str | None) -> str | None:
    """``None`` stays ``None``; a supported code is returned lower-case; anything else is refused."""
    if lang is None:
        return None
    code = lang.strip().lower()
    if code not in SUPPORTED_LANGUAGES:
        raise ValidationError(
            "Unknown language: {value}. Choose one of: {choices}.",
            value=lang,
            choices=", ".join(SUPPORTED_LANGUAGES),
        )
    return code


def _image(path_text: str, what: str) -> Path | None:
    """An image path from the settings, or ``None`` (with a warning) when the file is not on this workstation."""
    if not path_text:
        return None
    path = Path(path_text).expanduser()
    if not path.is_file():
        log.warning("%s %s is not on this workstation; printing without it", what, path)
        return None
    return path


def shop_profile(settings: ShopSettings) -> ShopProfile:
    """The letterhead from the shop settings (``shop.address`` lines are separated by ``|``)."""
    address = tuple(part.strip() for part in settings["shop.address"].split("|") if part.strip())
    return ShopProfile(
        settings["shop.name"],
        address,
        settings["shop.website"],
        _image(settings["shop.logo_path"], "logo"),
        settings["shop.email"],
    )


def template_overrides(s: Session) -> dict[str, str]:
    rows = s.execute(select(Setting.key, Setting.value).where(Setting.key.like("template.%")))
    return {key: value for key, value in rows}


def signature_file(s: Session, settings: ShopSettings, user_id: int) -> Path | None:
    own = s.get(Setting, doc_settings.signature_key(user_id))
    if own is not None and own.value:
        return _image(own.value, "signature")
    return _image(settings["shop.signature_path"], "signature")


def local_date(moment: datetime | None, settings: ShopSettings) -> date | None:
    return moment.astimezone(settings["shop.timezone"]).date() if moment else None


@overload
def local_time(moment: datetime, settings: ShopSettings) -> datetime: ...
@overload
def local_time(moment: datetime | None, settings: ShopSettings) -> datetime | None: ...
def local_time(moment: datetime | None, settings: ShopSettings) -> datetime | None:
    """``moment`` in the shop's time zone (``None`` stays ``None``)."""
    return moment.astimezone(settings["shop.timezone"]) if moment else None


def customer_language(customer: Customer, settings: ShopSettings) -> str:
    lang = (customer.language or "").strip().lower()
    return lang if lang in SUPPORTED_LANGUAGES else settings["shop.language"]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "document"
