"""Every message a user can be refused with exists in Italian and Romanian, with the same placeholders."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ERROR_CLASSES = {
    "RimedioError",
    "ValidationError",
    "NotFound",
    "PermissionDenied",
    "AuthenticationFailed",
    "Conflict",
    "StorageError",
    "SecretStoreUnavailable",
    "translate",
}

BUILTIN_ERRORS = {
    "ValueError",
    "TypeError",
    "RuntimeError",
    "KeyError",
    "AssertionError",
    "OSError",
    "LookupError",
}


def _msgids() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            first = node.args[0]
            is_refusal = name in ERROR_CLASSES or (name.endswith("Error") and name not in BUILTIN_ERRORS)
            if is_refusal and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _catalog(lang: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for path in sorted((ROOT / "resources" / "messages" / lang).glob("*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"{(\w+)}", text.replace("{{", "").replace("}}", "")))


@pytest.mark.parametrize("lang", ["it", "ro"])
def test_every_refusal_is_translated(lang):
    catalog = _catalog(lang)
    missing = {msg: where for msg, where in _msgids().items() if msg not in catalog and msg.strip()}
    assert not missing, "\n".join(f"{w}: {m}" for m, w in sorted(missing.items(), key=lambda kv: kv[1]))


@pytest.mark.parametrize("lang", ["it", "ro"])
def test_translations_keep_the_placeholders(lang):
    wrong = [k for k, v in _catalog(lang).items() if _placeholders(k) != _placeholders(v)]
    assert not wrong, wrong


# The staff UI speaks to people formally (Lei in Italian, dumneavoastră in Romanian): one register per language.
# Imperatives are matched where a request starts (sentence start, after ":", ";", "(" or " o "/" sau "), so the
# third person of the same verb ("il caso non indica", "un amministratore imposta") is not taken for one.
_REQUEST_START = r"(?:^|[.:;(]\s*|\b(?:o|oppure|e|poi|sau|ori|și)\s+)"
INFORMAL = {
    "it": [
        _REQUEST_START
        + r"(scegli|scrivi|usa|indica|aggiungi|imposta|riprova|controlla|correggi|chiedi|esegui|"
        r"installa|avvia|aggiorna|crea|libera|stampa|metti|importa|chiudi|accedi|dai|verifica)\b",
        r"\b(intendevi|hai|puoi|devi|vuoi|tuo|tua|tuoi|tue|supereresti|lasci|restane|sceglilo|scegline|scrivine|"
        r"ricaricalo|importalo|ripristinalo|tienilo|stampalo|invialo|indicane|impostane|creane|crealo|digitala|"
        r"conservala|conservane|disattivalo|ripetila|salvala|dalla)\b",
    ],
    "ro": [
        _REQUEST_START + r"(alege|scrie|folosește|încearcă|introdu|adaugă|spune|dă)\b",
        r"\b(lași|poți|vrei|ești|tău|tale|tăi)\b",
    ],
}


@pytest.mark.parametrize("lang", ["it", "ro"])
def test_catalogs_use_the_formal_register(lang):
    informal = [re.compile(pattern, re.IGNORECASE) for pattern in INFORMAL[lang]]
    found = [text for text in _catalog(lang).values() if any(p.search(text) for p in informal)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    "text",
    [
        "«{text}» si può leggere in due modi: intendevi {first} o {second}?",
        "{key}: scegli tra {choices}.",
        "Pezzi interessati: scrivi quanti.",
        "Il file non è chiuso. Usa PNG.",
    ],
)
def test_the_register_check_catches_informal_italian(text):
    assert any(re.search(p, text, re.IGNORECASE) for p in INFORMAL["it"])
