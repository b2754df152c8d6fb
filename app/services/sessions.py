"""Who is logged in: the seal on every :class:`~app.services.context.Actor` that services accept.

A login (:mod:`app.services.users`, or the desktop's quick start, which checks the same password) ends in
:func:`app.services.context.login_actor`, which seals (:func:`seal`) the actor's user id, name and role with a key made at random when the process starts
and never stored. :class:`~app.services.context.ServiceContext` refuses an actor whose seal does not match — one
built by hand, or a real one with its role changed (``dataclasses.replace``). The seal only proves "a login of
this process said so"; the role is also read again from the database at the start of every write
(:meth:`ServiceContext.db`), so a user demoted or closed meanwhile cannot keep writing with an older login.

Inside one Python process nothing is truly private: this keeps honest code from skipping the login by mistake
or shortcut. Against code holding the database password, the PostgreSQL roles (``rimedio db roles``) are the
wall: the workstations' login cannot update, delete or truncate the ledger and the audit log.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING

from app.domain.enums import Role

if TYPE_CHECKING:  # context imports this module (for the seal)
    from app.services.context import Actor

_KEY = secrets.token_bytes(32)


def _seal_of(user_id: int, username: str, role: str) -> str:
    message = f"{user_id}\n{username}\n{role}".encode()
    return hmac.new(_KEY, message, hashlib.sha256).hexdigest()


def seal(user_id: int, username: str, role: Role) -> str:
    """The seal of a login of this process for this user id, name and role (see
    :func:`app.services.context.login_actor`, the one place that puts it on an actor)."""
    return _seal_of(user_id, username, Role(role).value)


def is_genuine(actor: Actor) -> bool:
    """Whether ``actor`` came out of a login of this process, with the id, name and role it had then."""
    seal = getattr(actor, "session", "")
    if not seal:
        return False
    return hmac.compare_digest(seal, _seal_of(actor.id, actor.username, Role(actor.role).value))
