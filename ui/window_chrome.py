"""The main window's chrome: the *Case* and *Session* menus, the shortcuts, the toolbar, and the status bar that
names who is logged in, in which role, on which database (and flags a demo account).

It only builds and wires: each action calls a method or signal of :class:`ui.main_window.MainWindow`, which keeps
them as its attributes (``new_case_action``, ``print_action``, ``user_label``…). The texts keep the window's
translation context, each written out as ``QCoreApplication.translate("MainWindow", "…")`` so that
``pyside6-lupdate`` finds it there (a helper hiding the literal would leave it out of the .ts files).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSizePolicy

from app.domain.enums import Role
from app.i18n import translate
from ui import palette
from ui.icons import icon
from ui.labels import label
from ui.widgets.common import ElidingLabel

if TYPE_CHECKING:
    from ui.main_window import MainWindow


@dataclass(frozen=True)
class WindowActions:
    """The actions the window enables, disables or relabels later."""

    new_case: QAction
    find: QAction
    print: QAction
    reload: QAction
    notifications: QAction


@dataclass(frozen=True)
class SessionLabels:
    """The status bar's labels: the user, the role, the database, and the demo flag (demo accounts only)."""

    user: QLabel
    role: QLabel
    database: ElidingLabel
    demo: QLabel | None


def make_actions(window: MainWindow) -> WindowActions:
    """The menus, the Ctrl+1…7 jumps to the navigation entries and the toolbar."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Case"))
    new_case = QAction(
        icon("action-new-case"), QCoreApplication.translate("MainWindow", "&New case…"), window
    )
    new_case.setShortcut(QKeySequence.StandardKey.New)
    new_case.triggered.connect(window.new_case)
    find = QAction(icon("action-search"), QCoreApplication.translate("MainWindow", "&Find"), window)
    find.setShortcut(QKeySequence.StandardKey.Find)
    find.triggered.connect(window.focus_search)
    print_ = QAction(icon("action-print"), QCoreApplication.translate("MainWindow", "&Print…"), window)
    print_.setShortcut(QKeySequence.StandardKey.Print)
    print_.setEnabled(False)
    print_.setToolTip(
        QCoreApplication.translate("MainWindow", "Preview and print the open case's note (Ctrl+P)")
    )
    print_.triggered.connect(window.print_case)
    reload = QAction(icon("action-refresh"), QCoreApplication.translate("MainWindow", "&Reload"), window)
    reload.setShortcut(QKeySequence.StandardKey.Refresh)
    reload.triggered.connect(window.reload_current)
    for action in (new_case, find, print_, reload):
        menu.addAction(action)
        window.addAction(action)
    session = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Session"))
    prefs_action = QAction(
        icon("action-database"), QCoreApplication.translate("MainWindow", "&Connection and language…"), window
    )
    prefs_action.triggered.connect(window.preferencesRequested)
    logout = QAction(icon("action-logout"), QCoreApplication.translate("MainWindow", "&Log out"), window)
    logout.triggered.connect(window.logoutRequested)
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    for action in (prefs_action, logout, quit_action):
        session.addAction(action)
    entries = window.nav_model.entries
    for number in range(1, len(entries) + 1):
        jump = QAction(window)
        jump.setShortcut(QKeySequence(f"Ctrl+{number}"))
        jump.triggered.connect(lambda _=False, row=number - 1: window.select_page(entries[row].page))
        window.addAction(jump)
    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addAction(new_case)
    toolbar.addAction(reload)
    notifications = QAction(
        icon("action-notifications"), QCoreApplication.translate("MainWindow", "Notifications"), window
    )
    notifications.setObjectName("notificationsAction")
    notifications.setToolTip(
        QCoreApplication.translate(
            "MainWindow", "What happened on your cases (assigned, answered, decided, due)"
        )
    )
    notifications.triggered.connect(window.show_notifications)
    toolbar.addAction(notifications)
    return WindowActions(new_case, find, print_, reload, notifications)


def make_status_bar(window: MainWindow) -> SessionLabels:
    """Who is logged in, in which role, on which database; a demo account says so."""
    actor = window.workspace.actor
    user = QLabel(f"{actor.display_name} ({actor.username})")
    user.setObjectName("statusUser")
    role = QLabel(label(Role(actor.role)))
    role.setObjectName("statusRole")
    database = ElidingLabel(window.workspace.db.description)  # a long path gives way on a small screen
    database.setObjectName("statusDatabase")
    database.setToolTip(QCoreApplication.translate("MainWindow", "Database in use"))
    bar = window.statusBar()
    bar.addWidget(user)
    bar.addWidget(role)
    demo = None
    if actor.demo_only:  # the login said so: a password below the rules, the demo users'
        demo = QLabel(translate("Demo account: for trying the program only"))
        demo.setObjectName("statusDemoOnly")
        palette.tone(demo, "demo", bold=True)
        demo.setToolTip(demo.text())
        # the flag may shorten on a small screen; it never makes the window wider than the screen
        demo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        demo.setMinimumWidth(1)
        bar.addWidget(demo)
    bar.addPermanentWidget(database)
    return SessionLabels(user, role, database, demo)
