"""``rimedio backup FILE [--logical]`` and ``rimedio restore FILE`` at the command line."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import run


@pytest.mark.postgres
def test_a_logical_backup_written_and_restored_at_the_command_line(
    _pg_factory, tmp_path, capsys, monkeypatch
):
    from tests.support.shop import make_shop

    shop = make_shop(_pg_factory.fresh())
    monkeypatch.setenv("RIMEDIO_DB", str(shop.db.url.render_as_string(hide_password=False)))
    monkeypatch.setenv("RIMEDIO_USER", "admin")
    monkeypatch.setenv("RIMEDIO_PASSWORD", "admin-pass")
    code, out, err = run(capsys, "backup", tmp_path / "shop.zip", "--logical", "--json")
    assert code == 0, err
    written = json.loads(out)
    assert written["kind"] == "logical" and written["schema"] and written["bytes"] > 0
    code, out, err = run(capsys, "restore", tmp_path / "shop.zip")
    assert code == 0, err
    assert f"schema {written['schema']}" in out
    code, out, err = run(capsys, "restore", tmp_path / "shop.zip", "--json")
    assert code == 0 and json.loads(out)["kind"] == "logical" and json.loads(out)["upgraded_to"] is None


def test_the_backup_copies_the_embedded_file(admin_db, tmp_path, capsys):
    code, out, err = run(capsys, "backup", tmp_path / "copy.sqlite3", "--json")
    assert code == 0, err
    assert json.loads(out)["kind"] == "sqlite"
