"""Logins under attack: parallel guessing locks after exactly the limit, a refusal never tells whether an account
exists or is locked, a password typed as a user name never reaches the audit log, and new passwords follow
NIST SP 800-63B. Checks named: ROW-LOCK (the user's row locked while a failure is counted), ONE-MESSAGE,
KEYED-HASH, POLICY (length, the shipped list of common and breached passwords, not the user name)."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from app.errors import AuthenticationFailed, ValidationError
from app.services import audit, passwords, users
from app.services.database import open_database
from app.services.demo import build_demo

PARALLEL = 16


def _guess(url, barrier, results) -> None:
    db = open_database(url, upgrade=False)
    barrier.wait(timeout=60)
    try:
        users.login(db, "agent", "not the password")
        results.put("in")
    except AuthenticationFailed:
        results.put("refused")
    finally:
        db.dispose()


@pytest.mark.postgres
def test_sixteen_parallel_wrong_passwords_lock_after_exactly_the_limit(pg_roles):
    shop = pg_roles.shop  # served by the app role
    fork = mp.get_context("fork")
    barrier, results = fork.Barrier(PARALLEL), fork.Queue()
    procs = [fork.Process(target=_guess, args=(pg_roles.app_url, barrier, results)) for _ in range(PARALLEL)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
    assert sorted(results.get(timeout=5) for _ in procs) == ["refused"] * PARALLEL
    entries = [
        e
        for e in audit.list_entries(shop.as_(shop.admin), limit=100, action="login_failed")
        if e.subject == "agent"
    ]
    checked = [e for e in entries if e.data["why"] in ("wrong password", "locked now")]
    assert len(checked) == 5, "ROW-LOCK: the password was counted exactly security.max_failed_logins times"
    assert [e.data["why"] for e in entries].count("locked now") == 1
    assert [e.data["why"] for e in entries].count("locked") == PARALLEL - 5
    with pytest.raises(AuthenticationFailed):
        users.login(shop.db, "agent", "agent-pass")  # locked, even with the right password


def test_every_refusal_reads_the_same_whether_the_account_exists_or_is_locked(shop):
    said = set()
    for _ in range(6):  # the fifth wrong password locks the account
        with pytest.raises(AuthenticationFailed) as wrong:
            users.login(shop.db, "agent", "wrong")
        said.add(wrong.value.message)
    with pytest.raises(AuthenticationFailed) as unknown:
        users.login(shop.db, "nobody-here", "wrong")
    with pytest.raises(AuthenticationFailed) as locked:
        users.login(shop.db, "agent", "agent-pass")
    said |= {unknown.value.message, locked.value.message}
    assert len(said) == 1, f"ONE-MESSAGE: {said}"
    assert "locked" in said.pop() and "agent" not in unknown.value.message


def test_a_password_typed_as_the_user_name_is_kept_only_as_a_keyed_hash(shop):
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            users.login(shop.db, "Tr0ub4dor&3-secret", "")
    entries = audit.list_entries(shop.as_(shop.admin), limit=2, action="login_failed")
    subjects = {e.subject for e in entries}
    assert len(subjects) == 1, "KEYED-HASH: the same name gives the same hash, so repeated tries stay visible"
    subject = subjects.pop()
    assert subject.startswith("unknown:") and "Tr0ub4dor" not in subject
    assert "Tr0ub4dor" not in str([e.data for e in entries])


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("short1!", "at least 10 characters"),
        ("password123", "common or leaked"),
        ("1234567890", "common or leaked"),
        ("Mario.Rossi", "cannot be the user name"),
    ],
)
def test_new_passwords_follow_nist_800_63b(shop, password, why):
    with pytest.raises(ValidationError, match=why):  # POLICY
        users.add_user(shop.db, shop.admin, "mario.rossi", "agent", password)
    info = users.add_user(
        shop.db, shop.admin, "mario.rossi", "agent", "ceramiche di Deruta"
    )  # no composition rules
    assert info.username == "mario.rossi"
    assert not users.login(shop.db, "mario.rossi", "ceramiche di Deruta").demo_only


def test_the_demo_users_keep_their_passwords_and_are_flagged_demo_only(sqlite_database):
    build_demo(sqlite_database, seed=1)
    actor = users.login(sqlite_database, "agent", "agent")
    assert actor.demo_only and passwords.policy_problem("agent", "agent") is not None
    assert users.login(sqlite_database, "admin", "admin").demo_only
