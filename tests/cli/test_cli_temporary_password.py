"""A password an admin reset is temporary on every path: at the command line it only serves to choose one's own."""

from __future__ import annotations

import json

from tests.support.cli import refused, run


def _reset_agent_password(capsys, demo_as, monkeypatch) -> None:
    from app.services import user_admin, users
    from app.services.context import ServiceContext
    from app.services.database import open_database

    path = demo_as("admin")
    db = open_database(f"sqlite:///{path}")
    try:
        admin = users.login(db, "admin", "admin")
        agent = next(u for u in users.list_users(ServiceContext(db, admin)) if u.username == "agent")
        user_admin.reset_password(ServiceContext(db, admin), agent.id, "temporary-2468")
    finally:
        db.dispose()
    monkeypatch.setenv("RIMEDIO_USER", "agent")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "temporary-2468")


def test_a_temporary_password_opens_no_command_but_choosing_ones_own(capsys, demo_as, monkeypatch):
    _reset_agent_password(capsys, demo_as, monkeypatch)
    assert "temporary password" in refused(capsys, "case", "list", "--json")
    monkeypatch.setenv("RIMEDIO_NEW_PASSWORD", "my own 13579 phrase")
    code, out, err = run(capsys, "user", "passwd", "agent")
    assert code == 0, err
    assert "Password of agent changed." in out
    monkeypatch.setenv("RIMEDIO_PASSWORD", "my own 13579 phrase")
    code, out, _ = run(capsys, "case", "list", "--json")
    assert code == 0 and isinstance(json.loads(out), list)


def test_a_temporary_password_cannot_change_someone_elses(capsys, demo_as, monkeypatch):
    _reset_agent_password(capsys, demo_as, monkeypatch)
    monkeypatch.setenv("RIMEDIO_NEW_PASSWORD", "my own 13579 phrase")
    assert "temporary password" in refused(capsys, "user", "passwd", "supervisor")
