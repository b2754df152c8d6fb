"""The inbox's one read: a page of cases and how many match, answered at start-up by the quick reader when it can.

The desktop's first window imports this module (and :mod:`app.services.case_rows`) without SQLAlchemy (a quick
start, issue 6); :mod:`app.services.cases` — the ORM queries — is imported by :func:`case_page` when a page needs
it, on the caller's worker thread. ``cases`` never imports this module, so the dependency points one way.
"""

from __future__ import annotations

from app.domain.permissions import Permission
from app.services.case_rows import CaseFilter, CaseRow
from app.services.context import ServiceContext


def prefetched_case_page(
    ctx: ServiceContext,
    flt: CaseFilter,
    *,
    offset: int,
    limit: int,
    sort: str = "id",
    descending: bool = True,
    with_total: bool = False,
) -> tuple[int | None, list[CaseRow]] | None:
    """The page the desktop's start-up read ahead for exactly this request (once), so the first window is painted
    with its cases; ``None`` otherwise — then :func:`case_page` on a worker thread."""
    take = getattr(ctx.db, "take_prefetched_case_page", None)
    if take is None or not ctx.actor.can(Permission.CASE_READ):
        return None
    page: tuple[int | None, list[CaseRow]] | None = take(
        ctx.actor, flt, offset, limit, sort, descending, with_total
    )  # DeferredDatabase.take_prefetched_case_page
    return page


def case_page(
    ctx: ServiceContext,
    flt: CaseFilter,
    *,
    offset: int,
    limit: int,
    sort: str = "id",
    descending: bool = True,
    with_total: bool = False,
) -> tuple[int | None, list[CaseRow]]:
    """One page of cases and, when asked, how many match in all — the inbox's one read.

    While the session's database is still being opened (:class:`~app.services.quick_start.DeferredDatabase`) its
    start-up reader answers the plain filters; otherwise, and for everything else, ``cases.count_cases`` and
    ``cases.list_cases`` (imported here, on the caller's worker thread, not with the first window)."""
    ctx.require(Permission.CASE_READ)
    quick = getattr(ctx.db, "quick_case_page", None)
    if quick is not None:
        page: tuple[int | None, list[CaseRow]] | None = quick(
            ctx.actor, flt, offset, limit, sort, descending, with_total
        )  # DeferredDatabase.quick_case_page
        if page is not None:
            return page
    from app.services import cases

    total = cases.count_cases(ctx, flt) if with_total else None
    return total, cases.list_cases(ctx, flt, limit=limit, offset=offset, sort=sort, descending=descending)


__all__ = ["case_page", "prefetched_case_page"]
