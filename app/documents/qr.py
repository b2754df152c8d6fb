"""QR codes drawn as vector paths: segno computes the matrix, reportlab fills the dark modules as one path.

Each row's runs of dark modules become one rectangle, so a code costs a few dozen path operations instead of one
drawing per module (reportlab's own QR widget costs about ten milliseconds a code). This module must never
rasterise: the code stays sharp at any print resolution.
"""

from __future__ import annotations

import segno
from reportlab.pdfgen.canvas import Canvas

#: Quiet zone around the code, in modules (the standard asks for four).
QUIET_ZONE = 4

#: A fixed mask pattern: any of the eight is valid, and scoring all eight costs five times the encoding itself.
_MASK = 2


def qr_matrix(text: str) -> tuple[tuple[int, ...], ...]:
    """The code's modules, dark = 1, without the quiet zone (error correction at least M)."""
    qr = segno.make_qr(text, error="m", mask=_MASK)
    return tuple(tuple(row) for row in qr.matrix)


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``text`` in the square with bottom-left corner ``x``, ``y`` (quiet zone included)."""
    matrix = qr_matrix(text)
    n = len(matrix)
    module = size / (n + 2 * QUIET_ZONE)
    left = x + QUIET_ZONE * module
    top = y + size - QUIET_ZONE * module
    path = c.beginPath()
    overlap = module * 0.02  # hides hairline seams between rows in some viewers
    for r, row in enumerate(matrix):
        row_y = top - (r + 1) * module
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                path.rect(left + start * module, row_y - overlap, (col - start) * module, module + overlap)
            else:
                col += 1
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()
