"""Shop settings of the paper documents and the mail that carries them: letterhead images, handwriting, SMTP.

Declared once here and added to the shop's settings registry on import, so ``rimedio settings show|set`` and
the settings screen know them. The SMTP password is never a setting: it lives in the system keyring (account
``smtp:<user>@<host>``, see :func:`smtp_keyring_account`). This module must never do I/O — whether a logo file
exists is checked by the service that prints.
"""

from __future__ import annotations

from decimal import Decimal

from app.domain.settings_registry import SettingSpec, register
from app.errors import ValidationError

SMTP_SECURITY = ("starttls", "ssl", "none")

DOCUMENT_SPECS: list[SettingSpec] = [
    SettingSpec(
        "shop.logo_path", "text", "", "Logo image (PNG or JPEG) printed on notes, vouchers and case sheets."
    ),
    SettingSpec(
        "shop.signature_path",
        "text",
        "",
        "Signature image under every note, unless the agent has their own (rimedio print signature).",
    ),
    SettingSpec(
        "documents.handwriting",
        "int",
        "1",
        "Notes in the handwriting face: 1 = yes, 0 = plain type.",
        Decimal(0),
        Decimal(1),
    ),
    SettingSpec(
        "smtp.host", "text", "", "Mail server that sends notes and vouchers to customers (empty: no mail)."
    ),
    SettingSpec(
        "smtp.port",
        "int",
        "587",
        "Port of the mail server (587 STARTTLS, 465 SSL, 25 local relay).",
        Decimal(1),
        Decimal(65535),
    ),
    SettingSpec(
        "smtp.security", "text", "starttls", "Connection security: starttls, ssl or none (local relay only)."
    ),
    SettingSpec(
        "smtp.user", "text", "", "User name on the mail server (empty: no login). Password in the keyring."
    ),
    SettingSpec("smtp.sender", "text", "", "From address of mails to customers (empty: shop.email)."),
]

register(DOCUMENT_SPECS)


def check_security(value: str) -> str:
    """``STARTTLS`` → ``starttls``; anything but starttls, ssl or none is refused."""
    key = (value or "").strip().lower()
    if key not in SMTP_SECURITY:
        raise ValidationError(
            "smtp.security: choose one of {choices}, not {value}.",
            choices=", ".join(SMTP_SECURITY),
            value=value,
        )
    return key


def smtp_keyring_account(user: str, host: str) -> str:
    """Where the SMTP password is kept in the keyring: ``smtp:<user>@<host>``."""
    return f"smtp:{user.strip()}@{host.strip().lower()}"


def template_key(kind: str, lang: str) -> str:
    """The settings row of a template override: ``template.<kind>.<lang>``."""
    return f"template.{kind}.{lang}"


def signature_key(user_id: int) -> str:
    """The settings row of one user's own signature image."""
    return f"signature.user.{user_id}"
