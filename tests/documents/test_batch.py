"""A supervisor prints a campaign of vouchers in one PDF, watches progress and may stop it."""

from __future__ import annotations

import pytest

from app.documents.batch import BatchCancelled, render_batch
from app.errors import ValidationError
from tests.documents.helpers import make_voucher, pdf_pages, pdf_text


def _vouchers(n: int):
    return [make_voucher("it", code=f"AB{i:02d}-CDEF-GH") for i in range(n)]


def test_four_to_an_a4_sheet_with_progress(shop):
    seen: list[tuple[int, int]] = []
    pdf = render_batch(
        _vouchers(9), shop, "a4", progress=lambda done, total: seen.append((done, total)) or True
    )
    assert pdf_pages(pdf) == 3
    assert seen == [(4, 9), (8, 9), (9, 9)]
    text = pdf_text(pdf)
    assert all(f"AB{i:02d}-CDEF-GH" in text for i in range(9))


def test_one_per_page_on_a6(shop):
    assert pdf_pages(render_batch(_vouchers(3), shop, "a6")) == 3


def test_cancel_stops_the_batch(shop):
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 8

    with pytest.raises(BatchCancelled):
        render_batch(_vouchers(40), shop, "a4", progress=progress)
    assert calls == [4, 8]


def test_empty_batch_is_refused(shop):
    with pytest.raises(ValidationError):
        render_batch([], shop, "a4")
