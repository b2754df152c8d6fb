"""``rimedio db profile``: a workstation's named connection profiles at the command line (issue 17) — added,
listed, made the default (the one the commands use when nothing else names a database) and removed."""

from __future__ import annotations

import json

from app.config import database_url
from tests.support.cli import refused, run


def test_a_profile_made_the_default_is_the_database_the_commands_use(capsys, tmp_path):
    shop = tmp_path / "shop.sqlite3"
    assert run(capsys, "db", "profile", "add", "Shop", "--sqlite", shop)[0] == 0
    assert run(capsys, "db", "profile", "add", "Team", "--host", "db.shop.lan", "--tls")[0] == 0
    assert database_url() != f"sqlite:///{shop}"  # no default yet: the embedded file

    code, out, _ = run(capsys, "db", "profile", "default", "shop")  # names are compared without case
    assert code == 0
    assert out == "Shop is the default: the commands use it when no database is named.\n"
    assert database_url() == f"sqlite:///{shop}"

    code, out, _ = run(capsys, "db", "profile", "list", "--json")
    listed = {p["name"]: p["default"] for p in json.loads(out)}
    assert listed == {"Shop": True, "Team": False}
    code, out, _ = run(capsys, "db", "profile", "list")
    assert out.splitlines()[0].split() == ["name", "kind", "where", "tls", "default"]
    assert [line.split()[-1] for line in out.splitlines()[1:]] == ["yes", "yes"]  # Shop: default; Team: TLS

    code, out, _ = run(capsys, "db", "profile", "default", "Team", "--json")
    assert code == 0 and json.loads(out) == {"default": "Team"}
    assert database_url() == "postgresql://rimedio@db.shop.lan:5432/rimedio?sslmode=require"


def test_an_unknown_profile_is_not_made_the_default(capsys, tmp_path):
    run(capsys, "db", "profile", "add", "Shop", "--sqlite", tmp_path / "shop.sqlite3")
    run(capsys, "db", "profile", "default", "Shop")
    err = refused(capsys, "db", "profile", "default", "Warehouse")
    assert err == "rimedio: There is no connection profile Warehouse (profiles: Shop).\n"
    assert database_url() == f"sqlite:///{tmp_path / 'shop.sqlite3'}", "the default before is kept"
    err = refused(capsys, "--lang", "it", "db", "profile", "default", "Warehouse")
    assert "Non esiste il profilo di connessione Warehouse" in err
