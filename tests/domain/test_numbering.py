"""Document numbers (domain.numbering): orders, invoices and credit notes, one rule for all.

Written, they read back; sequential per year with no gap; one series never reads as another."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.domain.numbering import (
    DocumentNumber,
    Series,
    format_number,
    next_number,
    parse_number,
)

years = st.integers(2000, 9999)
sequences = st.integers(1, 10**9)
series = st.sampled_from(list(Series))


@given(kind=series, year=years, seq=sequences)
def test_every_number_reads_back(kind: Series, year: int, seq: int) -> None:
    text = format_number(kind, year, seq)
    assert parse_number(kind, text) == DocumentNumber(kind, year, seq)
    assert parse_number(kind, f"  {text.lower()} ") == DocumentNumber(kind, year, seq)
    assert str(DocumentNumber(kind, year, seq)) == text
    assert text.startswith(f"{kind.value}-{year}-")
    assert len(text.rsplit("-", 1)[1]) == max(5, len(str(seq)))  # every digit kept


def test_the_three_series_look_as_documented() -> None:
    assert format_number(Series.ORDER, 2026, 1) == "PO-2026-00001"
    assert format_number(Series.INVOICE, 2026, 99_999) == "INV-2026-99999"
    assert format_number(Series.CREDIT_NOTE, 2026, 100_000) == "CN-2026-100000"


@given(kind=series, year=years, last=st.integers(0, 10**9))
def test_the_next_number_follows_the_last_without_a_gap(kind: Series, year: int, last: int) -> None:
    number = next_number(kind, year, last)
    assert (number.series, number.year, number.seq) == (kind, year, last + 1)


@given(kind=series, year=years, last=st.integers(-(10**6), -1))
def test_a_negative_last_sequence_is_a_bug(kind: Series, year: int, last: int) -> None:
    with pytest.raises(ValueError, match="sequence"):
        next_number(kind, year, last)


@given(kind=series, other=series, year=years, seq=sequences)
def test_a_number_of_one_series_is_not_one_of_another(
    kind: Series, other: Series, year: int, seq: int
) -> None:
    text = format_number(other, year, seq)
    if other is kind:
        assert parse_number(kind, text).seq == seq
        return
    with pytest.raises(DomainError) as caught:
        parse_number(kind, text)
    assert caught.value.code == kind.malformed_code
    assert caught.value.params == {"number": text}


@given(kind=series, year=years, seq=st.integers(1, 9999))
def test_fewer_than_five_digits_is_not_a_number(kind: Series, year: int, seq: int) -> None:
    with pytest.raises(DomainError) as caught:
        parse_number(kind, f"{kind.value}-{year}-{seq}")
    assert caught.value.code == kind.malformed_code


@pytest.mark.parametrize(
    "text", ["PO-26-00001", "PO-2026-", "PO-2026-12a45", "2026-00001", "PO-2026-١٢٣٤٥", ""]
)
def test_malformed_order_numbers(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_number(Series.ORDER, text)
    assert caught.value.code == "order.malformed"


def test_each_series_has_its_own_refusal() -> None:
    assert [s.malformed_code for s in Series] == [
        "order.malformed",
        "invoice.malformed",
        "credit_note.malformed",
    ]
