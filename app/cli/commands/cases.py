"""``rimedio case open|show|list|note|status|edit``."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.cli.groups import group
from app.cli.output import print_fields, print_json, print_table
from app.cli.words import word
from app.domain.business_hours import paused_text
from app.i18n import translate
from app.services import cases
from app.services.cases import CaseDetail, CaseFilter, CaseRow


def register(sub, common) -> None:
    s = group(sub, "case")
    o = s.add_parser("open", parents=[common()], help="open a case for an order; prints its id")
    o.add_argument("--order", required=True, help="order number, e.g. 1001 or #1001")
    o.add_argument("--kind", required=True, help="wrong_item, damaged, missing_item, delay, complaint")
    o.add_argument("--channel", required=True, help="phone, email, chat, social, click_to_call, other")
    o.add_argument("--summary", required=True, help="what went wrong, in a few words")
    o.add_argument(
        "--line",
        action="append",
        default=[],
        metavar="SKU[:QTY]",
        help="an affected line by SKU, all of it or QTY of its pieces, e.g. CER-BOWL-S:1 (repeatable)",
    )
    o.add_argument("--wants", default="unknown", help="keep, replacement, refund, unknown")
    o.add_argument("--description", default="", help="the longer story")
    o.add_argument("--owner", help="user who owns the case (default: you)")
    o.set_defaults(handler=cmd_open)
    sh = s.add_parser("show", parents=[common()], help="a case with its timeline")
    sh.add_argument("id", type=int)
    sh.set_defaults(handler=cmd_show)
    ls = s.add_parser("list", parents=[common()], help="list and search cases, newest first")
    ls.add_argument("--status", action="append", default=[], help="filter by status (repeatable)")
    ls.add_argument("--kind", action="append", default=[], help="filter by kind (repeatable)")
    ls.add_argument("--channel", action="append", default=[], help="filter by channel (repeatable)")
    ls.add_argument("--mine", action="store_true", help="only cases you own")
    ls.add_argument(
        "--overdue",
        action="store_true",
        help="only open cases past their resolution deadline (not those waiting for the customer)",
    )
    ls.add_argument("--search", default="", help="name, e-mail, phone, order number or words of the case")
    ls.add_argument("--limit", type=int, default=50)
    ls.set_defaults(handler=cmd_list)
    n = s.add_parser("note", parents=[common()], help="add a note to the timeline")
    n.add_argument("id", type=int)
    n.add_argument("text")
    n.add_argument("--public", action="store_true", help="the note may appear on the case sheet")
    n.set_defaults(handler=cmd_note)
    st = s.add_parser("status", parents=[common()], help="move a case to another status")
    st.add_argument("id", type=int)
    st.add_argument("status")
    st.add_argument("--reason", default="")
    st.add_argument("--version", type=int, help="refuse if the case changed since this version")
    st.set_defaults(handler=cmd_status)


def row_json(r: CaseRow) -> dict:
    return {
        "id": r.id,
        "customer": r.customer_name,
        "email": r.customer_email,
        "order": r.order_number,
        "kind": r.kind,
        "channel": r.channel,
        "status": r.status,
        "owner": r.owner,
        "summary": r.summary,
        "created_at": r.created_at,
        "resolution_due": r.resolution_due,
        "overdue": r.overdue,
        "paused": r.paused,
        "remaining_hours": _hours(r.remaining),
        "amount": r.amount,
        "currency": r.amount.currency if r.amount else None,
    }


def _hours(remaining: timedelta | None) -> str | None:
    """Business hours a paused case has left, as a decimal string with two places (``None`` while its clock
    runs)."""
    if remaining is None:
        return None
    return str((Decimal(remaining // timedelta(seconds=1)) / 3600).quantize(Decimal("0.01")))


def _pieces(affected: int, ordered: int) -> str:
    """``2`` when the whole line is affected, ``1 of 2`` when only some of its pieces are."""
    return (
        str(affected)
        if affected == ordered
        else translate("{affected} of {ordered}", affected=affected, ordered=ordered)
    )


def _due(due: datetime | None, remaining: timedelta | None) -> object:
    """The due column: a paused case says so, with the business time it still has (in full: `case show`)."""
    return paused_text(remaining, short=True) if remaining is not None else due


def detail_json(d: CaseDetail) -> dict:
    return {
        "id": d.id,
        "version": d.version,
        "kind": d.kind,
        "channel": d.channel,
        "status": d.status,
        "wants": d.wants,
        "summary": d.summary,
        "description": d.description,
        "customer": {
            "id": d.customer_id,
            "name": d.customer_name,
            "email": d.customer_email,
            "phone": d.customer_phone,
            "language": d.customer_language,
        },
        "order": d.order_number,
        "owner": d.owner,
        "created_at": d.created_at,
        "updated_at": d.updated_at,
        "first_answer_due": d.first_answer_due,
        "resolution_due": d.resolution_due,
        "paused": d.paused,
        "paused_at": d.paused_at,
        "remaining_hours": _hours(d.remaining),
        "timezone": d.timezone,
        "remedy": d.remedy,
        "amount": d.amount,
        "currency": d.currency,
        "lines": [
            {
                "sku": li.sku,
                "name": li.name,
                "variant": li.variant,
                "quantity": li.quantity,
                "ordered": li.ordered,
                "unit_price": li.unit_price,
            }
            for li in d.lines
        ],
        "events": [
            {
                "at": e.at,
                "by": e.actor,
                "type": e.type,
                "text": e.text,
                "internal": e.internal,
                "data": e.data,
            }
            for e in d.events
        ],
    }


def cmd_open(app, args) -> int:
    detail = cases.open_case(
        app.ctx,
        kind=args.kind,
        channel=args.channel,
        summary=args.summary,
        order_number=args.order,
        skus=args.line,
        wants=args.wants,
        description=args.description,
        owner=args.owner,
    )
    if app.json:
        print_json({"id": detail.id})
    else:
        print(detail.id)
    return 0


def cmd_show(app, args) -> int:
    d = cases.get_case(app.ctx, args.id)
    if app.json:
        print_json(detail_json(d))
        return 0
    zone = ZoneInfo(d.timezone)

    def when(moment: datetime | None) -> str:
        """A time of the case in the shop's zone, labelled with it (as the case sheet reads them)."""
        return f"{moment.astimezone(zone):%Y-%m-%d %H:%M} {d.timezone}" if moment else "-"

    status = word("statuses", d.status) + (
        f" ({paused_text(d.remaining)})" if d.remaining is not None else ""
    )
    print_fields(
        [
            (translate("case"), d.id),
            (translate("status"), status),
            (translate("kind"), word("kinds", d.kind)),
            (translate("channel"), word("channels", d.channel)),
            (translate("customer"), f"{d.customer_name} <{d.customer_email or '-'}>"),
            (translate("order"), d.order_number),
            (translate("wants"), word("wants", d.wants)),
            (translate("owner"), d.owner),
            (translate("summary"), d.summary),
            (translate("opened"), when(d.created_at)),
            (translate("first answer due"), when(d.first_answer_due)),
            (translate("resolution due"), when(d.resolution_due)),
            (translate("remedy"), word("remedies", d.remedy) if d.remedy else None),
            (translate("amount"), d.amount),
        ]
    )
    if d.description:
        print("\n" + d.description)
    if d.lines:
        print()
        print_table(
            ["sku", "item", "variant", "qty", "price"],
            [
                (li.sku, li.name, li.variant, _pieces(li.quantity, li.ordered), li.unit_price)
                for li in d.lines
            ],
        )
    print()
    print_table(
        [f"at ({d.timezone})", "by", "event", "text"],
        [
            (f"{e.at.astimezone(zone):%Y-%m-%d %H:%M}", e.actor, word("events", e.type), e.text)
            for e in d.events
        ],
        max_width=70,
    )
    return 0


