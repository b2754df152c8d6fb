"""Only a login makes an actor: a hand-built or altered ``Actor`` is refused, and every write re-reads the role.

Check that catches each attempt: ``require_login`` (the seal of :mod:`app.services.sessions`) at the context's
construction, ``check_still_allowed`` at the start of every write transaction.
"""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import update

from app.domain.enums import Role
from app.errors import PermissionDenied
from app.services import credit, settings
from app.services.context import Actor, ServiceContext
from app.services.users import add_user
from app.store.models import User


def test_a_hand_built_admin_grants_nothing(shop):
    forged = Actor(shop.admin.id, "admin", "x", Role.ADMIN)
    with pytest.raises(PermissionDenied, match="Not logged in"):  # require_login
        credit.grant_credit(
            ServiceContext(shop.db, forged), "stefan.tarana@example.ro", "250", reason="forged"
        )
    with pytest.raises(PermissionDenied, match="Not logged in"):
        add_user(shop.db, forged, "mallory", "admin", "a long enough passphrase")


def test_a_real_login_with_its_role_raised_is_refused(shop):
    promoted = dataclasses.replace(shop.agent, role=Role.ADMIN)
    with pytest.raises(PermissionDenied, match="Not logged in"):  # the seal covers the role
        ServiceContext(shop.db, promoted)


def test_a_user_demoted_after_the_login_cannot_write_with_it(shop):
    ctx = shop.as_(shop.supervisor)
    credit.grant_credit(ctx, "stefan.tarana@example.ro", "5", reason="before")
    with shop.db.write() as s:
        s.execute(update(User).where(User.id == shop.supervisor.id).values(role="agent"))
    with pytest.raises(PermissionDenied, match="changed since you logged in"):  # check_still_allowed
        credit.grant_credit(ctx, "stefan.tarana@example.ro", "5", reason="after")
    with shop.db.write() as s:
        s.execute(update(User).where(User.id == shop.admin.id).values(active=False))
    with pytest.raises(PermissionDenied, match="changed since you logged in"):
        settings.set_setting(shop.as_(shop.admin), "approvals.expiry_days", "4")
