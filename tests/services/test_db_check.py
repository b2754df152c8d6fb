"""``rimedio db check`` and connection profiles (issue 17, point 6): one line says what is wrong and what to do."""

from __future__ import annotations

import socket
import sqlite3

import pytest
from sqlalchemy import text

from app.errors import NotFound, ValidationError
from app.profiles import Profile, find_profile, load_profiles, remove_profile, save_profile
from app.services import db_check
from app.store.engine import parse_url
from app.store.revisions import head_revision

PG = "postgresql://{user}@127.0.0.1:{port}/{db}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_profiles_are_named_checked_and_kept_without_a_password(tmp_path):
    save_profile(Profile("Shop", "sqlite", str(tmp_path / "a.sqlite3")))
    save_profile(
        Profile(
            "Team", "postgresql", host="db.shop.lan", port=5433, database="rimedio", user="care", tls=True
        )
    )
    save_profile(
        Profile("team", "postgresql", host="db2.shop.lan", database="rimedio", user="care")
    )  # replaces
    assert [p.name for p in load_profiles()] == ["Shop", "team"]
    assert find_profile("TEAM").url() == "postgresql://care@db2.shop.lan:5432/rimedio"
    assert find_profile("shop").url() == f"sqlite:///{tmp_path / 'a.sqlite3'}"
    with pytest.raises(ValidationError):
        save_profile(Profile("x", "postgresql", host="h", port=70000))
    with pytest.raises(ValidationError):
        save_profile(Profile(" ", "sqlite"))
    remove_profile("shop")
    with pytest.raises(NotFound, match="profiles: team"):
        find_profile("Shop")


def test_a_profile_is_kept_without_the_spaces_typed_around_its_fields():
    """The command and the Preferences keep the same profile: `--host " db "` is the host db."""
    saved = save_profile(
        Profile("Team", "postgresql", host=" db.shop.lan ", database=" rimedio ", user=" care ")
    )
    assert saved.url() == "postgresql://care@db.shop.lan:5432/rimedio"
    assert find_profile("team").url() == saved.url()


def test_a_hand_edited_profile_that_makes_no_sense_is_left_out_not_fatal(tmp_path):
    """A wrong port or a missing host in profiles.json costs that profile, never the program's start."""
    import json

    from app.config import database_url
    from app.folders import data_dir

    (data_dir() / "profiles.json").write_text(
        json.dumps(
            {
                "default": "broken",
                "profiles": [
                    {"name": "broken", "kind": "postgresql", "port": "abc"},
                    {"name": "nohost", "kind": "postgresql", "host": None},
                    {"name": "Shop", "kind": "sqlite", "path": str(tmp_path / "a.sqlite3")},
                ],
            }
        ),
        encoding="utf-8",
    )
    assert [p.name for p in load_profiles()] == ["Shop"]
    assert database_url().startswith("sqlite:///"), "the embedded file, as with no default at all"


def test_the_profile_of_the_environment_is_the_database_used(tmp_path, monkeypatch):
    from app.config import database_url

    save_profile(Profile("Shop", "sqlite", str(tmp_path / "a.sqlite3")))
    monkeypatch.setenv("RIMEDIO_PROFILE", "shop")
    assert database_url() == f"sqlite:///{tmp_path / 'a.sqlite3'}"
    assert database_url("sqlite:///other.sqlite3") == "sqlite:///other.sqlite3"  # --db still wins


def test_a_sqlite_file_says_missing_not_a_database_older_newer_or_up_to_date(sqlite_database, tmp_path):
    missing = db_check.check_url(f"sqlite:///{tmp_path / 'none.sqlite3'}")
    assert (missing.ok, missing.code) == (False, "empty") and "rimedio init" in missing.line
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database at all, just text" * 100)
    assert db_check.check_url(f"sqlite:///{tmp_path / 'junk.sqlite3'}").code == "not_rimedio"
    url = str(sqlite_database.url)
    good = db_check.check_url(url)
    assert (good.ok, good.code, good.schema) == (True, "ok", head_revision())
    path = sqlite_database.url.database
    for revision, code, words in (("0009", "older", "rimedio init"), ("9999", "newer", "update Rimedio")):
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
        conn.close()
        got = db_check.check_url(url)
        assert (got.ok, got.code) == (False, code) and words in got.line, got.line
        assert "\n" not in got.line


@pytest.mark.parametrize(
    ("server_says", "code"),
    [
        ('FATAL:  password authentication failed for user "care"', "password"),
        ("fe_sendauth: no password supplied", "no_password"),
        ("server does not support SSL, but SSL was required", "tls"),
        (
            'FATAL:  no pg_hba.conf entry for host "10.0.0.5", user "care", database "rimedio", no encryption',
            "tls",
        ),
        (
            'FATAL:  no pg_hba.conf entry for host "10.0.0.5", user "care", database "rimedio", SSL encryption',
            "not_allowed",
        ),
        ("SSL error: certificate verify failed", "certificate"),
        ('FATAL:  database "rimedio" does not exist', "no_database"),
        ('FATAL:  role "care" does not exist', "no_user"),
        ('connection to server at "127.0.0.1", port 5499 failed: Connection refused', "refused"),
        ('could not translate host name "db.shop.lan" to address: Name or service not known', "unreachable"),
        ('connection to server at "10.1.2.3", port 5432 failed: timeout expired', "unreachable"),
    ],
)
def test_each_postgresql_refusal_is_named_with_what_to_do(server_says, code):
    url = parse_url("postgresql://care@db.shop.lan:5432/rimedio")
    got, line = db_check.classify_postgres(url, server_says)
    assert got == code
    assert "\n" not in line and "db.shop.lan:5432" in line


def test_a_server_that_refuses_the_port_is_told_apart():
    got = db_check.check_url(PG.format(user="postgres", port=_free_port(), db="rimedio"))
    assert (got.ok, got.code) == (False, "refused"), got.line


@pytest.mark.postgres
def test_a_real_server_says_no_database_no_user_and_the_schema(database):
    if database.is_sqlite:
        pytest.skip("a PostgreSQL server")
    url = database.engine.url
    base = f"postgresql://postgres@{url.host}:{url.port or 5432}"
    assert db_check.check_url(f"{base}/rimedio_no_such_db").code == "no_database"
    assert db_check.check_url(
        f"postgresql://no_such_role@{url.host}:{url.port or 5432}/{url.database}"
    ).code in ("no_user", "password", "no_password", "not_allowed")
    assert db_check.check_url(f"{base}/{url.database}").code == "ok"
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0010'"))
    assert db_check.check_url(f"{base}/{url.database}").code == "older"
    with database.engine.begin() as conn:
        conn.execute(text(f"UPDATE alembic_version SET version_num = '{head_revision()}'"))


def test_the_command_says_one_line_and_exits_1_when_something_is_wrong(tmp_path, capsys):
    from app.cli.main import main

    port = _free_port()
    assert main(["db", "check", "--db", PG.format(user="care", port=port, db="rimedio")]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "refused the connection" in out[0] and f"127.0.0.1:{port}" in out[0]
    save_profile(Profile("Shop", "sqlite", str(tmp_path / "none.sqlite3")))
    assert main(["db", "check", "--profile", "shop", "--json"]) == 1
    assert '"problem": "empty"' in capsys.readouterr().out
