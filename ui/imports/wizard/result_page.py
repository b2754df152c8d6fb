"""The import wizard's result: what was saved, every refused row and why; keep the good rows without starting over."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWizardPage

from app.services import shop_import
from ui.errors import show_refusal
from ui.imports.wizard import ask
from ui.imports.wizard.common import preview_table
from ui.imports.wizard.model import TableModel

if TYPE_CHECKING:
    from ui.imports.wizard.import_wizard import ImportWizard


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Result"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.model = TableModel(self)
        self.table = preview_table("rejectedRows", self.model)
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
        self.save_rejects.setEnabled(report.rejects_file is not None and Path(report.rejects_file).is_file())
        if report.written:
            self.w.imported.emit(report)

    def _save_rejects(self) -> None:
        report = self.w.run_page.report
        if report is None or not report.rejects_file:
            return
        target = ask.ask_rejects_path(
            self, str(Path(self.w.path()).with_name(Path(self.w.path()).stem + "-refused.csv"))
        )
        if target:  # off the window's thread; a folder that cannot be written is said, not a crash
            self.w.workspace.runner.submit(
                shop_import.save_rejects_copy,
                report.rejects_file,
                target,
                failed=lambda e: show_refusal(self, e),
            )
