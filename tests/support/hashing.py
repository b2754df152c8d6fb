"""Cheap password hashing for test suites and benchmarks that create hundreds of users."""

from __future__ import annotations

from argon2 import PasswordHasher

from app.services import passwords


def fast_password_hashing() -> None:
    """Use the cheapest argon2id parameters in this process. The program has no switch for this (production code
    carries no hooks for tests): the test side replaces the hasher, and hashes it makes are renewed with the real
    parameters at a user's next login in the program."""
    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
