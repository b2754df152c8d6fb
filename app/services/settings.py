"""Shop settings: read them typed, change them (admins only), list them with their help text."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import event as orm_events
from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from app.domain import setting_units
from app.domain import settings_registry as registry
from app.domain.permissions import Permission
from app.domain.remedies import registry as remedy_settings  # declares the cost and peak-season settings
from app.i18n import translate
from app.services.context import ServiceContext
from app.services.retry import retried
from app.store import rollups
from app.store.models import Setting

#: The setting whose change rebuilds the reports' rollups (they count the shop's local days).
ZONE_KEY = "shop.timezone"


@dataclass(frozen=True)
class SettingRow:
    key: str
    value: str
    default: str
    help: str
    kind: str
    #: What the value counts (``EUR``, ``days``, ``share from 0 to 1`` …), from :mod:`app.domain.setting_units`.
    unit: str = ""
    #: Short caption of the setting in the current language (``Immagine del logo``); the key when none is declared.
    label: str = ""


def _label(sp: registry.SettingSpec) -> str:
    return translate(sp.label) if sp.label else sp.key


#: ``session.info`` key of the settings read in the session's current transaction: (transaction, settings)
_LOADED = "rimedio_settings"


def load_settings(session: Session) -> registry.ShopSettings:
    """Typed shop settings, read inside the caller's transaction.

    Read once per transaction: the services a call goes through (the case, its deadlines, the limits, the cost
    model, the segments) each ask, and all get the same values. Writing a setting through the session (adding,
    changing or deleting a :class:`Setting` row) makes the next call read them again; a new transaction always
    reads them again.
    """
    loaded = session.info.get(_LOADED)
    if (
        loaded is not None
        and loaded[0] is session.get_transaction()
        and not any(isinstance(o, Setting) for o in session.new)
        and not any(isinstance(o, Setting) for o in session.deleted)
    ):
        cached: registry.ShopSettings = loaded[1]
        return cached
    stored: dict[str, str] = dict(session.execute(select(Setting.key, Setting.value)).all())
    shop = registry.ShopSettings(stored)
    session.info[_LOADED] = (session.get_transaction(), shop)
    return shop


def _forget_loaded(target: Setting, *_args: object) -> None:
    """A setting row changed in a session: its next :func:`load_settings` reads them again."""
    session = object_session(target)
    if session is not None:
        session.info.pop(_LOADED, None)


orm_events.listen(Setting.value, "set", _forget_loaded)
for _event in ("after_insert", "after_update", "after_delete"):
    orm_events.listen(Setting, _event, lambda _mapper, _conn, target: _forget_loaded(target))


def get_settings(ctx: ServiceContext) -> registry.ShopSettings:
    with ctx.db.read() as s:
        return load_settings(s)


def list_settings(ctx: ServiceContext) -> list[SettingRow]:
    with ctx.db.read() as s:
        shop = load_settings(s)
        return [
            SettingRow(
                sp.key,
                shop.raw(sp.key),
                sp.default,
                translate(sp.help),
                sp.kind,
                setting_units.unit(sp, shop.currency),
                _label(sp),
            )
            for sp in registry.all_specs()
        ]


def set_setting(ctx: ServiceContext, key: str, value: str) -> SettingRow:
    """Validate and store one setting; refused for non-admins and for values that do not parse."""
    return set_settings(ctx, {key: value})[0]


@retried
def set_settings(ctx: ServiceContext, values: dict[str, str]) -> list[SettingRow]:
    """Validate and store several settings at once, all or none: each value parses, and the checks across keys
    (the shop closes after it opens, the cost model's) see the new values together — so moving both opening hours
    past the old closing time is one valid change, whatever order the keys come in."""
    ctx.require(Permission.SETTINGS_WRITE)
    specs = {key: registry.spec(key) for key in values}
    with ctx.db.write() as s:
        shop = load_settings(s)
        currency = shop.currency
        if "shop.currency" in values:  # amounts saved with a new currency are read in it
            currency = str(registry.parse(specs["shop.currency"], values["shop.currency"]))
        texts: dict[str, str] = {}
        for key, value in values.items():
            registry.parse(specs[key], value, currency)
            texts[key] = value.strip() if specs[key].kind != "text" else value

        def raw(name: str) -> str:
            return texts[name] if name in texts else shop.raw(name)

        for key, text in texts.items():
            registry.check_relations(raw, key, text)
            remedy_settings.check_change(raw, key, text)  # the cost model's checks across keys
        from app.services import (
            audit,  # audit imports nothing of settings; kept local to keep this module light
        )

        rows = []
        for key, text in texts.items():
            row = s.get(Setting, key)
            old = row.value if row is not None else None
            if row is None:
                s.add(Setting(key=key, value=text, updated_at=ctx.now(), updated_by_id=ctx.actor.id))
            else:
                row.value, row.updated_at, row.updated_by_id = text, ctx.now(), ctx.actor.id
            s.flush()
            if key == ZONE_KEY and text != old:
                _rezone(s, text)
            audit.append(
                s,
                audit.Action.SETTING_CHANGED,
                at=ctx.now(),
                actor_id=ctx.actor.id,
                actor=ctx.actor.username,
                subject=key,
                data={"key": key, "old": old, "new": text},
            )
            spec = specs[key]
            rows.append(
                SettingRow(
                    key,
                    text,
                    spec.default,
                    translate(spec.help),
                    spec.kind,
                    setting_units.unit(spec, shop.currency),
                    _label(spec),
                )
            )
        return rows


def set_settings_unchecked(session: Session, values: dict[str, str]) -> None:
    """Store several settings inside a transaction the caller owns (set-up and the demo shop)."""
    for key, value in values.items():
        registry.parse(registry.spec(key), value)
        row = session.get(Setting, key)
        old = row.value if row is not None else None
        if row is None:
            session.add(Setting(key=key, value=value))  # written at: the column's default, the machine's time
        else:
            row.value = value
        if key == ZONE_KEY and value != old:
            session.flush()
            _rezone(session, value)


def _rezone(session: Session, zone: str) -> None:
    """The reports' rollups count local days: a new shop zone rebuilds them, in the same transaction."""
    rollups.rebuild(session.connection(), ZoneInfo(zone.strip()))
