"""The Preferences' *Connection profiles* page: this workstation's named databases (:mod:`app.profiles`), listed,
added, edited, removed and one marked as the default — the same profiles and the same rules as
``rimedio db profile`` (every change goes through ``app.profiles``, which checks it).

A profile never holds a password: a PostgreSQL password typed here goes to the system keyring under the account
the store reads (``user@host:port/database``); without a keyring the field is off and says why (the password is
then asked when connecting, or read from ``RIMEDIO_DB_PASSWORD``). *Test connection* runs ``rimedio db check``'s
diagnosis on the runner's thread pool and shows its one line.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import profiles
from app.errors import RimedioError
from app.secrets_store import keyring_available, set_secret
from app.services import db_check
from ui import palette
from ui.runner import Runner
from ui.startup.check_line import check_said
from ui.widgets.common import BusyBar

_Index = QModelIndex | QPersistentModelIndex


class ProfilesModel(QAbstractTableModel):
    """The profiles as a table: name, where the database is, whether it is the default."""

    NAME, WHERE, DEFAULT = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[profiles.Profile] = []
        self.default: str | None = None
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = profiles.load_profiles()
        self.default = profiles.default_profile()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Database"), self.tr("Default"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return p.name
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == self.NAME:
            return p.name
        if index.column() == self.WHERE:
            where = p.where()
            return where + (" (TLS)" if p.tls else "")
        return self.tr("default") if p.name == self.default else ""

    def row_of(self, name: str) -> int:
        for i, p in enumerate(self.rows):
            if p.name.lower() == name.lower():
                return i
        return -1


class ProfilesPage(QWidget):
    """The list above, the chosen profile's form below (a new one after *New*)."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilesPage")
        self.runner = runner
        self.editing: str | None = None  # the name of the profile in the form; None: a new one

        self.model = ProfilesModel(self)
        self.view = QTableView()
        self.view.setObjectName("profileList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setMinimumHeight(self.view.verticalHeader().defaultSectionSize() * 5)
        self.view.setAccessibleName(self.tr("Connection profiles"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ProfilesModel.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProfilesModel.WHERE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ProfilesModel.DEFAULT, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)

        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setObjectName("newProfile")
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeProfile")
        self.default_button = QPushButton(self.tr("Make d&efault"))
        self.default_button.setObjectName("defaultProfile")
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.remove_button, self.default_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)

        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.kind = QComboBox()
        self.kind.setObjectName("profileKind")
        self.kind.addItem(self.tr("SQLite file"), "sqlite")
        self.kind.addItem(self.tr("PostgreSQL server"), "postgresql")
        self.path = QLineEdit()
        self.path.setObjectName("profilePath")
        self.path.setPlaceholderText(self.tr("the embedded file of this computer"))
        self.browse = QPushButton(self.tr("&Browse…"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.host = QLineEdit()
        self.host.setObjectName("profileHost")
        self.port = QSpinBox()
        self.port.setObjectName("profilePort")
        self.port.setRange(1, 65535)
        self.database = QLineEdit()
        self.database.setObjectName("profileDatabase")
        self.user = QLineEdit()
        self.user.setObjectName("profileUser")
        self.password = QLineEdit()
        self.password.setObjectName("profilePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyring_ok, reason = keyring_available()
        self.password.setPlaceholderText(
            self.tr("kept in the system keyring, never in the profile")
            if self.keyring_ok
            else self.tr("%1 It is asked when connecting.").replace("%1", reason)
        )
        self.password.setToolTip(self.password.placeholderText())
        self.tls = QCheckBox(self.tr("Require an encrypted connection (T&LS)"))
        self.tls.setObjectName("profileTls")

        form_box = QGroupBox(self.tr("Profile"))
        form = QFormLayout(form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.path_caption = self._caption(self.tr("&File:"), self.path)
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("N&ame:"), self.name),
            (self.tr("&Kind:"), self.kind),
        )
        for text, widget in rows:
            form.addRow(self._caption(text, widget), widget)
        form.addRow(self.path_caption, path_row)
        self.pg_widgets: list[QWidget] = []
        for text, widget in (
            (self.tr("&Host:"), self.host),
            (self.tr("P&ort:"), self.port),
            (self.tr("&Database:"), self.database),
            (self.tr("&User:"), self.user),
            (self.tr("Pass&word:"), self.password),
        ):
            caption = self._caption(text, widget)
            form.addRow(caption, widget)
            self.pg_widgets += [caption, widget]
        form.addRow("", self.tls)
        self.pg_widgets.append(self.tls)

        self.save_button = QPushButton(self.tr("&Save profile"))
        self.save_button.setObjectName("saveProfile")
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testProfile")
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.save_button)
        form_buttons.addWidget(self.test_button)
        form_buttons.addStretch(1)
        self.result = QLabel()
        self.result.setObjectName("profileResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = BusyBar()

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(list_buttons)
        layout.addWidget(form_box)
        layout.addLayout(form_buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.busy)

        self.new_button.clicked.connect(self.new)
        self.remove_button.clicked.connect(self.remove)
        self.default_button.clicked.connect(self.make_default)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test)
        self.browse.clicked.connect(self._browse)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if self.model.rows:
            self.view.selectRow(0)
        else:
            self.new()

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        return caption

    # --- the form -----------------------------------------------------------------------------------------------
    def _fill(self, p: profiles.Profile) -> None:
        self.name.setText(p.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(p.kind)))
        self.path.setText(p.path)
        self.host.setText(p.host)
        self.port.setValue(p.port)
        self.database.setText(p.database)
        self.user.setText(p.user)
        self.password.clear()
        self.tls.setChecked(p.tls)
        self._kind_changed()

    def _kind_changed(self) -> None:
        postgres = self.kind.currentData() == "postgresql"
        self.path.setEnabled(not postgres)
        self.browse.setEnabled(not postgres)
        for widget in self.pg_widgets:
            widget.setEnabled(postgres)
        self.password.setEnabled(postgres and self.keyring_ok)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Rimedio – SQLite database file"),
            self.path.text(),
            self.tr("SQLite databases (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.path.setText(name)

    def profile(self) -> profiles.Profile:
        """What the form says (unchecked)."""
        kind = self.kind.currentData()
        if kind == "sqlite":
            return profiles.Profile(self.name.text(), "sqlite", self.path.text().strip())
        return profiles.Profile(
            self.name.text(),
            "postgresql",
            "",
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.tls.isChecked(),
        )

    def _say(self, text: str, role: str | None) -> None:
        palette.tone(self.result, role)
        self.result.setText(text)

    def _select(self, name: str | None) -> None:
        row = self.model.row_of(name) if name else -1
        if row >= 0:
            self.view.selectRow(row)
            self._row_changed(self.model.index(row, 0))

    def _row_changed(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        p = self.model.rows[current.row()]
        self.editing = p.name
        self._fill(p)
        self.remove_button.setEnabled(True)
        self.default_button.setEnabled(p.name != self.model.default)

    # --- actions ------------------------------------------------------------------------------------------------
    def new(self) -> None:
        self.view.clearSelection()
        self.view.setCurrentIndex(QModelIndex())  # choosing any row again loads it
        self.editing = None
        self._fill(profiles.Profile(""))
        self.remove_button.setEnabled(False)
        self.default_button.setEnabled(False)
        self.name.setFocus()
        self._say("", None)

    def save(self) -> None:
        try:
            p = self.profile()
            saved = (
                profiles.add_profile(p) if self.editing is None else profiles.save_profile(p, self.editing)
            )
            if saved.kind == "postgresql" and self.password.text():
                set_secret(db_check.password_account(saved.url()), self.password.text())
        except RimedioError as exc:
            self._say(exc.message, "error")
            return
        self.model.refresh()
        self._select(saved.name)
        self._say(self.tr("Profile saved: %1").replace("%1", saved.describe()), "success")

    def remove(self) -> None:
        if self.editing is None:
            return
        name = self.editing
        try:
            profiles.remove_profile(name)
        except RimedioError as exc:
            self._say(exc.message, "error")
            return
        self.model.refresh()
        if self.model.rows:
            self._select(self.model.rows[0].name)
        else:
            self.new()
        self._say(self.tr("Profile removed: %1 (the database is left alone).").replace("%1", name), "success")

    def make_default(self) -> None:
        if self.editing is None:
            return
        try:
            profiles.set_default_profile(self.editing)
        except RimedioError as exc:
            self._say(exc.message, "error")
            return
        name = self.editing
        self.model.refresh()
        self._select(name)
        self._say(
            self.tr("%1 is the default: the commands use it when no database is named.").replace("%1", name),
            "success",
        )

    def test(self) -> None:
        try:
            p = profiles.check(self.profile())
        except RimedioError as exc:
            self._say(exc.message, "error")
            return
        self._say(self.tr("Connecting…"), None)
        self.busy.set_busy(True)
        self.test_button.setEnabled(False)
        self.runner.submit(
            db_check.check_url,
            p.url(),
            self.password.text() or None,
            done=self._tested,
            failed=self._test_failed,
        )

    def _tested(self, found: db_check.DbCheck) -> None:
        self.busy.set_busy(False)
        self.test_button.setEnabled(True)
        self._say(*check_said(found))

    def _test_failed(self, error: RimedioError) -> None:
        self.busy.set_busy(False)
        self.test_button.setEnabled(True)
        self._say(error.message, "error")
