"""The questions the import wizard asks through Qt's file and input dialogs (tests replace these functions)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from ui.i18n import QT_TRANSLATE_NOOP
from ui.imports.wizard.common import wizard_tr

_OPEN_TITLE = QT_TRANSLATE_NOOP("ImportWizard", "Choose the shop's export")
_OPEN_FILTER = QT_TRANSLATE_NOOP("ImportWizard", "CSV files (*.csv *.txt);;All files (*)")
_REJECTS_TITLE = QT_TRANSLATE_NOOP("ImportWizard", "Save the refused rows")
_SAVE_TITLE = QT_TRANSLATE_NOOP("ImportWizard", "Rimedio – save the column mapping")
_SAVE_LABEL = QT_TRANSLATE_NOOP("ImportWizard", "Save this mapping as:")


def ask_open_path(parent: QWidget | None) -> str:
    """The file to import ('' when cancelled). Tests replace this function."""
    path, _filter = QFileDialog.getOpenFileName(parent, wizard_tr(_OPEN_TITLE), "", wizard_tr(_OPEN_FILTER))
    return path


def ask_rejects_path(parent: QWidget | None, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, wizard_tr(_REJECTS_TITLE), suggested, "CSV (*.csv)")
    return path


def ask_mapping_name(parent: QWidget | None, suggested: str) -> str:
    """The name to save a column mapping under ('' when cancelled). Tests replace this function."""
    name, ok = QInputDialog.getText(
        parent, wizard_tr(_SAVE_TITLE), wizard_tr(_SAVE_LABEL), QLineEdit.EchoMode.Normal, suggested
    )
    return name.strip() if ok else ""
