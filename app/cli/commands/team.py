"""``rimedio case assign``: who works on which case, from the command line (the rule is the service's,
:mod:`app.services.assignment`: an agent takes cases nobody owns; supervisors give any case to anyone)."""

from __future__ import annotations

from app.cli.groups import group
from app.cli.output import print_json
from app.i18n import translate


def register(sub, common) -> None:
    s = group(sub, "case")
    a = s.add_parser(
        "assign",
        parents=[common()],
        help="give cases to a user (default: to you); supervisors may reassign or leave them to nobody",
    )
    a.add_argument("ids", type=int, nargs="+", metavar="ID")
    who = a.add_mutually_exclusive_group()
    who.add_argument("--to", metavar="USER", help="the user who takes the cases (default: you)")
    who.add_argument("--nobody", action="store_true", help="back to the Unassigned queue (supervisors)")
    a.set_defaults(handler=cmd_assign)


def cmd_assign(app, args) -> int:
    from app.services import assignment

    username = "" if args.nobody else args.to
    changed = assignment.assign(app.ctx, args.ids, username)
    if app.json:
        print_json({"assigned": changed, "to": None if args.nobody else (args.to or app.ctx.actor.username)})
    else:
        who = translate("nobody") if args.nobody else (args.to or app.ctx.actor.username)
        print(translate("{n} case(s) now assigned to {who}.", n=len(changed), who=who))
    return 0
