"""Paper sizes and where things go on them: A4, A5, A6 and the 4×6 in label, in PDF points.

Pure geometry plus a few drawing helpers shared by the note, voucher and case sheet (fitting text to a width,
the cut line). It must never pick wording or read data: callers hand it boxes and strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib.pagesizes import A4, A5, A6, landscape
from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.documents.fonts import SANS
from app.errors import ValidationError


class PageSize(StrEnum):
    A4 = "a4"
    A5 = "a5"
    A6 = "a6"
    LABEL_4X6 = "label_4x6"


#: Portrait page size of each paper.
PAPER: dict[PageSize, tuple[float, float]] = {
    PageSize.A4: A4,
    PageSize.A5: A5,
    PageSize.A6: A6,
    PageSize.LABEL_4X6: (4 * inch, 6 * inch),
}

#: Vouchers per A4 sheet (four stacked strips, each the width of the sheet).
VOUCHERS_PER_A4 = 4

INK = (0.13, 0.13, 0.15)
ACCENT = (0.10, 0.37, 0.36)
MUTED = (0.40, 0.40, 0.43)


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on the page: ``x``, ``y`` is the bottom-left corner."""

    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w

    def inset(self, dx: float, dy: float | None = None) -> Box:
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, self.w - 2 * dx, self.h - 2 * dy)


def parse_size(value: str | PageSize) -> PageSize:
    """``"A5"``, ``"a6"``, ``"label"``, ``"4x6"`` → a :class:`PageSize`; anything else is refused clearly."""
    key = str(value or "").strip().lower().replace(" ", "").replace("-", "_").replace("×", "x")
    if key in ("label", "4x6", "label4x6"):
        key = PageSize.LABEL_4X6.value
    try:
        return PageSize(key)
    except ValueError:
        raise ValidationError(
            "Unknown paper size: {size}. Choose one of: {choices}.",
            size=str(value),
            choices=", ".join(s.value for s in PageSize),
        ) from None


def voucher_sheet(size: PageSize) -> tuple[tuple[float, float], list[Box]]:
    """Page size and the voucher cells on one page: four strips on A4, one card on the others."""
    if size is PageSize.A4:
        w, h = PAPER[size]
        cell_h = h / VOUCHERS_PER_A4
        return (w, h), [Box(0, h - (i + 1) * cell_h, w, cell_h) for i in range(VOUCHERS_PER_A4)]
    if size is PageSize.LABEL_4X6:
        w, h = PAPER[size]
        return (w, h), [Box(0, 0, w, h)]
    w, h = landscape(PAPER[size])
    return (w, h), [Box(0, 0, w, h)]


def card_margin(size: PageSize) -> float:
    """White space between a cell's edge (where it is cut) and the card drawn in it."""
    return {PageSize.A4: 6 * mm, PageSize.A5: 10 * mm, PageSize.A6: 6 * mm, PageSize.LABEL_4X6: 4 * mm}[size]


def fit_size(text: str, font: str, size: float, width: float, minimum: float = 5.0) -> float:
    """The largest font size up to ``size`` at which ``text`` fits in ``width``."""
    natural = stringWidth(text, font, size)
    if natural <= width or natural == 0:
        return size
    return max(minimum, size * width / natural)


def draw_fitted(
    c: Canvas, text: str, font: str, size: float, x: float, y: float, width: float, align: str = "left"
) -> float:
    """Draw one line shrunk to fit ``width``; returns the size used."""
    used = fit_size(text, font, size, width)
    c.setFont(font, used)
    if align == "center":
        c.drawCentredString(x + width / 2, y, text)
    elif align == "right":
        c.drawRightString(x + width, y, text)
    else:
        c.drawString(x, y, text)
    return used


def cut_line(c: Canvas, x0: float, x1: float, y: float) -> None:
    """A dashed horizontal cut line with scissors at its left end."""
    c.saveState()
    c.setStrokeColorRGB(*MUTED)
    c.setLineWidth(0.5)
    c.setDash(3, 3)
    c.line(x0 + 16, y, x1, y)
    c.setFillColorRGB(*MUTED)
    c.setFont(SANS, 10)
    c.drawString(x0 + 3, y - 3.5, "✂")
    c.restoreState()


def cut_frame(c: Canvas, box: Box) -> None:
    """A dashed rectangle to cut along, for a card printed alone on a larger sheet."""
    c.saveState()
    c.setStrokeColorRGB(*MUTED)
    c.setLineWidth(0.4)
    c.setDash(3, 3)
    c.rect(box.x, box.y, box.w, box.h, stroke=1, fill=0)
    c.restoreState()
