"""The apology note: a personal card with the shop's letterhead, the case's words and the agent's signature.

Wording comes from :mod:`app.documents.templates` (the shop's override or the shipped text) in the customer's
language; the body is set in the handwriting face unless the caller asks for plain type. This module must never
invent wording of its own or print a note whose required facts (first name, item, remedy …) are missing.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph

from app.documents.data import NoteData, ShopProfile, VoucherData
from app.documents.fonts import HAND, SANS, SANS_BOLD, missing_glyphs, register_fonts
from app.documents.formatting import long_date
from app.documents.layout import (
    ACCENT,
    INK,
    MUTED,
    PAPER,
    Box,
    PageSize,
    cut_line,
    draw_fitted,
    parse_size,
    voucher_sheet,
)
from app.documents.templates import REQUIRED, labels, load_template, paragraphs, render
from app.documents.voucher import draw_voucher_cell, image_reader, new_canvas
from app.errors import ValidationError

_MISSING_MESSAGES = {
    "first_name": "The note needs the customer's first name.",
    "item": "The note needs the item the case is about.",
    "order_number": "The note needs the order number.",
    "remedy": "The note needs the remedy: what the shop is doing about it.",
}


def note_values(note: NoteData, shop: ShopProfile, code: str = "") -> dict[str, str]:
    """The placeholder values of a note, formatted in the customer's language."""
    lang = note.language
    has_credit = note.amount is not None and note.amount.minor > 0
    return {
        "first_name": note.customer_first_name.strip(),
        "order_number": note.order_number.strip(),
        "item": note.item.strip(),
        "problem": note.problem.strip(),
        "remedy": note.remedy_text.strip(),
        "amount": note.amount.format(lang) if has_credit and note.amount else "",
        "expiry": long_date(note.expires_on, lang) if has_credit and note.expires_on else "",
        "agent_name": note.agent_name.strip(),
        "shop_name": shop.name.strip(),
        "code": code,
    }


def note_text(note: NoteData, shop: ShopProfile, template: str | None = None) -> str:
    """The filled-in note (lines and blank-line paragraphs), after checking its required facts are there."""
    kind = str(note.kind)
    text = load_template(kind, note.language, template)
    values = note_values(note, shop)
    for name in sorted(REQUIRED.get(kind, ())):
        if not values.get(name):
            raise ValidationError(_MISSING_MESSAGES.get(name, "The note needs {field}."), field=name)
    return render(text, values)


def _markup(text: str, font: str) -> str:
    """Escape ``text`` for a Paragraph and set any letter ``font`` lacks in the sans face instead of a box."""
    lacking = set(missing_glyphs(font, text)) if font != SANS else set()
    out: list[str] = []
    for ch in text:
        piece = escape(ch)
        out.append(f'<font face="{SANS}">{piece}</font>' if ch in lacking else piece)
    return "".join(out)


def _note_box(size: PageSize, with_voucher: bool) -> tuple[tuple[float, float], Box, Box | None]:
    """Page size, the note's box and (A4 only) the voucher cell at the foot of the same sheet."""
    w, h = PAPER[size]
    margin = {PageSize.A4: 20 * mm, PageSize.A5: 14 * mm, PageSize.A6: 9 * mm, PageSize.LABEL_4X6: 8 * mm}[
        size
    ]
    if size is PageSize.A4 and with_voucher:
        _, cells = voucher_sheet(size)
        cell = cells[-1]
        return (w, h), Box(margin, cell.top + 10 * mm, w - 2 * margin, h - cell.top - 10 * mm - margin), cell
    return (w, h), Box(margin, margin, w - 2 * margin, h - 2 * margin), None


