"""Money is exact: what people type is read right or refused clearly, never rounded silently."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.money import Money
from app.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "minor"),
    [
        ("12,50", 1250),
        ("12.50", 1250),
        ("€ 12,50", 1250),
        ("12,50 €", 1250),
        ("1.234,50", 123450),
        ("1,234.50", 123450),
        ("12", 1200),
        ("0,5", 50),
        ("-3.5", -350),
        ("EUR 7", 700),
        ("1 234,50", 123450),
        ("1.234.567,89", 123456789),
        ("  12,5  ", 1250),
    ],
)
def test_amounts_typed_by_people_are_read_exactly(typed, minor):
    assert Money.parse(typed, "EUR") == Money(minor, "EUR")


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("NaN", "Not an amount"),
        ("inf", "Not an amount"),
        ("-Infinity", "Not an amount"),
        ("12.345", "more decimals"),
        ("12,5,0", "Not an amount"),
        ("abc", "Not an amount"),
        ("", "empty"),
        ("1e5", "Not an amount"),
        ("99999999999", "too large"),
        ("12 USD", "in USD, not EUR"),
        ("1.23.4", "Not an amount"),
    ],
)
def test_nonsense_and_overprecise_amounts_are_refused_with_a_reason(typed, reason):
    with pytest.raises(ValidationError, match=reason):
        Money.parse(typed, "EUR")


def test_currencies_without_decimals_read_a_dot_as_thousands():
    assert Money.parse("1.234", "JPY") == Money(1234, "JPY")


def test_currencies_never_mix():
    with pytest.raises(ValidationError, match="cannot be combined"):
        Money(100, "EUR") + Money(100, "RON")


def test_formatting_follows_the_customers_locale():
    amount = Money(1250, "EUR")
    assert amount.format("en") == "€12.50"
    assert amount.format("it") == "12,50\xa0€"
    assert amount.format("ro") == "12,50\xa0€"


def test_shares_and_rounding_are_exact():
    assert Money(1999, "EUR").times(Decimal("0.3")) == Money(600, "EUR")
    assert Money(1234, "EUR").round_to(Money(50, "EUR")) == Money(1250, "EUR")


@given(st.integers(min_value=-(10**11), max_value=10**11))
def test_plain_text_round_trips(minor):
    money = Money(minor, "EUR")
    assert Money.parse(money.plain(), "EUR") == money


def test_floats_are_not_money():
    with pytest.raises(TypeError):
        Money(12.5, "EUR")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "lang", "first", "second"),
    [
        ("1,000", "en", "1000.00", "1.00"),
        ("1.000", "en", "1.00", "1000.00"),
        ("1,000", "it", "1,00", "1000,00"),
        ("1.000", "it", "1000,00", "1,00"),
        ("2,500", "ro", "2,50", "2500,00"),
        ("-2.500", "en", "-2.50", "-2500.00"),
        ("€ 120,000", "en", "120000.00", "120.00"),
    ],
)
def test_one_separator_before_three_digits_is_refused_with_both_readings_the_locales_first(
    typed, lang, first, second
):
    with pytest.raises(ValidationError) as refused:
        Money.parse(typed, "EUR", lang=lang)
    assert (refused.value.params["first"], refused.value.params["second"]) == (first, second)


@pytest.mark.parametrize(
    ("typed", "currency", "minor"),
    [
        ("1.000", "JPY", 1000),
        ("1,000", "JPY", 1000),
        ("1.000", "BHD", 1000),
        ("0,500", "EUR", 50),
        ("1.000,00", "EUR", 100000),
        ("1,000.00", "EUR", 100000),
        ("1.000.000", "EUR", 100000000),
        ("12,50", "EUR", 1250),
    ],
)
def test_separators_with_one_reading_are_read(typed, currency, minor):
    assert Money.parse(typed, currency, lang="it") == Money(minor, currency)
    assert Money.parse(typed, currency, lang="en") == Money(minor, currency)


def test_numbers_of_settings_follow_the_same_rules():
    from app.domain.money import parse_decimal

    assert parse_decimal("0,30") == Decimal("0.30")
    assert parse_decimal("1.234,5") == Decimal("1234.5")
    with pytest.raises(ValidationError, match="two ways"):
        parse_decimal("1,500")
    with pytest.raises(ValueError):
        parse_decimal("abc")
