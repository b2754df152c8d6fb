"""The import wizard: pick a file → the detected format and a preview → the column mapping (for any other CSV) →
the run, with progress and a stop button → the result, with every refused row and why.

The run calls :func:`app.services.shop_import.import_orders` or ``import_customers`` on a worker thread; the service
reads the file streamed, reports progress per chunk, and rolls everything back when stopped, for a dry run, or
(unless *keep the good rows*) when a row is refused — so the database is as before or has the whole file. This
wizard never reads more of the file than the preview's first rows itself.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import RimedioError, ValidationError
from app.imports import detect, mapped
from app.imports.mapped import ColumnMapping
from app.services import shop_import
from app.services.shop_import import DateOrderNeeded, ImportReport
from ui.errors import show_refusal
from ui.icons import app_icon
from ui.widgets.progress import ProgressRelay
from ui.widgets.row_model import RowTableModel
from ui.workspace import Workspace

PAGE_FILE, PAGE_FORMAT, PAGE_MAPPING, PAGE_RUN, PAGE_RESULT = range(5)

_FORMAT_NAMES = {
    detect.SHOPIFY_ORDERS: QT_TRANSLATE_NOOP("ImportWizard", "Shopify orders export"),
    detect.SHOPIFY_CUSTOMERS: QT_TRANSLATE_NOOP("ImportWizard", "Shopify customers export"),
    detect.WOOCOMMERCE: QT_TRANSLATE_NOOP("ImportWizard", "WooCommerce orders export"),
    detect.PRESTASHOP: QT_TRANSLATE_NOOP("ImportWizard", "PrestaShop orders export"),
    detect.MAPPED: QT_TRANSLATE_NOOP("ImportWizard", "Any CSV, with a column mapping"),
}
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


_OPEN_TITLE = QT_TRANSLATE_NOOP("ImportWizard", "Choose the shop's export")
_OPEN_FILTER = QT_TRANSLATE_NOOP("ImportWizard", "CSV files (*.csv *.txt);;All files (*)")
_REJECTS_TITLE = QT_TRANSLATE_NOOP("ImportWizard", "Save the refused rows")
_SAVE_TITLE = QT_TRANSLATE_NOOP("ImportWizard", "Rimedio – save the column mapping")
_SAVE_LABEL = QT_TRANSLATE_NOOP("ImportWizard", "Save this mapping as:")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def ask_open_path(parent: QWidget | None) -> str:
    """The file to import ('' when cancelled). Tests replace this function."""
    path, _filter = QFileDialog.getOpenFileName(parent, _tr(_OPEN_TITLE), "", _tr(_OPEN_FILTER))
    return path


def ask_rejects_path(parent: QWidget | None, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, _tr(_REJECTS_TITLE), suggested, "CSV (*.csv)")
    return path


def ask_mapping_name(parent: QWidget | None, suggested: str) -> str:
    """The name to save a column mapping under ('' when cancelled). Tests replace this function."""
    name, ok = QInputDialog.getText(
        parent, _tr(_SAVE_TITLE), _tr(_SAVE_LABEL), QLineEdit.EchoMode.Normal, suggested
    )
    return name.strip() if ok else ""


def read_head(path: str) -> tuple[mapped.Preview, str | None]:
    """Runs on a worker thread: the first rows and the shop format told from the header."""
    head = mapped.preview(path, 8)
    return head, detect.detect_format(head.header) if head.header else None


class TableModel(RowTableModel):
    """Rows of strings under a header: the file's first rows, or the refused rows."""

    rows: list[tuple[str, ...]]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.header: tuple[str, ...] = ()

    def set_table(self, header, rows) -> None:
        self.beginResetModel()
        self.header = tuple(header)
        self.rows = [tuple(r) for r in rows]
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return self.header  # the file's own column names: no CONTEXT, shown as they are

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()] if index.column() < len(row) else ""
        return None


def _table(name: str, model) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    return view


class FilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(self.tr("An export of the shop's orders or customers, as CSV."))
        self.orders = QRadioButton(self.tr("&Orders (with their customers)"))
        self.orders.setChecked(True)
        self.customers = QRadioButton(self.tr("&Customers only"))
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setAccessibleName(self.tr("File"))
        self.browse = QPushButton(self.tr("&Browse…"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.orders)
        layout.addWidget(self.customers)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("File:")))
        layout.addLayout(row)
        layout.addStretch(1)
        self.browse.clicked.connect(self._browse)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path = ask_open_path(self)
        if path:
            self.path.setText(path)

    def kind(self) -> str:
        return "orders" if self.orders.isChecked() else "customers"

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()


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
        self.table = _table("importPreview", self.model)
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
            self.format.addItem(_tr(_FORMAT_NAMES[fmt]), fmt)
        self.detected.setText(self.tr("Reading the file…"))
        self.w.workspace.runner.submit(read_head, self.w.path(), done=self._read, failed=self._failed)

    def _read(self, result) -> None:
        head, fmt = result
        if head.error is not None:
            self.detected.setText(head.error.reason)
            self.detected.setStyleSheet("color: #c0392b;")
            self.model.set_table((), [])
            return
        self.detected.setStyleSheet("")
        self.header = head.header
        self.model.set_table(head.header, head.rows)
        self.table.resizeColumnsToContents()
        position = self.format.findData(fmt) if fmt else -1
        if position >= 0:
            self.format.setCurrentIndex(position)
            self.detected.setText(self.tr("Recognised: %1.").replace("%1", _tr(_FORMAT_NAMES[fmt])))
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
        self.problem.setStyleSheet("color: #c0392b;")
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
            combo.setAccessibleName(_tr(_FIELD_NAMES[name]))
            self.form.addRow(_tr(_FIELD_NAMES[name]) + ":", combo)
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
        name = ask_mapping_name(self, self.saved.currentData() or current.name)
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
            return self.tr("Choose the column that holds “%1”.").replace("%1", _tr(_FIELD_NAMES[field]))
        return exc.message


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.dry_run = QCheckBox(self.tr("Only &check the file: nothing is saved"))
        self.dry_run.setObjectName("dryRun")
        self.keep_good = QCheckBox(self.tr("&Keep the good rows when some are refused"))
        self.keep_good.setObjectName("keepGood")
        self.start = QPushButton(self.tr("&Start"))
        self.start.setObjectName("startImport")
        self.stop = QPushButton(self.tr("S&top"))
        self.stop.setObjectName("stopImport")
        self.stop.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.status = QLabel(self.tr("Nothing is written until the whole file has been read."))
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start)
        buttons.addWidget(self.stop)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.dry_run)
        layout.addWidget(self.keep_good)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.start.clicked.connect(self.run)
        self.relay: ProgressRelay | None = None
        self.stop.clicked.connect(lambda: self.relay and self.relay.cancel())
        self.report: ImportReport | None = None

    def initializePage(self) -> None:
        self.report = None
        self.progress.setValue(0)
        self.start.setEnabled(True)

    def run(self) -> None:
        path = self.w.path()
        self.relay = ProgressRelay(self)
        size = max(Path(path).stat().st_size, 1)
        self.progress.setRange(0, 1000)
        self.relay.progressed.connect(lambda rows, read: self._progress(rows, read, size))
        page = self.w.format_page
        fmt = page.format.currentData()
        mapping = self.w.mapping_page.mapping() if fmt == detect.MAPPED else None
        service = shop_import.import_orders if self.w.kind() == "orders" else shop_import.import_customers
        self.start.setEnabled(False)
        self.stop.setEnabled(True)
        self.status.setText(self.tr("Reading…"))
        self.w.setOption(QWizard.WizardOption.DisabledBackButtonOnLastPage, True)
        self.w.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.w.workspace.runner.submit(
            service,
            self.w.workspace.ctx,
            path,
            fmt,
            mapping,
            page.date_order.currentData() or None,
            dry_run=self.dry_run.isChecked(),
            keep_good=self.keep_good.isChecked(),
            rejects_path=str(self.w.rejects_path),
            progress=self.relay.callback,
            done=self._done,
            failed=self._failed,
        )

    def _progress(self, rows: int, read: int, size: int) -> None:
        self.progress.setValue(min(1000, read * 1000 // size))
        self.status.setText(self.tr("%n row(s) read…", "", rows))

    def _finish(self) -> None:
        self.stop.setEnabled(False)
        self.start.setEnabled(True)
        self.w.button(QWizard.WizardButton.BackButton).setEnabled(True)

    def _done(self, report: ImportReport) -> None:
        self._finish()
        self.report = report
        self.progress.setValue(1000)
        self.completeChanged.emit()
        if self.w.currentPage() is self.w.result_page:  # run again from the result (keep the good rows)
            self.w.result_page.initializePage()
        else:
            self.w.next()

    def _failed(self, error: RimedioError) -> None:
        self._finish()
        if isinstance(error, DateOrderNeeded):
            self.status.setText(error.message + " " + self.tr("Go back and choose the order of the dates."))
        else:
            self.status.setText(error.message)
        self.status.setStyleSheet("color: #c0392b;")

    def isComplete(self) -> bool:
        return self.report is not None


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Result"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.model = TableModel(self)
        self.table = _table("rejectedRows", self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.save_rejects = QPushButton(self.tr("&Save the refused rows as CSV…"))
        self.save_rejects.setObjectName("saveRejects")
        self.keep_good_now = QPushButton(self.tr("&Keep the good rows now"))
        self.keep_good_now.setObjectName("keepGoodNow")
        self.keep_good_now.setToolTip(
            self.tr("Import the same file again, keeping the rows that were not refused")
        )
        row = QHBoxLayout()
        row.addWidget(self.keep_good_now)
        row.addStretch(1)
        row.addWidget(self.save_rejects)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.save_rejects.clicked.connect(self._save_rejects)
        self.keep_good_now.clicked.connect(self.keep_good_rows)

    def keep_good_rows(self) -> None:
        """After a refusal (or a check): import the same file with its mapping again, keeping the good rows —
        without starting the wizard over. The result shows here when it is done."""
        run = self.w.run_page
        run.keep_good.setChecked(True)
        run.dry_run.setChecked(False)
        self.keep_good_now.setEnabled(False)
        self.summary.setText(self.tr("Importing the good rows…"))
        run.run()

    def initializePage(self) -> None:
        report = self.w.run_page.report
        if report is None:
            return
        self.keep_good_now.setVisible(not report.written and not report.cancelled and bool(report.rejected))
        self.keep_good_now.setEnabled(True)
        lines = [
            self.tr("%n created", "", report.created),
            self.tr("%n updated", "", report.updated),
            self.tr("%n unchanged", "", report.unchanged),
            self.tr("%n refused", "", len(report.rejected)),
        ]
        text = ", ".join(lines) + "."
        if report.cancelled:
            text = self.tr("Stopped: nothing was saved.") + " " + text
        elif report.dry_run:
            text = self.tr("Checked only: nothing was saved.") + " " + text
        elif not report.written:
            text = (
                self.tr("Nothing was saved because rows were refused; fix them or keep the good rows.")
                + " "
                + text
            )
        else:
            text = self.tr("Saved.") + " " + text
        recorded = [r for r in report.redemptions if r.recorded]
        if recorded:
            text += " " + self.tr("%n voucher redemption(s) recorded.", "", len(recorded))
        excess = [r for r in report.redemptions if r.status == "excess"]  # provisional redemptions re-checked
        if excess:
            text += " " + self.tr(
                "Credit spent before its order was imported is above that order's cap: see the list."
            )
        self.summary.setText(text)
        self.model.set_table(
            (self.tr("Row"), self.tr("Order or customer"), self.tr("Why")),
            [(str(i.row or ""), i.key or "", i.reason) for i in report.rejected]
            + [("", r.order, r.message) for r in excess],
        )
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.save_rejects.setEnabled(bool(report.rejects_file) and Path(report.rejects_file).is_file())
        if report.written:
            self.w.imported.emit(report)

    def _save_rejects(self) -> None:
        report = self.w.run_page.report
        if report is None or not report.rejects_file:
            return
        target = ask_rejects_path(
            self, str(Path(self.w.path()).with_name(Path(self.w.path()).stem + "-refused.csv"))
        )
        if target:
            shutil.copyfile(report.rejects_file, target)


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportReport, when something was saved

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Rimedio – import"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.workspace = workspace
        self._temp = tempfile.TemporaryDirectory(prefix="rimedio-import-")
        self.rejects_path = Path(self._temp.name) / "refused.csv"
        self.file_page = FilePage()
        self.format_page = FormatPage(self)
        self.mapping_page = MappingPage(self)
        self.run_page = RunPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in (
            (PAGE_FILE, self.file_page),
            (PAGE_FORMAT, self.format_page),
            (PAGE_MAPPING, self.mapping_page),
            (PAGE_RUN, self.run_page),
            (PAGE_RESULT, self.result_page),
        ):
            self.setPage(page_id, page)
        self.resize(760, 560)
        self.finished.connect(lambda _r: self._temp.cleanup())

    def kind(self) -> str:
        return self.file_page.kind()

    def path(self) -> str:
        return self.file_page.path.text().strip()
