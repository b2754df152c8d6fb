"""Every face Rimedio embeds draws every European letter as itself, and the licences ship with the fonts."""

from __future__ import annotations

import pytest

from app.documents.fonts import (
    EUROPEAN_LETTERS,
    HAND,
    MONO_BOLD,
    SANS,
    SANS_BOLD,
    missing_glyphs,
    register_fonts,
)
from app.resources import resource_path


@pytest.mark.parametrize("font", [SANS, SANS_BOLD, MONO_BOLD, HAND])
def test_face_covers_every_european_letter(font):
    assert missing_glyphs(font, EUROPEAN_LETTERS) == ""


def test_registration_is_done_once():
    assert register_fonts() is register_fonts()


def test_licences_ship_next_to_the_fonts():
    folder = resource_path("fonts")
    assert (folder / "LICENSE-DejaVu.txt").is_file()
    assert "Open Font License" in (folder / "LICENSE-RimedioHand-OFL.txt").read_text(encoding="utf-8")


def test_missing_glyphs_names_what_a_face_lacks():
    assert missing_glyphs(HAND, "Ω ✂") != ""
