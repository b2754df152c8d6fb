"""Passwords in the keyring — and a clear reason when this computer has none."""

from __future__ import annotations

import keyring
from keyring.backends.fail import Keyring as FailKeyring

from app import secrets_store


def test_a_password_is_kept_and_forgotten():
    secrets_store.set_secret("user:agent", "agent-pass")
    assert secrets_store.get_secret("user:agent") == "agent-pass"
    secrets_store.delete_secret("user:agent")
    assert secrets_store.get_secret("user:agent") is None
    assert secrets_store.keyring_available() == (True, "")


def test_without_a_keyring_the_program_still_works_and_says_why():
    keyring.set_keyring(FailKeyring())
    assert secrets_store.get_secret("user:agent") is None
    ok, why = secrets_store.keyring_available()
    assert not ok and "cannot remember your password" in why and "Error" not in why
    try:
        secrets_store.set_secret("user:agent", "x")
    except secrets_store.SecretStoreUnavailable as exc:
        assert "no password store" in exc.message
    else:  # pragma: no cover
        raise AssertionError("set_secret must refuse without a keyring")
