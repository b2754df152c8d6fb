"""The desktop's first step, taken before Qt's widgets and the screens are loaded: check the login on the side.

Why: on the embedded SQLite file a login is one ``sqlite3`` read and one argon2 check (about a tenth of a second
of work that runs without holding the interpreter), and loading the widgets and screens takes longer than that.
Started first, on its own thread, the check is done by the time the main window can be built (issue 6: the inbox
painted within 3× a bare Qt start). What it finds is only a head start: :class:`ui.application.Startup` takes the
normal path whenever :func:`check` gives nothing (see :mod:`app.services.quick_start`).
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.config import database_url
from ui import prefs

if TYPE_CHECKING:
    from app.services.context import Actor
    from app.services.quick_start import QuickReader

#: The start-up reader (``None``: take the normal path), the user if the password was right, and the pages read
#: ahead for that user (``DeferredDatabase(prefetched=…)``).
Found = tuple["QuickReader | None", "Actor | None", dict]


def chosen_url(explicit: str | None) -> str:
    """``--db``, then ``RIMEDIO_DB``, then this workstation's connection settings, then the embedded file."""
    return database_url(explicit or os.environ.get("RIMEDIO_DB") or prefs.connection_url(prefs.connection()))


def login_from_environment() -> tuple[str, str] | None:
    """``RIMEDIO_USER`` and ``RIMEDIO_PASSWORD``, as the command line reads them, when both are set."""
    user, password = os.environ.get("RIMEDIO_USER"), os.environ.get("RIMEDIO_PASSWORD")
    return (user, password) if user and password else None


def check(url: str, login: tuple[str, str] | None) -> Found:
    """The start-up reader of ``url`` and, given a login, its user if the password is right (``None``: let the
    normal login decide and count the failure) with the inbox's first page read ahead."""
    from app.services.case_rows import INBOX_START
    from app.services.quick_start import open_reader, page_key

    reader = open_reader(url)
    if reader is None or not reader.has_users():
        if reader is not None:
            reader.close()
        return None, None, {}
    actor = reader.check_login(*login) if login else None
    if actor is None:
        return reader, None, {}
    page = reader.case_page(actor, *INBOX_START)
    return reader, actor, ({page_key(actor, *INBOX_START): page} if page is not None else {})


@dataclass(frozen=True)
class EarlyStart:
    """A :func:`check` under way for ``url`` with ``login``."""

    url: str
    login: tuple[str, str] | None
    future: Future[Found]

    def result(self) -> Found:
        return self.future.result()


def begin(explicit_url: str | None) -> EarlyStart:
    """Start :func:`check` on a thread of its own and return at once."""
    url, login = chosen_url(explicit_url), login_from_environment()
    # What the check needs is loaded here, on the calling thread: while the check runs (sqlite3 and argon2, which
    # let go of the interpreter) this thread goes on loading Qt and the screens. Two threads importing at once
    # wait on each other (import lock, interpreter) far longer than the same imports one after the other.
    from app.services import quick_start

    quick_start.prepare(url)
    future: Future[Found] = Future()

    def work() -> None:
        try:
            future.set_result(check(url, login))
        except BaseException as exc:  # handed to whoever waits for it
            future.set_exception(exc)

    threading.Thread(target=work, name="rimedio-early-login", daemon=True).start()
    return EarlyStart(url, login, future)
