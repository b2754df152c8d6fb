"""Password hashing with argon2id. The only place that knows how passwords are stored."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.errors import ValidationError

#: argon2id with the OWASP Password Storage Cheat Sheet's configuration (19 MiB, 2 passes, 1 lane). A check costs
#: about 30 ms of one core: the login of a two-core workstation does not wait on it, and a stolen database still
#: costs an attacker that much memory-hard work per guess. (RFC 9106's 64 MiB × 3 passes × 4 lanes took 300 ms of
#: both cores of such a machine, the longest step of the desktop's start.) Hashes made with other parameters are
#: renewed at the next successful login (:func:`needs_rehash`).
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)

MIN_LENGTH = 4


def use_fast_hashing_for_tests() -> None:
    """Cheaper parameters so a test suite can create hundreds of users; never called by the program."""
    global _hasher
    _hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def check_strength(password: str) -> None:
    if password is None or len(password) < MIN_LENGTH:
        raise ValidationError("A password needs at least {n} characters.", n=MIN_LENGTH)
    if password != password.strip():
        raise ValidationError("A password cannot start or end with a space.")


def hash_password(password: str) -> str:
    check_strength(password)
    return _hasher.hash(password)


def needs_rehash(stored_hash: str) -> bool:
    """Whether ``stored_hash`` was made with other parameters than today's (renew it at a successful login)."""
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except (InvalidHashError, ValueError):
        return False


def rehash(password: str) -> str:
    """Today's hash of a password that was just verified (no strength rules: it is not a new password)."""
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


_dummy_hash: str | None = None


def dummy_verify(password: str) -> None:
    """Spend the time of a real check, so an unknown user name cannot be told apart by timing."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("no such user")
    verify_password(_dummy_hash, password)