def _letterhead(c: Canvas, shop: ShopProfile, box: Box, s: float, written_on: date, lang: str) -> float:
    """Logo, name, address and date along the top; returns the y where the letter may start."""
    top = box.top
    x = box.x
    if shop.logo_path is not None:
        img = image_reader(shop.logo_path)
        iw, ih = img.getSize()
        lh = 34 * s
        lw = lh * iw / ih
        c.drawImage(img, x, top - lh, lw, lh, mask="auto")
        x += lw + 8 * s
    width = box.right - x
    c.setFillColorRGB(*INK)
    y = top - 13 * s
    draw_fitted(c, shop.name, SANS_BOLD, 13 * s, x, y, width * 0.68)
    c.setFillColorRGB(*MUTED)
    for line in (*shop.address_lines, shop.website):
        if line:
            y -= 9.5 * s
            draw_fitted(c, line, SANS, 7.5 * s, x, y, width * 0.68)
    draw_fitted(c, long_date(written_on, lang), SANS, 8 * s, box.x, top - 13 * s, box.w, align="right")
    y = min(y, top - 34 * s) - 8 * s
    c.setStrokeColorRGB(*ACCENT)
    c.setLineWidth(0.8)
    c.line(box.x, y, box.right, y)
    return y - 14 * s


def draw_note(
    c: Canvas,
    note: NoteData,
    shop: ShopProfile,
    box: Box,
    *,
    template: str | None = None,
    handwriting: bool = True,
) -> None:
    """Paint the note into ``box``: letterhead, the letter, the agent's signature and name."""
    register_fonts()
    text = note_text(note, shop, template)
    lang = note.language
    s = min(1.25, box.w / 330)
    top = _letterhead(c, shop, box, s, note.written_on or date.today(), lang)
    body_font = HAND if handwriting else SANS
    base = (13.5 if handwriting else 10.5) * s
    sign_h = (34 if note.signature_path else 0) * s + 40 * s
    frame_h = top - (box.y + sign_h)
    parts = paragraphs(text)
    for factor in (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6, 0.55):
        size = base * factor
        style = ParagraphStyle(
            "note",
            fontName=body_font,
            fontSize=size,
            leading=size * 1.38,
            textColor=INK,
            spaceAfter=size * 0.55,
            alignment=TA_LEFT,
        )
        flow = [Paragraph(_markup(p, body_font), style) for p in parts]
        needed = sum(f.wrap(box.w, frame_h)[1] + style.spaceAfter for f in flow)
        if needed <= frame_h:
            break
    frame = Frame(
        box.x,
        top - needed - 2,
        box.w,
        needed + 2,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        showBoundary=0,
    )
    frame.addFromList(flow, c)
    y = top - needed
    if note.signature_path is not None:
        img = image_reader(note.signature_path)
        iw, ih = img.getSize()
        sh = 34 * s
        c.drawImage(img, box.x, y - sh, sh * iw / ih, sh, mask="auto")
        y -= sh
    c.setFillColorRGB(*INK)
    if note.agent_name:
        y -= 18 * s
        draw_fitted(c, note.agent_name, body_font, 17 * s if handwriting else 11 * s, box.x, y, box.w)
    c.setFillColorRGB(*MUTED)
    y -= 12 * s
    draw_fitted(c, labels(lang)["signature_role"].format(shop=shop.name), SANS, 7.5 * s, box.x, y, box.w)


def render_note(
    note: NoteData,
    shop: ShopProfile,
    size: PageSize | str = PageSize.A5,
    *,
    voucher: VoucherData | None = None,
    template: str | None = None,
    handwriting: bool = True,
) -> bytes:
    """The note as a PDF; with ``voucher``, on the same A4 sheet below a cut line, or as a second page."""
    size = parse_size(size)
    pagesize, box, cell = _note_box(size, voucher is not None)
    buf = BytesIO()
    c = new_canvas(buf, pagesize, f"{shop.name} — {note.customer_full_name}", shop)
    draw_note(c, note, shop, box, template=template, handwriting=handwriting)
    if voucher is not None and cell is not None:
        cut_line(c, 0, pagesize[0], cell.top)
        draw_voucher_cell(c, voucher, shop, cell, size, last_on_page=True)
    c.showPage()
    if voucher is not None and cell is None:
        vsize, cells = voucher_sheet(size)
        c.setPageSize(vsize)
        draw_voucher_cell(c, voucher, shop, cells[0], size, last_on_page=True)
        c.showPage()
    c.save()
    return buf.getvalue()
