"""The TrueType faces every PDF is set in, registered with reportlab once per process.

Fonts come from ``resources/fonts/`` through :func:`app.resources.resource_path`, so a frozen bundle finds them too.
This module must never fall back silently to reportlab's Helvetica (it has no ș ț ă): a missing font file is a
packaging bug and raises.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource_path

SANS = "RimedioSans"
SANS_BOLD = "RimedioSans-Bold"
MONO_BOLD = "RimedioMono-Bold"
HAND = "RimedioHand"

_FILES: dict[str, str] = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
    HAND: "RimedioHand-Regular.ttf",
}

#: Letters a customer's name or a translated sentence may contain; every face must draw each one.
EUROPEAN_LETTERS = (
    "șțăâîȘȚĂÂÎ àèìòùÀÈÌÒÙáéíóúÁÉÍÓÚ äöüßÄÖÜ øåæØÅÆ łńśźżŁŃŚŹŻ čřžšěůýČŘŽŠĚŮÝ çñõãÇÑÕÃ €„“”‘’–—«»"
)


@cache
def register_fonts() -> tuple[str, ...]:
    """Register the shipped faces (idempotent, cheap after the first call) and return their names."""
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"Font file missing from the resources: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(HAND, normal=HAND, bold=HAND, italic=HAND, boldItalic=HAND)
    return tuple(_FILES)


def missing_glyphs(font_name: str, text: str) -> str:
    """The characters of ``text`` (other than spaces) that ``font_name`` has no glyph for, in order, once each."""
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    cmap = face.charToGlyph
    seen: list[str] = []
    for ch in text:
        if not ch.isspace() and ord(ch) not in cmap and ch not in seen:
            seen.append(ch)
    return "".join(seen)
