"""What a case's timeline says about its remedy: the latest recorded proposal, the approval request it waits on,
the voucher it was given."""

from __future__ import annotations

from typing import Any

from app.domain.enums import CaseStatus, EventType
from app.services.cases import CaseDetail


def latest_proposal(case: CaseDetail) -> dict[str, Any] | None:
    for event in reversed(sorted(case.events, key=lambda e: (e.at, e.id))):
        if (
            event.type == EventType.PROPOSAL.value
            and event.data
            and isinstance(event.data.get("options"), list)
        ):
            return event.data
    return None


def pending_request_of(case: CaseDetail) -> int | None:
    """The id of the request the case waits on (its latest ``approval_requested`` event), while it waits."""
    if CaseStatus(case.status) != CaseStatus.AWAITING_APPROVAL:
        return None
    for event in reversed(sorted(case.events, key=lambda e: (e.at, e.id))):
        if event.type == EventType.APPROVAL_REQUESTED.value:
            request = (event.data or {}).get("request")
            return int(request) if isinstance(request, int) else None
    return None


def voucher_of(case: CaseDetail) -> str:
    """The code of the case's latest voucher (from its ``credit_issued`` event), or ''."""
    for event in reversed(sorted(case.events, key=lambda e: (e.at, e.id))):
        if event.type == EventType.CREDIT_ISSUED.value:
            return str((event.data or {}).get("code") or event.text or "")
    return ""
