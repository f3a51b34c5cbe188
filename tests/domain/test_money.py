from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.domain.money import (
    fmt,
    from_cents,
    parse_amount,
    round_cents,
    to_cents,
    vat_of,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100", "100.00"),
        ("100.5", "100.50"),
        ("100.50", "100.50"),
        ("100,50", "100.50"),
        ("1 234,56", "1234.56"),
        ("1\u202f234,56", "1234.56"),
        ("1\u00a0234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        (" 42 ", "42.00"),
        ("0,01", "0.01"),
        ("10000000", "10000000.00"),
    ],
)
def test_parse_amount_accepts_what_people_type(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "amount.empty"),
        ("-5", "amount.negative"),
        ("0", "amount.zero"),
        ("0,00", "amount.zero"),
        ("1.234", "amount.too_precise"),
        ("100,505", "amount.too_precise"),
        ("NaN", "amount.malformed"),
        ("inf", "amount.malformed"),
        ("Infinity", "amount.malformed"),
        ("1e9", "amount.malformed"),
        ("abc", "amount.malformed"),
        ("12,34,56", "amount.malformed"),
        ("10000000.01", "amount.too_large"),
        ("99999999999", "amount.too_large"),
    ],
)
def test_parse_amount_refuses_with_a_code(text: str, code: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_amount(text)
    assert caught.value.code == code


def test_zero_allowed_when_asked() -> None:
    assert parse_amount("0", allow_zero=True) == Decimal("0.00")


@given(st.integers(min_value=1, max_value=1_000_000_000))
def test_cents_round_trip(cents: int) -> None:
    assert to_cents(from_cents(cents)) == cents
    assert parse_amount(fmt(from_cents(cents))) == from_cents(cents)
    # The French way of writing it reads back the same.
    assert parse_amount(fmt(from_cents(cents)).replace(".", ",")) == from_cents(cents)


def test_to_cents_refuses_fractions_of_a_cent() -> None:
    with pytest.raises(ValueError):
        to_cents(Decimal("1.001"))


def test_vat_rounds_half_up_once() -> None:
    assert vat_of(Decimal("0.03"), Decimal("20")) == Decimal("0.01")  # 0.006 -> 0.01
    assert vat_of(Decimal("0.02"), Decimal("20")) == Decimal("0.00")  # 0.004 -> 0.00
    assert vat_of(Decimal("10.025"), Decimal("100")) == Decimal("10.03")
    assert round_cents(Decimal("2.675")) == Decimal("2.68")  # a float would say 2.67
    assert vat_of(Decimal("123.45"), Decimal("5.5")) == Decimal("6.79")


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=10000))
def test_vat_is_exact_half_up(cents: int, rate_bp: int) -> None:
    amount, rate = from_cents(cents), from_cents(rate_bp)
    vat = vat_of(amount, rate)
    exact = Decimal(cents) * Decimal(rate_bp) / Decimal(1_000_000)  # euros
    assert abs(vat - exact) <= Decimal("0.005")
    assert vat == vat.quantize(Decimal("0.01"))
