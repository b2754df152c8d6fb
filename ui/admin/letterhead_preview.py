"""The note as it would print with the letterhead being edited — shop name, address, logo, signature — before it
is saved: a sample note at first, the note of a case once one is chosen. It is the print preview
(:class:`ui.documents.preview.PreviewDialog`) set into the settings screen, fed by
:func:`app.services.documents.letterhead_preview` with the unsaved values, and refreshed a moment after typing
stops, as the template editor's preview is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.services import documents
from app.services.documents import Document
from ui.admin.mail_templates import PREVIEW_DELAY_MS
from ui.documents.preview import PreviewDialog
from ui.workspace import Workspace


class LetterheadPreview(QWidget):
    """A case to show the note of, and that note made with ``values()`` — the form's current, unsaved text."""

    def __init__(
        self, workspace: Workspace, values: Callable[[], dict[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letterheadPreview")
        self.workspace = workspace
        self.values = values
        self.requested: dict[str, str] = {}  # the values the last preview was asked with
        self.case_id = QSpinBox()
        self.case_id.setObjectName("letterheadCase")
        self.case_id.setRange(0, 2_000_000_000)
        # 0: the service's sample note, which needs no case (a shop may have none, or none whose note can print)
        self.case_id.setSpecialValueText(QCoreApplication.translate("SettingsForms", "a sample note"))
        self.case_id.setValue(0)
        self.case_id.setAccessibleName(QCoreApplication.translate("SettingsForms", "Case to preview with"))
        caption = QLabel(QCoreApplication.translate("SettingsForms", "Preview the note of &case:"))
        caption.setBuddy(self.case_id)
        self.pages = PreviewDialog(
            workspace,
            QCoreApplication.translate("SettingsForms", "the note"),
            self._maker(),
            sizes=("a5",),
            parent=self,
        )
        self.pages.setWindowFlags(Qt.WindowType.Widget)  # a part of this screen, not a window of its own
        self.pages.view.setMinimumSize(280, 320)
        for box in self.pages.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if box.buttonRole(button) == QDialogButtonBox.ButtonRole.RejectRole:
                    button.hide()  # nothing to close: the screen stays
        # Only a look: printing or saving from here would put a "printed" event on a customer's case, and the
        # dialog's Ctrl+P / Ctrl+S would catch the settings screen's keys.
        self.pages.print_button.hide()
        self.pages.save_button.hide()
        for shortcut in self.pages.findChildren(QShortcut):
            shortcut.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.case_id)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.case_id.valueChanged.connect(self._timer.start)

    def later(self) -> None:
        """Refresh a moment after the last key, not on every one."""
        self._timer.start()

    def _maker(self) -> Callable[[str | None, str | None], Document]:
        values = dict(self.values())  # read here, on the GUI thread; the PDF is made on a worker
        case_id = self.case_id.value() or None  # None: the sample note
        self.requested = values

        def make(size: str | None, lang: str | None) -> Document:
            return documents.letterhead_preview(self.workspace.ctx, case_id, values, size=size, lang=lang)

        return make

    def refresh(self) -> None:
        self.pages.make = self._maker()
        self.pages.reload()
