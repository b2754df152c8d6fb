"""Who is acting, on which database: passed to every service call so permissions are checked in one place.

Only a login makes an actor services accept (:mod:`app.services.sessions`): a :class:`ServiceContext` refuses
a hand-built :class:`Actor`, and every write transaction it opens first reads the user's row again and refuses
to go on when the account was closed or its role changed since the login.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.domain.enums import Role
from app.domain.permissions import Permission, allowed
from app.errors import PermissionDenied
from app.services import sessions

if TYPE_CHECKING:  # the database (SQLAlchemy) is not needed to name who is acting
    from app.services.clock import Clock
    from app.services.database import Database


@dataclass(frozen=True)
class Actor:
    """The logged-in user as services see them (a snapshot, not a database row).

    ``session`` is the login's seal (:mod:`app.services.sessions`); ``demo_only`` says the password this login
    used is below the shop's password rules (the demo users): fine for trying the program, never for real work.
    """

    id: int
    username: str
    display_name: str
    role: Role
    language: str = "en"
    demo_only: bool = field(default=False, compare=False)
    session: str = field(default="", compare=False, repr=False)

    def can(self, permission: Permission) -> bool:
        return allowed(self.role, permission)


def login_actor(
    user_id: int,
    username: str,
    display_name: str,
    role: Role,
    language: str = "en",
    *,
    demo_only: bool = False,
) -> Actor:
    """The logged-in actor for a user row whose password was just checked, sealed by :mod:`app.services.sessions`.
    Only the login services call this."""
    return Actor(
        user_id,
        username,
        display_name,
        Role(role),
        language,
        demo_only=demo_only,
        session=sessions.seal(user_id, username, role),
    )


def require_login(actor: Actor | None) -> Actor:
    """``actor`` if a login made it; a hand-built or altered actor is refused."""
    if actor is None or not sessions.is_genuine(actor):
        raise PermissionDenied("Not logged in: only a login says who is acting.")
    return actor


class _CheckedDatabase:
    """The database as one actor's services see it: ``write()`` re-reads the user's row before the work."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    @property
    def unchecked(self) -> Database:
        return self._db

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)

    @contextmanager
    def write(self) -> Iterator[Any]:
        with self._db.write() as session:
            check_still_allowed(session, self._actor)
            yield session


#: ``session.info`` key of the acting user's row, read by :func:`check_still_allowed` at the start of a write
_ACTING_USER = "rimedio_acting_user"


def check_still_allowed(session: Any, actor: Actor) -> None:
    """Refuse to write for ``actor`` when their account was closed or their role changed since the login.

    The user's whole row is read (one statement, as the role and the flag alone would be) and kept for the
    transaction: the limits, the daily total's lock and the case's ``updated_by`` then find it in the session
    (``session.get(User, actor.id)``) instead of each reading it again.
    """
    from app.store.models import User

    user = session.get(User, actor.id, populate_existing=True)  # read now, even if the session holds it
    if user is None or not user.active or user.role != Role(actor.role).value:
        raise PermissionDenied(
            "Your account changed since you logged in (closed or another role): log in again."
        )
    session.info[_ACTING_USER] = (session.get_transaction(), user)  # the session holds rows only while we do


def acting_user(session: Any) -> Any | None:
    """The acting user's row as :func:`check_still_allowed` read it at the start of this transaction; ``None``
    outside a checked write."""
    held = session.info.get(_ACTING_USER)
    return held[1] if held is not None and held[0] is session.get_transaction() else None


@dataclass(frozen=True)
class ServiceContext:
    """Who acts, on which database, at what time: ``clock`` is the database's unless one is given."""

    db: Database
    actor: Actor
    # None given: the database's, set by __post_init__ (so the field is a Clock once built)
    clock: Clock = field(default=None, kw_only=True, compare=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        require_login(self.actor)
        db = self.db.unchecked if isinstance(self.db, _CheckedDatabase) else self.db
        object.__setattr__(self, "db", _CheckedDatabase(db, self.actor))
        if self.clock is None:
            object.__setattr__(self, "clock", db.clock)

    def now(self) -> datetime:
        """The current instant by this context's clock (aware, UTC): the time every service call reads."""
        return self.clock.now()

    def require(self, permission: Permission) -> None:
        if not self.actor.can(permission):
            raise PermissionDenied(
                "{user} ({role}) may not do this ({permission}).",
                user=self.actor.username,
                role=self.actor.role.value,
                permission=permission.value,
            )
