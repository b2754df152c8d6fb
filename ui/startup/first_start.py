"""First start on an empty database: fill it with the demo shop, or create the first administrator."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RimedioError
from app.services import demo, users
from app.services.database import Database
from ui import palette
from ui.icons import app_icon
from ui.runner import Runner
from ui.widgets.common import BusyBar, heading


class FirstStartDialog(QDialog):
    ready = Signal(str)  # the user name to log in with

    def __init__(self, db: Database, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Rimedio – first start"))
        self.setWindowIcon(app_icon())
        self.db = db
        self.runner = runner

        intro = QLabel(
            self.tr("This database is new: it has no users and no shop data yet (%1).").replace(
                "%1", db.description
            )
        )
        intro.setWordWrap(True)
        demo_box = QGroupBox(self.tr("Try Rimedio"))
        demo_text = QLabel(
            self.tr(
                "Fill it with the demo shop Bottega Aurora: customers, orders and cases to try "
                "everything. The users agent, supervisor and admin have their own name as "
                "password — for trying only, never for real work."
            )
        )
        demo_text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Fill with the &demo shop"))
        self.demo_button.setObjectName("demoButton")
        demo_layout = QVBoxLayout(demo_box)
        demo_layout.addWidget(demo_text)
        demo_layout.addWidget(self.demo_button)

        admin_box = QGroupBox(self.tr("Start for real"))
        self.username = QLineEdit()
        self.username.setObjectName("adminUsername")
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(admin_box)
        form.addRow(QLabel(self.tr("Create the first administrator; they add the other users.")))
        for text, widget in (
            (self.tr("&User name:"), self.username),
            (self.tr("&Full name:"), self.full_name),
            (self.tr("&Password:"), self.password),
            (self.tr("Password &again:"), self.password_again),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        self.admin_button = QPushButton(self.tr("Create the &administrator"))
        self.admin_button.setObjectName("adminButton")
        form.addRow("", self.admin_button)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        palette.tone(self.problem, "error")
        self.problem.setVisible(False)
        self.busy = BusyBar()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Welcome to Rimedio")))
        layout.addWidget(intro)
        layout.addWidget(demo_box)
        layout.addWidget(admin_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self.demo_button.clicked.connect(self.fill_demo)
        self.admin_button.clicked.connect(self.create_admin)
        self.setMinimumWidth(480)

    def _working(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        self.demo_button.setEnabled(not busy)
        self.admin_button.setEnabled(not busy)

    def fill_demo(self) -> None:
        self._working(True)
        self.runner.submit(
            demo.build_demo, self.db, done=lambda _summary: self._done("agent"), failed=self._failed
        )

    def create_admin(self) -> None:
        if self.password.text() != self.password_again.text():
            self._say(self.tr("The two passwords differ."))
            return
        self._working(True)
        self.runner.submit(
            users.add_user,
            self.db,
            None,
            self.username.text(),
            "admin",
            self.password.text(),
            self.full_name.text() or None,
            done=lambda info: self._done(info.username),
            failed=self._failed,
        )

    def _done(self, username: str) -> None:
        self._working(False)
        self.ready.emit(username)
        self.accept()

    def _failed(self, error: RimedioError) -> None:
        self._working(False)
        self._say(error.message)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)
