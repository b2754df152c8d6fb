"""An agent prints an apology note in the customer's language, alone or with the voucher."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.documents.layout import PageSize
from app.documents.note import _markup, note_text, render_note
from app.domain.enums import CaseKind
from app.errors import ValidationError
from tests.documents.helpers import NAMES, make_note, make_voucher, pdf_pages, pdf_text, squash


@pytest.mark.parametrize("kind", [k.value for k in CaseKind])
@pytest.mark.parametrize("lang", ["en", "it", "ro"])
def test_note_for_every_kind_and_language(kind, lang, shop, images):
    note = make_note(lang, kind, signature=images["signature"])
    pdf = render_note(note, shop, "a5")
    text = squash(pdf_text(pdf))
    assert NAMES[lang][0] in text
    assert "12,50 €" in text or "€12.50" in text
    assert "Ioana Popescu" in text
    assert "Bottega Verde di Niccolò" in text


@pytest.mark.parametrize("size", list(PageSize))
def test_note_with_voucher_on_every_size(size, shop):
    pdf = render_note(make_note("ro"), shop, size, voucher=make_voucher("ro"))
    assert pdf_pages(pdf) == (1 if size is PageSize.A4 else 2)
    text = squash(pdf_text(pdf))
    assert "Dragă Ștefan," in text and "Ștefan Țărână" in text and "K7QM-4XPT-9R" in text
    assert "8 martie 2026" in text


def test_plain_type_note(shop):
    text = squash(pdf_text(render_note(make_note("it"), shop, "a6", handwriting=False)))
    assert "Ciao Niccolò," in text


def test_no_credit_leaves_out_the_voucher_sentence(shop):
    note = make_note("en", amount=None, expires_on=None)
    text = note_text(note, shop)
    assert "store credit" not in text and "until" not in text
    assert "Dear Øystein," in text


def test_missing_item_is_refused_before_printing(shop):
    with pytest.raises(ValidationError) as err:
        render_note(make_note("en", "damaged", item=""), shop)
    assert "item" in err.value.message


def test_shop_override_is_used(shop):
    custom = "Ciao {first_name}!\n\n{remedy}\n\nA presto,"
    text = squash(pdf_text(render_note(make_note("it", "complaint"), shop, "a6", template=custom)))
    assert "Ciao Niccolò!" in text and "A presto," in text


def test_letters_the_handwriting_lacks_fall_back_to_sans():
    assert '<font face="RimedioSans">Ω</font>' in _markup("Ωmega & co", "RimedioHand")
    assert "&amp;" in _markup("a & b", "RimedioHand")


def test_long_text_still_fits_on_the_card(shop):
    long_problem = "the parcel was left in the rain at the depot, and " * 12 + "nobody noticed"
    pdf = render_note(replace(make_note("en"), problem=long_problem), shop, "a6")
    assert pdf_pages(pdf) == 1
    assert "With warm regards," in pdf_text(pdf)
