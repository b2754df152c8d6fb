"""Small building blocks shared by the screens: a busy line, a placeholder panel, a titled box, a count label."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon


class BusyBar(QProgressBar):
    """A thin, endless progress bar shown while a query runs in the background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setMaximumHeight(4)
        self.setTextVisible(False)
        self.setAccessibleName(self.tr("Loading"))
        self.setVisible(False)

    def set_busy(self, busy: bool) -> None:
        self.setVisible(busy)


class Placeholder(QFrame):
    """A working but empty panel that says what will appear in it and when."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        picture = QLabel()
        picture.setPixmap(icon("state-empty").pixmap(24, 24))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setForegroundRole(self.label.foregroundRole())
        layout.addWidget(picture)
        layout.addWidget(self.label, 1)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for w in widgets:
        layout.addWidget(w)
    return box


class SidePane(QScrollArea):
    """A vertical scroll area whose wrapped labels are never cut.

    Qt lays out a form inside a scroll area without asking its wrapped labels how tall they are at the width they
    finally get, so a two-line value shows one line. After each resize (and :meth:`refit` after new texts) every
    visible wrapped label is given the height its text needs at its width.
    """

    def __init__(self, widget: QWidget, parent: QWidget | None = None, follow_width: bool = False) -> None:
        super().__init__(parent)
        #: Grow the pane's minimum width to what its tables need (it scrolls only up and down, so a wider table would
        #: be cut at the right edge): the case view's side pane, whose tables need their columns whole.
        self.follow_width = follow_width
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fit)

    def refit(self) -> None:
        self._timer.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.follow_width and watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._follow_content_width()
        return super().eventFilter(watched, event)

    def _follow_content_width(self) -> None:
        """As wide as its widest table needs (with the same margin on both sides), so no column is cut."""
        inner = self.widget()
        if inner is None:
            return
        need = 0
        for table in inner.findChildren(QTableView):
            if table.isVisibleTo(inner):
                margin = table.mapTo(inner, QPoint(0, 0)).x()
                need = max(need, margin + table.minimumSizeHint().width() + margin)
        need += self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        if need > self.minimumWidth():  # only grows: a pane that shrinks back and forth makes the window jump
            self.setMinimumWidth(need)

    def _fit(self) -> None:
        inner = self.widget()
        if inner is None:
            return
        for _ in range(3):  # a taller label can move others; settles in a pass or two
            changed = False
            for label in inner.findChildren(QLabel):
                if not label.wordWrap() or not label.isVisibleTo(inner) or label.width() <= 0:
                    continue
                need = label.heightForWidth(label.width()) if label.text() else 0
                if need > 0 and label.minimumHeight() != need:
                    label.setMinimumHeight(need)
                    changed = True
            if not changed:
                return
            if (layout := inner.layout()) is not None:
                layout.activate()


class ElidingLabel(QLabel):
    """A one-line label that gives way on a narrow window: the text is shortened with "…" and shown whole in the
    tooltip (the database path in the status bar). Marked so the layout checks know the shortening is meant."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("elidesOnPurpose", True)
        self._full = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self):  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), self.fontMetrics().horizontalAdvance("M") * 8))
        return hint

    def sizeHint(self):  # noqa: N802 - Qt override
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance(self._full) + 8)
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideMiddle, max(self.width() - 4, 20)
        )
        super().setText(shown)
