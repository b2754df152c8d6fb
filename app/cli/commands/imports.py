"""``rimedio import orders|customers FILE`` and ``rimedio mapping save|list``: shop files in, with counts.

Exit codes: 0 when the file was imported (or a dry run found nothing wrong); 1 when rows were refused and,
without ``--keep-good``, nothing was written — the report still lists every refused row.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.groups import group
from app.cli.output import print_json, print_table
from app.errors import ValidationError
from app.i18n import translate

if TYPE_CHECKING:
    from app.services.shop_import import ImportReport, RedemptionOutcome


def register(sub, common) -> None:
    s = group(sub, "import")
    for kind, formats, helptext in (
        ("orders", "shopify, woocommerce, prestashop, mapped", "import a shop's orders export (idempotent)"),
        ("customers", "shopify, mapped", "import a shop's customers export (idempotent)"),
    ):
        p = s.add_parser(kind, parents=[common()], help=helptext)
        p.add_argument("file", metavar="FILE")
        p.add_argument(
            "--format",
            choices=sorted(
                {"shopify", "woocommerce", "prestashop", "mapped"}
                if kind == "orders"
                else {"shopify", "mapped"}
            ),
            help=f"the file's shop format ({formats}); recognised from the header when left out",
        )
        p.add_argument(
            "--mapping", metavar="NAME", help="a saved column mapping (see `rimedio mapping list`)"
        )
        p.add_argument("--date-order", choices=["dmy", "mdy"], help="when the file's dates could be either")
        p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
        p.add_argument(
            "--keep-good",
            action="store_true",
            help="import the good rows even if some are bad (default: all or nothing)",
        )
        p.add_argument(
            "--rejects", metavar="FILE", help="with --keep-good: write the bad rows and why to this CSV"
        )
        p.set_defaults(handler=cmd_import, import_kind=kind, parser=p)
    m = group(sub, "mapping")
    sv = m.add_parser("save", parents=[common()], help="save a column mapping for files of other shops")
    sv.add_argument("name", metavar="NAME")
    sv.add_argument(
        "--from-json", required=True, metavar="FILE", help="the mapping as JSON (fields, kind, …)"
    )
    sv.set_defaults(handler=cmd_mapping_save)
    ls = m.add_parser("list", parents=[common()], help="the saved column mappings")
    ls.set_defaults(handler=cmd_mapping_list)


def cmd_import(app, args) -> int:
    from app.services import shop_import
    from app.services.shop_import import DateOrderNeeded

    if args.rejects and not args.keep_good:
        args.parser.error(translate("--rejects needs --keep-good (without it a bad file writes nothing)."))
    if args.mapping and args.format not in (None, "mapped"):
        args.parser.error(translate("--mapping goes with --format mapped (or no --format)."))
    run = shop_import.import_orders if args.import_kind == "orders" else shop_import.import_customers
    try:
        report = run(
            app.ctx,
            args.file,
            format=args.format,
            mapping=args.mapping,
            date_order=args.date_order,
            dry_run=args.dry_run,
            keep_good=args.keep_good,
            rejects_path=args.rejects,
        )
    except DateOrderNeeded as exc:
        raise ValidationError(
            "The dates in this file (such as “{example}”) could be day/month or month/day. "
            "Say which with --date-order dmy or --date-order mdy.",
            example=exc.example or "",
        ) from None
    if app.json:
        print_json(report_json(report))
    else:
        print_report(report)
    refused = bool(report.rejected) and not args.keep_good
    return 1 if refused else 0


def report_json(r: ImportReport) -> dict:
    return {
        "created": r.created,
        "updated": r.updated,
        "unchanged": r.unchanged,
        "rejected": [{"row": i.row, "reason": i.reason} for i in r.rejected],
        "warnings": [{"row": i.row, "reason": i.reason} for i in r.warnings],
        "redemptions": [
            {
                "order": x.order,
                "code": x.code,
                "status": x.status,
                "amount": x.amount,
                "message": outcome_text(x),
            }
            for x in r.redemptions
        ],
        "format": r.format,
        "written": r.written,
        "dry_run": r.dry_run,
        "rejects_file": r.rejects_file,
    }


def print_report(r: ImportReport) -> None:
    if not r.dry_run and not r.written and r.rejected:
        # Refused: say so first, then the rows to fix — no counts, as nothing was created or updated.
        sys.stderr.write(
            "rimedio: "
            + translate(
                "Nothing was imported because of the rejected rows; fix them, or import the good ones with --keep-good."
            )
            + "\n"
        )
        print_table(
            [translate("row"), translate("reason")], [(i.row, i.reason) for i in r.rejected], max_width=100
        )
        return
    what = translate("orders") if r.kind == "orders" else translate("customers")
    print(
        translate(
            "{what}: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected.",
            what=what,
            created=r.created,
            updated=r.updated,
            unchanged=r.unchanged,
            rejected=r.rejected_units,
        )
    )
    if r.rejected:
        print_table(
            [translate("row"), translate("reason")], [(i.row, i.reason) for i in r.rejected], max_width=100
        )
    if r.warnings:
        print(translate("Warnings (the rows were imported without these values):"))
        print_table(
            [translate("row"), translate("warning")], [(i.row, i.reason) for i in r.warnings], max_width=100
        )
    if r.redemptions:
        print(translate("Vouchers used on the imported orders:"))
        print_table(
            [translate("order"), translate("code"), translate("amount"), translate("result")],
            [(x.order, x.code, x.amount, outcome_text(x)) for x in r.redemptions],
            max_width=100,
        )
    if r.dry_run:
        print(translate("Dry run: nothing was written."))
    elif r.rejects_file:
        print(translate("The rejected rows and their reasons are in {path}.", path=r.rejects_file))


def cmd_mapping_save(app, args) -> int:
    from app.services import shop_import

    path = Path(args.from_json)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ValidationError(
            "The file {name} cannot be read: {error}", name=str(path), error=exc.strerror or str(exc)
        ) from None
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested deeper than any mapping is
        raise ValidationError("The saved column mapping is damaged.") from None
    if not isinstance(data, dict):
        raise ValidationError("The saved column mapping is damaged.")
    if "fields" not in data:  # a bare {"field": "Source column"} object
        data = {"fields": data}
    data["name"] = args.name
    try:
        text = json.dumps(data, ensure_ascii=False)
    except RecursionError:
        raise ValidationError("The saved column mapping is damaged.") from None
    info = shop_import.save_mapping(app.ctx, text)
    if app.json:
        print_json({"name": info.name, "kind": info.kind, "fields": info.fields})
    else:
        print(
            translate(
                "Column mapping {name} saved ({kind}, {n} columns).",
                name=info.name,
                kind=info.kind,
                n=len(info.fields),
            )
        )
    return 0


def cmd_mapping_list(app, args) -> int:
    from app.services import shop_import

    rows = shop_import.list_mappings(app.ctx)
    if app.json:
        print_json(
            [
                {
                    "name": r.name,
                    "kind": r.kind,
                    "fields": r.fields,
                    "date_order": r.date_order,
                    "currency": r.currency,
                    "updated_at": r.updated_at,
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        ["name", "kind", "columns", "date order", "updated"],
        [(r.name, r.kind, len(r.fields), r.date_order, r.updated_at) for r in rows],
    )
    return 0


def outcome_text(x: RedemptionOutcome) -> str:
    """The outcome as the command line says it: credit to give back names the command that gives it back."""
    if x.status != "excess":
        return x.message
    command = f"rimedio credit restore --order {x.order}"
    if not x.give_back_all and x.amount is not None:
        command += f" --amount {x.amount.plain()}"
    return f"{x.message} ({command})"
