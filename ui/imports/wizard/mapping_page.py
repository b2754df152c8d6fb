"""The import wizard's column mapping (for any other CSV): a column of the file for each field; mappings saved by name."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.errors import ValidationError
from app.imports.mapped import ColumnMapping
from app.services import shop_import
from ui import palette
from ui.errors import show_refusal
from ui.i18n import QT_TRANSLATE_NOOP
from ui.imports.wizard import ask
from ui.imports.wizard.common import wizard_tr

if TYPE_CHECKING:
    from ui.imports.wizard.import_wizard import ImportWizard


_FIELD_NAMES = {
    "order_number": QT_TRANSLATE_NOOP("ImportWizard", "Order number"),
    "created_at": QT_TRANSLATE_NOOP("ImportWizard", "Order date"),
    "total": QT_TRANSLATE_NOOP("ImportWizard", "Order total"),
    "currency": QT_TRANSLATE_NOOP("ImportWizard", "Currency"),
    "shipping": QT_TRANSLATE_NOOP("ImportWizard", "Shipping"),
    "discount_codes": QT_TRANSLATE_NOOP("ImportWizard", "Discount codes"),
    "line_sku": QT_TRANSLATE_NOOP("ImportWizard", "Product SKU"),
    "line_name": QT_TRANSLATE_NOOP("ImportWizard", "Product name"),
    "line_quantity": QT_TRANSLATE_NOOP("ImportWizard", "Quantity"),
    "line_unit_price": QT_TRANSLATE_NOOP("ImportWizard", "Unit price"),
    "customer_id": QT_TRANSLATE_NOOP("ImportWizard", "Shop's customer id"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "E-mail"),
    "first_name": QT_TRANSLATE_NOOP("ImportWizard", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportWizard", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("ImportWizard", "Full name"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    "language": QT_TRANSLATE_NOOP("ImportWizard", "Language"),
    "country_code": QT_TRANSLATE_NOOP("ImportWizard", "Country"),
}
_ORDER_FIELDS = (
    "order_number",
    "created_at",
    "total",
    "currency",
    "shipping",
    "discount_codes",
    "line_sku",
    "line_name",
    "line_quantity",
    "line_unit_price",
    "email",
    "first_name",
    "last_name",
    "full_name",
    "phone",
)
_CUSTOMER_FIELDS = (
    "customer_id",
    "email",
    "first_name",
    "last_name",
    "full_name",
    "phone",
    "language",
    "country_code",
)


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Which column holds what?"))
        self.setSubTitle(
            self.tr("Choose a column of the file for each field; leave out what the file does not have.")
        )
        self.combos: dict[str, QComboBox] = {}
        self.problem = QLabel()
        self.problem.setObjectName("mappingProblem")
        self.problem.setWordWrap(True)
        palette.tone(self.problem, "error")
        self.saved = QComboBox()
        self.saved.setObjectName("savedMapping")
        self.saved.setAccessibleName(self.tr("Saved mapping"))
        self.save_button = QPushButton(self.tr("&Save this mapping as…"))
        self.save_button.setObjectName("saveMapping")
        self.saved_message = QLabel()
        self.saved_message.setObjectName("savedMessage")
        self.saved_message.setWordWrap(True)
        saved_row = QHBoxLayout()
        saved_caption = QLabel(self.tr("Sa&ved mapping:"))
        saved_caption.setBuddy(self.saved)
        saved_row.addWidget(saved_caption)
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.save_button)
        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(saved_row)
        layout.addWidget(self.saved_message)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        self.mappings: dict[str, shop_import.MappingInfo] = {}
        self.saved.activated.connect(self._apply_saved)
        self.save_button.clicked.connect(self.save_mapping)

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        header = self.w.format_page.header
        fields = _ORDER_FIELDS if self.w.kind() == "orders" else _CUSTOMER_FIELDS
        for name in fields:
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            combo.addItem(self.tr("(not in the file)"), "")
            for h in header:
                combo.addItem(h, h)
            guess = next((h for h in header if h.strip().lower().replace(" ", "_") == name), "")
            combo.setCurrentIndex(max(combo.findData(guess), 0))
            combo.currentIndexChanged.connect(self.completeChanged)
            combo.setAccessibleName(wizard_tr(_FIELD_NAMES[name]))
            self.form.addRow(wizard_tr(_FIELD_NAMES[name]) + ":", combo)
            self.combos[name] = combo
        self.saved_message.clear()
        self.load_saved()
        self.completeChanged.emit()

    # --- saved mappings ------------------------------------------------------------------------------------------
    def load_saved(self) -> None:
        self.w.workspace.runner.submit(
            shop_import.list_mappings,
            self.w.workspace.ctx,
            done=self._saved_loaded,
            failed=lambda e: show_refusal(self, e),
        )

    def _saved_loaded(self, rows) -> None:
        kind = self.w.kind()
        self.mappings = {r.name: r for r in rows if r.kind == kind}
        self.saved.clear()
        self.saved.addItem(
            self.tr("(choose a saved mapping)") if self.mappings else self.tr("(none saved yet)"), ""
        )
        for name in self.mappings:
            self.saved.addItem(name, name)
        self.saved.setEnabled(bool(self.mappings))

    def _apply_saved(self, _index: int = -1) -> None:
        info = self.mappings.get(self.saved.currentData() or "")
        if info is None:
            return
        self.apply(info)

    def apply(self, info: shop_import.MappingInfo) -> None:
        """Set each field's column as the saved mapping says; columns the file lacks are left out."""
        missing = []
        for name, combo in self.combos.items():
            column = info.fields.get(name, "")
            position = combo.findData(column) if column else 0
            if position < 0:
                missing.append(column)
            combo.setCurrentIndex(max(position, 0))
        dates = self.w.format_page.date_order
        if info.date_order and dates.findData(info.date_order) >= 0:
            dates.setCurrentIndex(dates.findData(info.date_order))
        if missing:
            self.saved_message.setText(self.tr("Not in this file: %1.").replace("%1", ", ".join(missing)))
        else:
            self.saved_message.setText(self.tr("Mapping “%1” applied.").replace("%1", info.name))
        self.completeChanged.emit()

    def save_mapping(self) -> None:
        try:
            current = self.mapping()
        except ValidationError as exc:
            show_refusal(self, exc)
            return
        name = ask.ask_mapping_name(self, self.saved.currentData() or current.name)
        if not name:
            return
        cmap = ColumnMapping(name, current.kind, current.fields, current.date_order, current.currency)
        self.w.workspace.runner.submit(
            shop_import.save_mapping,
            self.w.workspace.ctx,
            cmap,
            done=self._saved,
            failed=lambda e: show_refusal(self, e),
        )

    def _saved(self, info: shop_import.MappingInfo) -> None:
        self.saved_message.setText(
            self.tr("Saved as “%1”: it can be chosen next time.").replace("%1", info.name)
        )
        self.w.workspace.runner.submit(
            shop_import.list_mappings,
            self.w.workspace.ctx,
            done=lambda rows: self._reselect(rows, info.name),
            failed=lambda e: show_refusal(self, e),
        )

    def _reselect(self, rows, name: str) -> None:
        self._saved_loaded(rows)
        self.saved.setCurrentIndex(max(self.saved.findData(name), 0))

    def mapping(self) -> ColumnMapping:
        fields = {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()}
        return ColumnMapping(
            Path(self.w.path()).stem or "import",
            self.w.kind(),
            fields,
            self.w.format_page.date_order.currentData() or None,
        )

    def isComplete(self) -> bool:
        try:
            self.mapping()
        except ValidationError as exc:
            self.problem.setText(self._problem_text(exc))
            return False
        self.problem.clear()
        return True

    def _problem_text(self, exc: ValidationError) -> str:
        """The service names a missing field by its key (as in a mapping file); here it is the label the user sees."""
        field = exc.params.get("field")
        if field in _FIELD_NAMES and "needs a column" in exc.msgid:
            return self.tr("Choose the column that holds “%1”.").replace("%1", wizard_tr(_FIELD_NAMES[field]))
        return exc.message
