"""Screenshots of the main screens in every language, for docs/screenshots/ (and for looking at them).

    .venv/bin/python tests/ui/make_screenshots.py [--out FOLDER]

The pictures go to docs/screenshots/ unless ``--out`` names another folder (to look at a change without touching
the documentation's pictures).

Uses the demo shop in a throw-away data folder, the offscreen platform and the synchronous runner, so every
picture shows loaded data. Not a test (pytest does not collect it); look at the pictures after running it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["RIMEDIO_HOME"] = tempfile.mkdtemp(prefix="rimedio-shots-")

from PySide6.QtCore import QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services.database import open_database  # noqa: E402
from app.services.demo import build_demo  # noqa: E402
from app.services.users import login  # noqa: E402
from tests.ui.conftest import compile_translations  # noqa: E402
from ui import i18n  # noqa: E402
from ui.application import make_application  # noqa: E402
from ui.cases.new_case import NewCaseDialog  # noqa: E402
from ui.credit.view import CorrectVoucherDialog  # noqa: E402
from ui.documents.preview import PreviewDialog  # noqa: E402
from ui.imports.wizard import ImportWizard  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.runner import SyncRunner  # noqa: E402
from ui.startup.login import LoginDialog  # noqa: E402
from ui.workspace import Workspace  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    global OUT
    parser = argparse.ArgumentParser(description="Screenshots of the main screens in every language.")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder for the pictures (default: {OUT})")
    OUT = parser.parse_args().out.resolve()
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
        window.resize(1366, 768)
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
        admin_view = window.pages["settings"]
        forms = admin_view.forms_page
        if forms.letterhead is not None:  # the note previewed with a shop name typed and not yet saved
            forms.letterhead.case_id.setValue(case_id)
            forms.forms[0].edits["shop.name"].setText("Bottega Nuova")
            forms.letterhead.refresh()
            settle(app)
            window.grab().save(str(OUT / f"settings-letterhead-{lang}.png"))
            forms.reload()
            settle(app)
        forms.group_view.setCurrentIndex(
            forms.group_names.index(1)
        )  # business hours: a change and its preview
        form = forms.forms[1]
        if "hours.days" in form.edits:
            form.edits["hours.days"].setText("1-6")
        settle(app)
        window.grab().save(str(OUT / f"settings-change-{lang}.png"))
        forms.reload()
        admin_view.setCurrentWidget(admin_view.users_page)
        users_page = admin_view.users_page
        users_page.table.setCurrentIndex(users_page.model.index(0, 0))
        settle(app)
        window.grab().save(str(OUT / f"users-{lang}.png"))
        admin_view.setCurrentWidget(admin_view.mail_page)
        admin_view.mail_page.case_id.setValue(case_id)
        admin_view.mail_page.refresh_preview()
        settle(app)
        window.grab().save(str(OUT / f"mail-templates-{lang}.png"))
        admin_view.setCurrentWidget(admin_view.forms_page)
        window.select_page("reports")
        settle(app)
        window.grab().save(str(OUT / f"reports-{lang}.png"))
        dialog = NewCaseDialog(ws, window)
        dialog.show()
        dialog.lookup.setText("#1005")
        dialog._pick_current()
        dialog.lines.setData(dialog.lines.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        dialog.summary.setText(
            {
                "en": "Blue bowls instead of green",
                "it": "Ciotole blu invece che verdi",
                "ro": "Boluri albastre în loc de verzi",
            }[lang]
        )
        settle(app)
        dialog.grab().save(str(OUT / f"new-case-{lang}.png"))
        dialog.close()
        login_dialog = LoginDialog(db, SyncRunner())
        login_dialog.show()
        settle(app)
        login_dialog.grab().save(str(OUT / f"login-{lang}.png"))
        login_dialog.close()
        window.close()
        remedies_and_approvals(app, db, lang)
    db.dispose()
    print(f"screenshots in {OUT}")


def remedies_and_approvals(app: QApplication, db, lang: str) -> None:
    """The agent's remedies panel above their limit, the supervisor's queue, the voucher preview, credit, import."""
    from app.services import cases

    agent = Workspace(db, login(db, "agent", "agent"), SyncRunner())
    summary = {
        "en": "Blue bowls instead of green",
        "it": "Ciotole blu invece che verdi",
        "ro": "Boluri albastre în loc de verzi",
    }[lang]
    case_id = cases.open_case(
        agent.ctx, kind="wrong_item", channel="phone", summary=summary, order_number="1005", wants="keep"
    ).id
    window = MainWindow(agent)
    window.resize(1366, 768)
    window.show()
    window.open_case(case_id)
    panel = window.case_view.remedies_panel
    panel.choose("keep_and_credit")
    panel.amount.setText({"en": "30.00"}.get(lang, "30,00"))
    panel.check_now()
    settle(app)
    window.grab().save(str(OUT / f"remedies-{lang}.png"))
    panel.reason.setText(
        {
            "en": "Third problem this year",
            "it": "Terzo problema quest'anno",
            "ro": "A treia problemă anul acesta",
        }[lang]
    )
    panel.send()
    settle(app)

    boss = Workspace(db, login(db, "supervisor", "supervisor"), SyncRunner())
    boss_window = MainWindow(boss)
    boss_window.resize(1366, 768)
    boss_window.show()
    boss_window.select_page("approvals")
    view = boss_window.pages["approvals"]
    view.table.setCurrentIndex(view.model.index(view.model.row_of(max(r.id for r in view.model.requests)), 0))
    view.amount.setText({"en": "22.50"}.get(lang, "22,50"))
    settle(app)
    boss_window.grab().save(str(OUT / f"approvals-{lang}.png"))
    view.reason.setText(
        {"en": "Fair, not more", "it": "Giusto, non di più", "ro": "Corect, nu mai mult"}[lang]
    )
    view.approve()
    settle(app)
    boss_window.grab().save(str(OUT / f"approvals-undo-{lang}.png"))  # said back, with Undo
    view.commit_pending()
    settle(app)

    window.watcher.poll()
    settle(app)
    window.grab().save(str(OUT / f"answer-{lang}.png"))
    dialog = window.case_view.documents_panel.preview_voucher()
    if isinstance(dialog, PreviewDialog):
        settle(app)
        dialog.grab().save(str(OUT / f"voucher-preview-{lang}.png"))
        dialog.close()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    boss_window.select_page("credit")
    credit_view = boss_window.pages["credit"]
    credit_view.vouchers_page.lookup_panel.code.setText("rim 7k3q 9xtm d")
    credit_view.vouchers_page.lookup_panel.look_up()
    settle(app)
    boss_window.grab().save(str(OUT / f"credit-{lang}.png"))
    voucher_code = (
        credit_view.vouchers_page.model.rows[0].code if credit_view.vouchers_page.model.rows else ""
    )
    if voucher_code:
        dialog = CorrectVoucherDialog(boss_window.workspace, voucher_code, adjust=True)
        dialog.show()
        settle(app)
        dialog.grab().save(str(OUT / f"correct-voucher-{lang}.png"))
        dialog.close()
    credit_view.setCurrentWidget(credit_view.campaigns_page)
    page = credit_view.campaigns_page
    page.name.setText({"en": "Come back", "it": "Torna da noi", "ro": "Revino la noi"}[lang])
    page.kind.setCurrentIndex(page.kind.findData("winback"))
    page.amount.setText("5")
    page.use_no_order.setChecked(True)
    page.preview()
    settle(app)
    boss_window.grab().save(str(OUT / f"campaigns-{lang}.png"))

    admin = Workspace(db, login(db, "admin", "admin"), SyncRunner())
    wizard = ImportWizard(admin)
    wizard.file_page.path.setText(
        str(ROOT / "tests" / "imports" / "fixtures" / "shopify_orders_bad_rows.csv")
    )
    wizard.show()
    wizard.next()
    settle(app)
    wizard.grab().save(str(OUT / f"import-format-{lang}.png"))
    mapped = ImportWizard(admin)
    mapped.file_page.path.setText(str(ROOT / "tests" / "imports" / "fixtures" / "unknown_format.csv"))
    mapped.show()
    mapped.next()
    mapped.next()
    settle(app)
    mapped.grab().save(str(OUT / f"import-mapping-{lang}.png"))
    mapped.close()
    wizard.next()
    wizard.run_page.dry_run.setChecked(True)
    wizard.run_page.run()
    settle(app)
    wizard.grab().save(str(OUT / f"import-result-{lang}.png"))
    for widget in (wizard, boss_window, window):
        widget.close()
        widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


if __name__ == "__main__":
    main()
