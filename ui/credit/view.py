"""The credit screen: vouchers (list, look up a code typed any way, redeem on an order) and campaigns.

Looking up a code forgives what people do on the phone (case, spaces, O for 0); when the code cannot be a voucher,
the screen says what was wrong (length, a character, the check letter) before asking the database. A campaign is
always previewed first (a dry run: how many customers, what the shop will owe); *Issue* is offered only for the
terms just previewed. Printing a campaign's vouchers runs in the background with progress and a stop button.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import vouchers
from app.domain.enums import CampaignKind
from app.domain.permissions import Permission
from app.errors import RimedioError
from app.services import campaigns, credit, credit_admin, documents, ui_queries
from app.services.campaigns import CampaignResult
from app.services.credit import GrantInfo, Redemption
from ui import formatting
from ui.credit.models import V_CUSTOMER, CampaignModel, RowRole, VoucherModel
from ui.documents.preview import PreviewDialog
from ui.errors import show_refusal
from ui.icons import app_icon, icon
from ui.labels import label
from ui.widgets.common import BusyBar
from ui.workspace import Workspace

SEARCH_DELAY_MS = 250


def _table(name: str, accessible: str, model) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _say(widget: QLabel, text: str, ok: bool) -> None:
    widget.setText(text)
    widget.setStyleSheet("color: #1e7b45;" if ok else "color: #c0392b;")


def code_problem(text: str) -> str:
    """What is wrong with a typed code, in the user's language ('' when it can be a voucher)."""
    try:
        vouchers.parse(text)
    except RimedioError as exc:
        return exc.message
    return ""


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
                credit_admin.adjust,
                ctx,
                self.code,
                self.amount.text().strip(),
                reason=reason,
                done=self._done,
                failed=lambda e: show_refusal(self, e),
            )
        else:
            self.workspace.runner.submit(
                credit_admin.cancel,
                ctx,
                self.code,
                reason=reason,
                done=self._done,
                failed=lambda e: show_refusal(self, e),
            )

    def _done(self, grant: GrantInfo) -> None:
        self.result_grant = grant
        self.accept()


