"""Looking after users once they exist: one's own language; an admin's edits (name, role, language, limits),
unlocking, deactivating (never deleting: cases, credit and the audit log keep naming them), resetting a password
(the user must choose their own at the next login).

Every change is checked here, whichever screen or command asks: only an admin changes other users; nobody
deactivates themselves or demotes the last active admin; every change is in the audit log.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import Role, parse_enum
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.text import clean_text
from app.errors import NotFound, PermissionDenied, ValidationError
from app.i18n import SUPPORTED_LANGUAGES
from app.services import audit, passwords
from app.services.context import ServiceContext
from app.services.retry import retried
from app.services.settings import load_settings
from app.services.users import UserInfo, _info
from app.store.models import User


def _language(code: str) -> str:
    value = (code or "").strip().lower()
    if value not in SUPPORTED_LANGUAGES:
        raise ValidationError(
            "Unknown language {value}: use one of {choices}.",
            value=code,
            choices=", ".join(SUPPORTED_LANGUAGES),
        )
    return value


def _user(s: Session, user_id: int) -> User:
    user = s.get(User, user_id)
    if user is None:
        raise NotFound("There is no user {key}.", key=user_id)
    return user


def _log(s: Session, ctx: ServiceContext, user: User, change: dict[str, object]) -> None:
    audit.append(
        s,
        audit.Action.USER_CHANGED,
        at=ctx.now(),
        actor_id=ctx.actor.id,
        actor=ctx.actor.username,
        subject=user.username,
        data={"user": user.id, **change},
    )


def _other_active_admins(s: Session, user: User) -> int:
    return int(
        s.scalar(
            select(func.count(User.id)).where(
                User.role == Role.ADMIN.value, User.active.is_(True), User.id != user.id
            )
        )
        or 0
    )


@retried
def set_own_language(ctx: ServiceContext, language: str) -> UserInfo:
    """The acting user's own language (it wins over the computer's, see the desktop's language order)."""
    lang = _language(language)
    with ctx.db.write() as s:
        user = _user(s, ctx.actor.id)
        if user.language != lang:
            user.language = lang
            s.flush()
            _log(s, ctx, user, {"language": lang})
        return _info(user, load_settings(s).currency, ctx.now())


@retried
def update_user(
    ctx: ServiceContext,
    user_id: int,
    *,
    display_name: str | None = None,
    role: str | None = None,
    language: str | None = None,
    case_limit: str | None = None,
    daily_limit: str | None = None,
) -> UserInfo:
    """An admin changes a user's name, role, language or limits (``""`` for a limit: the role's default)."""
    ctx.require(Permission.USERS_MANAGE)
    with ctx.db.write() as s:
        user = _user(s, user_id)
        currency = load_settings(s).currency
        change: dict[str, object] = {}
        if display_name is not None:
            name = clean_text(display_name)
            if not name:
                raise ValidationError("The name is empty.")
            if name != user.display_name:
                user.display_name = change["display_name"] = name
        if role is not None:
            new_role = Role(parse_enum(Role, role, "role")).value
            if new_role != user.role:
                if user.role == Role.ADMIN.value and not _other_active_admins(s, user):
                    raise PermissionDenied(
                        "{name} is the only active admin: make someone else an admin first.",
                        name=user.username,
                    )
                user.role = change["role"] = new_role
        if language is not None:
            lang = _language(language)
            if lang != user.language:
                user.language = change["language"] = lang
        for field, text in (("case_limit_minor", case_limit), ("daily_limit_minor", daily_limit)):
            if text is None:
                continue
            minor = None
            if text.strip():
                amount = Money.parse(text, currency)
                if amount.minor < 0:
                    raise ValidationError("A limit cannot be negative.")
                minor = amount.minor
            if minor != getattr(user, field):
                setattr(user, field, minor)
                change[field] = minor
        if change:
            s.flush()
            _log(s, ctx, user, change)
        return _info(user, currency, ctx.now())


@retried
def unlock_user(ctx: ServiceContext, user_id: int) -> UserInfo:
    """Lift a lock-out after too many failed logins (the failure count starts again)."""
    ctx.require(Permission.USERS_MANAGE)
    with ctx.db.write() as s:
        user = _user(s, user_id)
        user.locked_until = None
        user.failed_logins = 0
        s.flush()
        _log(s, ctx, user, {"unlocked": True})
        return _info(user, load_settings(s).currency, ctx.now())


@retried
def set_active(ctx: ServiceContext, user_id: int, active: bool) -> UserInfo:
    """Deactivate (or reactivate) a user: they can no longer log in; their history stays theirs."""
    ctx.require(Permission.USERS_MANAGE)
    with ctx.db.write() as s:
        user = _user(s, user_id)
        if not active and user.id == ctx.actor.id:
            raise PermissionDenied("You cannot deactivate yourself.")
        if not active and user.role == Role.ADMIN.value and not _other_active_admins(s, user):
            raise PermissionDenied(
                "{name} is the only active admin: make someone else an admin first.", name=user.username
            )
        if user.active != active:
            user.active = active
            s.flush()
            _log(s, ctx, user, {"active": active})
        return _info(user, load_settings(s).currency, ctx.now())


@retried
def reset_password(ctx: ServiceContext, user_id: int, temporary: str) -> UserInfo:
    """An admin sets a temporary password; the user must choose their own at the next login.

    "Must change" is a password without a change date (every other way of setting one records the date)."""
    ctx.require(Permission.USERS_MANAGE)
    if len(temporary or "") < 4:
        raise ValidationError("The temporary password is too short.")
    with ctx.db.write() as s:
        user = _user(s, user_id)
        user.password_hash = passwords.hash_password(temporary, user.username)
        user.password_changed_at = None
        user.failed_logins = 0
        user.locked_until = None
        s.flush()
        audit.append(
            s,
            audit.Action.PASSWORD_CHANGED,
            at=ctx.now(),
            actor_id=ctx.actor.id,
            actor=ctx.actor.username,
            subject=user.username,
            data={"user": user.id, "own": False, "reset": True},
        )
        return _info(user, load_settings(s).currency, ctx.now())
