"""Geometry checks for a laid-out window: no text cut off, no widgets on top of each other.

Used by the size grid (``test_layout_grid.py``) and by ``make_screenshots.py``; it reads geometry only, so it
runs on the offscreen platform.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollBar,
    QTableView,
    QWidget,
)


def _visible_rect(w: QWidget, root: QWidget) -> QRect:
    """The part of ``w`` that can be seen within its ancestors up to ``root`` (scroll areas cut it)."""
    rect = QRect(w.mapTo(root, w.rect().topLeft()), w.size())
    parent = w.parentWidget()
    while parent is not None and parent is not root:
        rect = rect.intersected(QRect(parent.mapTo(root, parent.rect().topLeft()), parent.size()))
        parent = parent.parentWidget()
    return rect


def _name(w: QWidget) -> str:
    text = w.text() if hasattr(w, "text") and callable(w.text) else ""
    return f"{type(w).__name__}({w.objectName() or text[:30]!r})"


def clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons, combo boxes and line edits narrower (or, wrapped, shorter) than their text needs."""
    problems = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 0 or isinstance(w.window(), QMenu):
            continue
        if isinstance(w, QLabel) and w.text() and not w.property("elidesOnPurpose"):
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    problems.append(f"label {w.text()[:60]!r}: needs {need}px height, has {w.height()}")
            elif w.sizeHint().width() > w.width() + 1:
                problems.append(f"label {w.text()[:60]!r}: needs {w.sizeHint().width()}px, has {w.width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            if w.minimumSizeHint().width() > w.width() + 1:
                problems.append(
                    f"button {w.text()!r}: needs {w.minimumSizeHint().width()}px, has {w.width()}"
                )
        elif isinstance(w, QComboBox) and w.currentText() and w.minimumSizeHint().width() > w.width() + 1:
            problems.append(
                f"combo {w.currentText()!r}: needs {w.minimumSizeHint().width()}px, has {w.width()}"
            )
        elif isinstance(w, QLineEdit) and not isinstance(w.parentWidget(), QComboBox) and w.width() < 60:
            problems.append(f"line edit {w.objectName() or w.accessibleName()!r}: only {w.width()}px wide")
    return problems


def overlaps(root: QWidget) -> list[str]:
    """Visible sibling widgets whose visible areas intersect (a layout that could not give everyone room)."""
    problems = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not parent.isVisibleTo(root) and parent is not root:
            continue
        if isinstance(parent, (QAbstractScrollArea, QComboBox)) or isinstance(parent.window(), QMenu):
            continue  # a scroll area's viewport, bars and headers are placed by Qt itself
        kids = [
            k
            for k in parent.findChildren(QWidget, options=_direct())
            if k.isVisibleTo(root)
            and not k.isWindow()
            and k.width() > 0
            and k.height() > 0
            and not isinstance(k, (QScrollBar, QHeaderView))
        ]
        for i, a in enumerate(kids):
            ra = _visible_rect(a, root)
            for b in kids[i + 1 :]:
                rb = _visible_rect(b, root)
                inter = ra.intersected(rb)
                if inter.width() > 1 and inter.height() > 1:
                    problems.append(f"{_name(a)} overlaps {_name(b)} by {inter.width()}×{inter.height()}")
    return problems


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def cut_columns(table: QTableView, columns: list[int] | None = None) -> list[str]:
    """Columns whose header text does not fit, or that lie beyond the visible width of the table."""
    header = table.horizontalHeader()
    model = table.model()
    problems = []
    visible = table.viewport().width()
    for col in columns if columns is not None else range(model.columnCount()):
        if header.isSectionHidden(col):
            problems.append(f"column {model.headerData(col, header.orientation())!r} is hidden")
            continue
        need = header.sectionSizeFromContents(col).width()
        if header.sectionSize(col) + 1 < need:
            problems.append(
                f"column {model.headerData(col, header.orientation())!r}: header needs {need}px, "
                f"has {header.sectionSize(col)}"
            )
        if header.sectionViewportPosition(col) + min(header.sectionSize(col), need) > visible + 1:
            problems.append(f"column {model.headerData(col, header.orientation())!r} is off the right edge")
    return problems


def problems(root: QWidget) -> list[str]:
    return clipped(root) + overlaps(root)
