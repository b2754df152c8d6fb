"""``rimedio case resolve`` and ``rimedio approvals list|approve|reject|withdraw``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.cli.groups import group
from app.cli.output import print_json, print_table
from app.cli.words import word
from app.domain.enums import Remedy
from app.i18n import current_language, translate

if TYPE_CHECKING:
    from app.services.approvals import RequestInfo


def register(sub, common) -> None:
    c = group(sub, "case")
    r = c.add_parser(
        "resolve", parents=[common()], help="resolve a case with a remedy (credit may need approval)"
    )
    r.add_argument("id", type=int)
    r.add_argument("--remedy", required=True, help=", ".join(m.value for m in Remedy))
    r.add_argument("--amount", help="credit or refund amount, e.g. 12.50")
    r.add_argument("--reason", default="", help="a word for the timeline and the approver")
    r.add_argument("--version", type=int, help="refuse if the case changed since this version")
    r.set_defaults(handler=cmd_resolve)
    a = group(sub, "approvals")
    ls = a.add_parser(
        "list", parents=[common()], help="approval requests (supervisors: all; agents: their own)"
    )
    ls.add_argument(
        "--status", default="pending", help="pending, approved, rejected, expired, withdrawn or all"
    )
    ls.set_defaults(handler=cmd_list)
    ap = a.add_parser("approve", parents=[common()], help="approve a request, possibly for less")
    ap.add_argument("id", type=int)
    ap.add_argument("--amount", help="approve this much instead of what was asked")
    ap.add_argument("--reason", default="")
    ap.set_defaults(handler=cmd_approve)
    rj = a.add_parser("reject", parents=[common()], help="reject a request with the reason")
    rj.add_argument("id", type=int)
    rj.add_argument("--reason", required=True)
    rj.set_defaults(handler=cmd_reject)
    wd = a.add_parser(
        "withdraw", parents=[common()], help="take back a pending request (who asked, or a supervisor)"
    )
    wd.add_argument("id", type=int)
    wd.add_argument("--reason", default="")
    wd.set_defaults(handler=cmd_withdraw)


def request_json(r: RequestInfo) -> dict:
    return {
        "id": r.id,
        "case": r.case_id,
        "customer": r.customer,
        "remedy": r.remedy,
        "amount": r.amount,
        "currency": r.amount.currency,
        "reason": r.reason,
        "why": list(r.why),
        "status": r.status,
        "requested_by": r.requested_by,
        "requested_at": r.requested_at,
        "expires_at": r.expires_at,
        "decided_by": r.decided_by,
        "decided_at": r.decided_at,
        "approved": r.approved,
        "decision_reason": r.decision_reason,
        "voucher": r.voucher,
    }


def cmd_resolve(app, args) -> int:
    from app.services import approvals

    res = approvals.resolve_case(
        app.ctx, args.id, args.remedy, args.amount, reason=args.reason, expected_version=args.version
    )
    if app.json:
        print_json(
            {
                "status": res.status,
                "voucher": res.voucher,
                "approvers": list(res.approvers),
                "given_before": res.given_before.plain() if res.given_before is not None else None,
            }
        )
        return 0
    if res.given_before is not None and res.given_before.minor:
        print(
            translate(
                "Already given on case {id}: {amount}.",
                id=res.case_id,
                amount=res.given_before.format(current_language()),
            )
        )
    if res.request_id is not None:
        print(
            translate(
                "Case {id} awaits approval (request {request}).", id=res.case_id, request=res.request_id
            )
        )
        print(translate("Who can approve it: {names}.", names=", ".join(res.approvers)))
    elif res.voucher:
        print(translate("Case {id} resolved; voucher {code}.", id=res.case_id, code=res.voucher))
    else:
        print(translate("Case {id} resolved.", id=res.case_id))
    return 0


def cmd_list(app, args) -> int:
    from app.services import approvals

    status = None if args.status == "all" else args.status
    rows = approvals.list_requests(app.ctx, status)
    if app.json:
        print_json([request_json(r) for r in rows])
        return 0
    print_table(
        ["id", "case", "customer", "asked", "approved", "why", "by", "status", "expires", "reason"],
        [
            (
                r.id,
                r.case_id,
                r.customer,
                r.amount,
                r.approved,
                ",".join(r.why),
                r.requested_by,
                word("request_statuses", r.status),
                r.expires_at,
                r.decision_reason or r.reason,
            )
            for r in rows
        ],
        max_width=40,
    )
    return 0


def cmd_approve(app, args) -> int:
    from app.services import approvals

    r = approvals.approve(app.ctx, args.id, args.amount, reason=args.reason)
    if app.json:
        print_json(request_json(r))
    else:
        print(
            translate(
                "Request {id} approved: {amount}, voucher {code}.",
                id=r.id,
                amount=f"{r.approved.plain()} {r.amount.currency}" if r.approved else "-",
                code=r.voucher,
            )
        )
    return 0


def cmd_reject(app, args) -> int:
    from app.services import approvals

    r = approvals.reject(app.ctx, args.id, reason=args.reason)
    if app.json:
        print_json(request_json(r))
    else:
        print(translate("Request {id} rejected.", id=r.id))
    return 0


def cmd_withdraw(app, args) -> int:
    from app.services import approvals

    r = approvals.withdraw(app.ctx, args.id, reason=args.reason)
    if app.json:
        print_json(request_json(r))
    else:
        print(translate("Request {id} withdrawn; case {case} is proposed again.", id=r.id, case=r.case_id))
    return 0
