"""Signatures on the notes: the acting user's image, or the shop's."""

from __future__ import annotations

from pathlib import Path

import app.domain.documents_settings as doc_settings
from app.domain.permissions import Permission
from app.errors import NotFound, ValidationError
from app.services.context import ServiceContext
from app.services.retry import retried
from app.store.models import Setting


@retried
def set_signature(ctx: ServiceContext, path: str | None, *, shop_wide: bool = False) -> str:
    """Set (or with ``None`` clear) the acting user's signature image; ``shop_wide`` sets the shop's (admins).

    The image is checked now so a broken file is refused here, not on a customer's card.
    """
    ctx.require(Permission.SETTINGS_WRITE if shop_wide else Permission.CASE_READ)
    value = ""
    if path:
        file = Path(path).expanduser().resolve()
        if not file.is_file():
            raise NotFound("There is no image file {path}.", path=str(file))
        try:
            from reportlab.lib.utils import ImageReader

            ImageReader(str(file)).getSize()
        except Exception:  # reportlab/PIL raise many kinds for a file that is not an image
            raise ValidationError(
                "{path} is not an image Rimedio can print (use PNG or JPEG).", path=str(file)
            ) from None
        value = str(file)
    key = "shop.signature_path" if shop_wide else doc_settings.signature_key(ctx.actor.id)
    with ctx.db.write() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value, updated_at=ctx.now(), updated_by_id=ctx.actor.id))
        else:
            row.value, row.updated_at, row.updated_by_id = value, ctx.now(), ctx.actor.id
    return value
