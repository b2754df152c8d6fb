"""A report in the forms it leaves Rimedio: plain data for ``--json``, CSV for the accountant, a printable PDF.

The keys of :func:`summary_data` and :func:`liability_data` are a contract (the README lists them): add, never
rename. Money is written as decimal strings (``"12.50"``) beside its currency, shares as per-cent strings with one
decimal, or ``null`` when there is nothing to divide. Files are written to a temporary name and renamed, so a
failure never leaves half a report. This module never queries the database: it formats what
:mod:`app.services.reports` returns.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.money import Money
from app.errors import ValidationError
from app.i18n import current_language, translate
from app.imports.exports import sheet_safe
from app.services.reports import AgentFigures, Liability, Summary, Timeliness

if TYPE_CHECKING:
    from app.services.anchors import Anchor

# --- plain data (JSON) -----------------------------------------------------------------------------------------


def _m(money: Money) -> str:
    return money.plain()


def _pct(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _timeliness(t: Timeliness) -> dict[str, Any]:
    return {
        "done": t.done,
        "on_time": t.on_time,
        "late": t.late,
        "pending": t.pending,
        "on_time_pct": _pct(t.on_time_share),
        "average_hours": _pct(t.average_hours),
    }


def _agent(a: AgentFigures) -> dict[str, Any]:
    return {
        "username": a.username,
        "name": a.name,
        "cases": a.cases,
        "first_answer": _timeliness(a.first_answer),
        "resolution": _timeliness(a.resolution),
        "keep_and_credit_offered": a.keep_and_credit_offered,
        "keep_and_credit_accepted": a.keep_and_credit_accepted,
        "savings": _m(a.savings),
        "credit_issued": _m(a.credit_issued),
    }


def summary_data(r: Summary) -> dict[str, Any]:
    """The summary as JSON-ready data with stable snake_case keys."""
    rem, c = r.remedies, r.credit
    return {
        "from": r.date_from.isoformat(),
        "to": r.date_to.isoformat(),
        "timezone": r.timezone,
        "currency": r.currency,
        "generated_at": r.generated_at.isoformat(),
        "filter": {
            "kinds": list(r.filter.kinds),
            "channels": list(r.filter.channels),
            "agents": list(r.filter.agents),
        },
        "cases": {
            "total": r.cases,
            "by_kind": r.by_kind,
            "by_channel": r.by_channel,
            "by_status": r.by_status,
        },
        "first_answer": _timeliness(r.first_answer),
        "resolution": _timeliness(r.resolution),
        "remedies": {
            "proposed": rem.proposed,
            "keep_and_credit_offered": rem.keep_and_credit_offered,
            "keep_and_credit_accepted": rem.keep_and_credit_accepted,
            "keep_and_credit_accepted_pct": _pct(rem.acceptance_share),
            "chosen": rem.chosen,
            "with_saving": rem.with_saving,
            "savings": _m(rem.savings),
            "replacement_cost": _m(rem.replacement_cost),
            "chosen_cost": _m(rem.chosen_cost),
        },
        "credit": {
            "issued": _m(c.issued),
            "spent": _m(c.spent),
            "expired": _m(c.expired),
            "cancelled": _m(c.cancelled),
            "adjusted": _m(c.adjusted),
            "owed_at_start": _m(c.owed_at_start),
            "owed_at_end": _m(c.owed_at_end),
            "spent_pct": _pct(c.spent_share),
            "orders_with_credit": c.orders_with_credit,
            "orders_not_imported": c.orders_not_imported,
            "revenue_with_credit": _m(c.revenue_with_credit),
            "credit_on_those_orders": _m(c.credit_on_those_orders),
            "revenue_beyond_credit": _m(c.revenue_beyond_credit),
        },
        "weeks": [
            {
                "week_start": w.week_start.isoformat(),
                "cases": w.cases,
                "by_kind": w.by_kind,
                "by_channel": w.by_channel,
                "by_status": w.by_status,
                "resolved": w.resolved,
                "resolution_on_time": w.resolution_on_time,
                "resolution_late": w.resolution_late,
                "credit_issued": _m(w.credit_issued),
                "credit_spent": _m(w.credit_spent),
                "owed_at_end": _m(w.liability_end),
            }
            for w in r.weeks
        ],
        "agents": [_agent(a) for a in r.agents],
    }


def liability_data(li: Liability) -> dict[str, Any]:
    return {
        "as_of": li.as_of.isoformat(),
        "currency": li.currency,
        "issued": _m(li.issued),
        "spent": _m(li.spent),
        "expired": _m(li.expired),
        "cancelled": _m(li.cancelled),
        "adjusted": _m(li.adjusted),
        "owed": _m(li.owed),
        "grants_with_balance": li.grants_with_balance,
    }


# --- figures for people (tiles, CSV, PDF) -----------------------------------------------------------------------
def headline_figures(r: Summary, lang: str | None = None) -> list[tuple[str, str, str]]:
    """``(key, label, value)`` of the main figures, labels and values in ``lang``: tiles, CSV and PDF share them."""
    lang = lang or current_language()

    def t(msgid: str) -> str:
        return translate(msgid, lang)

    def pct(v: Decimal | None) -> str:
        return "–" if v is None else f"{v} %" if lang == "en" else f"{str(v).replace('.', ',')} %"

    def hours(v: Decimal | None) -> str:
        return (
            "–" if v is None else translate("{n} h", lang, n=v if lang == "en" else str(v).replace(".", ","))
        )

    rem, c = r.remedies, r.credit
    return [
        ("cases", t("Cases"), str(r.cases)),
        ("first_answer_on_time", t("First answer on time"), pct(r.first_answer.on_time_share)),
        ("first_answer_hours", t("Average time to first answer"), hours(r.first_answer.average_hours)),
        ("resolution_on_time", t("Resolved on time"), pct(r.resolution.on_time_share)),
        ("resolution_hours", t("Average time to resolution"), hours(r.resolution.average_hours)),
        ("keep_and_credit_offered", t("Keep-and-credit offered"), str(rem.keep_and_credit_offered)),
        (
            "keep_and_credit_accepted",
            t("Keep-and-credit accepted"),
            f"{rem.keep_and_credit_accepted} ({pct(rem.acceptance_share)})",
        ),
        ("savings", t("Saved against replacement"), rem.savings.format(lang)),
        ("credit_issued", t("Credit issued"), c.issued.format(lang)),
        ("credit_spent", t("Credit spent"), c.spent.format(lang)),
        ("credit_expired", t("Credit expired"), c.expired.format(lang)),
        ("owed_at_end", t("Credit still owed (liability)"), c.owed_at_end.format(lang)),
        ("spent_share", t("Share of issued credit spent"), pct(c.spent_share)),
        ("revenue_with_credit", t("Revenue of orders that spent credit"), c.revenue_with_credit.format(lang)),
        ("revenue_beyond_credit", t("of which beyond the credit"), c.revenue_beyond_credit.format(lang)),
    ]


def csv_rows(r: Summary) -> list[list[str]]:
    """One tidy table (``section, subject, figure, value``) that a spreadsheet can pivot; machine-readable values."""
    data = summary_data(r)
    rows: list[list[str]] = [["section", "subject", "figure", "value"]]

    def flat(section: str, subject: str, prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                flat(section, subject, f"{prefix}.{k}" if prefix else k, v)
        elif not isinstance(value, list):
            rows.append([section, subject, prefix, "" if value is None else str(value)])

    for key in ("from", "to", "timezone", "currency", "generated_at"):
        rows.append(["period", "", key, str(data[key])])
    for section in ("cases", "first_answer", "resolution", "remedies", "credit"):
        flat(section, "", "", data[section])
    for week in data["weeks"]:
        flat("week", week["week_start"], "", {k: v for k, v in week.items() if k != "week_start"})
    for agent in data["agents"]:
        flat("agent", agent["username"] or "", "", {k: v for k, v in agent.items() if k != "username"})
    return rows


def _write_atomically(path: str | Path, write: Callable[[io.BufferedWriter], object]) -> Path:
    target = Path(path)
    try:
        folder = target.parent if str(target.parent) else Path(".")
        fd, tmp = tempfile.mkstemp(prefix=".rimedio-", suffix=target.suffix, dir=folder)
    except OSError as exc:
        raise ValidationError(
            "Cannot write {path}: {reason}", path=str(target), reason=exc.strerror or str(exc)
        ) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ValidationError(
            "Cannot write {path}: {reason}", path=str(target), reason=exc.strerror or str(exc)
        ) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def write_csv(r: Summary, path: str | Path) -> Path:
    """The tidy CSV (UTF-8 with a BOM, so spreadsheet programs read accents right)."""
    text = io.StringIO()
    rows = ([sheet_safe(cell) for cell in row] for row in csv_rows(r))  # an agent's name is not a formula
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    return _write_atomically(path, lambda fh: fh.write(text.getvalue().encode("utf-8-sig")))


def write_pdf(
    r: Summary,
    path: str | Path,
    *,
    shop_name: str = "",
    lang: str | None = None,
    anchor: Anchor | None = None,
) -> Path:
    """A printable A4 report: headline figures, cases per week (bars), the weekly and per-agent tables, and the
    audit log's anchor (:mod:`app.services.anchors`) so the printed report is also a record of the log's end."""
    data = render_pdf(r, shop_name=shop_name, lang=lang or current_language(), anchor=anchor)
    return _write_atomically(path, lambda fh: fh.write(data))


def render_pdf(r: Summary, *, shop_name: str = "", lang: str = "en", anchor: Anchor | None = None) -> bytes:
    """The PDF's bytes (reportlab, the shipped DejaVu faces so every European letter prints)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from app.documents.fonts import SANS, SANS_BOLD, register_fonts

    register_fonts()

    def t(msgid: str, **kw: Any) -> str:
        return translate(msgid, lang, **kw)

    title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=16, leading=20, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName=SANS_BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=12)
    grid = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), SANS, 8),
            ("FONT", (0, 0), (-1, 0), SANS_BOLD, 8),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
    )
    story: list[Any] = [
        Paragraph(t("Customer-care report") + (f" — {_esc(shop_name)}" if shop_name else ""), title),
        Paragraph(
            t(
                "From {start} to {end} ({zone}), generated {when}",
                start=r.date_from.isoformat(),
                end=r.date_to.isoformat(),
                zone=r.timezone,
                when=r.generated_at.strftime("%Y-%m-%d %H:%M UTC"),
            ),
            body,
        ),
    ]
    chosen = ", ".join(
        filter(None, (", ".join(r.filter.kinds), ", ".join(r.filter.channels), ", ".join(r.filter.agents)))
    )
    if chosen:
        story.append(Paragraph(t("Only: {filters}", filters=_esc(chosen)), body))
    figures = headline_figures(r, lang)
    story += [
        Paragraph(t("Figures"), h2),
        Table(
            [[label, value] for _, label, value in figures],
            colWidths=[95 * mm, 45 * mm],
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS, 9),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
                ]
            ),
            hAlign="LEFT",
        ),
    ]

    if r.weeks:
        story.append(Paragraph(t("Cases per week"), h2))
        drawing = Drawing(170 * mm, 55 * mm)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 10 * mm, 8 * mm, 155 * mm, 42 * mm
        chart.data = [[w.cases for w in r.weeks]]
        chart.categoryAxis.categoryNames = [w.week_start.strftime("%d/%m") for w in r.weeks]
        chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = SANS
        chart.categoryAxis.labels.fontSize = 6 if len(r.weeks) > 20 else 7
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        chart.bars[0].fillColor = colors.HexColor("#3b7dd8")
        chart.bars[0].strokeColor = None
        drawing.add(chart)
        story.append(drawing)
        head = [
            t("Week"),
            t("Cases"),
            t("Resolved"),
            t("On time"),
            t("Late"),
            t("Credit issued"),
            t("Credit spent"),
            t("Owed"),
        ]
        rows = [
            [
                w.week_start.isoformat(),
                w.cases,
                w.resolved,
                w.resolution_on_time,
                w.resolution_late,
                w.credit_issued.format(lang),
                w.credit_spent.format(lang),
                w.liability_end.format(lang),
            ]
            for w in r.weeks
        ]
        story.append(Table([head, *rows], repeatRows=1, style=grid, hAlign="LEFT"))

    if r.remedies.chosen:
        story.append(Paragraph(t("Chosen remedies"), h2))
        story.append(
            Table(
                [[t("Remedy"), t("Cases")], *[[k, v] for k, v in r.remedies.chosen.items()]],
                style=grid,
                hAlign="LEFT",
            )
        )
    if r.agents:
        story.append(Paragraph(t("Per agent"), h2))
        head = [
            t("Agent"),
            t("Cases"),
            t("First answer on time"),
            t("Resolved on time"),
            t("Keep-and-credit offered"),
            t("accepted"),
            t("Saved"),
            t("Credit issued"),
        ]
        rows = [
            [
                a.name or "–",
                a.cases,
                _pct_text(a.first_answer.on_time_share),
                _pct_text(a.resolution.on_time_share),
                a.keep_and_credit_offered,
                a.keep_and_credit_accepted,
                a.savings.format(lang),
                a.credit_issued.format(lang),
            ]
            for a in r.agents
        ]
        story.append(
            Table(
                [
                    [
                        Paragraph(h, ParagraphStyle("th", fontName=SANS_BOLD, fontSize=7, leading=8))
                        for h in head
                    ],
                    *rows,
                ],
                repeatRows=1,
                style=grid,
                hAlign="LEFT",
            )
        )
    if anchor is not None:
        mono = ParagraphStyle("mono", fontName=SANS, fontSize=7, leading=9)
        story.append(Paragraph(t("Audit log anchor"), h2))
        story.append(
            Paragraph(
                t(
                    "Keep this page: `rimedio audit verify --anchor` proves the audit log still holds "
                    "every entry up to this one, unchanged."
                ),
                body,
            )
        )
        story += [Paragraph(_esc(line), mono) for line in anchor.lines()]
    story.append(Spacer(1, 4 * mm))

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=t("Customer-care report"),
        author="Rimedio",
    )
    doc.build(story)
    return out.getvalue()


def _pct_text(v: Decimal | None) -> str:
    return "–" if v is None else f"{v} %"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
