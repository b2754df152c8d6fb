"""An agent prints a store-credit voucher: every size and language reads back with the customer's own letters."""

from __future__ import annotations

import pytest

from app.documents.formatting import long_date
from app.documents.layout import PageSize, parse_size
from app.documents.voucher import render_voucher
from app.errors import ValidationError
from tests.documents.helpers import NAMES, decode_qr, make_voucher, pdf_pages, pdf_text, squash

EXPECTED_AMOUNT = {"en": "€12.50", "it": "12,50 €", "ro": "12,50 €"}
EXPECTED_EXPIRY = {"en": "8 March 2026", "it": "8 marzo 2026", "ro": "8 martie 2026"}


@pytest.mark.parametrize("size", list(PageSize))
@pytest.mark.parametrize("lang", ["en", "it", "ro"])
def test_voucher_reads_back_name_amount_code_expiry(lang, size, shop):
    voucher = make_voucher(lang)
    pdf = render_voucher(voucher, shop, size)
    assert pdf.startswith(b"%PDF") and pdf_pages(pdf) == 1
    text = squash(pdf_text(pdf))
    assert NAMES[lang][1] in text
    assert EXPECTED_AMOUNT[lang] in text
    assert "K7QM-4XPT-9R" in text
    assert EXPECTED_EXPIRY[lang] in text
    assert long_date(voucher.expires_on, lang) == EXPECTED_EXPIRY[lang]
    assert "Bottega Verde di Niccolò" in text and "Via Garibaldi 12" in text


@pytest.mark.parametrize("lang,words", [("en", "30%"), ("it", "30%"), ("ro", "30 %")])
def test_voucher_prints_its_conditions(lang, words, shop):
    text = squash(pdf_text(render_voucher(make_voucher(lang), shop, "a6")))
    assert words in text
    assert {
        "en": "Not exchangeable for cash.",
        "it": "Non convertibile in denaro.",
        "ro": "Nu poate fi preschimbat în bani.",
    }[lang] in text


@pytest.mark.parametrize("size", list(PageSize))
def test_qr_code_decodes_to_the_code(size, shop, tmp_path):
    pdf = render_voucher(make_voucher("ro"), shop, size)
    assert decode_qr(pdf, tmp_path) == ["K7QM4XPT9R"]


def test_many_codes_decode_with_the_fixed_mask(shop, tmp_path):
    from app.documents.batch import render_batch

    codes = [f"{a}{b}Q7-M4XP-T{a}{b}" for a in "ACHKNRWZ" for b in "2469"][:32]
    vouchers = [make_voucher("en", code=c) for c in codes]
    pdf = render_batch(vouchers, shop, "a4")
    found: list[str] = []
    for page in range(1, pdf_pages(pdf) + 1):
        found += decode_qr(pdf, tmp_path, page)
    assert sorted(found) == sorted(c.replace("-", "") for c in codes)


def test_voucher_without_expiry_says_so(shop):
    from dataclasses import replace

    text = squash(pdf_text(render_voucher(replace(make_voucher("it"), expires_on=None), shop, "a5")))
    assert "Senza scadenza" in text


def test_unknown_size_is_refused_clearly():
    assert parse_size("A6") is PageSize.A6 and parse_size("4x6") is PageSize.LABEL_4X6
    with pytest.raises(ValidationError) as err:
        parse_size("letter")
    assert "letter" in err.value.message
