"""Many vouchers in one PDF (a campaign of a thousand), with progress and a way to stop.

``progress(done, total)`` is called after each page and returns ``False`` to cancel; cancelling raises
:class:`BatchCancelled` and returns no half-made file. This module must never touch the GUI: the caller runs it in
a background worker and forwards the progress.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO

from app.documents.data import ShopProfile, VoucherData
from app.documents.layout import PageSize, parse_size, voucher_sheet
from app.documents.templates import labels
from app.documents.voucher import draw_voucher_cell, new_canvas
from app.errors import RimedioError, ValidationError

Progress = Callable[[int, int], bool]


class BatchCancelled(RimedioError):
    """The user stopped the batch before it was finished; nothing was written."""

    code = "cancelled"


def render_batch(
    vouchers: Sequence[VoucherData],
    shop: ShopProfile,
    size: PageSize | str = PageSize.A4,
    progress: Progress | None = None,
) -> bytes:
    """All ``vouchers`` in one PDF: four to an A4 sheet, one per page on the other sizes."""
    size = parse_size(size)
    if not vouchers:
        raise ValidationError("There are no vouchers to print.")
    pagesize, cells = voucher_sheet(size)
    total = len(vouchers)
    buf = BytesIO()
    title = f"{labels(vouchers[0].language)['voucher_title']} ×{total}"
    c = new_canvas(buf, pagesize, title, shop)
    per_page = len(cells)
    done = 0
    for start in range(0, total, per_page):
        page = vouchers[start : start + per_page]
        for i, voucher in enumerate(page):
            draw_voucher_cell(c, voucher, shop, cells[i], size, last_on_page=i == len(page) - 1)
        c.showPage()
        done += len(page)
        if progress is not None and progress(done, total) is False:
            raise BatchCancelled("The batch was cancelled; no file was made.")
    c.save()
    return buf.getvalue()
