"""The credit screen: vouchers (list, look up a code typed any way, redeem on an order) and, for supervisors,
campaigns. Each tab lives in its own module (``vouchers_page``, ``campaigns_page``); the voucher tab's panels and
the correction dialog too (``lookup_panel``, ``redeem_panel``, ``correct_dialog``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from app.domain.permissions import Permission
from ui.credit.campaigns_page import CampaignsPage
from ui.credit.correct_dialog import CorrectVoucherDialog
from ui.credit.vouchers_page import VouchersPage
from ui.workspace import Workspace


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
