"""Keys that act on the widget that has focus (Ctrl+Enter sends what that widget belongs to).

Why not ``QShortcut`` with ``Qt.WidgetShortcut``: two of those with the same keys on sibling widgets are reported
as ambiguous by Qt and neither fires; an event filter on the widget itself answers only while it has focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_ctrl_enter(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.key() in _ENTER
        and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    )


class _CtrlEnter(QObject):
    def __init__(self, slot: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self.slot = slot

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and is_ctrl_enter(event):
            event.accept()  # ours, before any window-wide shortcut
            return True
        if event.type() == QEvent.Type.KeyPress and is_ctrl_enter(event):
            self.slot()
            return True
        return False


def on_ctrl_enter(slot: Callable[[], object], *widgets: QWidget) -> None:
    """Ctrl+Enter (either Enter key) in any of ``widgets`` calls ``slot``."""
    for widget in widgets:
        widget.installEventFilter(_CtrlEnter(slot, widget))
