"""Background work for the desktop client: a service call runs on a thread pool, its result comes back by signal.

Every service call that may take longer than a frame goes through a :class:`Runner`. The call runs on a worker
thread (each service call opens its own database session there, so sessions never cross threads); its result or
its :class:`~app.errors.RimedioError` is delivered on the GUI thread. A :class:`Job` can be cancelled: its
callbacks are then never called, which is how views discard stale search results. Tests use
:class:`SyncRunner`, which does the same work at once, so stories run in a fixed order.

Never call a widget from ``fn``: it runs on a worker thread.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import RimedioError

log = logging.getLogger(__name__)

T = TypeVar("T")
#: What is called with the call's result, and with its refusal (what they return is not used).
Done = Callable[[Any], object]
Failed = Callable[[RimedioError], object]


class Job:
    """A handle on one submitted call: ``cancel()`` drops its result; ``cancelled`` can be polled by long work."""

    def __init__(self, done: Done | None, failed: Failed | None) -> None:
        self._done = done
        self._failed = failed
        self._cancel = threading.Event()
        self.finished = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def deliver(self, ok: bool, value: Any) -> None:
        """Called on the GUI thread with the outcome of the call."""
        self.finished = True
        if self.cancelled:
            return
        if ok:
            if self._done is not None:
                self._done(value)
        elif isinstance(value, RimedioError):
            if self._failed is not None:
                self._failed(value)
            else:
                report_refusal(value)
        else:  # a bug: let the crash dialog see it, on the GUI thread
            sys.excepthook(type(value), value, value.__traceback__)


def report_refusal(error: RimedioError) -> None:
    """Fallback for refusals nobody handles: logged; a view normally shows them itself."""
    log.warning("unhandled refusal: %s", error.message)


class Runner(QObject):
    """Interface: ``submit(fn, *args, done=…, failed=…) -> Job``."""

    def submit(
        self,
        fn: Callable[..., T],
        *args: Any,
        done: Callable[[T], object] | None = None,
        failed: Failed | None = None,
        **kwargs: Any,
    ) -> Job:
        raise NotImplementedError

    def wait_idle(self, msecs: int = -1) -> bool:
        return True


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call back to the GUI thread."""

    outcome = Signal(bool, object)


class _Task(QRunnable):
    def __init__(self, job: Job, relay: _Relay, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job, self.relay, self.fn, self.args, self.kwargs = job, relay, fn, args, kwargs

    def run(self) -> None:
        if self.job.cancelled:
            self.relay.outcome.emit(True, None)
            return
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, bugs included
            self.relay.outcome.emit(False, exc)
        else:
            self.relay.outcome.emit(True, value)


class ThreadPoolRunner(Runner):
    """The real runner: a private pool, so a slow query never starves Qt's global pool."""

    def __init__(self, parent: QObject | None = None, threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    def submit(
        self,
        fn: Callable[..., T],
        *args: Any,
        done: Callable[[T], object] | None = None,
        failed: Failed | None = None,
        **kwargs: Any,
    ) -> Job:
        job = Job(done, failed)
        relay = _Relay()
        self._relays.add(relay)

        def arrive(ok: bool, value: Any, relay: _Relay = relay) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            job.deliver(ok, value)

        relay.outcome.connect(arrive)
        self.pool.start(_Task(job, relay, fn, args, kwargs))
        return job

    def wait_idle(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)


class SyncRunner(Runner):
    """For tests: the call runs at once on the calling thread and its callbacks are called before ``submit`` returns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calls = 0

    def submit(
        self,
        fn: Callable[..., T],
        *args: Any,
        done: Callable[[T], object] | None = None,
        failed: Failed | None = None,
        **kwargs: Any,
    ) -> Job:
        self.calls += 1
        job = Job(done, failed)
        try:
            value = fn(*args, **kwargs)
        except RimedioError as exc:
            job.deliver(False, exc)
        else:
            job.deliver(True, value)
        return job
