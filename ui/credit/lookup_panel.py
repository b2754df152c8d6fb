"""The vouchers tab's look-up: a code typed any way, what is wrong with it, the voucher found, and what can be done
with it (print it, open its customer; supervisors cancel or correct it).

Looking up a code forgives what people do on the phone (case, spaces, O for 0); when the code cannot be a voucher,
the panel says what was wrong (length, a character, the check letter) before asking the database.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import vouchers
from app.domain.permissions import Permission
from app.errors import RimedioError
from app.services import credit, documents, ui_queries
from app.services.credit import GrantInfo
from ui import formatting
from ui.credit.common import say
from ui.credit.correct_dialog import CorrectVoucherDialog
from ui.documents.preview import PreviewDialog
from ui.icons import icon
from ui.labels import label
from ui.workspace import Workspace


def code_problem(text: str) -> str:
    """What is wrong with a typed code, in the user's language ('' when it can be a voucher)."""
    try:
        vouchers.parse(text)
    except RimedioError as exc:
        return exc.message
    return ""


class VoucherLookupPanel(QGroupBox):
    """Says which voucher is in hand (``grantChanged``, None when none); ``corrected`` after a supervisor's change."""

    grantChanged = Signal(object)
    corrected = Signal()
    openCustomer = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Look up a code"))
        self.workspace = workspace
        self.grant: GrantInfo | None = None
        self.code = QLineEdit()
        self.code.setObjectName("voucherCode")
        self.code.setAccessibleName(self.tr("Voucher code"))
        self.code.setPlaceholderText(self.tr("e.g. RIM-7K3Q-9XTM-C, typed any way"))
        self.find_button = QPushButton(icon("action-search"), self.tr("&Look up"))
        self.find_button.setObjectName("findVoucher")
        self.code_message = QLabel()
        self.code_message.setObjectName("codeMessage")
        self.code_message.setWordWrap(True)
        self.details: dict[str, QLabel] = {}
        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text in (
            ("code", self.tr("Code:")),
            ("customer", self.tr("Customer:")),
            ("amount", self.tr("Given:")),
            ("balance", self.tr("Left:")),
            ("expires", self.tr("Expires:")),
            ("reason", self.tr("Given for:")),
        ):
            value = QLabel()
            value.setObjectName(f"voucher_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addRow(QLabel(text), value)
            self.details[key] = value
        self.print_button = QPushButton(icon("action-print"), self.tr("&Print voucher…"))
        self.print_button.setObjectName("printVoucher")
        self.customer_button = QPushButton(icon("nav-customers"), self.tr("C&ustomer"))
        self.cancel_button = QPushButton(self.tr("Ca&ncel voucher…"))
        self.cancel_button.setObjectName("cancelVoucher")
        self.adjust_button = QPushButton(self.tr("Correct a&mount…"))
        self.adjust_button.setObjectName("adjustVoucher")
        self.supervisor = workspace.can(Permission.CREDIT_ADMIN)
        lookup_row = QHBoxLayout()
        lookup_row.addWidget(self.code, 1)
        lookup_row.addWidget(self.find_button)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.customer_button)
        actions.addStretch(1)
        corrections = QHBoxLayout()
        corrections.addWidget(self.cancel_button)
        corrections.addWidget(self.adjust_button)
        corrections.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(lookup_row)
        layout.addWidget(self.code_message)
        layout.addLayout(details)
        layout.addLayout(actions)
        layout.addLayout(corrections)
        for w in (self.cancel_button, self.adjust_button):
            # supervisors' work: agents do not see it (hidden once parented: shown before, it became a window)
            w.setHidden(not self.supervisor)

        self.code.returnPressed.connect(self.look_up)
        self.code.textEdited.connect(self._code_edited)
        self.find_button.clicked.connect(self.look_up)
        self.print_button.clicked.connect(self.print_voucher)
        self.customer_button.clicked.connect(
            lambda: self.grant and self.openCustomer.emit(self.grant.customer_id)
        )
        self.cancel_button.clicked.connect(self.cancel_voucher)
        self.adjust_button.clicked.connect(self.adjust_voucher)
        self.show_grant(None)

    def focus_code(self) -> None:
        self.code.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.code.selectAll()

    def show_code(self, code: str) -> None:
        """Look up a code chosen elsewhere (a row of the list)."""
        self.code.setText(code)
        self.look_up()

    def _code_edited(self, text: str) -> None:
        """While typing: say nothing until the code is long enough to judge, then say what is wrong."""
        if len(vouchers.normalise(text)) >= vouchers.CODE_LENGTH:
            problem = code_problem(text)
            if problem:
                say(self.code_message, problem, ok=False)
            else:
                say(self.code_message, self.tr("The code is well formed; Enter looks it up."), ok=True)
        else:
            self.code_message.clear()

    def look_up(self) -> None:
        text = self.code.text()
        problem = code_problem(text)
        if problem:
            say(self.code_message, problem, ok=False)
            self.show_grant(None)
            return
        self.workspace.runner.submit(
            credit.find_voucher, self.workspace.ctx, text, done=self._found, failed=self._not_found
        )

    def _found(self, grant: GrantInfo) -> None:
        self.code_message.clear()
        self.show_grant(grant)

    def _not_found(self, error: RimedioError) -> None:
        say(self.code_message, error.message, ok=False)
        self.show_grant(None)

    def show_grant(self, grant: GrantInfo | None) -> None:
        self.grant = grant
        for w in (self.print_button, self.customer_button):
            w.setEnabled(grant is not None)
        self.grantChanged.emit(grant)
        self.cancel_button.setEnabled(self.supervisor and grant is not None and bool(grant.balance.minor))
        self.adjust_button.setEnabled(self.supervisor and grant is not None)
        if grant is None:
            for value in self.details.values():
                value.clear()
            return
        self.details["code"].setText(grant.code)
        self.details["customer"].setText(str(grant.customer_id))
        self.details["amount"].setText(formatting.money(grant.amount))
        left = formatting.money(grant.balance)
        if grant.expired:
            left += " · " + self.tr("expired")
        self.details["balance"].setText(left)
        self.details["expires"].setText(formatting.day(grant.expires_on) or self.tr("never"))
        reason = label(grant.reason) + (f" {grant.reason_ref}" if grant.reason_ref else "")
        self.details["reason"].setText(reason + (f" – {grant.note}" if grant.note else ""))
        grant_id = grant.id
        self.workspace.runner.submit(
            ui_queries.customer_overview,
            self.workspace.ctx,
            grant.customer_id,
            done=lambda info: self._customer_named(grant_id, info.name),
            failed=lambda _e: None,
        )

    def _customer_named(self, grant_id: int, name: str) -> None:
        if self.grant is not None and self.grant.id == grant_id:
            self.details["customer"].setText(name)

    def print_voucher(self) -> PreviewDialog | None:
        if self.grant is None:
            return None
        ctx, code = self.workspace.ctx, self.grant.code
        dialog = PreviewDialog(
            self.workspace,
            self.tr("voucher %1").replace("%1", code),
            lambda size, lang: documents.voucher_document(ctx, code, size=size, lang=lang),
            ("a6", "a5", "a4", "label_4x6"),
            self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- supervisors' corrections ------------------------------------------------------------------------------
    def cancel_voucher(self) -> CorrectVoucherDialog | None:
        return self._correct(adjust=False)

    def adjust_voucher(self) -> CorrectVoucherDialog | None:
        return self._correct(adjust=True)

    def _correct(self, adjust: bool) -> CorrectVoucherDialog | None:
        if self.grant is None or not self.supervisor:
            return None
        dialog = CorrectVoucherDialog(self.workspace, self.grant.code, adjust, self.window())
        dialog.exec()
        if dialog.result_grant is not None:
            self.show_code(dialog.result_grant.code)
            self.corrected.emit()
        return dialog
