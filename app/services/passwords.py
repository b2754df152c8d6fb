"""Password hashing with argon2id, and the rules a new password must meet. The only place that knows how
passwords are stored.

The rules follow NIST SP 800-63B (5.1.1.2): length, not composition. A new staff password has at least
:data:`MIN_LENGTH` characters (up to :data:`MAX_LENGTH`, spaces and any letters allowed), is not the user name,
and is not in the shipped list of common and breached passwords (``resources/security/common-passwords.txt.gz``:
the 20,000 most common passwords of breach corpora, compiled by Royce Williams and shipped with Django under
its BSD licence). No "one digit, one symbol" rules, no forced expiry.
"""

from __future__ import annotations

import gzip
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.errors import ValidationError
from app.resources import resource_path

#: argon2id with the OWASP Password Storage Cheat Sheet's configuration (19 MiB, 2 passes, 1 lane). A check costs
#: about 30 ms of one core: the login of a two-core workstation does not wait on it, and a stolen database still
#: costs an attacker that much memory-hard work per guess. (RFC 9106's 64 MiB × 3 passes × 4 lanes took 300 ms of
#: both cores of such a machine, the longest step of the desktop's start.) Hashes made with other parameters are
#: renewed at the next successful login (:func:`needs_rehash`).
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)

MIN_LENGTH = 10
MAX_LENGTH = 256


@cache
def _common() -> frozenset[str]:
    with gzip.open(resource_path("security", "common-passwords.txt.gz"), "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


def is_common(password: str) -> bool:
    """Whether ``password`` (any case) is in the shipped list of common and breached passwords."""
    return password.strip().lower() in _common()


def policy_problem(password: str | None, username: str = "") -> str | None:
    """The message id of the first rule ``password`` breaks (``None``: it may be used)."""
    if password is None or len(password) < MIN_LENGTH:
        return "A password needs at least {n} characters."
    if len(password) > MAX_LENGTH:
        return "A password has at most {max} characters."
    if password != password.strip():
        return "A password cannot start or end with a space."
    if username and password.strip().lower() == username.strip().lower():
        return "A password cannot be the user name."
    if is_common(password):
        return "This password is in the list of common or leaked passwords: choose another one."
    return None


def demo_grade(password: str | None, username: str = "") -> bool:
    """Whether a password just used to log in is below the length rule or the user's own name — the demo
    users' kind, flagged at login. Cheap (no list is read): it runs on the quick start's login thread."""
    return (
        password is None or len(password) < MIN_LENGTH or password.strip().lower() == username.strip().lower()
    )


def check_strength(password: str, username: str = "") -> None:
    """Refuse a new password that breaks the rules, with the rule it breaks."""
    problem = policy_problem(password, username)
    if problem is not None:
        raise ValidationError(problem, n=MIN_LENGTH, max=MAX_LENGTH)


def hash_password(password: str, username: str = "") -> str:
    """The stored form of a new password, after the rules (:func:`check_strength`)."""
    check_strength(password, username)
    return _hasher.hash(password)


def hash_demo_password(password: str) -> str:
    """The demo shop's users (password = name): below the rules on purpose, flagged at every login."""
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
