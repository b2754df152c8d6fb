"""The case sheet: one case and its history on A4, for the shop's file or a courier claim.

Internal notes are never printed: events marked ``internal`` are dropped here whatever the caller passes. This
module must never look anything up: it prints the :class:`~app.documents.data.CaseSheetData` it is given.
"""

from __future__ import annotations

from datetime import datetime
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.documents.case_events import event_name, word
from app.documents.data import CaseSheetData, ShopProfile
from app.documents.fonts import SANS, SANS_BOLD, register_fonts
from app.documents.formatting import long_date, short_datetime
from app.documents.layout import ACCENT, MUTED
from app.documents.templates import labels


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle(
            "title", fontName=SANS_BOLD, fontSize=16, leading=20, textColor=colors.Color(*ACCENT)
        ),
        "shop": ParagraphStyle("shop", fontName=SANS, fontSize=8, leading=10, textColor=colors.Color(*MUTED)),
        "h2": ParagraphStyle("h2", fontName=SANS_BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
        "label": ParagraphStyle("label", fontName=SANS_BOLD, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", fontName=SANS, fontSize=8.5, leading=11),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _when(moment: datetime | None, lang: str) -> str:
    return short_datetime(moment, lang) if moment else ""


def render_case_sheet(data: CaseSheetData, shop: ShopProfile) -> bytes:
    """The case sheet as an A4 PDF (several pages when the history is long)."""
    register_fonts()
    lang = data.language
    words = labels(lang)
    st = _styles()
    buf = BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=f"{words['case_sheet_title']} {data.case_number}",
        author=shop.name,
        creator="Rimedio",
    )
    printed = long_date(data.printed_on or datetime.now().date(), lang)

    def footer(canvas, doc_) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColorRGB(*MUTED)
        canvas.drawString(18 * mm, 10 * mm, f"{shop.name} · {words['case_sheet_title']} {data.case_number}")
        canvas.drawRightString(
            A4[0] - 18 * mm, 10 * mm, f"{words['printed_on'].format(date=printed)} · {doc_.page}"
        )
        canvas.restoreState()

    address = " · ".join(x for x in (*shop.address_lines, shop.website, shop.email) if x)
    story = [
        _p(f"{words['case_sheet_title']} {data.case_number}", st["title"]),
        _p(f"{shop.name} · {address}" if address else shop.name, st["shop"]),
        Spacer(1, 6 * mm),
    ]
    rows = [
        (words["case"], data.case_number),
        (words["opened"], _when(data.opened_at, lang)),
        (words["kind"], word(words["kinds"], data.kind)),
        (words["channel"], word(words["channels"], data.channel)),
        (words["status"], word(words["statuses"], data.status)),
        (words["customer"], data.customer_name),
        (words["email"], data.customer_email),
        (words["phone"], data.customer_phone),
        (words["order"], data.order_number),
        (words["order_date"], long_date(data.order_date, lang) if data.order_date else ""),
        (words["items"], "\n".join(data.items)),
        (words["summary"], data.summary),
        (words["customer_wants"], word(words["wants"], data.customer_wants)),
        (words["remedy"], word(words["remedies"], data.remedy)),
        (words["credit"], data.credit.format(lang) if data.credit else ""),
        (words["owner"], data.owner),
        (words["first_answer_due"], _when(data.first_answer_due, lang)),
        (words["resolution_due"], _when(data.resolution_due, lang)),
    ]
    facts = Table(
        [[_p(k, st["label"]), _p(v, st["cell"])] for k, v in rows if v],
        colWidths=[48 * mm, None],
    )
    facts.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.Color(0.85, 0.85, 0.87)),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story += [facts, Spacer(1, 4 * mm), _p(words["history"], st["h2"])]
    events = sorted((e for e in data.events if not e.internal), key=lambda e: e.when)
    if events:
        table = Table(
            [[_p(words["when"], st["label"]), _p(words["event"], st["label"]), _p(words["who"], st["label"])]]
            + [
                [
                    _p(short_datetime(e.when, lang), st["cell"]),
                    _p(" — ".join(x for x in (event_name(e.kind, words), e.text) if x), st["cell"]),
                    _p(e.author, st["cell"]),
                ]
                for e in events
            ],
            colWidths=[34 * mm, None, 34 * mm],
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.Color(*ACCENT)),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.85, 0.85, 0.87)),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story.append(table)
    else:
        story.append(_p(words["no_history"], st["cell"]))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
