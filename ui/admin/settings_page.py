"""Settings (admin), the table of every shop setting: grouped by the first part of their key, a value changed in
place (double-click or F2), shared by every workstation."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QRegularExpression, QSortFilterProxyModel, QStringListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RimedioError
from ui import palette
from ui.admin.settings_model import COL_HELP, COL_KEY, SettingsModel
from ui.workspace import Workspace


class SettingsPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.model = SettingsModel(workspace, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(COL_KEY)
        self.groups = QStringListModel(self)
        self.group_view = QListView()
        self.group_view.setObjectName("settingGroups")
        self.group_view.setAccessibleName(self.tr("Groups of settings"))
        self.group_view.setModel(self.groups)
        self.group_view.setMaximumWidth(160)
        self.group_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table = QTableView()
        self.table.setObjectName("settingsTable")
        self.table.setAccessibleName(self.tr("Shop settings"))
        self.table.setModel(self.proxy)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(COL_HELP, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.message = QLabel()
        self.message.setObjectName("settingMessage")
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr("Double-click a value (or press F2) to change it. Shared by every workstation.")
            if self.model.editable
            else self.tr("Only an administrator can change these settings.")
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.group_view)
        row.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        self.model.modelReset.connect(self._groups_changed)
        self.model.refused.connect(self._refused)
        self.model.saved.connect(lambda key: self._say(self.tr("Saved %1.").replace("%1", key), ok=True))
        self.group_view.selectionModel().currentChanged.connect(self._group_chosen)
        self.model.reload()

    def _groups_changed(self) -> None:
        """The settings were (re)read: the group shown before stays shown (the first one at the start)."""
        shown = self.group_view.currentIndex().data()
        names = self.model.groups()
        self.groups.setStringList(names)
        if names:
            self.group_view.selectionModel().setCurrentIndex(
                self.groups.index(names.index(shown) if shown in names else 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        self.table.resizeColumnToContents(COL_KEY)

    def _group_chosen(self, current, _previous) -> None:
        name = current.data() or ""
        self.proxy.setFilterRegularExpression(
            QRegularExpression("^" + QRegularExpression.escape(name) + r"\.")
        )
        self.table.resizeRowsToContents()

    def _refused(self, key: str, error: RimedioError) -> None:
        self._say(error.message, ok=False)

    def _say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        palette.tone(self.message, None if ok else "error")