class VouchersPage(QWidget):
    openCustomer = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vouchersPage")
        self.workspace = workspace
        self.grant: GrantInfo | None = None

        self.search = QLineEdit()
        self.search.setObjectName("voucherSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("action-search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Customer's name or e-mail"))
        self.search.setAccessibleName(self.tr("Search vouchers by customer"))
        self.busy = BusyBar()
        self.model = VoucherModel(self)
        self.table = _table("voucherTable", self.tr("Vouchers"), self.model)

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
        lookup = QGroupBox(self.tr("Look up a code"))
        lookup_layout = QVBoxLayout(lookup)
        lookup_layout.addLayout(lookup_row)
        lookup_layout.addWidget(self.code_message)
        lookup_layout.addLayout(details)
        lookup_layout.addLayout(actions)
        lookup_layout.addLayout(corrections)
        for w in (self.cancel_button, self.adjust_button):
            # supervisors' work: agents do not see it (hidden once parented: shown before, it became a window)
            w.setHidden(not self.supervisor)

        self.order = QLineEdit()
        self.order.setObjectName("redeemOrder")
        self.order.setPlaceholderText(self.tr("e.g. 1042"))
        self.order_total = QLineEdit()
        self.order_total.setObjectName("redeemTotal")
        self.order_total.setPlaceholderText(self.tr("e.g. 84,90"))
        self.order_total.setToolTip(self.tr("Empty when Rimedio holds the order: its own total is used."))
        self.redeem_amount = QLineEdit()
        self.redeem_amount.setObjectName("redeemAmount")
        self.redeem_amount.setPlaceholderText(self.tr("empty: as much as allowed"))
        self.whole_balance = QCheckBox(self.tr("Use all the customer's credit, soonest to expire first"))
        self.whole_balance.setObjectName("redeemWholeBalance")
        self.whole_balance.setToolTip(
            self.tr(
                "The customer pays, not this voucher alone: every voucher with credit "
                "left is spent, the one that expires first first."
            )
        )
        self.redeem_button = QPushButton(self.tr("&Redeem"))
        self.redeem_button.setObjectName("redeemButton")
        self.redeem_message = QLabel()
        self.redeem_message.setObjectName("redeemMessage")
        self.redeem_message.setWordWrap(True)
        redeem = QGroupBox(self.tr("Redeem on an order"))
        redeem_form = QFormLayout(redeem)
        redeem_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in (
            (self.tr("&Order:"), self.order),
            (self.tr("Order &total:"), self.order_total),
            (self.tr("&Amount:"), self.redeem_amount),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            redeem_form.addRow(caption, widget)
        redeem_form.addRow(self.whole_balance)
        redeem_form.addRow(self.redeem_button)
        redeem_form.addRow(self.redeem_message)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.busy)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(lookup)
        right_layout.addWidget(redeem)
        right_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.reload)
        self.code.returnPressed.connect(self.look_up)
        self.code.textEdited.connect(self._code_edited)
        self.find_button.clicked.connect(self.look_up)
        self.table.selectionModel().currentRowChanged.connect(self._voucher_chosen)
        self.print_button.clicked.connect(self.print_voucher)
        self.customer_button.clicked.connect(
            lambda: self.grant and self.openCustomer.emit(self.grant.customer_id)
        )
        self.redeem_button.clicked.connect(self.redeem)
        self.cancel_button.clicked.connect(self.cancel_voucher)
        self.adjust_button.clicked.connect(self.adjust_voucher)
        self._job = None
        self._show_grant(None)
        self._started = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self.reload()

    def focus_search(self) -> None:
        self.code.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.code.selectAll()

    def reload(self) -> None:
        self._timer.stop()
        self._started = True
        if self._job is not None:
            self._job.cancel()
        self.busy.set_busy(True)
        self._job = self.workspace.runner.submit(
            ui_queries.list_vouchers,
            self.workspace.ctx,
            self.search.text().strip(),
            200,
            done=self._loaded,
            failed=self._refused,
        )

    def _loaded(self, rows) -> None:
        self.busy.set_busy(False)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(V_CUSTOMER, min(self.table.columnWidth(V_CUSTOMER), 220))

    def _voucher_chosen(self, current, _previous) -> None:
        row = current.data(RowRole) if current.isValid() else None
        if row is not None:
            self.code.setText(row.code)
            self.look_up()

    # --- look-up -------------------------------------------------------------------------------------------------
    def _code_edited(self, text: str) -> None:
        """While typing: say nothing until the code is long enough to judge, then say what is wrong."""
        if len(vouchers.normalise(text)) >= vouchers.CODE_LENGTH:
            problem = code_problem(text)
            if problem:
                _say(self.code_message, problem, ok=False)
            else:
                _say(self.code_message, self.tr("The code is well formed; Enter looks it up."), ok=True)
        else:
            self.code_message.clear()

    def look_up(self) -> None:
        text = self.code.text()
        problem = code_problem(text)
        if problem:
            _say(self.code_message, problem, ok=False)
            self._show_grant(None)
            return
        self.workspace.runner.submit(
            credit.find_voucher, self.workspace.ctx, text, done=self._found, failed=self._not_found
        )

    def _found(self, grant: GrantInfo) -> None:
        self.code_message.clear()
        self._show_grant(grant)

    def _not_found(self, error: RimedioError) -> None:
        _say(self.code_message, error.message, ok=False)
        self._show_grant(None)

    def _show_grant(self, grant: GrantInfo | None) -> None:
        self.grant = grant
        for w in (
            self.print_button,
            self.customer_button,
            self.redeem_button,
            self.order,
            self.order_total,
            self.redeem_amount,
            self.whole_balance,
        ):
            w.setEnabled(grant is not None)
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
        self.workspace.runner.submit(
            ui_queries.customer_overview,
            self.workspace.ctx,
            grant.customer_id,
            done=lambda info, gid=grant.id: self._customer_named(gid, info.name),
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
            self.code.setText(dialog.result_grant.code)
            self.look_up()
            self.reload()
        return dialog

    # --- redeeming -----------------------------------------------------------------------------------------------
    def redeem(self) -> None:
        if self.grant is None:
            return
        fields = {
            "order_number": self.order.text(),
            "order_total": self.order_total.text().strip() or None,
            "amount": self.redeem_amount.text().strip() or None,
        }
        if self.whole_balance.isChecked():  # the customer pays: the service spends earliest expiry first
            self.workspace.runner.submit(
                credit.redeem_for_customer,
                self.workspace.ctx,
                self.grant.customer_id,
                **fields,
                done=self._redeemed,
                failed=self._not_redeemed,
            )
        else:
            self.workspace.runner.submit(
                credit.redeem,
                self.workspace.ctx,
                self.grant.code,
                **fields,
                done=self._redeemed,
                failed=self._not_redeemed,
            )

    def _not_redeemed(self, error: RimedioError) -> None:
        _say(self.redeem_message, error.message, False)

    def _redeemed(self, result: Redemption) -> None:
        why = {
            "cap": self.tr("the most credit may pay of this order"),
            "balance": self.tr("all that was left on the voucher"),
            "requested": self.tr("the amount asked"),
        }.get(result.limited_by, result.limited_by)
        if self.whole_balance.isChecked():
            text = (
                self.tr("%1 taken off order %2 (%3), from %4. The customer has %5 left.")
                .replace("%1", formatting.money(result.applied))
                .replace("%2", result.order_number)
                .replace("%3", why)
                .replace(
                    "%4", ", ".join(f"{code} {formatting.money(amount)}" for code, amount in result.used)
                )
                .replace("%5", formatting.money(result.balance))
            )
        else:
            text = (
                self.tr("%1 taken off order %2 (%3). Left on the voucher: %4.")
                .replace("%1", formatting.money(result.applied))
                .replace("%2", result.order_number)
                .replace("%3", why)
                .replace("%4", formatting.money(result.remaining_on_code))
            )
        if result.provisional:
            text += " " + self.tr(
                "Provisional: the order is not in Rimedio yet; its import will check the total."
            )
        _say(self.redeem_message, text, ok=True)
        self.order.clear()
        self.order_total.clear()
        self.redeem_amount.clear()
        self.look_up()
        self.reload()

    def _refused(self, error: RimedioError) -> None:
        self.busy.set_busy(False)
        show_refusal(self, error)


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
        self.table = _table("campaignTable", self.tr("Campaigns"), self.model)
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
            self.message.setStyleSheet("")

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
        _say(self.message, text, ok=True)
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
        _say(self.message, self.tr("Issued: %n customer(s) got their credit.", "", result.customers), ok=True)
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
        _say(self.message, error.message, ok=False)


class CreditView(QTabWidget):
    openCustomer = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditView")
        self.vouchers_page = VouchersPage(workspace)
        self.vouchers_page.openCustomer.connect(self.openCustomer)
        self.addTab(self.vouchers_page, self.tr("Vouchers"))
        self.campaigns_page: CampaignsPage | None = None
        if workspace.can(Permission.CREDIT_ADMIN):
            self.campaigns_page = CampaignsPage(workspace)
            self.addTab(self.campaigns_page, self.tr("Campaigns"))

    def focus_search(self) -> None:
        self.setCurrentWidget(self.vouchers_page)
        self.vouchers_page.focus_search()

    def reload(self) -> None:
        self.vouchers_page.reload()
        if self.campaigns_page is not None:
            self.campaigns_page.reload()


__all__ = ["CampaignsPage", "CorrectVoucherDialog", "CreditView", "VouchersPage"]
