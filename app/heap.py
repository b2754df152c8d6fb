"""The garbage collector set for a long-running workstation, once it has started.

Why: the cyclic collector's full passes walk every object the process holds, and a desktop client holds a great
many that live as long as it does (modules, Qt wrappers, SQLAlchemy's mappers and compiled statements). On a busy
desk such a pass took ~80 ms in the middle of an agent's click, and the young generation's passes about 5 % of the
CPU of a day's calls (``tests/benchmarks/bench_team.py``). Moving what exists after start-up out of the
collector's sight (:func:`gc.freeze`) and letting the young generation grow larger before a pass removes both; it
is what large Python services do after their start-up. Garbage is still collected: reference counting frees
almost everything, and the collector keeps running for the cycles made after start-up.
"""

from __future__ import annotations

import gc

#: objects allocated (less those freed) before a pass over the young generation; Python's default is 700
YOUNG_THRESHOLD = 10_000

_settled = False


def settle() -> None:
    """Once per process, after start-up: what was built so far is kept out of the collector's passes, and the
    young generation is collected less often. Later calls do nothing (a second freeze would also keep the
    objects of a window closed since, such as the login dialog, out of reach of the collector)."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
