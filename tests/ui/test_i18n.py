"""Every dialog and main screen opens in every shipped language, translated, with no text cut off."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget

from app.resources import resource_path
from app.services import cases
from ui.admin.add_user_dialog import AddUserDialog
from ui.admin.views import AdminView
from ui.approvals.view import ApprovalsView
from ui.cases.case_view import CaseView
from ui.cases.new_case import NewCaseDialog
from ui.credit.view import CorrectVoucherDialog, CreditView
from ui.documents.preview import PreviewDialog
from ui.errors import CrashDialog
from ui.imports.wizard import ImportWizard
from ui.main_window import MainWindow
from ui.runner import SyncRunner
from ui.startup.first_start import FirstStartDialog
from ui.startup.login import LoginDialog
from ui.startup.preferences import PreferencesDialog

FIXTURES = Path(__file__).resolve().parents[1] / "imports" / "fixtures"


def clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons and combo boxes narrower (or, wrapped, shorter) than their text needs."""
    problems = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    problems.append(f"label {w.text()!r}: needs {need}px height, has {w.height()}")
            elif w.sizeHint().width() > w.width() + 1:
                problems.append(f"label {w.text()!r}: needs {w.sizeHint().width()}px, has {w.width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            if w.minimumSizeHint().width() > w.width() + 1:
                problems.append(
                    f"button {w.text()!r}: needs {w.minimumSizeHint().width()}px, has {w.width()}"
                )
        elif isinstance(w, QComboBox) and w.currentText() and w.minimumSizeHint().width() > w.width() + 1:
            problems.append(
                f"combo {w.currentText()!r}: needs {w.minimumSizeHint().width()}px, has {w.width()}"
            )
    return problems


def _screens(shop, ws_for):
    from app.services import approvals, documents

    admin = ws_for(shop.admin, shop.db)
    agent = ws_for(shop.agent, shop.db)
    case_id = cases.open_case(
        admin.ctx,
        kind="wrong_item",
        channel="phone",
        summary="Ciotole blu, non verdi",
        order_number="1001",
        skus=["CER-BOWL-S"],
    ).id
    asked = cases.open_case(
        agent.ctx,
        kind="damaged",
        channel="email",
        summary="Vaso incrinato",
        order_number="1002",
        skus=["CER-VASE"],
    ).id
    approvals.resolve_case(agent.ctx, asked, "keep_and_credit", "40", reason="Cliente arrabbiata")
    code = approvals.resolve_case(admin.ctx, case_id, "keep_and_credit", "12").voucher

    def campaigns_tab(view):
        view.setCurrentWidget(view.campaigns_page)
        return view

    def page(widget: QWidget) -> QWidget:
        widget.resize(1040, 700)  # the main window's page area at its first size
        return widget

    def wizard(page: int):
        def make():
            w = ImportWizard(admin)
            w.file_page.path.setText(str(FIXTURES / "unknown_format.csv"))
            for _ in range(page):
                w.next()
            return w

        return make

    def case_view():
        view = CaseView(admin)
        view.load(case_id)
        return page(view)

    def main_window():
        window = MainWindow(admin)
        for entry in window.nav_model.entries:  # every page made once
            window.select_page(entry.page)
        window.select_page("inbox")
        return window

    return {
        "login": lambda: LoginDialog(shop.db, SyncRunner()),
        "first start": lambda: FirstStartDialog(shop.db, SyncRunner()),
        "preferences": lambda: PreferencesDialog(SyncRunner()),
        "new case": lambda: NewCaseDialog(admin),
        "add user": lambda: AddUserDialog(admin),
        "crash": lambda: CrashDialog("Traceback (most recent call last): …"),
        "case view": case_view,
        "settings": lambda: page(AdminView(admin)),
        "main window": main_window,
        "approvals": lambda: page(ApprovalsView(admin)),
        "credit": lambda: page(CreditView(admin)),
        "campaigns": lambda: page(campaigns_tab(CreditView(admin))),
        "preview": lambda: PreviewDialog(
            admin,
            "voucher",
            lambda size, lang: documents.voucher_document(admin.ctx, code, size=size, lang=lang),
            ("a6", "a5", "a4", "label_4x6"),
        ),
        "cancel voucher": lambda: CorrectVoucherDialog(admin, code, adjust=False),
        "correct voucher": lambda: CorrectVoucherDialog(admin, code, adjust=True),
        "import file": wizard(0),
        "import format": wizard(1),
        "import mapping": wizard(2),
        "import run": wizard(3),
    }


SCREEN_NAMES = [
    "login",
    "first start",
    "preferences",
    "new case",
    "add user",
    "crash",
    "case view",
    "settings",
    "main window",
    "approvals",
    "credit",
    "campaigns",
    "preview",
    "cancel voucher",
    "correct voucher",
    "import file",
    "import format",
    "import mapping",
    "import run",
]


@pytest.mark.parametrize("screen", SCREEN_NAMES)
def test_every_screen_opens_in_every_language_without_clipped_text(
    qtbot, ui_shop, workspace_for, language, screen
):
    widget = _screens(ui_shop, workspace_for)[screen]()
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    assert widget.minimumSizeHint().width() <= widget.width()
    assert widget.minimumSizeHint().height() <= widget.height()
    assert clipped(widget) == []
    title = widget.windowTitle()
    if title:
        assert title.startswith("Rimedio")


def test_the_clipping_check_catches_a_cut_label(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("Un testo decisamente troppo lungo per lo spazio che ha", root)
    label.setGeometry(0, 0, 40, 20)
    root.show()
    assert clipped(root)


@pytest.mark.parametrize("lang", ["it", "ro"])
def test_the_translations_are_complete(lang):
    tree = ET.parse(resource_path("translations", f"rimedio_{lang}.ts"))
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished"
        or not (m.findtext("translation") or "").strip()
        and m.get("numerus") != "yes"
    ]
    assert unfinished == []


def test_a_translated_screen_really_speaks_the_language(qtbot, ui_shop, workspace_for):
    from ui import i18n

    i18n.install("ro")
    dialog = NewCaseDialog(workspace_for(ui_shop.agent, ui_shop.db))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Rimedio – caz nou"
    assert dialog.kind.itemText(0) == "Produs greșit"
    i18n.install("it")
    window = MainWindow(workspace_for(ui_shop.agent, ui_shop.db))
    qtbot.addWidget(window)
    assert window.windowTitle() == "Rimedio – Posta in arrivo"
