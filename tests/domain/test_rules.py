"""Rule 18: a lot as a view of a day shows it; no invoice dated before a loss of its credit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import CreditLot, LotKind, LotStatus
from desktop_app.domain.money import from_cents
from desktop_app.domain.waterfall import check_not_before_expiry

# -- rule 18: a lot as a view of a day shows it; no invoice before a loss ----------------------

days = st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def credit_lots(draw: st.DrawFn) -> CreditLot:
    total = draw(st.integers(1, 10**9))
    used = draw(st.integers(0, total))
    expired = draw(st.integers(0, total - used))
    valid_from = draw(days)
    expires_on = valid_from + timedelta(days=draw(st.integers(1, 800)))
    return CreditLot(
        1, 1, LotKind.CREDIT, "PO-2026-00001", from_cents(total), from_cents(used),
        from_cents(expired), valid_from, expires_on, valid_from,
    )  # fmt: skip


@given(lot=credit_lots(), day=days)
def test_a_lot_as_of_a_day_has_nothing_available_once_expired(lot: CreditLot, day: date) -> None:
    shown = lot.as_of(day)
    # What was left is moved from available to expired, never made or lost: a check that can
    # fail (available is total - used - expired by definition, so their sum could not).
    assert shown.expired + shown.available == lot.expired + lot.available
    assert shown.expired >= lot.expired and shown.available >= 0
    assert (shown.total, shown.used) == (lot.total, lot.used)
    if day >= lot.expires_on:
        assert shown.available == 0
        assert shown.expired == lot.expired + lot.available
        assert shown.status(day) is LotStatus.EXPIRED
    else:
        assert shown == lot
    assert shown.as_of(day) == shown  # once is enough
    assert lot.as_of(day).as_of(day + timedelta(days=1)) == lot.as_of(day + timedelta(days=1))


@given(on=days, expiry=st.none() | days)
def test_an_invoice_before_a_loss_is_refused(on: date, expiry: date | None) -> None:
    if expiry is not None and on < expiry:
        with pytest.raises(DomainError) as caught:
            check_not_before_expiry(on, expiry, "Web")
        assert caught.value.code == "invoice.before_expiry"
        assert caught.value.params == {
            "date": on.isoformat(),
            "expiry": expiry.isoformat(),
            "project": "Web",
        }
    else:
        check_not_before_expiry(on, expiry, "Web")
