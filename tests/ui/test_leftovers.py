"""Leftovers of the translations (issue 15, point 8): every word in the reader's language and one register."""

from __future__ import annotations

import html
import re

import pytest

from app.resources import resource_path
from ui import i18n
from ui.labels import autonym, order_status


def _translations(lang: str) -> dict[str, str]:
    text = resource_path("translations", f"rimedio_{lang}.ts").read_text(encoding="utf-8")
    pairs = re.findall(
        r"<source>([^<]*)</source>\s*(?:<[^>]*comment>[^<]*</[^>]*comment>\s*)*"
        r"<translation>([^<]*)</translation>",
        text,
    )
    return {html.unescape(a): html.unescape(b) for a, b in pairs}


def test_romanian_speaks_formally_and_translates_inbox_and_export():
    ro = _translations("ro")
    assert ro["Inbox"] != "Inbox"
    assert ro["Export &CSV…"].startswith("Exportați") and ro["Export &PDF…"].startswith("Exportați")
    informal = re.compile(
        r"^&?(Adaugă|Schimbă|Caută|Deschide|Închide|Înregistrează|Copiază|Creează|Testează|Cere|"
        r"Ține|Folosește|Reîncarcă|Alege|Scrie|Introdu|Apasă|Trimite|Salvează|Încearcă)\b"
    )
    assert [t for t in ro.values() if informal.match(t.replace("&", ""))] == []


def test_the_keep_and_credit_remedy_reads_well_in_italian():
    assert _translations("it")["Keep the item and store credit"] == "Tiene l'articolo e riceve un buono"


@pytest.mark.parametrize(
    ("lang", "paid", "refunded"),
    [("en", "Paid", "Refunded"), ("it", "Pagato", "Rimborsato"), ("ro", "Plătită", "Rambursată")],
)
def test_order_statuses_are_words(qapp, lang, paid, refunded):
    i18n.install(lang)
    assert (order_status("paid"), order_status("refunded")) == (paid, refunded)
    assert order_status("something_new") == "something_new"


def test_language_pickers_name_each_language_in_itself(qapp):
    i18n.install("ro")
    assert [autonym(c) for c in ("it", "ro", "en")] == ["Italiano", "Română", "English"]


def test_the_command_line_prints_kinds_and_statuses_in_the_users_language(ui_shop, capsys, monkeypatch):
    from app.cli.main import main
    from app.services import cases

    cases.open_case(
        ui_shop.as_(ui_shop.agent), kind="damaged", channel="email", summary="Vaso", order_number="1002"
    )
    monkeypatch.setenv("RIMEDIO_DB", ui_shop.db.url.database)
    monkeypatch.setenv("RIMEDIO_USER", "agent")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "agent-pass")
    assert main(["--lang", "it", "case", "list"]) == 0
    out = capsys.readouterr().out
    assert "Danneggiato" in out or "Articolo danneggiato" in out, out
    assert "damaged" not in out and " new " not in out


def test_italian_sentences_of_the_window_address_the_user_formally():
    it = _translations("it")
    informal = re.compile(
        r"\b(scegli|scrivi|di'|correggi|indica|tuo|tua|tuoi|hai|puoi|rifai|scegline|correggile|"
        r"tralascia|riempilo)\b",
        re.I,
    )
    sentences = [
        t for t in it.values() if informal.search(t) and (len(t) >= 40 or t.rstrip().endswith((".", ":")))
    ]
    assert sentences == []
