"""``rimedio backup FILE`` and ``rimedio restore FILE`` (admins): the whole database into one file and back."""

from __future__ import annotations

from app.cli.output import print_json
from app.i18n import translate


def register(sub, common) -> None:
    b = sub.add_parser(
        "backup",
        parents=[common()],
        help="copy the whole database into FILE while others keep working (admins)",
    )
    b.add_argument(
        "file",
        nargs="?",
        help="the backup to write (SQLite: a database file; PostgreSQL: a pg_dump archive, or a logical export "
        "when pg_dump is not installed)",
    )
    b.add_argument(
        "--logical",
        action="store_true",
        help="PostgreSQL: write the logical export (a zip of JSON lines, read back without any PostgreSQL tool) "
        "even when pg_dump is installed",
    )
    b.add_argument(
        "--nightly",
        action="store_true",
        help="today's copy into the folder of the setting backup.folder, older ones past "
        "backup.keep_days removed (for cron or a systemd timer)",
    )
    b.set_defaults(handler=cmd_backup)
    r = sub.add_parser(
        "restore",
        parents=[common()],
        help="replace the database with the backup FILE and bring it up to date (admins)",
    )
    r.add_argument("file", help="a backup written by `rimedio backup`")
    r.set_defaults(handler=cmd_restore)


def cmd_backup(app, args) -> int:
    from app.errors import ValidationError
    from app.services import backup

    if args.nightly:
        from app.domain.permissions import Permission

        app.ctx.require(Permission.USERS_MANAGE)
        made = backup.nightly_from_settings(app.db)
        if app.json:
            print_json({"file": str(made) if made else None})
        elif made:
            print(translate("Nightly backup written: {path}", path=str(made)))
        else:
            print(
                translate(
                    "No nightly backup needed (none set in backup.folder, not an embedded file, or "
                    "today's already made)."
                )
            )
        return 0
    if not args.file:
        raise ValidationError("Name the backup file: rimedio backup FILE.")
    info = backup.backup(app.ctx, args.file, logical=args.logical)
    if app.json:
        print_json({"file": info.path, "kind": info.kind, "schema": info.revision, "bytes": info.size})
    else:
        print(
            translate(
                "Backup written: {path} ({kind}, schema {rev}, {size} bytes).",
                path=info.path,
                kind=info.kind,
                rev=info.revision,
                size=info.size,
            )
        )
    return 0


def cmd_restore(app, args) -> int:
    from app.services import backup

    info = backup.restore(app.ctx, args.file)
    if app.json:
        print_json(
            {
                "file": info.path,
                "kind": info.kind,
                "schema": info.revision,
                "upgraded_to": info.upgraded_to,
                "kept": info.kept,
            }
        )
        return 0
    print(translate("Restored from {path} (schema {rev}).", path=info.path, rev=info.revision))
    if info.upgraded_to:
        print(translate("Brought up to date: schema {rev}.", rev=info.upgraded_to))
    if info.kept:
        print(translate("The database as it was before is kept in {path}.", path=info.kept))
    return 0
