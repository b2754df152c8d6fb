"""``rimedio case propose ID`` and ``rimedio customer show EMAIL``: remedies for a case, and who the customer is.

Thin: the services compute and record everything; this module only prints (JSON with ``--json``).
"""

from __future__ import annotations

import sys
from decimal import Decimal

from app.cli.groups import group
from app.cli.output import print_fields, print_json
from app.i18n import translate


def register(sub, common) -> None:
    c = group(sub, "case")
    p = c.add_parser(
        "propose",
        parents=[common()],
        help="the remedies for a case, best first, with cost and why (recorded on the timeline as "
        "offered; --preview only shows them)",
    )
    p.add_argument("id", type=int)
    p.add_argument(
        "--preview",
        action="store_true",
        help="only look: nothing is recorded (the proposal is recorded when offered or acted on)",
    )
    p.set_defaults(handler=cmd_propose)
    u = group(sub, "customer")
    sh = u.add_parser(
        "show", parents=[common()], help="who the customer is: segment, claim flag, orders, spend, claims"
    )
    sh.add_argument("email", metavar="EMAIL", help="the customer's e-mail address (or id)")
    sh.set_defaults(handler=cmd_show)


def cmd_propose(app, args) -> int:
    from app.services import remedies

    proposal = (remedies.preview_case if args.preview else remedies.propose_case)(app.ctx, args.id)
    if app.json:
        print_json(proposal.to_json())
        return 0
    out = sys.stdout
    out.write(
        translate(
            "Case {id}: {segment} customer (season: {severity}).",
            id=proposal.case_id,
            segment=proposal.segment.value,
            severity=proposal.severity,
        )
        + "\n"
    )
    if proposal.flagged:
        out.write(translate("Flagged for frequent claims: any credit needs a supervisor.") + "\n")
    for n, option in enumerate(proposal.options, start=1):
        amount = f"{option.amount.plain()} {option.amount.currency}" if option.amount is not None else "-"
        out.write(
            f"{n}. {option.remedy.value}  "
            + translate(
                "amount {amount}, cost {cost}, acceptance {acceptance}, return {ret}",
                amount=amount,
                cost=f"{option.cost.plain()} {option.cost.currency}",
                acceptance=option.acceptance.value,
                ret=translate("yes") if option.requires_return else translate("no"),
            )
            + "\n"
        )
        out.write(f"   {option.why}\n")
    return 0


def cmd_show(app, args) -> int:
    from app.services import credit, customers, segments

    customer_id = customers.find_customer_id(app.ctx, args.email)
    summary = segments.customer_summary(app.ctx, customer_id)
    h = summary.history
    balances = credit.balance(app.ctx, customer_id)
    owed = balances.get(h.spent.currency)
    rate = str(h.claim_rate.quantize(Decimal("0.01"))) if h.claim_rate is not None else None
    data = {
        "id": summary.id,
        "name": summary.name,
        "email": summary.email,
        "phone": summary.phone,
        "language": summary.language,
        "segment": h.segment.value,
        "flagged": h.flagged,
        "orders": h.orders,
        "spent": h.spent.plain(),
        "currency": h.spent.currency,
        "first_order": h.first_order_at,
        "last_order": h.last_order_at,
        "claims_in_window": h.claims_in_window,
        "orders_in_window": h.orders_in_window,
        "window_days": h.window_days,
        "claim_rate": rate,
        "claim_rate_text": h.claim_rate_text,
        "credit_balance": owed.plain() if owed is not None else "0.00",
        "credit_balances": {cur: m.plain() for cur, m in balances.items()},
    }
    if app.json:
        print_json(data)
        return 0
    print_fields(
        [
            (translate("name"), summary.name),
            (translate("e-mail"), summary.email),
            (translate("phone"), summary.phone),
            (translate("language"), summary.language),
            (translate("segment"), h.segment.value),
            (
                translate("flagged"),
                translate("yes — any credit needs a supervisor") if h.flagged else translate("no"),
            ),
            (translate("orders"), h.orders),
            (translate("spent"), h.spent),
            (translate("first order"), h.first_order_at),
            (translate("last order"), h.last_order_at),
            (translate("claim rate"), (f"{rate} · " if rate is not None else "") + h.claim_rate_text),
            (
                translate("credit balance"),
                ", ".join(f"{m.plain()} {cur}" for cur, m in balances.items()) or "0",
            ),
        ]
    )
    return 0
