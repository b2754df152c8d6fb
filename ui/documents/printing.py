"""PDF bytes to a printer or a file, and the printer dialog (one function, so tests can answer it).

:func:`print_pdf` paints each page of a PDF onto a :class:`QPrinter`; it may run on a worker thread (Qt allows a
QPainter on a QPrinter outside the GUI thread) and renders at most 300 dpi so a batch of vouchers stays light.
:func:`save_pdf` replaces a file whole (a temporary file renamed over it), never half-written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 300


def load_pdf(data: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument read from bytes through a QBuffer (keep the buffer alive as long as the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system's print dialog; True when the user chose to print. Tests replace this function."""
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_pdf(data: bytes, printer: QPrinter, progress: Callable[[int, int], bool] | None = None) -> int:
    """Paint every page of ``data`` on ``printer``, each fitted to the printable area; returns pages printed."""
    document, buffer = load_pdf(data)
    pages = document.pageCount()
    painter = QPainter()
    if pages <= 0 or not painter.begin(printer):
        return 0
    printed = 0
    try:
        for page in range(pages):
            if progress is not None and not progress(page, pages):
                printer.abort()
                break
            if page:
                printer.newPage()
            area = QRectF(painter.viewport())
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRectF(QPointF(0, 0), points * scale)
            target.moveCenter(area.center())
            pixels = min(1.0, MAX_DPI / 72 * points.width() / target.width())
            image = document.render(page, QSize(int(target.width() * pixels), int(target.height() * pixels)))
            painter.drawImage(target, image)
            printed += 1
        if progress is not None:
            progress(pages, pages)
    finally:
        painter.end()
        document.close()
        buffer.close()
    return printed


def save_pdf(data: bytes, path: str | Path) -> Path:
    """Write ``data`` to ``path``, replacing it whole."""
    target = Path(path)
    handle, temp = tempfile.mkstemp(prefix=".rimedio-", suffix=".pdf", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target
