"""Mail server and templates in the window (admins): the server with *Send a test message*, and each template per
kind and language with the placeholders it must and may use and a live preview for a chosen case.

The screen only gathers and shows: the server is saved by :func:`app.services.mail.configure_smtp`, the test sent
by :func:`app.services.mail_admin.send_test_message`, templates checked, previewed and saved by the services.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import RimedioError
from app.i18n import SUPPORTED_LANGUAGES, current_language
from app.services import documents, mail, mail_admin
from app.services.documents import TemplateInfo
from app.services.mail import SmtpInfo
from app.services.mail_admin import TemplatePreview
from ui import palette
from ui.labels import autonym, label
from ui.runner import Job
from ui.workspace import Workspace

PREVIEW_DELAY_MS = 300
_SECURITY = ("starttls", "ssl", "none")


class MailTemplatesPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailTemplatesPage")
        self.workspace = workspace
        self._preview_job: Job | None = None

        # --- the mail server -----------------------------------------------------------------------------------
        self.host = QLineEdit()
        self.host.setObjectName("smtpHost")
        self.host.setPlaceholderText(self.tr("e.g. smtp.example.com"))
        self.port = QSpinBox()
        self.port.setObjectName("smtpPort")
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        self.security.setObjectName("smtpSecurity")
        for value, text in zip(
            _SECURITY, (self.tr("STARTTLS"), self.tr("SSL/TLS"), self.tr("None (local relay)")), strict=True
        ):
            self.security.addItem(text, value)
        self.user = QLineEdit()
        self.user.setObjectName("smtpUser")
        self.password = QLineEdit()
        self.password.setObjectName("smtpPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in this computer's keyring"))
        self.sender_edit = QLineEdit()
        self.sender_edit.setObjectName("smtpSender")
        self.sender_edit.setPlaceholderText(self.tr("empty: the shop's e-mail"))
        self.save_server = QPushButton(self.tr("Save the &mail server"))
        self.save_server.setObjectName("saveSmtp")
        self.test_to = QLineEdit()
        self.test_to.setObjectName("testTo")
        self.test_to.setPlaceholderText(self.tr("your e-mail address"))
        self.test_button = QPushButton(self.tr("Send a &test message"))
        self.test_button.setObjectName("sendTest")
        self.server_message = QLabel()
        self.server_message.setObjectName("smtpMessage")
        self.server_message.setWordWrap(True)
        server_box = QGroupBox(self.tr("Mail server"))
        left, right = QFormLayout(), QFormLayout()  # two columns: the page stays whole at 1024 px
        for i, (text, widget) in enumerate(
            (
                (self.tr("&Host:"), self.host),
                (self.tr("&Port:"), self.port),
                (self.tr("&Security:"), self.security),
                (self.tr("&User:"), self.user),
                (self.tr("Pass&word:"), self.password),
                (self.tr("Se&nder:"), self.sender_edit),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            (left if i < 3 else right).addRow(caption, widget)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        test_row = QHBoxLayout()
        test_row.addWidget(self.save_server)
        test_row.addStretch(1)
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        form = QVBoxLayout(server_box)
        form.addLayout(columns)
        form.addLayout(test_row)
        form.addWidget(self.server_message)

        # --- templates ---------------------------------------------------------------------------------------------
        self.kind = QComboBox()
        self.kind.setObjectName("templateKind")
        for kind in documents.TEMPLATE_KINDS:
            self.kind.addItem(self._kind_name(kind), kind)
        self.language = QComboBox()
        self.language.setObjectName("templateLanguage")
        for code in SUPPORTED_LANGUAGES:
            self.language.addItem(autonym(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.case_id = QSpinBox()
        self.case_id.setObjectName("previewCase")
        self.case_id.setRange(1, 2_000_000_000)
        self.case_id.setAccessibleName(self.tr("Case to preview with"))
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("templateText")
        self.editor.setAccessibleName(self.tr("Template"))
        self.editor.setTabChangesFocus(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("templatePreview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.placeholders = QStringListModel(self)
        self.placeholder_view = QListView()
        self.placeholder_view.setObjectName("placeholders")
        self.placeholder_view.setModel(self.placeholders)
        self.placeholder_view.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.template_message = QLabel()
        self.template_message.setObjectName("templateMessage")
        self.template_message.setWordWrap(True)
        self.save_template = QPushButton(self.tr("&Save the template"))
        self.save_template.setObjectName("saveTemplate")
        self.reset_template = QPushButton(self.tr("Back to the &shipped text"))
        self.reset_template.setObjectName("resetTemplate")
        pick = QHBoxLayout()
        for text, widget in (
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Language:"), self.language),
            (self.tr("&Case:"), self.case_id),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(widget.accessibleName() or text.replace("&", "").rstrip(":"))
            pick.addWidget(caption)
            pick.addWidget(widget)
        pick.addStretch(1)
        texts = QHBoxLayout()
        texts.addWidget(self.editor, 1)
        texts.addWidget(self.preview, 1)
        texts.addWidget(self.placeholder_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_message, 1)
        buttons.addWidget(self.reset_template)
        buttons.addWidget(self.save_template)
        templates_box = QGroupBox(self.tr("Templates: the note and the e-mail, per kind and language"))
        t_layout = QVBoxLayout(templates_box)
        t_layout.addLayout(pick)
        t_layout.addLayout(texts, 1)
        t_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(server_box)
        layout.addWidget(templates_box, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.editor.textChanged.connect(self._timer.start)
        self.case_id.valueChanged.connect(self._timer.start)
        self.kind.currentIndexChanged.connect(self.load_template)
        self.language.currentIndexChanged.connect(self.load_template)
        self.save_server.clicked.connect(self.save_mail_server)
        self.test_button.clicked.connect(self.send_test)
        self.save_template.clicked.connect(self.save)
        self.reset_template.clicked.connect(self.reset)
        self.load_server()
        self.load_template()

    def _kind_name(self, kind: str) -> str:
        names = {"email_subject": self.tr("E-mail: subject"), "email_body": self.tr("E-mail: text")}
        return names.get(kind) or self.tr("Note: %1").replace("%1", label(kind))

    # --- the mail server -----------------------------------------------------------------------------------------
    def load_server(self) -> None:
        self.workspace.runner.submit(
            mail.smtp_info, self.workspace.ctx, done=self._show_server, failed=self._server_refused
        )

    def _show_server(self, info: SmtpInfo) -> None:
        self.host.setText(info.host)
        self.port.setValue(info.port or 587)
        self.security.setCurrentIndex(max(0, self.security.findData(info.security)))
        self.user.setText(info.user)
        self.sender_edit.setText(info.sender if info.sender != "" else "")

    def save_mail_server(self) -> None:
        self.workspace.runner.submit(
            mail.configure_smtp,
            self.workspace.ctx,
            host=self.host.text(),
            port=self.port.value(),
            security=self.security.currentData(),
            user=self.user.text(),
            sender=self.sender_edit.text(),
            password=self.password.text() or None,
            done=lambda info: self._say_server(
                self.tr("Saved: mail goes out through %1.").replace("%1", info.host)
            ),
            failed=self._server_refused,
        )

    def send_test(self) -> None:
        to = self.test_to.text()
        self.workspace.runner.submit(
            mail_admin.send_test_message,
            self.workspace.ctx,
            to,
            done=lambda _id: self._say_server(
                self.tr("A test message went to %1.").replace("%1", to.strip())
            ),
            failed=self._server_refused,
        )

    def _say_server(self, text: str) -> None:
        palette.tone(self.server_message, "success")
        self.server_message.setText(text)

    def _server_refused(self, error: RimedioError) -> None:
        palette.tone(self.server_message, "error")
        self.server_message.setText(error.message)

    # --- templates -------------------------------------------------------------------------------------------------
    def load_template(self) -> None:
        kind = self.kind.currentData()
        required, others = mail_admin.placeholders(kind)
        self.placeholders.setStringList([f"{{{p}}} *" for p in required] + [f"{{{p}}}" for p in others])
        self.placeholder_view.setToolTip(self.tr("* must be in the text"))
        self.workspace.runner.submit(
            documents.get_template,
            self.workspace.ctx,
            kind,
            self.language.currentData(),
            done=self._show_template,
            failed=self._template_refused,
        )

    def _show_template(self, info: TemplateInfo) -> None:
        self.editor.setPlainText(info.text)
        self.template_message.setText(
            self.tr("The shop's own text.") if info.overridden else self.tr("The text shipped with Rimedio.")
        )
        palette.tone(self.template_message, None)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Fill the text being edited with the chosen case (nothing is saved)."""
        self._timer.stop()
        if self._preview_job is not None:
            self._preview_job.cancel()
        self._preview_job = self.workspace.runner.submit(
            mail_admin.preview_template,
            self.workspace.ctx,
            self.kind.currentData(),
            self.language.currentData(),
            self.editor.toPlainText(),
            self.case_id.value(),
            done=self._show_preview,
            failed=self._preview_refused,
        )

    def _show_preview(self, preview: TemplatePreview) -> None:
        text = (
            self.tr("Subject: %1").replace("%1", preview.subject) + "\n\n" if preview.subject else ""
        ) + preview.text
        self.preview.setPlainText(text)

    def _preview_refused(self, error: RimedioError) -> None:
        self.preview.setPlainText(error.message)

    def save(self) -> None:
        self.workspace.runner.submit(
            documents.set_template,
            self.workspace.ctx,
            self.kind.currentData(),
            self.language.currentData(),
            self.editor.toPlainText(),
            done=lambda _info: self._say_template(self.tr("Saved.")),
            failed=self._template_refused,
        )

    def reset(self) -> None:
        self.workspace.runner.submit(
            documents.reset_template,
            self.workspace.ctx,
            self.kind.currentData(),
            self.language.currentData(),
            done=self._show_template,
            failed=self._template_refused,
        )

    def _say_template(self, text: str) -> None:
        palette.tone(self.template_message, "success")
        self.template_message.setText(text)

    def _template_refused(self, error: RimedioError) -> None:
        palette.tone(self.template_message, "error")
        self.template_message.setText(error.message)
