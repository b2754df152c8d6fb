"""The import wizard's run: on a worker thread, with progress and a stop button."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.errors import RimedioError
from app.imports import detect
from app.services import shop_import
from app.services.shop_import import DateOrderNeeded, ImportReport
from ui import palette
from ui.widgets.progress import ProgressRelay

if TYPE_CHECKING:
    from ui.imports.wizard.import_wizard import ImportWizard


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
        palette.tone(self.status, "error")

    def isComplete(self) -> bool:
        return self.report is not None
