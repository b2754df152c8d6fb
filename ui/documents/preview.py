"""The print preview: a PDF made by the documents service, shown through Qt's PDF module, printed or saved.

The dialog is given a ``make(size, lang) -> Document`` function, which runs on a worker thread (rendering a PDF
takes longer than a frame); changing the paper or the language makes it again and drops older results. Printing
asks :func:`ui.documents.printing.ask_printer`, paints the pages off the GUI thread, and — like saving as PDF —
puts a ``printed`` event on the case's timeline (``printed`` signal). Ctrl+P prints, Ctrl+S saves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QCoreApplication, QStandardPaths, Signal
from PySide6.QtGui import QKeySequence, QPageSize, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RimedioError
from app.i18n import SUPPORTED_LANGUAGES
from app.services import documents
from app.services.documents import Document
from ui import palette
from ui.documents.printing import ask_printer, load_pdf, print_pdf, save_pdf
from ui.icons import app_icon, icon
from ui.labels import language_name
from ui.runner import Job
from ui.widgets.common import BusyBar
from ui.widgets.progress import ProgressRelay
from ui.workspace import Workspace

_PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "a5": QPageSize.PageSizeId.A5, "a6": QPageSize.PageSizeId.A6}


def _write(data: bytes, path: str) -> tuple[str, str]:
    """Runs on a worker thread: (saved path, '') or ('', the system's reason)."""
    try:
        return str(save_pdf(data, path)), ""
    except OSError as exc:
        return "", exc.strerror or str(exc)


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    """Where to save a PDF ('' when cancelled). Tests replace this function."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("QFileDialog", "Save as PDF"),
        f"{folder}/{suggested}",
        "PDF (*.pdf)",
    )
    return path


class PreviewDialog(QDialog):
    printed = Signal(object)  # the Document, after it was printed or saved

    def __init__(
        self,
        workspace: Workspace,
        title: str,
        make: Callable[[str | None, str | None], Document],
        sizes: tuple[str, ...] = ("a5", "a4", "a6", "label_4x6"),
        parent: QWidget | None = None,
        with_progress: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.setWindowTitle(self.tr("Rimedio – %1").replace("%1", title))
        self.setWindowIcon(app_icon())
        self.workspace = workspace
        self.make = make
        self.with_progress = with_progress  # make(size, lang, progress=…) reports and may be stopped
        self.document: Document | None = None
        self._job: Job | None = None
        self._pdf: QPdfDocument | None = None
        self._buffer: QBuffer | None = None

        self.paper_size = QComboBox()
        self.paper_size.setObjectName("paperSize")
        self.paper_size.setAccessibleName(self.tr("Paper"))
        names = {"a4": "A4", "a5": "A5", "a6": "A6", "label_4x6": self.tr("Label 4×6 in")}
        for value in sizes:
            self.paper_size.addItem(names.get(value, value), value)
        if len(sizes) <= 1:  # only hidden: a show() before it has a parent would open it as a window
            self.paper_size.hide()
        self.language = QComboBox()
        self.language.setObjectName("paperLanguage")
        self.language.setAccessibleName(self.tr("Language of the paper"))
        self.language.addItem(self.tr("The customer's language"), "")
        for code in SUPPORTED_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.busy = BusyBar()
        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setMinimumSize(460, 520)
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)

        self.print_button = QPushButton(icon("action-print"), self.tr("&Print… (Ctrl+P)"))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("savePdfButton")
        self.cancel_button = QPushButton(self.tr("Stop printing"))
        self.cancel_button.setVisible(False)
        buttons = QDialogButtonBox()
        buttons.addButton(QPushButton(self.tr("&Close")), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        paper = QLabel(self.tr("Pa&per:"))
        paper.setBuddy(self.paper_size)
        if len(sizes) <= 1:
            paper.hide()
        lang = QLabel(self.tr("&Language:"))
        lang.setBuddy(self.language)
        top.addWidget(paper)
        top.addWidget(self.paper_size)
        top.addSpacing(12)
        top.addWidget(lang)
        top.addWidget(self.language)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.paper_size.currentIndexChanged.connect(self.reload)
        self.language.currentIndexChanged.connect(self.reload)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_document)
        self._relay: ProgressRelay | None = None
        self.cancel_button.clicked.connect(lambda: self._relay and self._relay.cancel())
        self._ready(False)
        self.resize(620, 780)
        self.reload()

    def _ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # --- making the PDF ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self._ready(False)
        self.busy.set_busy(True)
        self.status.setText(self.tr("Preparing the preview…"))
        palette.tone(self.status, None)
        extra = {}
        if self.with_progress:
            self._relay = ProgressRelay(self)
            self._relay.progressed.connect(self._make_progress)
            extra["progress"] = self._relay.callback
            self.cancel_button.setText(self.tr("S&top"))
            self.cancel_button.setVisible(True)
        self._job = self.workspace.runner.submit(
            self.make,
            self.paper_size.currentData(),
            self.language.currentData() or None,
            **extra,
            done=self.show_document,
            failed=self._refused,
        )

    def _make_progress(self, done: int, total: int) -> None:
        self.status.setText(self.tr("Preparing %1 of %2…").replace("%1", str(done)).replace("%2", str(total)))

    def show_document(self, document: Document) -> None:
        self.busy.set_busy(False)
        self.cancel_button.setVisible(False)
        old = (self._pdf, self._buffer)
        self.document = document
        pdf, self._buffer = load_pdf(document.data, self)
        self._pdf = pdf
        self.view.setDocument(pdf)
        for item in old:
            if item is not None:
                item.deleteLater()
        pages = pdf.pageCount()
        self.status.setText(
            self.tr("%n page(s)", "", pages)
            + f" · {document.size.upper()} · "
            + language_name(document.language)
        )
        self._ready(pages > 0)

    def page_count(self) -> int:
        return self._pdf.pageCount() if self._pdf is not None else 0

    def _refused(self, error: RimedioError) -> None:
        self.busy.set_busy(False)
        self.cancel_button.setVisible(False)
        self.status.setText(error.message)
        palette.tone(self.status, "error")

    # --- printing and saving ------------------------------------------------------------------------------------
    def print_document(self) -> None:
        if self.document is None or not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        page = _PAGE_SIZES.get(self.document.size)
        if page is not None:
            printer.setPageSize(QPageSize(page))
        printer.setDocName(self.document.filename)
        if not ask_printer(self, printer):
            return
        document = self.document
        self._relay = ProgressRelay(self)
        self._relay.progressed.connect(self._print_progress)
        self._ready(False)
        self.cancel_button.setText(self.tr("Stop printing"))
        self.cancel_button.setVisible(True)
        self.busy.set_busy(True)
        self._printer = printer  # alive until the worker is done
        self.workspace.runner.submit(
            print_pdf,
            document.data,
            printer,
            self._relay.callback,
            done=lambda pages: self._printed(document, pages),
            failed=self._refused,
        )

    def _print_progress(self, done: int, total: int) -> None:
        self.status.setText(
            self.tr("Printing page %1 of %2…")
            .replace("%1", str(min(done + 1, total)))
            .replace("%2", str(total))
        )

    def _printed(self, document: Document, pages: int) -> None:
        self.busy.set_busy(False)
        self.cancel_button.setVisible(False)
        self._ready(True)
        if self._relay is not None and self._relay.cancelled:
            self.status.setText(self.tr("Printing stopped."))
            return
        if not pages:
            self.status.setText(self.tr("The printer could not be started."))
            return
        self.status.setText(self.tr("Sent to the printer: %n page(s).", "", pages))
        self._record(document, "printer")

    def save_document(self) -> None:
        if self.document is None or not self.save_button.isEnabled():
            return
        path = ask_save_path(self, self.document.filename)
        if not path:
            return
        document = self.document
        self.workspace.runner.submit(
            _write,
            document.data,
            path,
            done=lambda result: self._saved(document, *result),
            failed=self._refused,
        )

    def _saved(self, document: Document, path: str, problem: str) -> None:
        if problem:
            self.status.setText(self.tr("The PDF could not be saved: %1").replace("%1", problem))
            palette.tone(self.status, "error")
            return
        palette.tone(self.status, None)
        self.status.setText(self.tr("Saved as %1.").replace("%1", str(path)))
        self._record(document, "pdf")

    def _record(self, document: Document, how: str) -> None:
        self.workspace.runner.submit(
            documents.record_printed,
            self.workspace.ctx,
            document,
            how,
            done=lambda _none: self.printed.emit(document),
            failed=self._refused,
        )
