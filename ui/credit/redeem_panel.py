"""The vouchers tab's redemption: the voucher in hand (or all the customer's credit, soonest expiry first) paid
on an order; the service decides how much may be taken off."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from app.errors import RimedioError
from app.services import credit
from app.services.credit import GrantInfo, Redemption
from ui import formatting
from ui.credit.common import say
from ui.workspace import Workspace


class RedeemPanel(QGroupBox):
    """Redeems the voucher last given to ``set_grant``; ``redeemed`` once the order is paid."""

    redeemed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Redeem on an order"))
        self.workspace = workspace
        self.grant: GrantInfo | None = None
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
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in (
            (self.tr("&Order:"), self.order),
            (self.tr("Order &total:"), self.order_total),
            (self.tr("&Amount:"), self.redeem_amount),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        form.addRow(self.whole_balance)
        form.addRow(self.redeem_button)
        form.addRow(self.redeem_message)
        self.redeem_button.clicked.connect(self.redeem)
        self.set_grant(None)

    def set_grant(self, grant: GrantInfo | None) -> None:
        self.grant = grant
        for w in (self.redeem_button, self.order, self.order_total, self.redeem_amount, self.whole_balance):
            w.setEnabled(grant is not None)

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
        say(self.redeem_message, error.message, False)

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
        say(self.redeem_message, text, ok=True)
        self.order.clear()
        self.order_total.clear()
        self.redeem_amount.clear()
        self.redeemed.emit()
