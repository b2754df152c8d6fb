"""The import wizard itself: its five pages in order, the file chosen, a temporary folder for the refused rows."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from ui.icons import app_icon
from ui.imports.wizard.common import PAGE_FILE, PAGE_FORMAT, PAGE_MAPPING, PAGE_RESULT, PAGE_RUN
from ui.imports.wizard.file_page import FilePage
from ui.imports.wizard.format_page import FormatPage
from ui.imports.wizard.mapping_page import MappingPage
from ui.imports.wizard.result_page import ResultPage
from ui.imports.wizard.run_page import RunPage
from ui.workspace import Workspace


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
