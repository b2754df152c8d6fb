"""The shop-export samples of the import tests (``tests/imports/fixtures``) and a helper that splits a parse."""

from __future__ import annotations

from pathlib import Path

from app.imports.records import Rejection

FIXTURES = Path(__file__).resolve().parents[1] / "imports" / "fixtures"


def split(result):
    """(records, rejections) of a whole ParseResult."""
    good, bad = [], []
    for item in result:
        (bad if isinstance(item, Rejection) else good).append(item)
    return good, bad
