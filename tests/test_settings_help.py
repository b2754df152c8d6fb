"""Every shop setting explains itself in Italian and Romanian, and the settings list shows that text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

# Importing the services registers every setting spec (remedies, documents, approvals, core).
import app.services.approvals  # noqa: F401
import app.services.documents  # noqa: F401
import app.services.remedies  # noqa: F401
import app.services.settings  # noqa: F401
from app.domain import settings_registry
from app.i18n import set_language, translate
from app.services.settings import list_settings

ROOT = Path(__file__).resolve().parent.parent


def _catalog(lang: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for path in sorted((ROOT / "resources" / "messages" / lang).glob("*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


@pytest.mark.parametrize("lang", ["it", "ro"])
def test_every_setting_help_is_translated(lang):
    catalog = _catalog(lang)
    specs = list(settings_registry.all_specs())
    assert len(specs) > 50
    missing = [sp.key for sp in specs if sp.help not in catalog]
    assert not missing, missing
    untranslated = [sp.key for sp in specs if catalog[sp.help].strip() in ("", sp.help)]
    assert not untranslated, untranslated
    # translate() must return the catalog text itself (no stray braces that would make it fall back to English).
    fallback = [sp.key for sp in specs if translate(sp.help, lang) != catalog[sp.help]]
    assert not fallback, fallback


def test_settings_help_catalogs_only_hold_registered_help():
    helps = {sp.help for sp in settings_registry.all_specs()}
    for lang in ("it", "ro"):
        own = json.loads(
            (ROOT / "resources" / "messages" / lang / "settings_help.json").read_text(encoding="utf-8")
        )
        assert set(own) == helps, lang


def test_list_settings_shows_italian_help(shop):
    set_language("it")
    try:
        rows = {r.key: r for r in list_settings(shop.as_(shop.admin))}
    finally:
        set_language(None)
    assert rows["hours.days"].help == "Giorni lavorativi, 1 = lunedì (es. 1-5 o 1-6)."
    assert (
        rows["cost.outbound_shipping"].help == "Quanto costa al negozio la spedizione di un pacco al cliente."
    )
    assert rows["approvals.expiry_days"].help.startswith("Giorni dopo i quali scade")
    specs = {sp.key: sp for sp in settings_registry.all_specs()}
    assert all(row.help != specs[key].help for key, row in rows.items())

    english = {r.key: r for r in list_settings(shop.as_(shop.admin))}
    assert english["hours.days"].help == "Working days, 1 = Monday (e.g. 1-5 or 1-6)."


@pytest.mark.parametrize("lang", ["it", "ro"])
def test_every_setting_has_a_short_label_translated(lang):
    specs = list(settings_registry.all_specs())
    unlabelled = [sp.key for sp in specs if not sp.label.strip()]
    assert not unlabelled, unlabelled
    labels = [sp.label for sp in specs]
    assert len(set(labels)) == len(labels), "two settings must not share a caption"
    own = json.loads(
        (ROOT / "resources" / "messages" / lang / "settings_labels.json").read_text(encoding="utf-8")
    )
    assert set(own) == set(labels), lang
    untranslated = [sp.key for sp in specs if translate(sp.label, lang).strip() in ("", sp.label)]
    assert not untranslated, untranslated


def test_list_settings_gives_the_label_in_the_language(shop):
    set_language("it")
    try:
        rows = {r.key: r for r in list_settings(shop.as_(shop.admin))}
    finally:
        set_language(None)
    assert rows["security.lock_minutes"].label == "Durata del blocco dell'account (minuti)"
    assert rows["documents.handwriting"].label == "Carattere manoscritto nelle note"
