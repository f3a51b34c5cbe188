"""Expiry notices (``domain.notice``): the two lead times checked together, the threshold a
lot has reached, and a lot announced once per threshold."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.domain.notice import (
    MAX_NOTICE_DAYS,
    SOON,
    STATE_PREFIX,
    URGENT,
    NoticeDays,
    check_notice_days,
    news_window,
    notice_days,
    noticed_of,
    threshold,
    to_announce,
)

TODAY = date(2026, 11, 26)
days = st.integers(min_value=-5, max_value=400)


@given(days, days)
def test_the_lead_times_are_accepted_exactly_when_urgent_is_fewer_and_both_positive(
    soon: int, urgent: int
) -> None:
    ok = 0 < urgent < soon <= MAX_NOTICE_DAYS
    if ok:
        assert check_notice_days(str(soon), f" {urgent} ") == NoticeDays(soon, urgent)
    else:
        with pytest.raises(DomainError) as refused:
            check_notice_days(str(soon), str(urgent))
        assert refused.value.code == "setting.notice_days"


@pytest.mark.parametrize("text", ["", "thirty", "3.5", "-1", "٣٠"])
def test_what_is_not_a_number_of_days_is_refused(text: str) -> None:
    with pytest.raises(DomainError):
        check_notice_days(text, "7")


def test_the_settings_give_the_lead_times_or_the_defaults() -> None:
    assert notice_days({}) == NoticeDays(30, 7)
    assert notice_days({"notice.days": "60", "notice.urgent_days": "14"}) == NoticeDays(60, 14)
    assert notice_days({"notice.days": "5", "notice.urgent_days": "14"}) == NoticeDays(30, 7)


lead_times = st.tuples(st.integers(2, 120), st.integers(1, 119)).filter(lambda t: t[1] < t[0])


@given(lead_times, st.integers(-10, 200))
def test_the_threshold_reached(lead: tuple[int, int], ahead: int) -> None:
    notice = NoticeDays(*lead)
    level = threshold(TODAY + timedelta(days=ahead), TODAY, notice)
    if ahead <= 0 or ahead > notice.days:
        assert level is None
    else:
        assert level == (URGENT if ahead <= notice.urgent_days else SOON)


@given(lead_times, st.lists(st.integers(-5, 150), max_size=12), st.integers(0, 60))
def test_a_lot_is_announced_once_per_threshold(
    lead: tuple[int, int], expiries: list[int], later: int
) -> None:
    """Announced, recorded, then not again the same day nor later, until it reaches the
    next threshold: then once more, as urgent."""
    notice = NoticeDays(*lead)
    lots = [(n, TODAY + timedelta(days=d)) for n, d in enumerate(expiries)]
    first = to_announce(lots, TODAY, notice, {})
    assert to_announce(lots, TODAY, notice, first) == {}
    day = TODAY + timedelta(days=later)
    again = to_announce(lots, day, notice, first)
    for lot_id, level in again.items():
        assert level == URGENT or lot_id not in first
        assert first.get(lot_id) != URGENT
    assert to_announce(lots, day, notice, {**first, **again}) == {}


def test_the_state_is_read_from_the_settings() -> None:
    settings = {f"{STATE_PREFIX}12": "soon", f"{STATE_PREFIX}13": "urgent",
                f"{STATE_PREFIX}x": "soon", f"{STATE_PREFIX}14": "bogus",
                "vat_rate": "20"}  # fmt: skip
    assert noticed_of(settings) == {12: SOON, 13: URGENT}


states = st.sampled_from([None, SOON, URGENT, "bogus"])


@given(lead_times, st.lists(st.tuples(st.integers(-5, 150), states), max_size=12))
def test_the_news_window_holds_every_lot_to_announce(
    lead: tuple[int, int], lots: list[tuple[int, str | None]]
) -> None:
    """What the ledger reads (``NewsWindow``, as storage filters it) leaves out no news."""
    notice = NoticeDays(*lead)
    window = news_window(TODAY, notice)
    expiring = [(n, TODAY + timedelta(days=d)) for n, (d, _) in enumerate(lots)]
    noticed = noticed_of({f"{STATE_PREFIX}{n}": s for n, (_, s) in enumerate(lots) if s})
    inside = [
        (n, day)
        for n, day in expiring
        if window.today < day <= window.soon_until
        and noticed.get(n) != URGENT
        and (noticed.get(n) != SOON or day <= window.urgent_until)
    ]
    assert to_announce(inside, TODAY, notice, noticed) == to_announce(
        expiring, TODAY, notice, noticed
    )
