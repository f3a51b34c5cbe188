"""Document numbers: what the rules write, they read back, however long the year has run."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.domain.rules import invoice_number, order_number, parse_order_number

years = st.integers(2000, 9999)
sequences = st.integers(1, 10**9)


@given(year=years, seq=sequences)
def test_every_order_number_reads_back(year: int, seq: int) -> None:
    number = order_number(year, seq)
    assert parse_order_number(number) == number
    assert parse_order_number(f"  {number.lower()} ") == number
    assert int(number.rsplit("-", 1)[1]) == seq


@given(year=years, seq=sequences)
def test_invoice_numbers_keep_every_digit(year: int, seq: int) -> None:
    number = invoice_number(year, seq)
    assert number.startswith(f"INV-{year}-")
    assert int(number.rsplit("-", 1)[1]) == seq
    assert len(number.rsplit("-", 1)[1]) == max(5, len(str(seq)))


@given(year=years, seq=st.integers(1, 9999))
def test_fewer_than_five_digits_is_not_an_order_number(year: int, seq: int) -> None:
    with pytest.raises(DomainError) as caught:
        parse_order_number(f"PO-{year}-{seq}")
    assert caught.value.code == "order.malformed"
