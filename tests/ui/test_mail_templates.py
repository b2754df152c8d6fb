"""Mail server and templates in the window (issue 15, point 11)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import cases, documents
from tests.services.test_documents_service_mail import mail_server  # noqa: F401 - the local SMTP server fixture
from ui.admin.mail_templates import MailTemplatesPage


def _page(qtbot, ws) -> MailTemplatesPage:
    page = MailTemplatesPage(ws)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def test_the_mail_server_is_set_and_tested_from_the_window(qtbot, ui_shop, workspace_for, mail_server):  # noqa: F811
    controller, inbox = mail_server
    page = _page(qtbot, workspace_for(ui_shop.admin, ui_shop.db))
    page.host.setFocus()
    qtbot.keyClicks(page.host, controller.hostname)
    page.port.setValue(controller.port)
    page.security.setCurrentIndex(page.security.findData("none"))
    qtbot.keyClicks(page.user, "cura")
    qtbot.keyClicks(page.password, "s3cret!")
    qtbot.keyClicks(page.sender_edit, "cura@bottega-aurora.example")
    qtbot.keyClick(page.save_server, Qt.Key.Key_Space)
    assert "Saved" in page.server_message.text(), page.server_message.text()
    page.test_to.setFocus()
    qtbot.keyClicks(page.test_to, "ada@example.it")
    qtbot.keyClick(page.test_button, Qt.Key.Key_Space)
    assert "ada@example.it" in page.server_message.text()
    assert [m["To"] for m in inbox.messages] == ["ada@example.it"]


def test_a_template_is_previewed_live_for_a_case_and_saved(qtbot, ui_shop, workspace_for):
    case_id = cases.open_case(
        ui_shop.as_(ui_shop.agent),
        order_number="1002",
        kind="damaged",
        channel="phone",
        summary="Vaso rotto",
        skus=["CER-VASE"],
    ).id
    ws = workspace_for(ui_shop.admin, ui_shop.db)
    page = _page(qtbot, ws)
    page.kind.setCurrentIndex(page.kind.findData("damaged"))
    page.language.setCurrentIndex(page.language.findData("it"))
    page.case_id.setValue(case_id)
    assert "{first_name} *" in page.placeholders.stringList()
    page.editor.setFocus()
    page.editor.selectAll()
    qtbot.keyClicks(page.editor, "Cara {first_name}, per {item}: {remedy}")
    page.refresh_preview()  # what the typing timer does
    assert page.preview.toPlainText().startswith("Cara Niccolò")
    qtbot.keyClicks(page.editor, " {nome}")
    page.refresh_preview()
    assert "nome" in page.preview.toPlainText(), "an unknown placeholder is said in the preview"
    qtbot.keyClick(page.editor, Qt.Key.Key_Backspace)
    page.editor.setPlainText("Cara {first_name}, per {item}: {remedy}")
    qtbot.keyClick(page.save_template, Qt.Key.Key_Space)
    assert documents.get_template(ws.ctx, "damaged", "it").text == "Cara {first_name}, per {item}: {remedy}"
    qtbot.keyClick(page.reset_template, Qt.Key.Key_Space)
    assert not documents.get_template(ws.ctx, "damaged", "it").overridden
