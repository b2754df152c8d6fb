"""A non-modal notice across the top of the main window: one line of news, an action button, a close button.

Used when something arrives without the user asking (a supervisor's answer). It never takes the focus away from
what the agent is typing; Esc on it or its close button hides it. Newer news replaces older.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ui import palette


class Notice(QFrame):
    actionRequested = Signal(object)  # the payload given to show()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        palette.style(
            self,
            lambda c: (
                f"#notice {{ background: {c.notice_background}; border: 1px solid {c.notice_border};"
                f" border-radius: 4px; }} #notice QLabel {{ color: {c.notice_text}; }}"
            ),
        )
        self.setAccessibleName(self.tr("Notification"))
        self.text = QLabel()
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton()
        self.action.setObjectName("noticeAction")
        self.action.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self.payload = None
        self.action.clicked.connect(self._act)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_notice(self, text: str, action: str = "", payload=None) -> None:
        self.text.setText(text)
        self.payload = payload
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self.show()

    def _act(self) -> None:
        self.hide()
        self.actionRequested.emit(self.payload)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
