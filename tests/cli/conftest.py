"""The demo shop for CLI stories: built once, copied for every test, used as one of its users."""

from __future__ import annotations

import shutil

import pytest

from ui.entry import main


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """One demo shop (seed 3) for the whole session; tests work on copies of it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--seed", "3"]) == 0
    return path


@pytest.fixture
def demo_as(demo_template, tmp_path, monkeypatch):
    """A private copy of the demo shop, acting as a demo user (whose password is their name)."""

    def use(user: str = "agent"):
        target = tmp_path / "cli.sqlite3"
        if not target.exists():
            shutil.copyfile(demo_template, target)
        monkeypatch.setenv("RIMEDIO_DB", str(target))
        monkeypatch.setenv("RIMEDIO_USER", user)
        monkeypatch.setenv("RIMEDIO_PASSWORD", user)
        return target

    return use


@pytest.fixture
def demo_db(demo_as):
    return demo_as("agent")


@pytest.fixture
def admin_db(demo_as):
    return demo_as("admin")


@pytest.fixture
def supervisor_db(demo_as):
    return demo_as("supervisor")
