"""``rimedio customer list``."""

from __future__ import annotations

from app.cli.groups import group
from app.cli.output import print_json, print_table
from app.services import customers


def register(sub, common) -> None:
    s = group(sub, "customer")
    ls = s.add_parser("list", parents=[common()], help="list and search customers")
    ls.add_argument("--search", default="", help="name, e-mail or phone (accents and case ignored)")
    ls.add_argument("--limit", type=int, default=50)
    ls.set_defaults(handler=cmd_list)


def cmd_list(app, args) -> int:
    rows = customers.list_customers(app.ctx, args.search, args.limit)
    if app.json:
        print_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "email": r.email,
                    "phone": r.phone,
                    "language": r.language,
                    "orders": r.orders,
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        ["id", "name", "e-mail", "language", "orders"],
        [(r.id, r.name, r.email, r.language, r.orders) for r in rows],
    )
    return 0
