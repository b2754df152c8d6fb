"""The side panels of the case view, each a separate widget loaded in the background.

* :class:`CustomerPanel` — who the customer is: contact, segment, lifetime spend, orders, earlier claims, flag,
  store-credit balance.
* :class:`ui.cases.remedies.RemediesPanel` — the ranked remedy options, the choice and the approval preview.
* :class:`DocumentsPanel` — preview, print, save and e-mail the note, the voucher and the case sheet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import CaseStatus
from app.errors import RimedioError
from app.services import credit, documents, mail, ui_queries
from app.services.cases import CaseDetail
from app.services.ui_queries import CustomerOverview
from ui import formatting, palette
from ui.icons import icon
from ui.labels import language_name
from ui.workspace import Workspace

if TYPE_CHECKING:  # loaded when a preview first opens
    from ui.documents.preview import PreviewDialog


class CustomerPanel(QGroupBox):
    """Filled from the case (contact) and from ``ui_queries.customer_overview`` (history), loaded in the background."""

    openCustomer = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPanel")
        self.setTitle(self.tr("Customer"))
        self.workspace = workspace
        self.customer_id: int | None = None
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text in (
            ("name", self.tr("Name:")),
            ("email", self.tr("E-mail:")),
            ("phone", self.tr("Phone:")),
            ("language", self.tr("Language:")),
            ("segment", self.tr("Segment:")),
            ("spend", self.tr("Lifetime spend:")),
            ("orders", self.tr("Orders:")),
            ("claims", self.tr("Claims so far:")),
            ("credit", self.tr("Store credit:")),
            ("flag", self.tr("Claim rate:")),
        ):
            value = QLabel()
            value.setObjectName(f"customer_{key}")
            value.setWordWrap(key in ("name", "segment", "flag"))  # wrapped labels in a scroll area get cut
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(text)
            caption.setBuddy(value)
            value.setAccessibleName(text.rstrip(":"))
            form.addRow(caption, value)
            self.fields[key] = value
        self.more = QPushButton(icon("nav-customers"), self.tr("Customer &details"))
        self.more.setEnabled(False)
        self.more.clicked.connect(lambda: self.customer_id and self.openCustomer.emit(self.customer_id))
        form.addRow(self.more)

    def show_case(self, case: CaseDetail) -> None:
        self.customer_id = case.customer_id
        self.more.setEnabled(True)
        self.fields["name"].setText(case.customer_name)
        self.fields["email"].setText(case.customer_email or "–")
        self.fields["phone"].setText(case.customer_phone or "–")
        self.fields["language"].setText(language_name(case.customer_language))
        self.workspace.runner.submit(
            ui_queries.customer_overview,
            self.workspace.ctx,
            case.customer_id,
            done=self.show_overview,
            failed=self._failed,
        )
        self.workspace.runner.submit(
            credit.balance, self.workspace.ctx, case.customer_id, done=self.show_balance, failed=self._failed
        )

    def show_balance(self, balances) -> None:
        texts = [formatting.money(m) for m in balances.values() if m.minor]
        self.fields["credit"].setText(" + ".join(texts) if texts else self.tr("none"))

    def show_overview(self, info: CustomerOverview) -> None:
        segments = {
            "new": self.tr("New customer"),
            "regular": self.tr("Regular"),
            "loyal": self.tr("Loyal (VIP)"),
            "lapsed": self.tr("Lapsed – a win-back chance"),
            "occasional_small": self.tr("Occasional small buyer"),
        }
        self.fields["segment"].setText(segments.get(info.segment, info.segment))
        self.fields["spend"].setText(formatting.money(info.lifetime_spend))
        last = formatting.day(info.last_order_at)
        self.fields["orders"].setText(
            self.tr("%n order(s)", "", info.orders) + (f" · {last}" if last else "")
        )
        self.fields["claims"].setText(self.tr("%n case(s)", "", info.claims))
        flag = self.fields["flag"]
        rate = info.claim_rate_text  # which claims and orders the rate counts, in words
        if info.flagged:
            flag.setText(rate + "\n" + self.tr("⚑ Unusually many claims: any credit needs a supervisor."))
            palette.tone(flag, "flagged", bold=True)
        else:
            flag.setText(rate + " · " + self.tr("normal"))
            palette.tone(flag, None)

    def _failed(self, error: RimedioError) -> None:
        self.fields["segment"].setText(error.message)


class DocumentsPanel(QGroupBox):
    """Paper and mail for the customer: preview, print or save the note, the voucher and the case sheet; e-mail.

    Each preview makes its PDF in the background (:class:`~ui.documents.preview.PreviewDialog`); a print, a saved
    PDF or a mail goes on the case's timeline, and ``changed`` asks the case view to reload.
    """

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPanel")
        self.setTitle(self.tr("Note and voucher"))
        self.workspace = workspace
        self.case: CaseDetail | None = None
        self.voucher = ""
        self.dialog: PreviewDialog | None = None  # the preview open last
        self.note_button = QPushButton(icon("action-print"), self.tr("Apology &note…"))
        self.note_button.setObjectName("previewNote")
        self.note_button.setToolTip(self.tr("Preview, print or save the apology note (Ctrl+P)"))
        self.voucher_button = QPushButton(self.tr("&Voucher…"))
        self.voucher_button.setObjectName("previewVoucher")
        self.sheet_button = QPushButton(self.tr("Case s&heet…"))
        self.sheet_button.setObjectName("previewSheet")
        self.mail_button = QPushButton(self.tr("&E-mail to the customer"))
        self.mail_button.setObjectName("mailNote")
        self.status = QLabel()
        self.status.setObjectName("documentsStatus")
        self.status.setWordWrap(True)
        row = QGridLayout()
        row.addWidget(self.note_button, 0, 0)
        row.addWidget(self.voucher_button, 0, 1)
        row.addWidget(self.sheet_button, 1, 0)
        row.addWidget(self.mail_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.note_button.clicked.connect(self.preview_note)
        self.voucher_button.clicked.connect(self.preview_voucher)
        self.sheet_button.clicked.connect(self.preview_sheet)
        self.mail_button.clicked.connect(self.mail)
        for button in (self.note_button, self.voucher_button, self.sheet_button, self.mail_button):
            button.setEnabled(False)

    def show_case(self, case: CaseDetail) -> None:
        from ui.cases.case_events import voucher_of

        self.case = case
        self.voucher = voucher_of(case)
        awaiting = CaseStatus(case.status) == CaseStatus.AWAITING_APPROVAL  # the service refuses it too
        self.note_button.setEnabled(bool(case.remedy) and not awaiting)
        self.note_button.setToolTip(
            self.tr("The credit awaits a supervisor's approval: the note cannot promise it yet.")
            if awaiting
            else self.tr("Preview, print or save the apology note (Ctrl+P)")
            if case.remedy
            else self.tr("The note needs a remedy: choose one first.")
        )
        self.voucher_button.setEnabled(bool(self.voucher))
        self.sheet_button.setEnabled(True)
        self.mail_button.setEnabled(bool(case.remedy and case.customer_email) and not awaiting)
        self.mail_button.setToolTip(
            self.tr("The credit awaits a supervisor's approval: the note cannot promise it yet.")
            if awaiting
            else case.customer_email or self.tr("The customer has no e-mail address.")
        )

    def _open(self, title: str, make, sizes: tuple[str, ...]):
        from ui.documents.preview import PreviewDialog

        dialog = PreviewDialog(self.workspace, title, make, sizes, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.printed.connect(lambda _doc: self.changed.emit())
        self.dialog = dialog
        dialog.open()
        return dialog

    def preview_note(self):
        if self.case is None or not self.note_button.isEnabled():
            return None
        ctx, case_id = self.workspace.ctx, self.case.id
        return self._open(
            self.tr("apology note, case %1").replace("%1", str(case_id)),
            lambda size, lang: documents.note_document(ctx, case_id, size=size, lang=lang),
            ("a5", "a4", "a6", "label_4x6"),
        )

    def preview_voucher(self):
        if self.case is None or not self.voucher:
            return None
        ctx, code = self.workspace.ctx, self.voucher
        return self._open(
            self.tr("voucher %1").replace("%1", code),
            lambda size, lang: documents.voucher_document(ctx, code, size=size, lang=lang),
            ("a6", "a5", "a4", "label_4x6"),
        )

    def preview_sheet(self):
        if self.case is None:
            return None
        ctx, case_id = self.workspace.ctx, self.case.id
        return self._open(
            self.tr("case sheet %1").replace("%1", str(case_id)),
            lambda _size, lang: documents.case_sheet_document(ctx, case_id, lang=lang),
            ("a4",),
        )

    def mail(self) -> None:
        if self.case is None or not self.mail_button.isEnabled():
            return
        self.mail_button.setEnabled(False)
        self.status.setText(self.tr("Sending…"))
        self.workspace.runner.submit(
            mail.mail_case, self.workspace.ctx, self.case.id, done=self._mailed, failed=self._refused
        )

    def _mailed(self, result) -> None:
        self.mail_button.setEnabled(True)
        palette.tone(self.status, None)
        self.status.setText(self.tr("Sent to %1.").replace("%1", result.to))
        self.changed.emit()

    def _refused(self, error: RimedioError) -> None:
        self.mail_button.setEnabled(
            bool(self.case and self.case.remedy and self.case.customer_email) and self.note_button.isEnabled()
        )
        palette.tone(self.status, "error")
        self.status.setText(error.message)
