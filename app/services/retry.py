"""A transaction that lost a deadlock or a serialization check is run again, a bounded number of times.

PostgreSQL breaks a lock cycle by failing one of its transactions (``40P01`` deadlock detected) and refuses a
serializable transaction that would break its guarantee (``40001``); either way nothing of that transaction was
kept, so running the whole service call again is safe and usually succeeds at once. The user never sees these
errors unless they persist through :data:`ATTEMPTS` tries (then the call fails as before, with the reason).

:func:`retried` wraps a service function that opens its own ``ctx.db.write()`` transaction(s) and has no side
effect outside the database before its last commit. A retried call made inside another retried call is not
retried by itself: the outer call is the unit that runs again.
"""

from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

#: tries in all (the first and the repeats)
ATTEMPTS = 5
#: SQLSTATEs of a transaction that was rolled back only to break a conflict
RETRYABLE_STATES = frozenset({"40P01", "40001"})

_inside: ContextVar[bool] = ContextVar("rimedio_retry_inside", default=False)
#: how many calls were run again since the process started (the load test reports it)
retries_done = 0

P = ParamSpec("P")
R = TypeVar("R")


def is_retryable(exc: BaseException) -> bool:
    """Whether ``exc`` (or what it was raised from) is a deadlock or a serialization failure."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        orig = current.orig if isinstance(current, DBAPIError) else current
        if getattr(orig, "sqlstate", None) in RETRYABLE_STATES:
            return True
        current = current.__cause__ or current.__context__
    return False


def retried(fn: Callable[P, R]) -> Callable[P, R]:
    """Run ``fn`` again (up to :data:`ATTEMPTS` in all, with a short random pause) when its transaction was
    chosen as a deadlock's victim or failed a serialization check."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if _inside.get():
            return fn(*args, **kwargs)
        token = _inside.set(True)
        try:
            for attempt in range(1, ATTEMPTS + 1):
                try:
                    return fn(*args, **kwargs)
                except Exception as exc:
                    if attempt == ATTEMPTS or not is_retryable(exc):
                        raise
                    global retries_done
                    retries_done += 1
                    log.info(
                        "%s: transaction conflict, running it again (try %d)", fn.__qualname__, attempt + 1
                    )
                    time.sleep(random.uniform(0.005, 0.02) * 2**attempt)
            raise AssertionError("unreachable")  # pragma: no cover
        finally:
            _inside.reset(token)

    return wrapper
