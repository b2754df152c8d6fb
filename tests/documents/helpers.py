"""Helpers for the document tests: European customers, sample notes and vouchers, PDF readers and QR decoding."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.documents.data import NoteData, VoucherData
from app.domain.money import Money

NAMES = {
    "ro": ("Ștefan", "Ștefan Țărână"),
    "it": ("Niccolò", "Niccolò Müller"),
    "en": ("Øystein", "Øystein Łukasz"),
}


def pdf_text(data: bytes) -> str:
    """All the text of a PDF, pages joined."""
    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages)


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(BytesIO(data)).pages)


def squash(text: str) -> str:
    """Text without line breaks or repeated spaces (wrapped lines are joined back)."""
    return " ".join(text.split())


def decode_qr(pdf: bytes, tmp_path: Path, page: int = 1) -> list[str]:
    """Decode the QR codes on one page with pdftoppm + zbarimg; skip when the tools are not installed."""
    if not shutil.which("pdftoppm") or not shutil.which("zbarimg"):
        pytest.skip("pdftoppm (poppler-utils) and zbarimg (zbar-tools) are needed to decode the QR code")
    src = tmp_path / "qr.pdf"
    src.write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "150",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(src),
            str(tmp_path / "qr"),
        ],
        check=True,
    )
    out = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "qr.png")], capture_output=True, text=True)
    return [line for line in out.stdout.splitlines() if line]


def make_voucher(lang: str = "ro", code: str = "K7QM-4XPT-9R", minor: int = 1250) -> VoucherData:
    return VoucherData(
        code,
        code.replace("-", ""),
        Money(minor, "EUR"),
        date(2026, 3, 8),
        Decimal("0.3"),
        NAMES[lang][1],
        lang,
    )


def make_note(
    lang: str = "ro", kind: str = "wrong_item", signature: Path | None = None, **changes
) -> NoteData:
    first, full = NAMES[lang]
    values = dict(
        customer_first_name=first,
        customer_full_name=full,
        language=lang,
        kind=kind,
        order_number="#1042",
        item="Cămașă de in albastră, M" if lang == "ro" else "Camicia di lino blu, M",
        problem="the warehouse packed size L",
        remedy_text="keep it; the right one is on its way.",
        amount=Money(1250, "EUR"),
        expires_on=date(2026, 3, 8),
        agent_name="Ioana Popescu",
        signature_path=signature,
        written_on=date(2025, 11, 24),
    )
    values.update(changes)
    return NoteData(**values)
