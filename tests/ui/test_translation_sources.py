"""The translation sources agree with the code: ``resources/translations/update.sh`` can be run at any time.

``pyside6-lupdate`` only sees a text written as a literal in ``self.tr("…")``, ``QCoreApplication.translate("Context",
"…")`` or ``QT_TRANSLATE_NOOP("Context", "…")``. A text passed through a helper (``_tr(text)``) is invisible to it: a
translation added to the .ts files by hand for such a text is marked *vanished* by the next refresh, and lrelease
leaves vanished entries out of the .qm files, so the screen falls back to English. Here the refresh runs on a copy
of the .ts files and must change nothing: no text in use becomes vanished, none appears untranslated, none is lost.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from app.resources import resource_path
from app.services.notifications import NotificationInfo
from ui import i18n
from ui.main_window import MainWindow
from ui.notifications import sentence

ROOT = Path(__file__).resolve().parents[2]
GONE = {"vanished", "obsolete"}

Entry = tuple[str, str, str]  # context, source text, disambiguation comment


def _entries(ts: Path) -> dict[Entry, str]:
    """Each message and its state: ``gone`` (vanished or obsolete), ``unfinished`` or ``finished``."""
    found = {}
    for context in ET.parse(ts).iter("context"):
        for message in context.iter("message"):
            kind = message.find("translation").get("type") or "finished"
            key = (
                context.findtext("name") or "",
                message.findtext("source") or "",
                message.findtext("comment") or "",
            )
            found[key] = "gone" if kind in GONE else kind
    return found


def _refresh(folder: Path) -> None:
    """What update.sh does, on the .ts files in ``folder``."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    for options, names in (([], ["rimedio_it.ts", "rimedio_ro.ts"]), (["-pluralonly"], ["rimedio_en.ts"])):
        subprocess.run(
            [
                str(lupdate),
                "-locations",
                "none",
                *options,
                *sources,
                "-ts",
                *(str(folder / n) for n in names),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def test_update_sh_runs_the_same_refresh():
    script = (ROOT / "resources" / "translations" / "update.sh").read_text(encoding="utf-8")
    assert "find ui -name '*.py'" in script
    assert "-locations none" in script and "-pluralonly" in script


def test_refreshing_the_translations_from_the_code_changes_nothing(tmp_path):
    for name in ("rimedio_en.ts", "rimedio_it.ts", "rimedio_ro.ts"):
        shutil.copy(resource_path("translations", name), tmp_path / name)
    _refresh(tmp_path)
    for name in ("rimedio_en.ts", "rimedio_it.ts", "rimedio_ro.ts"):
        before, after = _entries(resource_path("translations", name)), _entries(tmp_path / name)
        invisible = [k for k, state in before.items() if state != "gone" and after.get(k) == "gone"]
        assert invisible == [], f"{name}: texts lupdate cannot see in the context they are translated in"
        new = [k for k in after if k not in before]
        assert new == [], f"{name}: texts missing from the file: run update.sh and translate them"
        revived = [k for k, state in before.items() if state == "gone" and after.get(k) != "gone"]
        assert revived == [], f"{name}: texts in use but marked vanished (left out of the .qm): run update.sh"
        assert set(before) <= set(after)


@pytest.mark.parametrize(
    ("lang", "menus", "session", "assigned"),
    [
        (
            "it",
            ["&Caso", "&Sessione"],
            ["&Connessione e lingua…", "&Esci", "&Chiudi Rimedio"],
            "Il caso 7 Le è stato assegnato da Ada",
        ),
        (
            "ro",
            ["&Caz", "&Sesiune"],
            ["&Conexiune și limbă…", "&Deconectare", "&Ieșire"],
            "Cazul 7 v-a fost atribuit de Ada",
        ),
    ],
)
def test_the_main_windows_menus_and_the_notifications_speak_the_language(
    qtbot, ui_shop, workspace_for, lang, menus, session, assigned
):
    i18n.install(lang)
    window = MainWindow(workspace_for(ui_shop.agent, ui_shop.db))
    qtbot.addWidget(window)
    bar = window.menuBar().actions()
    assert [a.text() for a in bar] == menus
    menu = bar[1].menu()
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == session
    note = NotificationInfo(1, "assigned", 7, "Ada", datetime(2026, 3, 2, 9, 0, tzinfo=UTC), False)
    assert sentence(note) == assigned
