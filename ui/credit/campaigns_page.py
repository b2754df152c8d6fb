"""The credit screen's campaigns tab: a campaign is always previewed first (a dry run: how many customers, what
the shop will owe); *Issue* is offered only for the terms just previewed. Printing a campaign's vouchers runs in
the background with progress and a stop button."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CampaignKind
from app.errors import RimedioError
from app.services import campaigns, documents, ui_queries
from app.services.campaigns import CampaignResult
from ui import formatting, palette
from ui.credit.common import list_table, say
from ui.credit.models import CampaignModel, RowRole
from ui.documents.preview import PreviewDialog
from ui.errors import show_refusal
from ui.icons import icon
from ui.labels import label
from ui.layout_memory import remember_header
from ui.widgets.common import BusyBar
from ui.workspace import Workspace

_SEGMENTS = ("", "new", "regular", "loyal", "lapsed", "occasional_small")


class CampaignsPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsPage")
        self.workspace = workspace
        self.previewed: tuple | None = None
        self.result: CampaignResult | None = None
        from ui.cases.remedies import segment_name

        self.name = QLineEdit()
        self.name.setObjectName("campaignName")
        self.name.setPlaceholderText(self.tr("e.g. Spring win-back 2027"))
        self.kind = QComboBox()
        self.kind.setObjectName("campaignKind")
        for k in CampaignKind:
            self.kind.addItem(label(k), k.value)
        self.amount = QLineEdit()
        self.amount.setObjectName("campaignAmount")
        self.amount.setPlaceholderText(self.tr("e.g. 5,00"))
        today = QDate.currentDate()
        self.expires = QDateEdit(today.addDays(30))
        self.expires.setObjectName("campaignExpires")
        self.expires.setCalendarPopup(True)
        self.segment = QComboBox()
        self.segment.setObjectName("campaignSegment")
        self.segment.addItem(self.tr("any"), "")
        for seg in _SEGMENTS[1:]:
            self.segment.addItem(segment_name(seg), seg)
        self.use_no_order = QCheckBox(self.tr("No order since"))
        self.no_order_since = QDateEdit(today.addMonths(-6))
        self.no_order_since.setCalendarPopup(True)
        self.use_signed_up = QCheckBox(self.tr("Signed up since"))
        self.signed_up_since = QDateEdit(today.addDays(-7))
        self.signed_up_since.setCalendarPopup(True)
        self.preview_button = QPushButton(self.tr("&Preview (nothing is issued)"))
        self.preview_button.setObjectName("previewCampaign")
        self.issue_button = QPushButton(self.tr("&Issue credit"))
        self.issue_button.setObjectName("issueCampaign")
        self.issue_button.setEnabled(False)
        self.busy = BusyBar()
        self.message = QLabel()
        self.message.setObjectName("campaignMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Kind:"), self.kind),
            (self.tr("A&mount each:"), self.amount),
            (self.tr("&Expires:"), self.expires),
            (self.tr("&Segment:"), self.segment),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        form.addRow(self.use_no_order, self.no_order_since)
        form.addRow(self.use_signed_up, self.signed_up_since)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.issue_button)
        buttons.addStretch(1)
        new_box = QGroupBox(self.tr("New campaign"))
        new_layout = QVBoxLayout(new_box)
        new_layout.addLayout(form)
        new_layout.addLayout(buttons)
        new_layout.addWidget(self.busy)
        new_layout.addWidget(self.message)
        new_layout.addStretch(1)

        self.model = CampaignModel(self)
        self.table = list_table("campaignTable", self.tr("Campaigns"), self.model)
        self._columns_restored = remember_header(
            self.table.horizontalHeader(), workspace.actor.username, "credit/campaigns/columns"
        )
        self.print_button = QPushButton(icon("action-print"), self.tr("Print the &vouchers…"))
        self.print_button.setObjectName("printCampaign")
        self.print_button.setEnabled(False)
        list_box = QGroupBox(self.tr("Campaigns issued"))
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        list_layout.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addWidget(new_box, 2)
        layout.addWidget(list_box, 3)

        for w in (self.name, self.amount):
            w.textChanged.connect(self._terms_changed)
        for combo in (self.kind, self.segment):
            combo.currentIndexChanged.connect(self._terms_changed)
        for date_edit in (self.expires, self.no_order_since, self.signed_up_since):
            date_edit.dateChanged.connect(self._terms_changed)
        for box in (self.use_no_order, self.use_signed_up):
            box.toggled.connect(self._terms_changed)
        self.preview_button.clicked.connect(self.preview)
        self.issue_button.clicked.connect(self.issue)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self.print_button.setEnabled(current.isValid())
        )
        self.print_button.clicked.connect(self.print_vouchers)
        self._started = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self.reload()

    def reload(self) -> None:
        self._started = True
        self.workspace.runner.submit(
            ui_queries.list_campaigns,
            self.workspace.ctx,
            done=self._loaded,
            failed=lambda e: show_refusal(self, e),
        )

    def _loaded(self, rows) -> None:
        self.model.set_rows(rows)
        if not self._columns_restored:  # as the user left them, if they did
            self.table.resizeColumnsToContents()
        self.print_button.setEnabled(self.table.currentIndex().isValid())

    def terms(self) -> dict:
        return {
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "amount": self.amount.text(),
            "expires": self.expires.date().toPython(),
            "segment": self.segment.currentData() or None,
            "no_order_since": self.no_order_since.date().toPython()
            if self.use_no_order.isChecked()
            else None,
            "signed_up_since": self.signed_up_since.date().toPython()
            if self.use_signed_up.isChecked()
            else None,
        }

    def _terms_changed(self) -> None:
        if self.previewed is not None and self.previewed != tuple(self.terms().items()):
            self.previewed = None
            self.issue_button.setEnabled(False)
            self.message.setText(self.tr("The terms changed: preview again before issuing."))
            palette.tone(self.message, None)

    def preview(self) -> None:
        terms = self.terms()
        self.busy.set_busy(True)
        self.workspace.runner.submit(
            campaigns.issue_campaign,
            self.workspace.ctx,
            **terms,
            dry_run=True,
            done=lambda result: self._previewed(terms, result),
            failed=self._refused,
        )

    def _previewed(self, terms: dict, result: CampaignResult) -> None:
        self.busy.set_busy(False)
        self.result = result
        self.previewed = tuple(terms.items())
        text = (
            self.tr("%n customer(s) would get %1 each, until %2.", "", result.customers)
            .replace("%1", formatting.money(result.amount))
            .replace("%2", formatting.day(result.expires_on))
        )
        text += " " + self.tr("The shop would owe %1.").replace("%1", formatting.money(result.liability))
        if result.already:
            text += " " + self.tr("%n customer(s) already have it.", "", result.already)
        say(self.message, text, ok=True)
        self.issue_button.setEnabled(result.customers > 0)

    def issue(self) -> None:
        if self.previewed is None or self.result is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Rimedio – issue credit"),
            self.tr("Give %1 to %n customer(s)? The shop will owe %2.", "", self.result.customers)
            .replace("%1", formatting.money(self.result.amount))
            .replace("%2", formatting.money(self.result.liability)),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmCampaign")
        if box.exec() != QMessageBox.StandardButton.Ok:
            return
        self.busy.set_busy(True)
        self.issue_button.setEnabled(False)
        self.workspace.runner.submit(
            campaigns.issue_campaign,
            self.workspace.ctx,
            **dict(self.previewed),
            done=self._issued,
            failed=self._refused,
        )

    def _issued(self, result: CampaignResult) -> None:
        self.busy.set_busy(False)
        self.previewed = None
        say(self.message, self.tr("Issued: %n customer(s) got their credit.", "", result.customers), ok=True)
        self.reload()

    def print_vouchers(self) -> PreviewDialog | None:
        index = self.table.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        if row is None:
            return None
        ctx, campaign_id = self.workspace.ctx, row.id

        def make(size, lang, progress=None):
            return documents.batch_document(ctx, campaign_id, size=size, lang=lang, progress=progress)

        dialog = PreviewDialog(
            self.workspace,
            self.tr("vouchers of %1").replace("%1", row.name),
            make,
            ("a4", "a5", "a6", "label_4x6"),
            self.window(),
            with_progress=True,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _refused(self, error: RimedioError) -> None:
        self.busy.set_busy(False)
        say(self.message, error.message, ok=False)