def cmd_list(app, args) -> int:
    flt = CaseFilter(
        statuses=tuple(args.status),
        kinds=tuple(args.kind),
        channels=tuple(args.channel),
        mine=args.mine,
        overdue=args.overdue,
        search=args.search,
    )
    rows = cases.list_cases(app.ctx, flt, limit=args.limit)
    if app.json:
        print_json([row_json(r) for r in rows])
        return 0
    print_table(
        ["id", "customer", "order", "kind", "channel", "status", "owner", "due", "summary"],
        [
            (
                r.id,
                r.customer_name,
                r.order_number,
                word("kinds", r.kind),
                word("channels", r.channel),
                word("statuses", r.status),
                r.owner,
                _due(r.resolution_due, r.remaining),
                ("! " if r.overdue else "") + r.summary,
            )
            for r in rows
        ],
        max_width=48,
    )
    return 0


def cmd_note(app, args) -> int:
    event = cases.add_note(app.ctx, args.id, args.text, internal=not args.public)
    if app.json:
        print_json({"id": event.id, "case": args.id})
    else:
        print(translate("Note added to case {id}.", id=args.id))
    return 0


def cmd_status(app, args) -> int:
    d = cases.change_status(app.ctx, args.id, args.status, expected_version=args.version, reason=args.reason)
    if app.json:
        print_json({"id": d.id, "status": d.status, "version": d.version})
    else:
        print(translate("Case {id} is now {status}.", id=d.id, status=word("statuses", d.status)))
    return 0
