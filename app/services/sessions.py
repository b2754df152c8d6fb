"""Who is logged in: the only way to obtain an :class:`~app.services.context.Actor` that services accept.

A login (:mod:`app.services.users`, or the desktop's quick start, which checks the same password) ends in
:func:`issue`, which seals the actor's user id, name and role with a key made at random when the process starts
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

if TYPE_CHECKING:  # context imports this module
    from app.services.context import Actor

_KEY = secrets.token_bytes(32)


def _seal_of(user_id: int, username: str, role: str) -> str:
    message = f"{user_id}\n{username}\n{role}".encode()
    return hmac.new(_KEY, message, hashlib.sha256).hexdigest()


def issue(
    user_id: int,
    username: str,
    display_name: str,
    role: Role,
    language: str = "en",
    *,
    demo_only: bool = False,
) -> Actor:
    """The logged-in actor for a user row whose password was just checked. Only the login services call this."""
    from app.services.context import Actor

    return Actor(
        user_id,
        username,
        display_name,
        Role(role),
        language,
        demo_only=demo_only,
        session=_seal_of(user_id, username, Role(role).value),
    )


def is_genuine(actor: Actor) -> bool:
    """Whether ``actor`` came out of a login of this process, with the id, name and role it had then."""
    seal = getattr(actor, "session", "")
    if not seal:
        return False
    return hmac.compare_digest(seal, _seal_of(actor.id, actor.username, Role(actor.role).value))
