"""The navigation list of the main window as a model (entries, icons, count badges) and its delegate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ui import palette
from ui.i18n import QT_TRANSLATE_NOOP
from ui.icons import icon

PageRole = Qt.ItemDataRole.UserRole + 1
BadgeRole = Qt.ItemDataRole.UserRole + 2


@dataclass
class Entry:
    page: str
    text: str  # untranslated, marked with QT_TRANSLATE_NOOP
    icon: str
    badge: int = 0


ENTRIES = (
    Entry("inbox", QT_TRANSLATE_NOOP("Navigation", "Inbox"), "nav-inbox"),
    Entry("mine", QT_TRANSLATE_NOOP("Navigation", "My cases"), "nav-my-cases"),
    Entry("approvals", QT_TRANSLATE_NOOP("Navigation", "Approvals"), "nav-approvals"),
    Entry("customers", QT_TRANSLATE_NOOP("Navigation", "Customers"), "nav-customers"),
    Entry("credit", QT_TRANSLATE_NOOP("Navigation", "Credit"), "nav-credit"),
    Entry("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), "nav-reports"),
    Entry("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), "nav-settings"),
)


class NavigationModel(QAbstractListModel):
    def __init__(self, pages: list[str], parent=None) -> None:
        super().__init__(parent)
        self.entries = [Entry(e.page, e.text, e.icon) for e in ENTRIES if e.page in pages]
        self._icons = {e.page: icon(e.icon) for e in self.entries}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def row_of(self, page: str) -> int:
        return next((i for i, e in enumerate(self.entries) if e.page == page), -1)

    def set_badge(self, page: str, count: int) -> None:
        row = self.row_of(page)
        if row >= 0 and self.entries[row].badge != count:
            self.entries[row].badge = count
            index = self.index(row)
            self.dataChanged.emit(index, index, [BadgeRole, Qt.ItemDataRole.AccessibleTextRole])

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Navigation", entry.text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = QCoreApplication.translate("Navigation", entry.text)
            return f"{text} ({entry.badge})" if entry.badge else text
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[entry.page]
        if role == PageRole:
            return entry.page
        if role == BadgeRole:
            return entry.badge
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, 34)
        return None


class NavigationDelegate(QStyledItemDelegate):
    """Draws the entry as usual, then a round count badge at its right end when there is something waiting."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(BadgeRole) or 0
        if not count:
            return
        text = str(count) if count < 1000 else "999+"
        metrics = option.fontMetrics
        width = max(metrics.horizontalAdvance(text) + 10, metrics.height() + 2)
        rect = QRect(
            option.rect.right() - width - 6,
            option.rect.center().y() - metrics.height() // 2 - 1,
            width,
            metrics.height() + 2,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        colours = palette.colours()
        painter.setBrush(QColor(colours.badge_background))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(QColor(colours.badge_text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
