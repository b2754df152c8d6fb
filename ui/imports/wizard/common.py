"""What the import wizard's pages share: their ids, the wizard's own translation context, preview tables."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView

PAGE_FILE, PAGE_FORMAT, PAGE_MAPPING, PAGE_RUN, PAGE_RESULT = range(5)


def wizard_tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def preview_table(name: str, model) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    return view
