"""This workstation's preferences: the language, the appearance (light, dark or as the system is; applied when saved,
and at every start), and the database (SQLite file or PostgreSQL server); a second page edits the workstation's
connection profiles (:mod:`ui.startup.profiles_page`).

The database is a connection profile without a name (:class:`app.profiles.Profile`): it is checked by the
profiles' rule (:func:`app.profiles.check_where`) before it is tested or saved, and *Test connection* runs
``rimedio db check``'s diagnosis (:func:`app.services.db_check.check_url`) on the runner's thread pool and shows
its one line, as the profiles page does. The PostgreSQL password is only ever stored in the system keyring
(account ``user@host:port/database``, which the store reads); everything else goes to ``QSettings``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import profiles
from app.config import database_url
from app.errors import RimedioError
from app.folders import default_sqlite_path
from app.i18n import SUPPORTED_LANGUAGES
from app.secrets_store import keyring_available, set_secret
from app.services import db_check
from ui import palette, prefs
from ui.icons import app_icon
from ui.labels import autonym
from ui.runner import Runner
from ui.startup.check_line import check_said
from ui.startup.profiles_page import ProfilesPage
from ui.widgets.common import BusyBar


class PreferencesDialog(QDialog):
    def __init__(
        self,
        runner: Runner,
        parent: QWidget | None = None,
        current_url: str | None = None,
        user_language: str | None = None,
    ) -> None:
        """``current_url``: the address Rimedio failed to open, shown instead of the saved settings.
        ``user_language``: the logged-in user's own language (offered beside the computer's; it wins over it)."""
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Rimedio – connection and language"))
        self.setWindowIcon(app_icon())
        self.runner = runner
        conn = prefs.connection_from_url(current_url) if current_url else prefs.connection()

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("The system's language"), "")
        for code in SUPPORTED_LANGUAGES:
            self.language.addItem(autonym(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.get("ui/language"))))
        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        self.user_language: QComboBox | None = None
        if user_language is not None:
            self.user_language = QComboBox()
            self.user_language.setObjectName("userLanguage")
            for code in SUPPORTED_LANGUAGES:
                self.user_language.addItem(autonym(code), code)
            self.user_language.setCurrentIndex(max(0, self.user_language.findData(user_language)))
            language_form.addRow(
                self._caption(self.tr("&Your language:"), self.user_language), self.user_language
            )
            caption = self.tr("This &computer's language:")
        else:
            caption = self.tr("&Language:")
        language_form.addRow(self._caption(caption, self.language), self.language)
        if user_language is not None:
            note = QLabel(
                self.tr("Your own language wins over this computer's; --lang or RIMEDIO_LANG win over both.")
            )
            note.setWordWrap(True)
            language_form.addRow(note)

        self.appearance = QButtonGroup(self)
        appearance_box = QGroupBox(self.tr("Appearance"))
        appearance_box.setObjectName("appearance")
        appearance_row = QHBoxLayout(appearance_box)
        for text, value in (
            (self.tr("&Follow the system"), "system"),
            (self.tr("L&ight"), "light"),
            (self.tr("D&ark"), "dark"),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"appearance_{value}")
            button.setProperty("appearance", value)
            self.appearance.addButton(button)
            appearance_row.addWidget(button)
        appearance_row.addStretch(1)
        self.set_appearance(prefs.get("ui/appearance"))

        self.sqlite = QRadioButton(self.tr("&SQLite file on this computer (one workstation)"))
        self.postgres = QRadioButton(self.tr("Post&greSQL server (a team)"))
        self.sqlite.setChecked(conn.kind == "sqlite")
        self.postgres.setChecked(conn.kind == "postgresql")
        self.path = QLineEdit(conn.path)
        self.path.setObjectName("sqlitePath")
        self.path.setPlaceholderText(str(default_sqlite_path()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.host = QLineEdit(conn.host)
        self.host.setObjectName("pgHost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(conn.port)
        self.database = QLineEdit(conn.database)
        self.user = QLineEdit(conn.user)
        self.password = QLineEdit()
        self.password.setObjectName("pgPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        available, reason = keyring_available()
        self.password.setPlaceholderText(self.tr("kept in the system keyring") if available else reason)
        self.password.setToolTip(self.password.placeholderText())  # the whole reason, where the field cuts it
        self.tls = QCheckBox(self.tr("Require an encrypted connection (&TLS)"))
        self.tls.setChecked(conn.tls)
        self.pg_box = QGroupBox(self.tr("PostgreSQL server"))
        pg_form = QFormLayout(self.pg_box)
        for text, widget in (
            (self.tr("&Host:"), self.host),
            (self.tr("P&ort:"), self.port),
            (self.tr("&Database:"), self.database),
            (self.tr("&User:"), self.user),
            (self.tr("Pass&word:"), self.password),
        ):
            pg_form.addRow(self._caption(text, widget), widget)
        pg_form.addRow("", self.tls)
        db_box = QGroupBox(self.tr("Database"))
        db_layout = QVBoxLayout(db_box)
        db_layout.addWidget(self.sqlite)
        db_layout.addLayout(path_row)
        db_layout.addWidget(self.postgres)
        db_layout.addWidget(self.pg_box)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = BusyBar()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(language_box)
        general_layout.addWidget(appearance_box)
        general_layout.addWidget(db_box)
        general_layout.addLayout(test_row)
        general_layout.addWidget(self.busy)
        general_layout.addStretch(1)
        self.profiles_page = ProfilesPage(runner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("preferencesTabs")
        self.tabs.addTab(general, self.tr("This co&mputer"))
        self.tabs.addTab(self.profiles_page, self.tr("Connection &profiles"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.sqlite.toggled.connect(self._kind_changed)
        self.test_button.clicked.connect(self.test)
        self._kind_changed()
        self.setMinimumWidth(520)
        self.saved_connection: profiles.Profile | None = None
        self.saved_user_language: str | None = None

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        return caption

    def chosen_appearance(self) -> str:
        button = self.appearance.checkedButton()
        return str(button.property("appearance")) if button is not None else "system"

    def set_appearance(self, value: str) -> None:
        buttons = {str(b.property("appearance")): b for b in self.appearance.buttons()}
        buttons.get(value, buttons["system"]).setChecked(True)

    def _kind_changed(self) -> None:
        self.path.setEnabled(self.sqlite.isChecked())
        self.pg_box.setEnabled(self.postgres.isChecked())

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

    def connection(self) -> profiles.Profile:
        """What the page says, as a profile without a name (unchecked)."""
        if self.sqlite.isChecked():
            return profiles.Profile("", "sqlite", self.path.text())
        return profiles.Profile(
            "",
            "postgresql",
            "",
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.user.text(),
            self.tls.isChecked(),
        )

    def checked_connection(self) -> profiles.Profile | None:
        """The page's connection if the profiles' rule accepts it; else ``None``, its refusal shown."""
        try:
            return profiles.check_where(self.connection())
        except RimedioError as exc:
            self._say(exc.message, "error")
            return None

    def _say(self, text: str, role: str | None) -> None:
        palette.tone(self.test_result, role)
        self.test_result.setText(text)

    def test(self) -> None:
        conn = self.checked_connection()
        if conn is None:
            return
        self._say(self.tr("Connecting…"), None)
        self.busy.set_busy(True)
        self.test_button.setEnabled(False)
        self.runner.submit(
            db_check.check_url,
            database_url(prefs.connection_url(conn)),  # the embedded file: the default profile, as at start
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

    def save(self) -> None:
        conn = self.checked_connection()
        if conn is None:
            return
        if conn.kind == "postgresql" and self.password.text():
            try:
                set_secret(db_check.password_account(conn.url()), self.password.text())
            except RimedioError as exc:
                self._say(exc.message, "error")
                return
        prefs.save_connection(conn)
        prefs.put("ui/language", self.language.currentData())
        prefs.put("ui/appearance", self.chosen_appearance())
        palette.set_appearance(self.chosen_appearance())  # at once, not at the next start
        self.saved_connection = conn
        self.saved_user_language = (
            self.user_language.currentData() if self.user_language is not None else None
        )
        self.accept()
