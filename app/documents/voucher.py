"""The store-credit voucher: amount, code (grouped characters and QR), expiry, conditions, the shop's address.

:func:`draw_voucher` paints one voucher into a box of any canvas (used by notes and batches too);
:func:`render_voucher` makes a one-voucher PDF. This module must never decide the amount, the code or the cap:
it prints what :class:`~app.documents.data.VoucherData` says, in the voucher's language.
"""

from __future__ import annotations

from functools import cache
from io import BytesIO
from pathlib import Path

from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.documents.data import ShopProfile, VoucherData
from app.documents.fonts import MONO_BOLD, SANS, SANS_BOLD, register_fonts
from app.documents.formatting import long_date, share
from app.documents.layout import (
    ACCENT,
    INK,
    MUTED,
    Box,
    PageSize,
    card_margin,
    cut_frame,
    cut_line,
    draw_fitted,
    parse_size,
    voucher_sheet,
)
from app.documents.qr import draw_qr
from app.documents.templates import labels


@cache
def image_reader(path: Path) -> ImageReader:
    """A logo or signature image, read once per process."""
    return ImageReader(str(path))


def _texts(data: VoucherData, shop: ShopProfile) -> dict[str, str]:
    words = labels(data.language)
    lang = data.language
    return {
        "title": words["voucher_title"],
        "amount": data.amount.format(lang),
        "for": words["voucher_for"].format(name=data.customer_name) if data.customer_name else "",
        "code_label": words["code"],
        "expiry": (
            words["valid_until"].format(date=long_date(data.expires_on, lang))
            if data.expires_on
            else words["no_expiry"]
        ),
        "conditions": f"{words['cap'].format(share=share(data.cap_share, lang))} {words['not_cash']}",
        "use": words["use_at"].format(website=shop.website) if shop.website else words["use_in_shop"],
        "address": " · ".join(line for line in (*shop.address_lines, shop.website) if line),
    }


def _draw_logo(c: Canvas, shop: ShopProfile, x: float, top: float, height: float) -> float:
    """Draw the logo with its top at ``top``; returns its width (0 without a logo)."""
    if shop.logo_path is None:
        return 0.0
    img = image_reader(shop.logo_path)
    iw, ih = img.getSize()
    width = height * iw / ih
    c.drawImage(img, x, top - height, width, height, mask="auto")
    return width


def _paragraph(
    c: Canvas, text: str, font: str, size: float, x: float, top: float, width: float, max_lines: int = 3
) -> float:
    """Draw wrapped text from ``top`` down; returns the y below the last line."""
    c.setFont(font, size)
    lines = simpleSplit(text, font, size, width)[:max_lines]
    y = top
    for line in lines:
        y -= size * 1.25
        c.drawString(x, y, line)
    return y


def draw_voucher(c: Canvas, data: VoucherData, shop: ShopProfile, box: Box) -> None:
    """Paint one voucher card filling ``box`` (wide strip or card, or a tall label)."""
    register_fonts()
    t = _texts(data, shop)
    c.saveState()
    c.setStrokeColorRGB(*ACCENT)
    c.setLineWidth(1.2)
    c.roundRect(box.x, box.y, box.w, box.h, min(box.w, box.h) * 0.04, stroke=1, fill=0)
    if box.w >= box.h:
        _draw_wide(c, data, shop, box, t)
    else:
        _draw_tall(c, data, shop, box, t)
    c.restoreState()


def _draw_wide(c: Canvas, data: VoucherData, shop: ShopProfile, box: Box, t: dict[str, str]) -> None:
    s = min(box.w / 440, box.h / 190)
    pad = 14 * s
    inner = box.inset(pad)
    qr = min(inner.h * 0.70, inner.w * 0.30)
    left_w = inner.w - qr - pad
    # header: logo, shop name, title
    y = inner.top
    logo_w = _draw_logo(c, shop, inner.x, y, 22 * s)
    name_x = inner.x + (logo_w + 6 * s if logo_w else 0)
    c.setFillColorRGB(*INK)
    draw_fitted(c, shop.name, SANS_BOLD, 11 * s, name_x, y - 11 * s, left_w - (name_x - inner.x))
    c.setFillColorRGB(*ACCENT)
    draw_fitted(c, t["title"].upper(), SANS_BOLD, 8.5 * s, name_x, y - 22 * s, left_w - (name_x - inner.x))
    # body: amount, customer, code, expiry — spread over the space above the conditions
    bottom_band = 26 * s
    body_top = y - 28 * s
    body_h = body_top - (inner.y + bottom_band)
    rows = [34 * s, 10 * s, max(6.0, 7 * s), 20 * s, 9.5 * s]
    gap = max(2 * s, (body_h - sum(rows)) / (len(rows) + 0.5))
    cur = body_top - gap * 0.6
    c.setFillColorRGB(*INK)
    cur -= rows[0]
    draw_fitted(c, t["amount"], SANS_BOLD, rows[0], inner.x, cur + rows[0] * 0.18, left_w)
    cur -= gap + rows[1]
    if t["for"]:
        draw_fitted(c, t["for"], SANS, rows[1], inner.x, cur + rows[1] * 0.2, left_w)
    cur -= gap + rows[2]
    c.setFillColorRGB(*MUTED)
    draw_fitted(c, t["code_label"].upper(), SANS, rows[2], inner.x, cur, left_w)
    cur -= gap * 0.4 + rows[3]
    c.setFillColorRGB(*INK)
    draw_fitted(c, data.code_grouped, MONO_BOLD, rows[3], inner.x, cur + rows[3] * 0.18, left_w)
    cur -= gap + rows[4]
    draw_fitted(c, t["expiry"], SANS_BOLD, rows[4], inner.x, cur + rows[4] * 0.2, left_w)
    # QR at the right, caption below
    qr_x = inner.right - qr
    qr_y = inner.y + bottom_band + (inner.top - inner.y - bottom_band - qr) / 2
    draw_qr(c, data.code_plain, qr_x, qr_y, qr)
    # conditions and address along the bottom
    c.setFillColorRGB(*MUTED)
    draw_fitted(c, t["conditions"], SANS, 7.5 * s, inner.x, inner.y + 13 * s, inner.w)
    draw_fitted(
        c,
        f"{shop.name} · {t['address']}" if t["address"] else shop.name,
        SANS,
        7 * s,
        inner.x,
        inner.y + 2.5 * s,
        inner.w,
    )


