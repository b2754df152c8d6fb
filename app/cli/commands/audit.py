"""``rimedio audit verify|list|anchor``."""

from __future__ import annotations

import sys

from app.cli.groups import group
from app.cli.output import print_json, print_table
from app.i18n import translate


def register(sub, common) -> None:
    a = group(sub, "audit")
    v = a.add_parser("verify", parents=[common()], help="check the audit log's hash chain (exit 1 if broken)")
    v.add_argument(
        "--anchor", metavar="FILE", help="also prove the log still holds everything up to this anchor"
    )
    v.set_defaults(handler=cmd_verify)
    ls = a.add_parser("list", parents=[common()], help="the newest audit entries")
    ls.add_argument("--limit", type=int, default=50)
    ls.add_argument("--action", help="only this action, e.g. login_failed")
    ls.set_defaults(handler=cmd_list)
    an = a.add_parser(
        "anchor",
        parents=[common()],
        help="print (or write) the log's end, signed with the admins' anchor key",
    )
    an.add_argument("--out", metavar="FILE", help="write the anchor to FILE")
    an.add_argument(
        "--new-key",
        action="store_true",
        help="make the shop's anchor key (once) and keep it in this computer's keyring",
    )
    an.add_argument(
        "--import-key",
        action="store_true",
        help="keep the shop's anchor key (read from standard input) in this computer's keyring",
    )
    an.set_defaults(handler=cmd_anchor)


_WHY = {
    "content": "its content was changed",
    "link": "it does not follow the entry before it (an entry was removed, inserted or moved)",
    "truncated": "the newest entries were removed",
    "beyond_head": "entries were added after the recorded end of the log",
}
_ANCHOR_WHY = {
    "anchor_signature": "The anchor is not signed with this shop's anchor key: it was altered or forged.",
    "anchor_missing": "The audit log no longer reaches the anchored entry {id}: entries were removed.",
    "anchor_changed": "The audit log was rewritten: entry {id} no longer has the anchored hash.",
}


def cmd_verify(app, args) -> int:
    from app.services import anchors, audit

    anchor = anchors.read_anchor(args.anchor) if args.anchor else None
    check = audit.verify(app.ctx, anchor)  # the command line's login appends nothing; verify only reads
    if app.json:
        print_json(
            {
                "ok": check.ok,
                "entries": check.rows,
                "head": check.head,
                "broken_id": check.broken_id,
                "broken_index": check.broken_index,
                "reason": check.reason,
                "anchored_id": check.anchored_id,
            }
        )
    elif check.ok and check.anchored_id is not None:
        print(
            translate(
                "The audit log is whole: {n} entries, and it holds the anchored entry {id} unchanged.",
                n=check.rows,
                id=check.anchored_id,
            )
        )
    elif check.ok:
        print(translate("The audit log is whole: {n} entries.", n=check.rows))
    elif check.reason in _ANCHOR_WHY:
        print(translate(_ANCHOR_WHY[check.reason], id=check.anchored_id))
    elif check.broken_id is None:
        print(
            translate(
                "The audit log is broken after entry {n}: {why}.",
                n=check.rows,
                why=translate(_WHY.get(check.reason or "truncated", check.reason or "")),
            )
        )
    else:
        print(
            translate(
                "The audit log is broken at entry {id}: {why}.",
                id=check.broken_id,
                why=translate(_WHY.get(check.reason or "", check.reason or "")),
            )
        )
    return 0 if check.ok else 1


def cmd_anchor(app, args) -> int:
    from app.services import anchors

    if args.new_key:
        text = anchors.new_key(app.ctx)
        print(
            translate(
                "A new anchor key is in this computer's keyring. Give it to the other admins (they run "
                "`rimedio audit anchor --import-key`), and keep a copy on paper:"
            )
        )
        print(text)
        return 0
    if args.import_key:
        ident = anchors.import_key(app.ctx, sys.stdin.readline())
        print(translate("The anchor key {id} is in this computer's keyring.", id=ident))
        return 0
    anchor = anchors.make_anchor(app.ctx)
    if args.out:
        anchors.write_anchor(anchor, args.out)
        if not app.json:
            print(
                translate(
                    "Anchor written to {path}: entry {id}, {n} entries.",
                    path=args.out,
                    id=anchor.last_id,
                    n=anchor.entries,
                )
            )
    if app.json:
        print_json(
            {
                "last_id": anchor.last_id,
                "head": anchor.head,
                "entries": anchor.entries,
                "at": anchor.at,
                "database": anchor.database,
                "key_id": anchor.key_id,
                "signature": anchor.signature,
            }
        )
    elif not args.out:
        sys.stdout.write(anchor.to_text())
    return 0


def cmd_list(app, args) -> int:
    from app.services import audit

    rows = audit.list_entries(app.ctx, limit=args.limit, action=args.action)
    if app.json:
        print_json(
            [
                {
                    "id": r.id,
                    "at": r.at,
                    "actor": r.actor,
                    "action": r.action,
                    "subject": r.subject,
                    "data": r.data,
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        ["id", "at", "actor", "action", "subject", "data"],
        [(r.id, r.at, r.actor, r.action, r.subject, r.data) for r in rows],
        max_width=60,
    )
    return 0
