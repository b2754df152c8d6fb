"""``rimedio report summary|liability``: the supervisors' figures, for people, scripts (``--json``) and files."""

from __future__ import annotations

from app.cli.groups import group
from app.cli.output import print_fields, print_json, print_table
from app.i18n import current_language, translate


def register(sub, common) -> None:
    s = group(sub, "report")
    sm = s.add_parser(
        "summary", parents=[common()], help="cases, deadlines, remedies and credit over a period"
    )
    sm.add_argument(
        "--from", dest="date_from", required=True, metavar="DATE", help="first day, e.g. 2026-11-01"
    )
    sm.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="last day (included)")
    sm.add_argument("--kind", action="append", default=[], help="only this case kind (repeatable)")
    sm.add_argument("--channel", action="append", default=[], help="only this channel (repeatable)")
    sm.add_argument(
        "--agent", action="append", default=[], metavar="USER", help="only cases this user owns (repeatable)"
    )
    sm.add_argument("--csv", metavar="PATH", help="also write the figures as CSV")
    sm.add_argument("--pdf", metavar="PATH", help="also write a printable PDF report")
    sm.set_defaults(handler=cmd_summary)
    li = s.add_parser("liability", parents=[common()], help="store credit still owed at the end of a day")
    li.add_argument("--as-of", dest="as_of", required=True, metavar="DATE", help="the day, e.g. 2026-12-31")
    li.set_defaults(handler=cmd_liability)


def cmd_summary(app, args) -> int:
    from app.services import report_export, reports
    from app.services.reports import ReportFilter

    flt = ReportFilter(kinds=tuple(args.kind), channels=tuple(args.channel), agents=tuple(args.agent))
    r = reports.summary(app.ctx, args.date_from, args.date_to, flt)
    if args.csv:
        report_export.write_csv(r, args.csv)
    if args.pdf:
        from app.services.anchors import for_report
        from app.services.settings import get_settings

        report_export.write_pdf(
            r, args.pdf, shop_name=get_settings(app.ctx)["shop.name"], anchor=for_report(app.ctx)
        )
    if app.json:
        print_json(report_export.summary_data(r))
        return 0
    lang = current_language()
    print(
        translate(
            "From {start} to {end} ({zone})",
            start=r.date_from.isoformat(),
            end=r.date_to.isoformat(),
            zone=r.timezone,
        )
    )
    print()
    print_fields([(label, value) for _, label, value in report_export.headline_figures(r, lang)])
    print()
    print_table(
        [
            translate("Week"),
            translate("Cases"),
            translate("Resolved"),
            translate("On time"),
            translate("Late"),
            translate("Credit issued"),
            translate("Credit spent"),
            translate("Owed"),
        ],
        [
            (
                w.week_start.isoformat(),
                w.cases,
                w.resolved,
                w.resolution_on_time,
                w.resolution_late,
                w.credit_issued,
                w.credit_spent,
                w.liability_end,
            )
            for w in r.weeks
        ],
    )
    if r.agents:
        print()
        print_table(
            [
                translate("Agent"),
                translate("Cases"),
                translate("First answer on time"),
                translate("Resolved on time"),
                translate("Keep-and-credit accepted"),
                translate("Saved"),
            ],
            [
                (
                    a.name or "-",
                    a.cases,
                    _pct(a.first_answer.on_time_share),
                    _pct(a.resolution.on_time_share),
                    f"{a.keep_and_credit_accepted}/{a.keep_and_credit_offered}",
                    a.savings,
                )
                for a in r.agents
            ],
        )
    for path in filter(None, (args.csv, args.pdf)):
        print(translate("Written: {path}", path=path))
    return 0


def cmd_liability(app, args) -> int:
    from app.services import report_export, reports

    li = reports.liability(app.ctx, args.as_of)
    if app.json:
        print_json(report_export.liability_data(li))
        return 0
    print_fields(
        [
            (translate("as of"), li.as_of.isoformat()),
            (translate("Credit issued"), li.issued),
            (translate("Credit spent"), li.spent),
            (translate("Credit expired"), li.expired),
            (translate("Credit cancelled"), li.cancelled),
            (translate("Corrections"), li.adjusted),
            (translate("Credit still owed (liability)"), li.owed),
            (translate("Grants with a balance"), li.grants_with_balance),
        ]
    )
    return 0


def _pct(value) -> str:
    return "-" if value is None else f"{value} %"