def _draw_tall(c: Canvas, data: VoucherData, shop: ShopProfile, box: Box, t: dict[str, str]) -> None:
    s = box.w / 270
    inner = box.inset(14 * s)
    qr = inner.w * 0.62

    def centred(text: str, font: str, size: float, colour: tuple[float, float, float]):
        def draw(top: float) -> None:
            c.setFillColorRGB(*colour)
            draw_fitted(c, text, font, size, inner.x, top - size * 0.95, inner.w, align="center")

        return size * 1.15, draw

    def logo(top: float) -> None:
        img = image_reader(shop.logo_path)
        iw, ih = img.getSize()
        lw = 28 * s * iw / ih
        c.drawImage(img, inner.x + (inner.w - lw) / 2, top - 28 * s, lw, 28 * s, mask="auto")

    def code_image(top: float) -> None:
        draw_qr(c, data.code_plain, inner.x + (inner.w - qr) / 2, top - qr, qr)

    def small_print(top: float) -> None:
        c.setFillColorRGB(*MUTED)
        y = _paragraph(c, t["conditions"], SANS, 8 * s, inner.x, top, inner.w)
        if t["address"]:
            _paragraph(c, t["address"], SANS, 7.5 * s, inner.x, y - 3 * s, inner.w, max_lines=2)

    items = []
    if shop.logo_path is not None:
        items.append((28 * s, logo))
    items.append(centred(shop.name, SANS_BOLD, 13 * s, INK))
    items.append(centred(t["title"].upper(), SANS_BOLD, 9.5 * s, ACCENT))
    items.append(centred(t["amount"], SANS_BOLD, 38 * s, INK))
    if t["for"]:
        items.append(centred(t["for"], SANS, 11 * s, INK))
    items.append((qr, code_image))
    items.append(centred(t["code_label"].upper(), SANS, 8 * s, MUTED))
    items.append(centred(data.code_grouped, MONO_BOLD, 22 * s, INK))
    items.append(centred(t["expiry"], SANS_BOLD, 10.5 * s, INK))
    items.append((48 * s, small_print))
    gap = max(2 * s, (inner.h - sum(h for h, _ in items)) / (len(items) - 1))
    top = inner.top
    for height, draw in items:
        draw(top)
        top -= height + gap


def draw_voucher_cell(
    c: Canvas, data: VoucherData, shop: ShopProfile, cell: Box, size: PageSize, last_on_page: bool
) -> None:
    """A voucher in one cell of a sheet, with the cut line the sheet needs."""
    margin = card_margin(size)
    draw_voucher(c, data, shop, cell.inset(margin))
    if size is PageSize.A4:
        if not last_on_page:
            cut_line(c, cell.x, cell.right, cell.y)
    elif size is not PageSize.LABEL_4X6:
        cut_frame(c, cell.inset(margin / 2))


def new_canvas(buffer: BytesIO, pagesize: tuple[float, float], title: str, shop: ShopProfile) -> Canvas:
    """A canvas with the document's metadata set and the fonts registered."""
    register_fonts()
    c = Canvas(buffer, pagesize=pagesize, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(shop.name)
    c.setCreator("Rimedio")
    return c


def render_voucher(data: VoucherData, shop: ShopProfile, size: PageSize | str = PageSize.A6) -> bytes:
    """One voucher as a PDF: the top strip of an A4 sheet, or a card on A5, A6 or a 4×6 in label."""
    size = parse_size(size)
    pagesize, cells = voucher_sheet(size)
    buf = BytesIO()
    c = new_canvas(buf, pagesize, f"{labels(data.language)['voucher_title']} {data.code_grouped}", shop)
    draw_voucher_cell(c, data, shop, cells[0], size, last_on_page=False)
    c.showPage()
    c.save()
    return buf.getvalue()
