"""A demo user's login is flagged in the window: its password is below the shop's rules (issue 13, point 9)."""

from __future__ import annotations

from app.services import users
from app.services.demo import build_demo
from ui.main_window import MainWindow


def test_the_window_marks_a_demo_login(qtbot, sqlite_database, workspace_for):
    build_demo(sqlite_database, seed=1)
    window = MainWindow(workspace_for(users.login(sqlite_database, "agent", "agent"), sqlite_database))
    qtbot.addWidget(window)
    assert "for trying the program only" in window.demo_label.text()
