"""Dates in shop files outside Rimedio's calendar are a rejected cell, never a stored year 9999 or a traceback."""

from __future__ import annotations

import pytest

from app.imports.values import CellError, DateReader


@pytest.mark.parametrize(
    "cell",
    ["9999-12-31 23:00:00 -0500", "9999-12-30 10:00:00", "0001-01-01", "31/12/9999 10:00", "1900-01-01"],
)
def test_dates_outside_the_calendar_are_refused(cell):
    with pytest.raises(CellError) as refused:
        DateReader(order="dmy").read(cell)
    assert "outside the dates" in refused.value.msgid


def test_dates_inside_are_read():
    assert DateReader().read("2199-12-31 10:00:00 +0000").year == 2199
    assert DateReader(order="dmy").read("01/01/1970 12:00").year == 1970
