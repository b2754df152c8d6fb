"""Passwords kept in the system keyring (service ``rimedio``), and a clear answer where there is none.

A workstation without a desktop session has no keyring backend; Rimedio must still work there, so every call
here either succeeds or raises :class:`SecretStoreUnavailable` with a reason a user can read.
"""

from __future__ import annotations

import logging

import keyring
from keyring.backends.fail import Keyring as FailKeyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from app.config import KEYRING_SERVICE
from app.errors import RimedioError

log = logging.getLogger(__name__)


class SecretStoreUnavailable(RimedioError):
    code = "no_keyring"


def _reason(exc: Exception) -> SecretStoreUnavailable:
    """A sentence for people; the backend's own error (a class name such as ``NoKeyringError``) goes to the log."""
    log.info("no usable keyring: %s: %s", type(exc).__name__, exc)
    return SecretStoreUnavailable(
        "This computer has no password store, so Rimedio cannot remember your password."
    )


def get_secret(account: str) -> str | None:
    """The stored password for ``account``, or ``None`` when none is stored or no keyring exists."""
    try:
        return keyring.get_password(KEYRING_SERVICE, account)
    except (NoKeyringError, KeyringError, RuntimeError):
        return None


def set_secret(account: str, secret: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, account, secret)
    except (NoKeyringError, KeyringError, RuntimeError) as exc:
        raise _reason(exc) from exc


def delete_secret(account: str) -> None:
    try:
        keyring.delete_password(KEYRING_SERVICE, account)
    except PasswordDeleteError:
        return
    except (NoKeyringError, KeyringError, RuntimeError) as exc:
        raise _reason(exc) from exc


def keyring_available() -> tuple[bool, str]:
    """Whether passwords can be remembered here, and if not, why (for the login screen)."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # pragma: no cover - broken keyring config
        return False, _reason(exc).message
    if isinstance(backend, FailKeyring) or getattr(backend, "priority", 0) <= 0:
        return False, _reason(NoKeyringError()).message
    return True, ""
