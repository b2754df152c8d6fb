"""The import wizard's format page: the format told from the file's header, the order of its dates, its first rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWizardPage

from app.errors import RimedioError
from app.imports import detect, mapped
from ui import palette
from ui.i18n import QT_TRANSLATE_NOOP
from ui.imports.wizard.common import PAGE_MAPPING, PAGE_RUN, preview_table, wizard_tr
from ui.imports.wizard.model import TableModel

if TYPE_CHECKING:
    from ui.imports.wizard.import_wizard import ImportWizard


_FORMAT_NAMES = {
    detect.SHOPIFY_ORDERS: QT_TRANSLATE_NOOP("ImportWizard", "Shopify orders export"),
    detect.SHOPIFY_CUSTOMERS: QT_TRANSLATE_NOOP("ImportWizard", "Shopify customers export"),
    detect.WOOCOMMERCE: QT_TRANSLATE_NOOP("ImportWizard", "WooCommerce orders export"),
    detect.PRESTASHOP: QT_TRANSLATE_NOOP("ImportWizard", "PrestaShop orders export"),
    detect.MAPPED: QT_TRANSLATE_NOOP("ImportWizard", "Any CSV, with a column mapping"),
}


def read_head(path: str) -> tuple[mapped.Preview, str | None]:
    """Runs on a worker thread: the first rows and the shop format told from the header."""
    head = mapped.preview(path, 8)
    return head, detect.detect_format(head.header) if head.header else None


class FormatPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("What is in it?"))
        self.detected = QLabel()
        self.detected.setObjectName("detectedFormat")
        self.detected.setWordWrap(True)
        self.format = QComboBox()
        self.format.setObjectName("importFormat")
        self.format.setAccessibleName(self.tr("Format"))
        self.date_order = QComboBox()
        self.date_order.setObjectName("dateOrder")
        self.date_order.setAccessibleName(self.tr("Date order"))
        self.date_order.addItem(self.tr("Tell from the file"), "")
        self.date_order.addItem(self.tr("Day/month (31/12)"), "dmy")
        self.date_order.addItem(self.tr("Month/day (12/31)"), "mdy")
        self.model = TableModel(self)
        self.table = preview_table("importPreview", self.model)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Dates:"), self.date_order)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detected)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The first rows:")))
        layout.addWidget(self.table, 1)
        self.header: tuple[str, ...] = ()
        self._ok = False

    def initializePage(self) -> None:
        self._ok = False
        self.format.clear()
        formats = detect.ORDER_FORMATS if self.w.kind() == "orders" else detect.CUSTOMER_FORMATS
        for fmt in (*formats, detect.MAPPED):
            self.format.addItem(wizard_tr(_FORMAT_NAMES[fmt]), fmt)
        self.detected.setText(self.tr("Reading the file…"))
        self.w.workspace.runner.submit(read_head, self.w.path(), done=self._read, failed=self._failed)

    def _read(self, result) -> None:
        head, fmt = result
        if head.error is not None:
            self.detected.setText(head.error.reason)
            palette.tone(self.detected, "error")
            self.model.set_table((), [])
            return
        palette.tone(self.detected, None)
        self.header = head.header
        self.model.set_table(head.header, head.rows)
        self.table.resizeColumnsToContents()
        position = self.format.findData(fmt) if fmt else -1
        if position >= 0:
            self.format.setCurrentIndex(position)
            self.detected.setText(self.tr("Recognised: %1.").replace("%1", wizard_tr(_FORMAT_NAMES[fmt])))
        else:
            self.format.setCurrentIndex(self.format.findData(detect.MAPPED))
            self.detected.setText(
                self.tr("Not a shop export Rimedio knows: say which column holds what on the next page.")
            )
        self._ok = True
        self.completeChanged.emit()

    def _failed(self, error: RimedioError) -> None:
        self.detected.setText(error.message)

    def isComplete(self) -> bool:
        return self._ok

    def nextId(self) -> int:
        return PAGE_MAPPING if self.format.currentData() == detect.MAPPED else PAGE_RUN
