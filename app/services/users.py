"""Users: the first admin, adding users, logging in (with lock-out after repeated failures), passwords."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import Role, parse_enum
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.settings_registry import ShopSettings
from app.domain.text import clean_text
from app.errors import (
    AuthenticationFailed,
    Conflict,
    PasswordChangeRequired,
    PermissionDenied,
    StorageError,
    ValidationError,
)
from app.services import audit, passwords
from app.services.context import Actor, ServiceContext, check_still_allowed, login_actor, require_login
from app.services.database import Database
from app.services.retry import retried
from app.services.settings import load_settings
from app.store.models import InstallationKey, User

_USERNAME = re.compile(r"^[A-Za-z0-9._@-]{2,64}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    language: str
    case_limit: Money | None
    daily_limit: Money | None
    active: bool
    locked: bool


def actor_of(user: User) -> Actor:
    """The logged-in actor for ``user``, whose password was just checked (only the login calls this)."""
    return login_actor(user.id, user.username, user.display_name, Role(user.role), user.language)


def _info(user: User, currency: str, now: datetime) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        language=user.language,
        case_limit=Money(user.case_limit_minor, currency) if user.case_limit_minor is not None else None,
        daily_limit=Money(user.daily_limit_minor, currency) if user.daily_limit_minor is not None else None,
        active=user.active,
        locked=_locked(user, now),
    )


def has_users(db: Database) -> bool:
    with db.read() as s:
        return bool(s.scalar(select(func.count(User.id))))


def _parse_new_user(role: str, username: str) -> tuple[Role, str]:
    role_ = parse_enum(Role, role, "role")
    username = (username or "").strip()
    if not _USERNAME.match(username):
        raise ValidationError(
            "A user name has 2 to 64 letters, digits or . _ @ - (no spaces): {name}", name=username
        )
    return role_, username


def first_user(s: Session) -> bool:
    return not s.scalar(select(func.count(User.id)))


def _check_may_add(s: Session, actor: Actor | None, username: str, role_: Role) -> None:
    if first_user(s):
        if role_ != Role.ADMIN:
            raise PermissionDenied("The first user must be an admin.")
    elif actor is None or not actor.can(Permission.USERS_MANAGE):
        raise PermissionDenied("Only an admin may add users.")
    if s.scalar(select(User.id).where(func.lower(User.username) == username.lower())):
        raise Conflict("There is already a user called {name}.", name=username)


def check_may_add_user(db: Database, actor: Actor | None, username: str, role: str) -> None:
    """The refusals of :func:`add_user` that do not depend on the password — so a command asks for the new
    password only when the user could be added (``add_user`` checks the same again in its transaction)."""
    role_, username = _parse_new_user(role, username)
    with db.read() as s:
        _check_may_add(s, actor, username, role_)


def _limit(text: str | None, currency: str) -> int | None:
    """A user's own credit limit in minor units (``None``: the role's); never negative, as in the settings."""
    if not text:
        return None
    amount = Money.parse(text, currency)
    if amount.minor < 0:
        raise ValidationError("A limit cannot be negative.")
    return amount.minor


@retried
def add_user(
    db: Database,
    actor: Actor | None,
    username: str,
    role: str,
    password: str,
    display_name: str | None = None,
    case_limit: str | None = None,
    daily_limit: str | None = None,
    language: str = "en",
) -> UserInfo:
    """Add a user. With no users yet, anyone may create the first one, and it must be an admin."""
    role_, username = _parse_new_user(role, username)
    if actor is not None:
        require_login(actor)
    with db.write() as s:
        _check_may_add(s, actor, username, role_)
        if actor is not None and not first_user(s):  # _check_may_add wants an actor once there are users
            check_still_allowed(s, actor)
        currency = load_settings(s).currency
        now = db.clock.now()
        user = User(
            username=username,
            display_name=clean_text(display_name) or username,
            role=role_.value,
            password_hash=passwords.hash_password(password, username),
            language=language,
            case_limit_minor=_limit(case_limit, currency),
            daily_limit_minor=_limit(daily_limit, currency),
            password_changed_at=now,
        )
        s.add(user)
        s.flush()
        audit.append(
            s,
            audit.Action.USER_ADDED,
            at=now,
            actor_id=actor.id if actor else None,
            actor=actor.username if actor else None,
            subject=user.username,
            data={"user": user.id, "role": user.role},
        )
        return _info(user, currency, now)


REFUSED = (
    "Unknown user or wrong password (after {limit} failed attempts in a row an account is locked for "
    "{minutes} minutes)."
)


def _refused(settings: ShopSettings) -> AuthenticationFailed:
    """The one answer to every refused login: it never tells whether the account exists or is locked."""
    return AuthenticationFailed(
        REFUSED, limit=settings["security.max_failed_logins"], minutes=settings["security.lock_minutes"]
    )


def login(db: Database, username: str, password: str, *, record: bool = True) -> Actor:
    """The acting user if the password is right and the user's own; counts failures and locks the account.

    A temporary password an admin set (:func:`app.services.user_admin.reset_password`) opens nothing: the login
    refuses it with :class:`PasswordChangeRequired` on every path (window, command line, ``RIMEDIO_USER``), and
    only :func:`replace_temporary_password` accepts it."""
    actor = _checked_login(db, username, password, record=record)
    with db.read() as s:
        if s.scalar(select(User.password_changed_at).where(User.id == actor.id)) is None:
            raise PasswordChangeRequired(
                "An administrator set a temporary password for {user}: choose your own "
                "password before going on.",
                user=actor.username,
            )
    return actor


@retried
def replace_temporary_password(db: Database, username: str, temporary: str, new: str) -> None:
    """The user chooses their own password with the temporary one an admin gave them (checked, and counted when
    wrong, as a login is). Refused when the account has no temporary password: then ``change_password``."""
    actor = _checked_login(db, username, temporary, record=False)
    with db.write() as s:
        user = s.get(User, actor.id)
        if user is None or user.password_changed_at is not None:
            raise _refused(load_settings(s))
        user.password_hash = passwords.hash_password(new, user.username)
        user.password_changed_at = now = db.clock.now()
        s.flush()
        audit.append(
            s,
            audit.Action.PASSWORD_CHANGED,
            at=now,
            actor_id=user.id,
            actor=user.username,
            subject=user.username,
            data={"user": user.id, "own": True, "temporary_replaced": True},
        )


def _checked_login(db: Database, username: str, password: str, *, record: bool = True) -> Actor:
    """The password check of :func:`login` (whether or not the password is a temporary one).

    The password is checked in a read-only transaction first. A failure, a lock-out and a login that clears a
    failure count or renews an old hash are written (with the audit entry); so is every successful login when
    ``record`` (the desktop's). The command line passes ``record=False``: a successful login that changes
    nothing then writes nothing, so read-only commands work on a read-only file and while another workstation
    holds the write lock.

    The writing half locks the user's row (``FOR NO KEY UPDATE`` on PostgreSQL; SQLite's write transaction is already
    exclusive) from the read of the failure count to the commit, so parallel wrong passwords are counted one
    after the other and the account locks after exactly ``security.max_failed_logins`` of them. Every refusal
    says the same (:data:`REFUSED`) and costs one password check.
    """
    name = (username or "").strip()
    tried, right, housekeeping = None, False, None
    with db.read() as s:
        user = s.scalar(select(User).where(func.lower(User.username) == name.lower()))
        if user is not None and user.active and not _locked(user, db.clock.now()):
            tried, right = user.password_hash, passwords.verify_password(user.password_hash, password or "")
            if right and not record:
                if not (user.failed_logins or user.locked_until or passwords.needs_rehash(tried)):
                    return _flagged(actor_of(user), password, user.username)
                housekeeping = actor_of(user)  # worth writing, but not worth refusing a reader for
    if housekeeping is not None:
        try:
            return _login_write(db, name, password, tried, right)
        except (StorageError, audit.AuditTamperedError):  # read-only, busy, or a log an admin must look at
            return _flagged(housekeeping, password, housekeeping.username)
    return _login_write(db, name, password, tried, right)


def _login_write(db: Database, name: str, password: str, tried: str | None, right: bool) -> Actor:
    """The writing half of :func:`login`: failures and lock-outs, or a success that clears or renews something."""
    with db.write() as s:
        settings = load_settings(s)
        query = select(User).where(func.lower(User.username) == name.lower())
        if s.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(key_share=True)  # FOR NO KEY UPDATE (docs/locking.md)
        user = s.scalar(query)
        now = db.clock.now()
        if user is None or not user.active:
            if tried is None:
                passwords.dummy_verify(password or "")  # same time as a real check
            if user is None:
                _log_failure(s, None, unknown_name(s, name), "unknown user", now)
            else:
                _log_failure(s, user.id, user.username, "inactive", now)
            raise _refused(settings)
        if _locked(user, now):
            if tried is None:
                passwords.dummy_verify(password or "")
            _log_failure(s, user.id, user.username, "locked", now)
            raise _refused(settings)
        if (
            user.password_hash != tried
        ):  # changed in between (or not tried): checked again, else once per login
            right = passwords.verify_password(user.password_hash, password or "")
        if not right:
            locks = _count_failure(s, user, settings, now)
            _log_failure(
                s,
                user.id,
                user.username,
                "locked now" if locks else "wrong password",
                now,
                recount=lambda: _recount_failure(s, user.id, settings, now),
            )
            raise _refused(settings)
        actor = _logged_in(s, user, password, True, now)
    return _flagged(actor, password, user.username)


def _flagged(actor: Actor, password: str | None, username: str) -> Actor:
    """Mark a login whose password is below the rules (the demo users) as fit for trying the program only."""
    if password is not None and passwords.demo_grade(password, username):
        return login_actor(
            actor.id, actor.username, actor.display_name, actor.role, actor.language, demo_only=True
        )
    return actor


def _recount_failure(s: Session, user_id: int, settings: ShopSettings, now: datetime) -> bool:
    """The failure counted again on the row as it is now (after the audit log refused the entry)."""
    user = s.get(User, user_id)
    return user is not None and _count_failure(s, user, settings, now)


def _count_failure(s: Session, user: User, settings: ShopSettings, now: datetime) -> bool:
    """Count one wrong password on the (locked) row; returns whether this one locks the account."""
    user.failed_logins = (user.failed_logins or 0) + 1
    if user.failed_logins >= settings["security.max_failed_logins"]:
        user.locked_until = now + timedelta(minutes=settings["security.lock_minutes"])
        user.failed_logins = 0
        return True
    return False


def unknown_name(s: Session, name: str) -> str:
    """What the audit log keeps of a user name that matches no account: a keyed hash, never the text (it may be
    a password typed into the wrong field). The same name always gives the same hash in this database, so
    repeated tries stay visible; the key (migration 0013) is not in the log."""
    row = s.get(InstallationKey, "login_names")
    key = bytes.fromhex(row.value) if row is not None else b""
    digest = hmac.new(key, name.lower().encode("utf-8"), hashlib.sha256).hexdigest()[:20]
    return f"unknown:{digest}"


def _locked(user: User, now: datetime) -> bool:
    return bool(user.locked_until and user.locked_until > now)


@retried
def record_login(db: Database, actor: Actor, password: str | None = None) -> Actor:
    """The writing half of a login whose password was already checked — by the desktop's quick start
    (:mod:`app.services.quick_start`, read-only) or by :func:`login` with ``record=False``: clear the failure
    count, renew an old hash (given the password) and write the audit entry, as :func:`login` does. Refused when
    the account was closed or locked in the meantime."""
    require_login(actor)
    with db.write() as s:
        user = s.get(User, actor.id)
        now = db.clock.now()
        if user is None or not user.active or _locked(user, now):
            raise _refused(load_settings(s))
        fresh = _logged_in(s, user, password, True, now)
    return (
        _flagged(fresh, password, actor.username)
        if password is not None
        else (actor if actor.demo_only else fresh)
    )


def _logged_in(s: Session, user: User, password: str | None, record: bool, now: datetime) -> Actor:
    if user.failed_logins or user.locked_until is not None:
        user.failed_logins = 0
        user.locked_until = None
    if password and passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.rehash(password)
    if record:
        audit.append(
            s, audit.Action.LOGIN, at=now, actor_id=user.id, actor=user.username, subject=user.username
        )
    return actor_of(user)


def _log_failure(
    session: Session,
    user_id: int | None,
    username: str,
    why: str,
    now: datetime,
    recount: Callable[[], object] | None = None,
) -> None:
    """A failed login goes in the audit log, kept (with the failure count) although the call ends in a refusal.

    When the audit log refuses to grow (tampered with), the count is still kept, without the entry, and the
    refusal says the log was tampered with."""
    name = (username or "").strip()[:64]
    audit.append(
        session,
        audit.Action.LOGIN_FAILED,
        at=now,
        actor_id=user_id,
        actor=None,
        subject=name,
        data={"why": why},
    )
    try:
        session.commit()
    except audit.AuditTamperedError:
        session.rollback()
        if recount is not None:
            recount()
            session.commit()
        raise


@retried
def change_password(db: Database, actor: Actor, username: str, old: str | None, new: str) -> None:
    """Users change their own password (knowing the old one); an admin may set anyone's."""
    require_login(actor)
    with db.write() as s:
        check_still_allowed(s, actor)
        user = s.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
        if user is None:
            raise ValidationError("Unknown user: {name}", name=username)
        own = user.id == actor.id
        if not own and not actor.can(Permission.USERS_MANAGE):
            raise PermissionDenied("Only an admin may change another user's password.")
        if (
            own
            and not actor.can(Permission.USERS_MANAGE)
            and not passwords.verify_password(user.password_hash, old or "")
        ):
            raise AuthenticationFailed("The current password is wrong.")
        user.password_hash = passwords.hash_password(new, user.username)
        user.password_changed_at = now = db.clock.now()
        user.failed_logins = 0
        user.locked_until = None
        s.flush()
        audit.append(
            s,
            audit.Action.PASSWORD_CHANGED,
            at=now,
            actor_id=actor.id,
            actor=actor.username,
            subject=user.username,
            data={"user": user.id, "own": own},
        )


def list_users(ctx: ServiceContext) -> list[UserInfo]:
    with ctx.db.read() as s:
        currency = load_settings(s).currency
        now = ctx.now()
        return [_info(u, currency, now) for u in s.scalars(select(User).order_by(User.username))]
