"""Resolving a case, and the approval of credits above the asker's limit.

``resolve_case`` records the remedy chosen; a credit remedy within the actor's limits (per case, and an agent's
daily total) issues a voucher at once and resolves the case; above them, or for a flagged customer, it becomes
an approval request and the case waits in ``awaiting_approval``. A supervisor approves (possibly less) or
rejects with a reason; nobody decides on their own request; unanswered requests expire after
``approvals.expiry_days``. Every step is on the case's timeline and in the audit log.

One job per module: :mod:`~app.services.approvals.requests` (the requests as read, and their expiry),
:mod:`~app.services.approvals.resolving` (resolving a case), :mod:`~app.services.approvals.deciding` (approve,
reject, withdraw). They stand on the cases' records, remedies, credit and the case-credit rules, and nothing
below imports them. While a request is pending the case's status moves only here (approve, reject, withdraw,
expire). Callers import the names from here.
"""

from __future__ import annotations

from app.services.approvals.deciding import approve, check_approval, reject, withdraw
from app.services.approvals.requests import RequestInfo, list_requests, request_info, request_infos
from app.services.approvals.resolving import Resolution, resolve_case, who_can_approve
from app.services.case_credit import CREDIT_REMEDIES

__all__ = [
    "CREDIT_REMEDIES",
    "RequestInfo",
    "Resolution",
    "approve",
    "check_approval",
    "list_requests",
    "reject",
    "request_info",
    "request_infos",
    "resolve_case",
    "who_can_approve",
    "withdraw",
]
