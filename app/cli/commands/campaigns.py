"""``rimedio campaign issue|list``: the same credit for many customers, after a dry run; the campaigns so far."""

from __future__ import annotations

from app.cli.groups import group
from app.cli.output import print_fields, print_json, print_table
from app.i18n import translate


def register(sub, common) -> None:
    c = group(sub, "campaign")
    i = c.add_parser(
        "issue", parents=[common()], help="give credit to a set of customers (try --dry-run first)"
    )
    i.add_argument("--name", required=True, help="a unique name, e.g. 'Win-back spring 2027'")
    i.add_argument("--kind", required=True, choices=["signup", "winback"])
    i.add_argument("--amount", required=True, help="credit per customer, e.g. 5.00")
    i.add_argument("--expires", help="last day to spend it (win-back: 'order before' date), YYYY-MM-DD")
    i.add_argument("--segment", help="a customer segment (new, regular, loyal, lapsed, occasional_small)")
    i.add_argument("--no-order-since", help="customers who ordered before but not since YYYY-MM-DD")
    i.add_argument("--signed-up-since", help="customers who signed up since YYYY-MM-DD")
    i.add_argument("--cap-share", help="share of an order it may pay, e.g. 0.5 (default: the shop's)")
    i.add_argument("--dry-run", action="store_true", help="only say how many customers and what it costs")
    i.set_defaults(handler=cmd_issue)
    ls = c.add_parser(
        "list", parents=[common()], help="the campaigns issued so far, newest first, with their id"
    )
    ls.set_defaults(handler=cmd_list)


def cmd_list(app, args) -> int:
    from app.services.ui_queries import list_campaigns

    rows = list_campaigns(app.ctx)
    if app.json:
        print_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "kind": r.kind,
                    "amount": r.amount,
                    "currency": r.amount.currency,
                    "expires_on": r.expires_on,
                    "customers": r.customers,
                    "created_at": r.created_at,
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        [
            translate("id"),
            translate("campaign"),
            translate("kind"),
            translate("credit each"),
            translate("expires"),
            translate("customers"),
            translate("issued"),
        ],
        [
            (
                r.id,
                r.name,
                r.kind,
                r.amount,
                r.expires_on.isoformat() if r.expires_on else "-",
                r.customers,
                r.created_at,
            )
            for r in rows
        ],
    )
    return 0


def cmd_issue(app, args) -> int:
    from app.services import campaigns

    r = campaigns.issue_campaign(
        app.ctx,
        name=args.name,
        kind=args.kind,
        amount=args.amount,
        expires=args.expires,
        segment=args.segment,
        no_order_since=args.no_order_since,
        signed_up_since=args.signed_up_since,
        cap_share=args.cap_share,
        dry_run=args.dry_run,
    )
    if app.json:
        print_json(
            {
                "id": r.id,
                "name": r.name,
                "kind": r.kind,
                "dry_run": r.dry_run,
                "customers": r.customers,
                "amount": r.amount,
                "liability": r.liability,
                "currency": r.amount.currency,
                "expires_on": r.expires_on,
                "already": r.already,
                "criteria": r.criteria,
            }
        )
        return 0
    print_fields(
        [
            (translate("campaign"), f"{r.id} ({r.name})" if r.id is not None else r.name),
            (translate("customers"), r.customers),
            (translate("credit each"), r.amount),
            (translate("liability"), r.liability),
            (translate("expires"), r.expires_on.isoformat() if r.expires_on else "-"),
            (translate("already given"), r.already),
        ]
    )
    if r.dry_run:
        print(translate("Dry run: nothing was issued."))
    elif r.id is not None:
        print(
            translate(
                "Campaign {id} issued; print its vouchers with: rimedio print batch --campaign {id} -o FILE.pdf",
                id=r.id,
            )
        )
    return 0
