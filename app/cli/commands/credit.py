"""``rimedio credit grant|balance|redeem|expire|check|cancel|adjust|restore|show``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.cli.groups import group
from app.cli.output import print_fields, print_json, print_table
from app.i18n import translate

if TYPE_CHECKING:
    from app.services.credit import GrantInfo


def register(sub, common) -> None:
    s = group(sub, "credit")
    g = s.add_parser("grant", parents=[common()], help="give a customer credit by hand (within your limits)")
    g.add_argument("customer", metavar="EMAIL", help="the customer's e-mail (or id)")
    g.add_argument("--amount", required=True, help="e.g. 10.00")
    g.add_argument("--reason", required=True, help="why the credit is given")
    g.add_argument(
        "--expires", help="last day it can be spent, YYYY-MM-DD (default: the shop's credit.expiry_days)"
    )
    g.add_argument("--currency", help="default: the shop's currency")
    g.add_argument("--cap-share", help="share of an order it may pay, e.g. 0.5 or 50%% (default: the shop's)")
    g.set_defaults(handler=cmd_grant)
    b = s.add_parser("balance", parents=[common()], help="a customer's grants, entries and balance")
    b.add_argument("customer", metavar="EMAIL", help="the customer's e-mail (or id)")
    b.set_defaults(handler=cmd_balance)
    v = s.add_parser("show", parents=[common()], help="one voucher and its balance")
    v.add_argument("code")
    v.set_defaults(handler=cmd_show)
    r = s.add_parser(
        "redeem",
        parents=[common()],
        help="spend a voucher, or a customer's credit (earliest expiry first), on an order",
    )
    who = r.add_mutually_exclusive_group(required=True)
    who.add_argument("code", nargs="?", help="the voucher code")
    who.add_argument(
        "--customer",
        metavar="EMAIL",
        help="spend the customer's credit instead of one code: earliest expiry first",
    )
    r.add_argument("--order", required=True, help="the shop's order number")
    r.add_argument(
        "--order-total",
        help="the order's total before discounts, e.g. 80.00 (Rimedio's when it holds "
        "the order; for an order not imported yet the redemption is provisional until it is)",
    )
    r.add_argument("--amount", help="use at most this much (default: as much as allowed)")
    r.add_argument("--currency", help="the order's currency (default: the shop's)")
    r.set_defaults(handler=cmd_redeem)
    e = s.add_parser("expire", parents=[common()], help="expire what is left on grants past their date")
    e.add_argument("--as-of", help="YYYY-MM-DD (default: today)")
    e.set_defaults(handler=cmd_expire)
    c = s.add_parser("check", parents=[common()], help="prove the ledger is whole (exit 1 if not)")
    c.set_defaults(handler=cmd_check)
    x = s.add_parser("cancel", parents=[common()], help="withdraw what is left on a voucher (supervisors)")
    x.add_argument("code")
    x.add_argument("--reason", required=True)
    x.set_defaults(handler=cmd_cancel)
    a = s.add_parser("adjust", parents=[common()], help="correct a voucher up or down (supervisors)")
    a.add_argument("code")
    a.add_argument("--amount", required=True, help="+5.00 or -2.50")
    a.add_argument("--reason", required=True)
    a.set_defaults(handler=cmd_adjust)
    rs = s.add_parser("restore", parents=[common()], help="give back the credit a refunded order used")
    rs.add_argument("--order", required=True)
    rs.add_argument("--amount", help="only part of it (a partial refund)")
    rs.set_defaults(handler=cmd_restore)


def grant_json(g: GrantInfo) -> dict:
    return {
        "id": g.id,
        "code": g.code,
        "amount": g.amount,
        "balance": g.balance,
        "currency": g.amount.currency,
        "reason": g.reason,
        "reason_ref": g.reason_ref,
        "case": g.case_id,
        "expires_on": g.expires_on,
        "expired": g.expired,
        "cap_share": g.cap_share,
        "note": g.note,
        "created_at": g.created_at,
        "created_by": g.created_by,
    }


def cmd_grant(app, args) -> int:
    from app.services import credit

    g = credit.grant_credit(
        app.ctx,
        args.customer,
        args.amount,
        reason=args.reason,
        expires=args.expires,
        currency=args.currency,
        cap_share=args.cap_share,
    )
    if app.json:
        print_json(grant_json(g))
    else:
        print(
            translate(
                "Voucher {code}: {amount}, valid until {date}.",
                code=g.code,
                amount=g.amount.plain() + " " + g.amount.currency,
                date=g.expires_on.isoformat() if g.expires_on else "-",
            )
        )
    return 0


def cmd_balance(app, args) -> int:
    from app.services import credit

    c = credit.customer_credit(app.ctx, args.customer)
    if app.json:
        print_json(
            {
                "customer": {"id": c.customer_id, "name": c.name, "email": c.email},
                "balance": c.balance,
                "currency": c.balance.currency,
                "balances": {cur: m for cur, m in c.balances.items()},
                "grants": [grant_json(g) for g in c.grants],
                "entries": [
                    {
                        "id": e.id,
                        "grant": e.grant_id,
                        "code": e.code,
                        "kind": e.kind,
                        "amount": e.amount,
                        "currency": e.amount.currency,
                        "at": e.at,
                        "by": e.by,
                        "order": e.order_number,
                        "note": e.note,
                    }
                    for e in c.entries
                ],
            }
        )
        return 0
    print_fields([(translate("customer"), f"{c.name} <{c.email or '-'}>"), (translate("balance"), c.balance)])
    if c.grants:
        print()
        print_table(
            ["code", "amount", "balance", "expires", "reason", "ref"],
            [
                (
                    g.code,
                    g.amount,
                    g.balance,
                    (g.expires_on.isoformat() if g.expires_on else "-") + (" !" if g.expired else ""),
                    g.reason,
                    g.reason_ref or g.note,
                )
                for g in c.grants
            ],
        )
    if c.entries:
        print()
        print_table(
            ["at", "code", "kind", "amount", "order", "by", "note"],
            [(e.at, e.code, e.kind, e.amount, e.order_number, e.by, e.note) for e in c.entries],
        )
    return 0


def cmd_show(app, args) -> int:
    from app.services import credit

    g = credit.find_voucher(app.ctx, args.code)
    if app.json:
        print_json(grant_json(g))
    else:
        print_fields(
            [
                ("code", g.code),
                ("amount", g.amount),
                ("balance", g.balance),
                ("expires", g.expires_on),
                ("expired", g.expired),
                ("reason", g.reason),
                ("ref", g.reason_ref),
            ]
        )
    return 0


def cmd_redeem(app, args) -> int:
    from app.services import credit

    if args.customer:
        r = credit.redeem_for_customer(
            app.ctx,
            args.customer,
            order_number=args.order,
            order_total=args.order_total,
            currency=args.currency,
            amount=args.amount,
        )
    else:
        r = credit.redeem(
            app.ctx,
            args.code,
            order_number=args.order,
            order_total=args.order_total,
            currency=args.currency,
            amount=args.amount,
        )
    if app.json:
        data = {
            "applied": r.applied,
            "remaining_on_code": r.remaining_on_code,
            "balance": r.balance,
            "order_total": r.order_total,
            "provisional": r.provisional,
            "used": [{"code": code, "applied": amount} for code, amount in r.used],
        }
        print_json(data)
        return 0
    if args.customer:
        print(
            translate(
                "Applied {applied} to order {order} from {codes}; balance {balance}.",
                applied=f"{r.applied.plain()} {r.applied.currency}",
                order=r.order_number,
                codes=", ".join(f"{code} ({amount})" for code, amount in r.used),
                balance=str(r.balance),
            )
        )
    else:
        print(
            translate(
                "Applied {applied} to order {order}; {remaining} left on {code}; balance {balance}.",
                applied=f"{r.applied.plain()} {r.applied.currency}",
                order=r.order_number,
                remaining=str(r.remaining_on_code),
                code=r.code,
                balance=str(r.balance),
            )
        )
    if r.provisional:
        print(
            translate(
                "Provisional: order {order} is not in Rimedio yet, so the cap was taken on the typed total "
                "{total}; the import that brings the order checks it.",
                order=r.order_number,
                total=str(r.order_total) if r.order_total else "-",
            )
        )
    return 0


def cmd_expire(app, args) -> int:
    from app.services import credit

    run = credit.expire_credit(app.ctx, args.as_of)
    if app.json:
        print_json({"as_of": run.as_of, "grants": run.grants, "totals": run.totals})
    else:
        totals = ", ".join(f"{m.plain()} {c}" for c, m in run.totals.items()) or "0"
        print(
            translate(
                "Expired {n} grants as of {date}: {totals}.",
                n=run.grants,
                date=run.as_of.isoformat(),
                totals=totals,
            )
        )
    return 0


def cmd_check(app, args) -> int:
    from app.services import credit

    result = credit.check_ledger(app.ctx)
    if app.json:
        print_json(
            {
                "ok": result.ok,
                "grants": result.grants,
                "entries": result.entries,
                "problems": list(result.problems),
            }
        )
    elif result.ok:
        print(
            translate(
                "The ledger is whole: {g} grants, {e} entries; balances are summed from the entries.",
                g=result.grants,
                e=result.entries,
            )
        )
    else:
        for problem in result.problems:
            print(problem)
    return 0 if result.ok else 1


def cmd_cancel(app, args) -> int:
    from app.services import credit

    g = credit.cancel(app.ctx, args.code, reason=args.reason)
    print_json(grant_json(g)) if app.json else print(translate("Voucher {code} cancelled.", code=g.code))
    return 0


def cmd_adjust(app, args) -> int:
    from app.services import credit

    g = credit.adjust(app.ctx, args.code, args.amount, reason=args.reason)
    if app.json:
        print_json(grant_json(g))
    else:
        print(translate("Voucher {code} now has {balance}.", code=g.code, balance=str(g.balance)))
    return 0


def cmd_restore(app, args) -> int:
    from app.services import credit

    total = credit.restore_order(app.ctx, args.order, args.amount)
    if app.json:
        print_json({"order": args.order, "restored": total, "currency": total.currency})
    else:
        print(
            translate(
                "{amount} of credit given back from order {order}.",
                amount=f"{total.plain()} {total.currency}",
                order=args.order,
            )
        )
    return 0
