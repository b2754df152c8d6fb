"""The import wizard's first page: orders or customers, and which file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.imports.wizard import ask


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
        path = ask.ask_open_path(self)
        if path:
            self.path.setText(path)

    def kind(self) -> str:
        return "orders" if self.orders.isChecked() else "customers"

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()
