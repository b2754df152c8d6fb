"""Settings (admin), imports: where an admin starts the import wizard."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.workspace import Workspace


class ImportsPage(QWidget):
    """Where an admin brings the shop's customers and orders in (the same wizard as on the customers screen)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importsPage")
        self.workspace = workspace
        text = QLabel(
            self.tr(
                "Bring in the shop's customers and orders from a CSV export of Shopify, WooCommerce or "
                "PrestaShop, or any CSV with a column mapping. Importing the same file again changes "
                "nothing; a file with refused rows saves nothing unless you keep the good rows."
            )
        )
        text.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Import a file…"))
        self.start_button.setObjectName("startImportWizard")
        self.start_button.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addStretch(1)

    def start(self):
        from ui.imports.wizard import ImportWizard

        wizard = ImportWizard(self.workspace, self.window())
        wizard.open()
        return wizard
