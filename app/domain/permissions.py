"""Who may do what. The services ask :func:`allowed`; screens only use it to grey out what would be refused."""

from __future__ import annotations

from enum import StrEnum

from app.domain.enums import Role


class Permission(StrEnum):
    CASE_READ = "case.read"
    CASE_WRITE = "case.write"
    CUSTOMER_READ = "customer.read"
    CUSTOMER_WRITE = "customer.write"
    CREDIT_GRANT = "credit.grant"
    CREDIT_REDEEM = "credit.redeem"
    CREDIT_ADMIN = "credit.admin"
    APPROVE = "approve"
    REPORTS = "reports"
    SETTINGS_WRITE = "settings.write"
    USERS_MANAGE = "users.manage"
    IMPORT = "import"
    EXPORT = "export"
    AUDIT = "audit"


_AGENT = frozenset(
    {
        Permission.CASE_READ,
        Permission.CASE_WRITE,
        Permission.CUSTOMER_READ,
        Permission.CUSTOMER_WRITE,
        Permission.CREDIT_GRANT,
        Permission.CREDIT_REDEEM,
    }
)
_SUPERVISOR = _AGENT | {Permission.APPROVE, Permission.REPORTS, Permission.EXPORT, Permission.CREDIT_ADMIN}
_ADMIN = _SUPERVISOR | {
    Permission.SETTINGS_WRITE,
    Permission.USERS_MANAGE,
    Permission.IMPORT,
    Permission.AUDIT,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.AGENT: _AGENT,
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMIN: frozenset(_ADMIN),
}


def allowed(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]
