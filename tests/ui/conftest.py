"""Isolation for the desktop-client stories (novelWriter's and qutebrowser's test set-ups, for PySide6).

Every UI test: Qt warnings and Python log records at WARNING or above fail it (qutebrowser's logfail; a test
that provokes one on purpose says so with ``@pytest.mark.log_expected("words of the message")``); QSettings live in its own temp folder; modal ``exec()`` never blocks (a
:class:`Modals` recorder answers instead); service calls run synchronously (:class:`~ui.runner.SyncRunner`);
translations are compiled once if missing; leftover top-level windows are closed and the language reset.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.resources import resource_path
from app.services.database import Database
from tests.support.shop import Shop, make_shop
from ui import i18n, palette
from ui.binding_fixes import keep_true_alive
from ui.runner import SyncRunner
from ui.workspace import Workspace

keep_true_alive()  # as the application does: PySide6 6.12.0 takes a reference from True at every emit

LANGUAGES = ("en", "it", "ro")
HERE = Path(__file__).parent
# Messages of the headless test platform itself, not of Rimedio.
QT_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "QFont::setPointSizeF: Point size <= 0",
)


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "log_expected(*texts): WARNING log records containing one of texts are "
        "part of the story, not a failure",
    )


#: loggers of the test's own tools, not of Rimedio (aiosmtpd's SMTP server, which the mail tests run)
TEST_TOOL_LOGGERS = ("mail.log",)


class _Recorder(logging.Handler):
    """Collects every record at WARNING or above, from any thread."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not record.name.startswith(TEST_TOOL_LOGGERS):
            self.records.append(record)


@pytest.fixture(autouse=True)
def _logfail(request):
    """A Python warning or error logged during a UI test fails it: on the desktop nobody reads the terminal, so a
    warning nobody expected is a problem nobody would see."""
    recorder = _Recorder()
    root = logging.getLogger()
    root.addHandler(recorder)
    try:
        yield
    finally:
        root.removeHandler(recorder)
    marker = request.node.get_closest_marker("log_expected")
    expected = marker.args if marker is not None else ()
    unexpected = [r for r in recorder.records if not any(text in r.getMessage() for text in expected)]
    if unexpected:
        pytest.fail(
            "logged during the test:\n"
            + "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in unexpected),
            pytrace=False,
        )


def pytest_collection_modifyitems(config, items):
    """Qt warnings fail every UI test (pytest-qt's marker, since pyproject.toml is shared)."""
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_NOISE))


def compile_translations() -> None:
    """``.qm`` files are build output (git-ignored): make them from the ``.ts`` sources when missing or stale."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(resource_path("translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session", autouse=True)
def _translations_compiled():
    compile_translations()


@pytest.fixture(autouse=True)
def _qsettings_in_temp(tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    if (
        palette.appearance() != "system"
    ):  # a story chose Light or Dark in the Preferences: the next one starts
        palette.set_appearance("system")  # as the system is, with the platform's window palette


class Modals:
    """Records every modal dialog a story opens and answers it without blocking.

    ``answer`` (dialog → result) decides what the "user" does; by default message boxes are acknowledged with OK
    and other dialogs are cancelled.
    """

    def __init__(self) -> None:
        self.seen: list[QDialog] = []
        self.texts: list[str] = []
        self.answer = None

    def exec_(self, dialog: QDialog) -> int:
        self.seen.append(dialog)
        if isinstance(dialog, QMessageBox):
            self.texts.append(dialog.text())
        if self.answer is not None:
            return self.answer(dialog)
        if isinstance(dialog, QMessageBox):
            return int(QMessageBox.StandardButton.Ok)
        return int(QDialog.DialogCode.Rejected)

    def messages(self) -> str:
        return "\n".join(self.texts)


@pytest.fixture(autouse=True)
def modals(monkeypatch):
    recorder = Modals()
    monkeypatch.setattr(QDialog, "exec", lambda self: recorder.exec_(self))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: recorder.exec_(self))
    return recorder


@pytest.fixture(autouse=True)
def _clean_windows_and_language(qapp):
    i18n.install("en")
    yield
    QThreadPool.globalInstance().waitForDone(5000)
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()
    i18n.install("en")


@pytest.fixture
def ui_shop(sqlite_database: Database) -> Shop:
    """The small known shop of ``tests/support/shop.py`` on SQLite (UI stories need only one database)."""
    return make_shop(sqlite_database)


@pytest.fixture
def workspace_for(qapp):
    """``workspace_for(shop.agent, shop.db)``: a logged-in session whose service calls run synchronously."""
    made: list[Workspace] = []

    def make(actor, db) -> Workspace:
        ws = Workspace(db, actor, SyncRunner())
        made.append(ws)
        return ws

    yield make
    for ws in made:
        ws.deleteLater()


@pytest.fixture
def agent_ws(ui_shop, workspace_for) -> Workspace:
    return workspace_for(ui_shop.agent, ui_shop.db)


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")
