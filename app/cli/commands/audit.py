"""``rimedio audit verify|list``."""

from __future__ import annotations

from app.cli.groups import group
from app.cli.output import print_json, print_table
from app.i18n import translate


def register(sub, common) -> None:
    a = group(sub, "audit")
    v = a.add_parser("verify", parents=[common()], help="check the audit log's hash chain (exit 1 if broken)")
    v.set_defaults(handler=cmd_verify)
    ls = a.add_parser("list", parents=[common()], help="the newest audit entries")
    ls.add_argument("--limit", type=int, default=50)
    ls.add_argument("--action", help="only this action, e.g. login_failed")
    ls.set_defaults(handler=cmd_list)


_WHY = {
    "content": "its content was changed",
    "link": "it does not follow the entry before it (an entry was removed, inserted or moved)",
    "truncated": "the newest entries were removed",
}


def cmd_verify(app, args) -> int:
    from app.services import audit

    check = audit.verify(app.ctx)
    if app.json:
        print_json({"ok": check.ok, "entries": check.rows, "head": check.head, "broken_id": check.broken_id,
                    "broken_index": check.broken_index, "reason": check.reason})
    elif check.ok:
        print(translate("The audit log is whole: {n} entries.", n=check.rows))
    elif check.broken_id is None:
        print(translate("The audit log is broken after entry {n}: {why}.", n=check.rows,
                        why=translate(_WHY[check.reason or "truncated"])))
    else:
        print(translate("The audit log is broken at entry {id}: {why}.", id=check.broken_id,
                        why=translate(_WHY.get(check.reason or "", check.reason or ""))))
    return 0 if check.ok else 1


def cmd_list(app, args) -> int:
    from app.services import audit

    rows = audit.list_entries(app.ctx, limit=args.limit, action=args.action)
    if app.json:
        print_json([{"id": r.id, "at": r.at, "actor": r.actor, "action": r.action, "subject": r.subject,
                     "data": r.data} for r in rows])
        return 0
    print_table(["id", "at", "actor", "action", "subject", "data"],
                [(r.id, r.at, r.actor, r.action, r.subject, r.data) for r in rows], max_width=60)
    return 0
