"""Work-arounds for bugs of the Qt binding, applied once when the application is made.

PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so every signal
emitted from Python code takes one reference away from ``True`` (6.11 does not). On Python 3.12 and later ``True``
is immortal and nothing happens. On 3.11 its count falls by one for each emit — the runner emits one for every
background call — and when it reaches zero the interpreter aborts ("Fatal Python error: bool_dealloc: deallocating
True or False"): at exit after a busy run, in the middle of a long session otherwise.

:func:`keep_true_alive` gives ``True`` what Python 3.12 gives it: so many references that no number of emits uses
them up. ``True`` is a static object that is never freed, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

#: The count Python 3.12 gives its immortal objects on 64-bit builds (``_Py_IMMORTAL_REFCNT``).
IMMORTAL = (1 << 32) - 1

_done = False


def keep_true_alive() -> bool:
    """Make ``True`` as good as immortal on CPython before 3.12 (once per process); whether it was done now."""
    global _done
    if (
        _done
        or sys.implementation.name != "cpython"
        or sys.version_info >= (3, 12)
        or hasattr(sys, "gettotalrefcount")  # a debug build: the count is not the object's first field there
    ):
        return False
    # ob_refcnt is the first field of every object in a release build of CPython; id() is the object's address.
    # The interpreter holds the GIL here, so no other thread changes the count under us.
    ctypes.c_ssize_t.from_address(id(True)).value += IMMORTAL
    _done = True
    return True
