"""The bar that says a decision back with *Undo* and counts down the seconds before it is carried out."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui import palette


class UndoBar(QFrame):
    """``offer(text, ms)`` shows it; ``undoRequested`` when the button is pressed, ``expired`` when the time is up."""

    undoRequested = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        palette.style(
            self,
            lambda c: (
                f"#undoBar {{ background: {c.undo_background}; border: 1px solid {c.undo_border};"
                f" border-radius: 4px; }} #undoBar QLabel {{ color: {c.undo_text}; }}"
            ),
        )
        self.message = QLabel()
        self.message.setObjectName("undoText")
        self.message.setWordWrap(True)
        self.button = QPushButton(self.tr("&Undo"))
        self.button.setObjectName("undoDecision")
        self.button.setToolTip(self.tr("Take the decision back (Ctrl+Z); nothing has been issued yet"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        self.hide()
        self._said = ""
        self._remaining = 0
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self.expired)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_countdown)
        self.button.clicked.connect(self.undoRequested)

    def offer(self, text: str, ms: int) -> None:
        self._said = text
        self._remaining = max(1, ms // 1000)
        self._show_countdown(first=True)
        self.show()
        self._expiry.start(ms)
        self._tick.start()

    def stop(self) -> None:
        self._expiry.stop()
        self._tick.stop()
        self.hide()

    def _show_countdown(self, first: bool = False) -> None:
        if not first:
            self._remaining = max(0, self._remaining - 1)
        self.message.setText(self._said + " " + self.tr("Carried out in %n second(s).", "", self._remaining))
