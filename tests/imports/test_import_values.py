"""Single cells as shops and spreadsheets write them: guards, damaged ids, booleans, amounts and dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.domain.money import Money
from app.imports import values as v


def test_the_leading_apostrophe_guard_is_not_part_of_the_value():
    assert v.unguard("'0812") == "0812"
    assert v.phone("'0412 345 678") == "0412 345 678"
    assert v.unguard("  ") is None


def test_ids_and_phones_in_scientific_notation_are_not_trusted():
    assert v.is_scientific("5.27763E+12")
    assert v.is_scientific("6,54321e+12")
    assert not v.is_scientific("5277634567890")
    with pytest.raises(v.CellError):
        v.external_id("5.27763E+12")
    with pytest.raises(v.CellError):
        v.phone("3.93331E+11")
    assert v.external_id("5277634567890") == "5277634567890"
    assert v.external_id("207119551.0") == "207119551"


@pytest.mark.parametrize(
    "text,expected",
    [("yes", True), ("TRUE", True), ("1", True), ("no", False), ("FALSE", False), ("0", False), ("", None)],
)
def test_booleans_in_every_spelling(text, expected):
    assert v.boolean(text) is expected


def test_garbage_booleans_are_refused():
    with pytest.raises(v.CellError):
        v.boolean("nyes")


@pytest.mark.parametrize(
    "text,minor",
    [
        ("55", 5500),
        ("0", 0),
        ("88.88", 8888),
        ("12.5", 1250),
        ("55,00", 5500),
        ("1.234,50", 123450),
        ("€ 12,50", 1250),
        ("-3.5", -350),
    ],
)
def test_amounts_as_shops_write_them(text, minor):
    assert v.money(text, "EUR") == Money(minor, "EUR")


def test_amounts_with_too_many_decimals_are_refused():
    with pytest.raises(v.CellError) as info:
        v.money("55.555", "EUR")
    assert "decimals" in info.value.msgid
    with pytest.raises(v.CellError):
        v.money("lots", "EUR")


def test_order_numbers_with_and_without_hash_are_the_same():
    assert v.order_number("#1001") == v.order_number("1001") == v.order_number("'1001") == "1001"
    with pytest.raises(v.CellError):
        v.order_number("#")


def test_iso_dates_with_offsets_across_a_daylight_saving_change():
    reader = v.DateReader()
    before = reader.read("2024-04-06 10:00:00 +1100")
    after = reader.read("2024-04-08 10:00:00 +1000")
    assert before == datetime(2024, 4, 5, 23, 0, tzinfo=UTC)
    assert after == datetime(2024, 4, 8, 0, 0, tzinfo=UTC)
    assert after.tzinfo is UTC


def test_dates_without_offset_are_in_the_shops_zone():
    rome = timezone(timedelta(hours=1))
    assert v.DateReader(zone=rome).read("2024-03-05 10:00:00") == datetime(2024, 3, 5, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text,evidence",
    [
        ("03/30/24 10:14", "mdy"),
        ("30/03/2024 10:14", "dmy"),
        ("04/09/24 11:59", "ambiguous"),
        ("05.03.2024", "dmy"),
        ("2024-03-05 10:00:00 -0400", None),
        ("", None),
    ],
)
def test_what_one_date_says_about_the_order(text, evidence):
    assert v.date_evidence(text) == evidence


def test_spreadsheet_dates_in_either_order():
    assert v.DateReader("mdy").read("03/30/24 10:14") == datetime(2024, 3, 30, 10, 14, tzinfo=UTC)
    assert v.DateReader("dmy").read("30/03/2024 10:14") == datetime(2024, 3, 30, 10, 14, tzinfo=UTC)
    assert v.DateReader("mdy").read("4/9/2024 1:05 PM") == datetime(2024, 4, 9, 13, 5, tzinfo=UTC)
    assert v.DateReader("dmy").read("28-03-2024 14:05:10") == datetime(2024, 3, 28, 14, 5, 10, tzinfo=UTC)


def test_an_ambiguous_date_without_an_order_asks_for_one():
    with pytest.raises(v.CellError) as info:
        v.DateReader().read("04/09/24 11:59")
    assert "choose the date order" in info.value.msgid


def test_a_date_that_contradicts_the_chosen_order_is_refused():
    with pytest.raises(v.CellError) as info:
        v.DateReader("mdy").read("30/03/2024 10:14")
    assert "month/day/year" in info.value.msgid


@pytest.mark.parametrize(
    "text", ["yesterday", "2024-02-30 10:00:00", "0001-01-01 00:00:00 +0100", "99/99/99"]
)
def test_things_that_are_not_dates(text):
    with pytest.raises(v.CellError):
        v.DateReader("dmy").read(text)
