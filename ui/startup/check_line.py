"""What a connection test shows in the desktop's dialogs: ``rimedio db check``'s one line, and its tone.

One place for both the Profiles tab and *This computer*: a database that holds no Rimedio tables yet is not a
fault there, because the desktop sets it up when it opens it (the command line asks for ``rimedio init``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.db_check import DbCheck


def check_said(found: DbCheck) -> tuple[str, str]:
    """The line to show for ``found`` and its palette role (``success`` or ``error``)."""
    if found.code == "empty":
        text = QCoreApplication.translate(
            "ConnectionCheck",
            "%1 holds no Rimedio database yet: Rimedio sets one up there when it opens it.",
        )
        return text.replace("%1", found.database), "success"
    return found.line, "success" if found.ok else "error"
