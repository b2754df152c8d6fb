"""Cases: open one from an order, read it with its timeline, list and search, note, move its status, edit safely.

One job per module: :mod:`~app.services.cases.opening` (a new case, its lines and deadlines),
:mod:`~app.services.cases.detail` (a case with its timeline), :mod:`~app.services.cases.listing` (the list and its
count), :mod:`~app.services.cases.changes` (notes, events, status moves, edits). They stand on
:mod:`app.services.case_records` (the in-transaction helpers other services use too), the assignment rule and the
remedies' proposal; nothing below imports this package. Callers import the names from here.
"""

from __future__ import annotations

from app.services.case_rows import CaseFilter, CaseRow
from app.services.cases.changes import MAX_NOTE, add_event, add_note, change_status, update_case
from app.services.cases.detail import CaseDetail, CaseLineInfo, EventInfo, get_case, load_case
from app.services.cases.listing import SORTS, count_cases, list_cases
from app.services.cases.opening import MAX_DESCRIPTION, MAX_SUMMARY, case_search_text, open_case
from app.services.orders import normalize_order_number

__all__ = [
    "MAX_DESCRIPTION",
    "MAX_NOTE",
    "MAX_SUMMARY",
    "SORTS",
    "CaseDetail",
    "CaseFilter",
    "CaseLineInfo",
    "CaseRow",
    "EventInfo",
    "add_event",
    "add_note",
    "case_search_text",
    "change_status",
    "count_cases",
    "get_case",
    "list_cases",
    "load_case",
    "normalize_order_number",
    "open_case",
    "update_case",
]
