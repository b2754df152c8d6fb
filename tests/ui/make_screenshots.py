"""Screenshots of the main screens in every language, for docs/screenshots/ (and for looking at them).

    .venv/bin/python tests/ui/make_screenshots.py

Uses the demo shop in a throw-away data folder, the offscreen platform and the synchronous runner, so every
picture shows loaded data. Not a test (pytest does not collect it); look at the pictures after running it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["RIMEDIO_HOME"] = tempfile.mkdtemp(prefix="rimedio-shots-")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services.database import open_database  # noqa: E402
from app.services.demo import build_demo  # noqa: E402
from app.services.users import login  # noqa: E402
from tests.ui.conftest import compile_translations  # noqa: E402
from ui import i18n  # noqa: E402
from ui.application import make_application  # noqa: E402
from ui.cases.new_case import NewCaseDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.runner import SyncRunner  # noqa: E402
from ui.startup.login import LoginDialog  # noqa: E402
from ui.workspace import Workspace  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    compile_translations()
    app = make_application([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["RIMEDIO_HOME"])
    db = open_database(None)
    build_demo(db)
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "it", "ro"):
        i18n.install(lang)
        actor = login(db, "admin", "admin")
        ws = Workspace(db, actor, SyncRunner())
        window = MainWindow(ws)
        window.resize(1360, 820)
        window.select_page("inbox")
        window.show()
        settle(app)
        window.grab().save(str(OUT / f"inbox-{lang}.png"))
        inbox = window.pages["inbox"]
        case_id = inbox.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
        window.open_case(case_id)
        settle(app)
        window.grab().save(str(OUT / f"case-{lang}.png"))
        window.select_page("customers")
        customers = window.pages["customers"]
        customers.search.setText("ro")
        customers.apply()
        customers.table.setCurrentIndex(customers.model.index(0, 0))
        settle(app)
        window.grab().save(str(OUT / f"customers-{lang}.png"))
        window.select_page("settings")
        settle(app)
        window.grab().save(str(OUT / f"settings-{lang}.png"))
        dialog = NewCaseDialog(ws, window)
        dialog.show()
        dialog.lookup.setText("#1005")
        dialog._pick_current()
        dialog.lines.setData(dialog.lines.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        dialog.summary.setText({"en": "Blue bowls instead of green", "it": "Ciotole blu invece che verdi",
                                "ro": "Boluri albastre în loc de verzi"}[lang])
        settle(app)
        dialog.grab().save(str(OUT / f"new-case-{lang}.png"))
        dialog.close()
        login_dialog = LoginDialog(db, SyncRunner())
        login_dialog.show()
        settle(app)
        login_dialog.grab().save(str(OUT / f"login-{lang}.png"))
        login_dialog.close()
        window.close()
    db.dispose()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
