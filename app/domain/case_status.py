"""The life of a case as an explicit state machine: which status may follow which, and nothing else.

A move that is not listed is refused with a message that names both statuses, so a screen or a script can
never put a case into a state the team did not agree on.
"""

from __future__ import annotations

from app.domain.enums import CaseStatus as S
from app.errors import Conflict

TRANSITIONS: dict[S, frozenset[S]] = {
    S.NEW: frozenset({S.PROPOSED, S.AWAITING_APPROVAL, S.AWAITING_CUSTOMER, S.RESOLVED, S.CLOSED}),
    S.PROPOSED: frozenset({S.NEW, S.AWAITING_APPROVAL, S.AWAITING_CUSTOMER, S.RESOLVED, S.CLOSED}),
    S.AWAITING_APPROVAL: frozenset({S.PROPOSED, S.AWAITING_CUSTOMER, S.RESOLVED}),
    S.AWAITING_CUSTOMER: frozenset({S.PROPOSED, S.AWAITING_APPROVAL, S.RESOLVED, S.CLOSED}),
    S.RESOLVED: frozenset({S.CLOSED, S.PROPOSED}),
    S.CLOSED: frozenset({S.PROPOSED}),
}

#: Statuses in which the case is still being worked on (the inbox shows these by default).
OPEN_STATUSES: frozenset[S] = frozenset({S.NEW, S.PROPOSED, S.AWAITING_APPROVAL, S.AWAITING_CUSTOMER})

#: Open statuses whose deadline clock runs. While a case waits for the customer its clock stands still (the
#: deadline moves by the business time it waited when the case moves on), so a paused case is never overdue.
RUNNING_STATUSES: frozenset[S] = OPEN_STATUSES - {S.AWAITING_CUSTOMER}


def can_move(current: S, target: S) -> bool:
    return target in TRANSITIONS[current]


def check_move(current: S, target: S) -> None:
    """Raise :class:`Conflict` unless ``current`` → ``target`` is allowed."""
    if current == target:
        raise Conflict("The case is already {status}.", status=current.value)
    if not can_move(current, target):
        allowed = ", ".join(sorted(s.value for s in TRANSITIONS[current])) or "-"
        raise Conflict(
            "A case that is {current} cannot become {target} (possible: {allowed}).",
            current=current.value,
            target=target.value,
            allowed=allowed,
        )
