"""Saved column mappings: a shop file's columns named once, kept under a name, used by mapped imports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.permissions import Permission
from app.errors import NotFound, ValidationError
from app.imports.mapped import ColumnMapping
from app.services.context import ServiceContext
from app.services.retry import retried
from app.store.models import ImportMapping


@dataclass(frozen=True)
class MappingInfo:
    name: str
    kind: str
    fields: dict[str, str]
    date_order: str | None
    currency: str | None
    updated_at: datetime


@retried
def save_mapping(ctx: ServiceContext, mapping: ColumnMapping | str) -> MappingInfo:
    """Save (or replace) a column mapping under its name; ``mapping`` may be its JSON text."""
    ctx.require(Permission.IMPORT)
    cmap = ColumnMapping.from_json(mapping) if isinstance(mapping, str) else mapping
    name = " ".join((cmap.name or "").split())
    if not name or len(name) > 120:
        raise ValidationError("A column mapping needs a name of 1 to 120 characters.")
    with ctx.db.write() as s:
        row = s.scalar(select(ImportMapping).where(ImportMapping.name == name))
        now = ctx.now()
        if row is None:
            row = ImportMapping(name=name)
            s.add(row)
        row.kind, row.definition, row.updated_at, row.updated_by_id = (
            cmap.kind,
            cmap.to_json(),
            now,
            ctx.actor.id,
        )
        s.flush()
        return _mapping_info(row)


def list_mappings(ctx: ServiceContext) -> list[MappingInfo]:
    ctx.require(Permission.IMPORT)
    with ctx.db.read() as s:
        return [_mapping_info(r) for r in s.scalars(select(ImportMapping).order_by(ImportMapping.name))]


def load_mapping(s: Session, name: str) -> ColumnMapping:
    row = s.scalar(select(ImportMapping).where(ImportMapping.name == " ".join((name or "").split())))
    if row is None:
        known = ", ".join(s.scalars(select(ImportMapping.name).order_by(ImportMapping.name))) or "-"
        raise NotFound("There is no column mapping called {name} (saved: {known}).", name=name, known=known)
    return ColumnMapping.from_json(row.definition)


def _mapping_info(row: ImportMapping) -> MappingInfo:
    cmap = ColumnMapping.from_json(row.definition)
    return MappingInfo(row.name, cmap.kind, dict(cmap.fields), cmap.date_order, cmap.currency, row.updated_at)
