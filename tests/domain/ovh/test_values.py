"""The API's values read exactly (domain/ovh/values.py, mapping.py): amounts from the JSON
literal or a float's text, never a float's binary value; the validity's instants to days."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.domain.money import MAX_AMOUNT
from desktop_app.domain.ovh import mapping
from desktop_app.domain.ovh.values import amount_of, moment_of

CENTS = st.integers(min_value=0, max_value=int(MAX_AMOUNT * 100))


def _texts(amount: Decimal) -> list[str]:
    whole, cents = f"{amount:.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", "\u202f")
    return [f"{amount:.2f} €", f"€{amount:.2f}", f"{grouped},{cents} €", f"{amount:,.2f} EUR"]


@given(CENTS)
def test_an_amount_is_exact_from_the_json_literal_and_from_a_float(cents: int) -> None:
    amount = Decimal(cents) / 100
    for text in _texts(amount):
        wire = json.dumps({"currencyCode": "EUR", "text": text, "value": float(amount)})
        literal = json.loads(wire, parse_float=Decimal)  # as the dump is read
        as_float = json.loads(wire)  # as the client hands it over
        assert amount_of(literal, "x") == amount == amount_of(as_float, "x")
        assert amount_of({"currencyCode": "EUR", "text": text}, "x") == amount  # text alone


@given(CENTS, st.integers(min_value=1, max_value=10**6))
def test_a_text_that_says_another_amount_is_refused(cents: int, delta: int) -> None:
    amount = Decimal(cents) / 100
    price = {"currencyCode": "EUR", "text": f"{amount + Decimal(delta) / 100:.2f} €",
             "value": float(amount)}  # fmt: skip
    with pytest.raises(DomainError) as refused:
        amount_of(price, ("project p", "credit 1", "total_credit"))
    assert refused.value.code in ("ovh.amount_mismatch", "ovh.amount_too_large")
    assert refused.value.params["where"] == "project p, credit 1, total_credit"


def test_a_float_noise_is_read_as_its_text() -> None:
    assert amount_of({"currencyCode": "EUR", "text": "0.30 €", "value": 0.1 + 0.2}, "x") == (
        Decimal("0.30")
    )


OFFSETS = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)
MOMENTS = st.builds(
    lambda day, seconds, tz: datetime.combine(day, time(0), tz) + timedelta(seconds=seconds),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(min_value=0, max_value=86399),
    OFFSETS,
)


@given(MOMENTS)
def test_expires_on_is_the_first_day_with_no_usable_moment(end: datetime) -> None:
    day = mapping.expires_on(end)
    midnight = datetime.combine(day, time(0), end.tzinfo)
    assert midnight >= end  # from that day's first moment on, the credit is over
    assert datetime.combine(day - timedelta(days=1), time(0), end.tzinfo) < end  # not before
    assert mapping.expires_on(moment_of(end.isoformat(), "x")) == day


@given(MOMENTS)
def test_valid_from_is_the_day_of_the_first_usable_moment(start: datetime) -> None:
    day = mapping.first_day(start)
    assert datetime.combine(day, time(0), start.tzinfo) <= start
    assert start < datetime.combine(day + timedelta(days=1), time(0), start.tzinfo)


@pytest.mark.parametrize("text", ["2026-01-01T10:00:00", "2026-01-01 10:00", "2026-13-01T00:00Z"])
def test_a_moment_needs_its_offset(text: str) -> None:
    with pytest.raises(DomainError) as refused:
        moment_of(text, "validity.from")
    assert refused.value.code in ("ovh.date_no_offset", "ovh.date_malformed")


@pytest.mark.parametrize(
    ("description", "product"),
    [("Instance b2-7 - GRA11", "compute"), ("Object Storage Standard", "storage"),
     ("Bande passante sortante", "network"), ("Managed PostgreSQL", "database"),
     ("AI Notebooks", "ai"), ("Something new", "other")],
)  # fmt: skip
def test_a_bill_detail_is_filed_under_the_product_it_names(description: str, product: str) -> None:
    assert mapping.product_of(description) == product
