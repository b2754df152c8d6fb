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


def dark_runs(matrix: tuple[tuple[int, ...], ...]) -> list[tuple[int, int, int]]:
    """Each row's runs of dark modules as ``(row, first column, length)``, row 0 at the top."""
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(matrix):
        n = len(row)
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                runs.append((r, start, col - start))
            else:
                col += 1
    return runs


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``text`` in the square with bottom-left corner ``x``, ``y`` (quiet zone included).

    The path is written in module units under one transformation, so each run costs a few integer digits.
    """
    matrix = qr_matrix(text)
    n = len(matrix)
    module = size / (n + 2 * QUIET_ZONE)
    left = x + QUIET_ZONE * module
    bottom = y + QUIET_ZONE * module
    # row r (from the top) spans n-r-1 .. n-r in module units; 1.02 hides hairline seams between rows
    ops = " ".join(f"{col} {n - r - 1} {length} 1.02 re" for r, col, length in dark_runs(matrix))
    c.addLiteral(f"q 0 g {module:.4f} 0 0 {module:.4f} {left:.3f} {bottom:.3f} cm {ops} f Q")
