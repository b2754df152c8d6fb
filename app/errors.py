"""The small family of errors a user may see.

Services raise these for every *known* refusal (bad input, missing rights, a conflict, an unreachable database).
The CLI prints ``message`` and exits 1; the desktop client shows it in a dialog. Anything that is not a
``RimedioError`` is a bug and is reported with its traceback.
"""

from __future__ import annotations

from typing import Any

from app.i18n import translate


class RimedioError(Exception):
    """A refusal with a message meant for the user.

    ``msgid`` is the English text with ``{placeholders}``; it is translated to the user's language when the
    message is read, so a service never needs to know who is looking.
    """

    code = "error"

    def __init__(self, msgid: str, **params: Any) -> None:
        self.msgid = msgid
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return translate(self.msgid, **self.params)

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class ValidationError(RimedioError):
    """Input that cannot be accepted (a bad amount, an empty summary, an unknown kind)."""

    code = "invalid"


class NotFound(RimedioError):
    """Something the user named does not exist (an order number, a case id, a voucher code)."""

    code = "not_found"


class PermissionDenied(RimedioError):
    """The acting user's role or limits do not allow this."""

    code = "forbidden"


class AuthenticationFailed(RimedioError):
    """Unknown user, wrong password or a locked account."""

    code = "auth"


class PasswordChangeRequired(AuthenticationFailed):
    """The password was right, but it is a temporary one an administrator set: it serves only to choose one's own."""

    code = "password_change_required"


class Conflict(RimedioError):
    """Someone else changed the same thing first, or the state does not allow the move."""

    code = "conflict"


class StorageError(RimedioError):
    """The database cannot be reached or used: server down, wrong password, not a database, too new."""

    code = "storage"


class MissingInput(ValidationError):
    """A value the call needs was not given. ``field`` names it (``"amount"``, ``"expires"``, ``"mapping"``,
    ``"customers"``) so each client words its own hint: the CLI names its flag, the window its field — a service
    never speaks of flags."""

    def __init__(self, field: str, msgid: str, **params: Any) -> None:
        self.field = field
        super().__init__(msgid, **params)
