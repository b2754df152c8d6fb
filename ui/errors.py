"""How the client shows trouble: a refusal from a service is a short message; a bug is logged and reported once.

:func:`show_refusal` is for :class:`~app.errors.RimedioError` (already in the user's language).
:func:`install_excepthook` replaces ``sys.excepthook`` so an unexpected exception is written to the log with its
traceback and shown in one :class:`CrashDialog` that offers the report to copy — never a dialog per repeat.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.errors import Conflict, RimedioError

log = logging.getLogger(__name__)


def show_refusal(parent: QWidget | None, error: RimedioError) -> None:
    """A service said no: tell the user why, in one message box."""
    title = (
        QCoreApplication.translate("errors", "Rimedio – changed by someone else")
        if isinstance(error, Conflict)
        else QCoreApplication.translate("errors", "Rimedio")
    )
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("refusalBox")
    box.exec()


class CrashDialog(QDialog):
    """Something went wrong that Rimedio did not expect; the report can be copied for the developers."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Rimedio – unexpected error"))
        self.report = report
        intro = QLabel(
            self.tr(
                "Rimedio ran into an error it did not expect. Your last change may not have been "
                "saved. The details below are in the log file too; please send them to whoever "
                "looks after Rimedio."
            )
        )
        intro.setWordWrap(True)
        text = QPlainTextEdit(report)
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Error report"))
        text.setMinimumSize(560, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("&Copy report"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)


def crash_report(exc_type, exc, tb) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    head = (
        f"Rimedio {__version__}, Python {platform.python_version()}, Qt {qVersion()}, "
        f"{platform.system()} {platform.release()}\n\n"
    )
    return head + "".join(lines)


class _Hook:
    def __init__(self) -> None:
        self.showing = False
        self.seen: set[str] = set()
        self.previous = sys.excepthook

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, RimedioError):  # a refusal nobody caught: still not a crash
            log.warning("refusal reached the event loop: %s", exc.message)
            show_refusal(QApplication.activeWindow(), exc)
            return
        report = crash_report(exc_type, exc, tb)
        log.error("unexpected error\n%s", report)
        key = "".join(traceback.format_exception_only(exc_type, exc))
        if self.showing or key in self.seen or QApplication.instance() is None:
            return
        self.seen.add(key)
        self.showing = True
        try:
            dialog = CrashDialog(report, QApplication.activeWindow())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.exec()
        finally:
            self.showing = False


def install_excepthook() -> _Hook:
    hook = _Hook()
    sys.excepthook = hook
    return hook
