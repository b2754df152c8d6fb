"""``rimedio export vouchers|ledger``: vouchers back to the shop, the credit ledger to the accountant."""

from __future__ import annotations

from app.cli.groups import group
from app.cli.output import print_json
from app.i18n import translate
from app.imports.exports import VOUCHER_FORMATS


def register(sub, common) -> None:
    s = group(sub, "export")
    v = s.add_parser("vouchers", parents=[common()], help="live vouchers as the shop's import file")
    v.add_argument(
        "--format",
        required=True,
        choices=VOUCHER_FORMATS,
        help="shopify-giftcards, woocommerce-coupons or csv",
    )
    v.add_argument("-o", "--output", required=True, metavar="FILE", help="the CSV file to write")
    v.add_argument("--all", action="store_true", help="also the vouchers already exported in this format")
    v.set_defaults(handler=cmd_vouchers)
    led = s.add_parser("ledger", parents=[common()], help="credit ledger up to a date, for the accountant")
    led.add_argument(
        "--as-of", required=True, metavar="DATE", help="last day included (YYYY-MM-DD, shop time)"
    )
    led.add_argument("-o", "--output", required=True, metavar="FILE", help="the CSV file to write")
    led.set_defaults(handler=cmd_ledger)


def cmd_vouchers(app, args) -> int:
    from app.services import exports

    report = exports.export_vouchers(app.ctx, args.output, args.format, include_exported=args.all)
    if app.json:
        print_json(
            {
                "file": report.path,
                "format": report.format,
                "count": report.count,
                "total": {cur: m.plain() for cur, m in report.total.items()},
                "remainders": report.remainders,
            }
        )
    else:
        totals = ", ".join(f"{m.plain()} {cur}" for cur, m in sorted(report.total.items())) or "0"
        print(
            translate(
                "{count} vouchers ({total}) written to {path}.",
                count=report.count,
                total=totals,
                path=report.path,
            )
        )
        if report.remainders:
            print(
                translate(
                    "{count} of them are new coupons for what was left on a coupon the shop had used "
                    "(single use): the old codes no longer work there.",
                    count=report.remainders,
                )
            )
    return 0


def cmd_ledger(app, args) -> int:
    from app.services import exports

    report = exports.export_ledger(app.ctx, args.output, args.as_of)
    if app.json:
        print_json(
            {
                "file": report.path,
                "as_of": report.as_of,
                "entries": report.entries,
                "liability": {cur: m.plain() for cur, m in report.liability.items()},
            }
        )
    else:
        owed = ", ".join(f"{m.plain()} {cur}" for cur, m in sorted(report.liability.items())) or "0"
        print(
            translate(
                "{count} ledger entries up to {date} written to {path}; credit owed: {owed}.",
                count=report.entries,
                date=report.as_of.isoformat(),
                path=report.path,
                owed=owed,
            )
        )
    return 0
