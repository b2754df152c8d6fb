"""A supervisor's correction of one voucher: withdraw what is left on it, or correct it up or down."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services import credit
from app.services.credit import GrantInfo
from ui.errors import show_refusal
from ui.icons import app_icon
from ui.workspace import Workspace


class CorrectVoucherDialog(QDialog):
    """A supervisor withdraws what is left on a voucher, or corrects it up or down; the reason is required."""

    def __init__(self, workspace: Workspace, code: str, adjust: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjustVoucherDialog" if adjust else "cancelVoucherDialog")
        self.setWindowTitle(
            self.tr("Rimedio – correct a voucher") if adjust else self.tr("Rimedio – cancel a voucher")
        )
        self.setWindowIcon(app_icon())
        self.workspace = workspace
        self.code = code
        self.adjusting = adjust
        self.result_grant: GrantInfo | None = None
        intro = QLabel(
            self.tr("Correct what is left on voucher %1 (e.g. +5 or -2,50).").replace("%1", code)
            if adjust
            else self.tr("Withdraw everything left on voucher %1.").replace("%1", code)
        )
        intro.setObjectName("correctIntro")
        intro.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setObjectName("correctAmount")
        self.amount.setPlaceholderText(self.tr("e.g. -2,50"))
        self.reason = QLineEdit()
        self.reason.setObjectName("correctReason")
        self.reason.setPlaceholderText(self.tr("required, kept in the ledger"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [(self.tr("&Change:"), self.amount)] if adjust else []
        rows.append((self.tr("&Reason:"), self.reason))
        for text, widget in rows:
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Correct") if adjust else self.tr("Cancel &voucher"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Keep as it is"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self.amount.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(420)

    def _check(self) -> None:
        ready = bool(self.reason.text().strip()) and (not self.adjusting or bool(self.amount.text().strip()))
        self.ok_button.setEnabled(ready)

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        ctx, reason = self.workspace.ctx, self.reason.text().strip()
        if self.adjusting:
            self.workspace.runner.submit(
                credit.adjust,
                ctx,
                self.code,
                self.amount.text().strip(),
                reason=reason,
                done=self._done,
                failed=lambda e: show_refusal(self, e),
            )
        else:
            self.workspace.runner.submit(
                credit.cancel,
                ctx,
                self.code,
                reason=reason,
                done=self._done,
                failed=lambda e: show_refusal(self, e),
            )

    def _done(self, grant: GrantInfo) -> None:
        self.result_grant = grant
        self.accept()
