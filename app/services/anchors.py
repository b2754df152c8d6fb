"""Anchors: the audit chain's end, signed with a key that never enters the database.

The chain (:mod:`app.services.audit`) finds a row changed or removed, but whoever may rewrite the tables may
also recompute every hash after the change. An anchor — the last entry's id and hash, the number of entries and
the time, signed with HMAC-SHA256 under a key kept only in the admins' keyrings (or ``RIMEDIO_ANCHOR_KEY``) —
is kept *outside* the database: printed on the monthly report, mailed to the accountant, stored with the
backup. ``rimedio audit verify --anchor FILE`` then proves that the log still holds, unchanged, every entry up
to the anchored one: a rewritten history no longer ends on the anchored hash, a cut one no longer reaches it,
and a forged anchor does not carry the key's signature.

The key is 32 random bytes (URL-safe base64 in the keyring, account ``audit-anchor-key``); HMAC from the
standard library (``hmac``, ``hashlib``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.domain.audit_chain import canonical_json
from app.domain.permissions import Permission
from app.errors import ValidationError
from app.services.audit import check_head
from app.services.context import ServiceContext
from app.store.models import AuditLog

KEY_ACCOUNT = "audit-anchor-key"
KEY_ENV = "RIMEDIO_ANCHOR_KEY"
FORMAT = "rimedio-audit-anchor/1"


@dataclass(frozen=True)
class Anchor:
    """The chain's end at one moment. ``signature`` is ``None`` when no key was at hand (a report printed by a
    supervisor): such an anchor says what the log was, but proves nothing by itself."""

    last_id: int
    head: str
    entries: int
    at: str
    database: str
    key_id: str | None = None
    signature: str | None = None

    def payload(self) -> bytes:
        return canonical_json(
            {
                "format": FORMAT,
                "last_id": self.last_id,
                "head": self.head,
                "entries": self.entries,
                "at": self.at,
                "database": self.database,
            }
        )

    def to_text(self) -> str:
        return json.dumps({"format": FORMAT, **asdict(self)}, indent=2, ensure_ascii=False) + "\n"

    def lines(self) -> list[str]:
        """The anchor for paper: its file, line by line, so it can be typed back in whole."""
        return self.to_text().splitlines()

    def signed_here(self) -> bool:
        """Whether this computer's anchor key signed the anchor (``audit.verify`` asks); refused when this
        computer has no key to check it with."""
        key = anchor_key()
        if key is None:
            raise ValidationError(
                "No anchor key on this computer to check the anchor's signature: add the "
                "shop's with `rimedio audit anchor --import-key`."
            )
        return signature_ok(self, key)


def _decode(text: str) -> bytes:
    try:
        key = base64.urlsafe_b64decode(text.strip() + "=" * (-len(text.strip()) % 4))
    except (binascii.Error, ValueError):
        key = b""
    if len(key) < 32:
        raise ValidationError("The anchor key is not a Rimedio anchor key (32 bytes in base64).")
    return key


def anchor_key() -> bytes | None:
    """This admin's anchor key: ``RIMEDIO_ANCHOR_KEY``, else the keyring; ``None`` when neither has one."""
    text = os.environ.get(KEY_ENV)
    if not text:
        from app.secrets_store import get_secret

        text = get_secret(KEY_ACCOUNT)
    return _decode(text) if text else None


def new_key(ctx: ServiceContext) -> str:
    """Make a new anchor key and keep it in this computer's keyring; returned once, for the other admins."""
    ctx.require(Permission.AUDIT)
    from app.secrets_store import set_secret

    text = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")
    set_secret(KEY_ACCOUNT, text)
    return text


def import_key(ctx: ServiceContext, text: str) -> str:
    """Keep another admin's anchor key in this computer's keyring; returns its id."""
    ctx.require(Permission.AUDIT)
    from app.secrets_store import set_secret

    key = _decode(text)
    set_secret(KEY_ACCOUNT, text.strip())
    return key_id(key)


def key_id(key: bytes) -> str:
    """A short name of a key (not a secret): which key signed an anchor."""
    return hashlib.sha256(b"rimedio-anchor-key\n" + key).hexdigest()[:12]


def _signature(key: bytes, anchor: Anchor) -> str:
    return hmac.new(key, anchor.payload(), hashlib.sha256).hexdigest()


def _current(ctx: ServiceContext) -> Anchor:
    with ctx.db.read() as s:
        last_id, head = check_head(s)
        entries = int(s.scalar(select(func.count(AuditLog.id))) or 0)
    return Anchor(last_id, head, entries, ctx.now().replace(microsecond=0).isoformat(), ctx.db.description)


def make_anchor(ctx: ServiceContext) -> Anchor:
    """The chain's end now, signed (admins with the anchor key). Refused when the log was tampered with."""
    ctx.require(Permission.AUDIT)
    key = anchor_key()
    if key is None:
        raise ValidationError(
            "No anchor key on this computer: create one with `rimedio audit anchor --new-key` "
            "(once per shop) or add the shop's with `rimedio audit anchor --import-key`."
        )
    anchor = _current(ctx)
    unsigned = Anchor(**{**asdict(anchor), "key_id": key_id(key)})
    return Anchor(**{**asdict(unsigned), "signature": _signature(key, unsigned)})


def for_report(ctx: ServiceContext) -> Anchor:
    """The anchor printed on a report: signed when this computer has the key, else unsigned."""
    ctx.require(Permission.REPORTS)
    anchor = _current(ctx)
    key = anchor_key()
    if key is None:
        return anchor
    unsigned = Anchor(**{**asdict(anchor), "key_id": key_id(key)})
    return Anchor(**{**asdict(unsigned), "signature": _signature(key, unsigned)})


def signature_ok(anchor: Anchor, key: bytes) -> bool:
    return (
        bool(anchor.signature)
        and anchor.key_id == key_id(key)
        and hmac.compare_digest(anchor.signature or "", _signature(key, anchor))
    )


def write_anchor(anchor: Anchor, path: str | Path) -> Path:
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    tmp.write_text(anchor.to_text(), encoding="utf-8")
    os.replace(tmp, target)
    return target


def read_anchor(path: str | Path) -> Anchor:
    """An anchor file as written by ``rimedio audit anchor --out``; a clear refusal for anything else."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.pop("format", None) != FORMAT:
            raise ValueError("format")
        anchor = Anchor(**data)
        if not isinstance(anchor.last_id, int) or not isinstance(anchor.head, str) or len(anchor.head) != 64:
            raise ValueError("fields")
        return anchor
    except FileNotFoundError as exc:
        raise ValidationError("There is no file {path}.", path=str(path)) from exc
    except (OSError, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise ValidationError("{path} is not an audit anchor written by Rimedio.", path=str(path)) from exc
