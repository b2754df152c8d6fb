"""Who is acting, on which database: passed to every service call so permissions are checked in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.enums import Role
from app.domain.permissions import Permission, allowed
from app.errors import PermissionDenied

if TYPE_CHECKING:  # the database (SQLAlchemy) is not needed to name who is acting
    from app.services.database import Database


@dataclass(frozen=True)
class Actor:
    """The logged-in user as services see them (a snapshot, not a database row)."""

    id: int
    username: str
    display_name: str
    role: Role
    language: str = "en"

    def can(self, permission: Permission) -> bool:
        return allowed(self.role, permission)


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    actor: Actor

    def require(self, permission: Permission) -> None:
        if not self.actor.can(permission):
            raise PermissionDenied(
                "{user} ({role}) may not do this ({permission}).",
                user=self.actor.username,
                role=self.actor.role.value,
                permission=permission.value,
            )
