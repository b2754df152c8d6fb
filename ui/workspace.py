"""What every screen of a logged-in session needs: who is acting on which database, and where to run slow calls.

A :class:`Workspace` is handed to each view explicitly (no global registry). Its ``caseChanged`` signal lets a view
that changed a case tell the others (the inbox reloads, the customer panel refreshes) without knowing them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain.permissions import Permission
from app.services.context import Actor, ServiceContext
from ui.runner import Runner

if TYPE_CHECKING:
    from app.services.database import Database


class Workspace(QObject):
    caseChanged = Signal(int)  # a case was opened or changed: its id
    customerChanged = Signal(int)

    def __init__(self, db: Database, actor: Actor, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = runner

    @property
    def ctx(self) -> ServiceContext:
        return ServiceContext(self.db, self.actor)

    def can(self, permission: Permission) -> bool:
        """Only to grey out what the services would refuse; the services decide."""
        return self.actor.can(permission)

    def can_edit_settings(self) -> bool:
        return self.can(Permission.SETTINGS_WRITE)

    def can_manage_users(self) -> bool:
        return self.can(Permission.USERS_MANAGE)

    def can_approve(self) -> bool:
        return self.can(Permission.APPROVE)

    def can_write_cases(self) -> bool:
        return self.can(Permission.CASE_WRITE)
