"""The forecast chart's one description (the window and the PDF both draw it)."""

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.dates import add_months
from desktop_app.domain.forecast import SOURCES, Expiry, MonthRow, month_rows, run_forecast
from desktop_app.domain.forecast_chart import (
    HEX,
    LABELLED_CLIFFS,
    SOURCE_COLOURS,
    Colour,
    Label,
    describe,
    nice_step,
    steps,
)
from desktop_app.domain.model import Source
from desktop_app.domain.money import ZERO, from_cents

from .test_forecast import spends
from .test_waterfall import DAY, balances, lots

D = Decimal
amounts = st.integers(0, 500_000).map(from_cents)


def _row(
    k: int, balances: dict[Source, Decimal], lost: Decimal = ZERO, bought: Decimal = ZERO
) -> MonthRow:
    expired = (Expiry(1, "LOT", date(2027, 1, 1), lost),) if lost else ()
    day = add_months(date(2027, 1, 1), k)
    return MonthRow(day, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, expired, balances, bought)


month = st.fixed_dictionaries({s: amounts for s in SOURCES})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(month, amounts, amounts), min_size=1, max_size=30), amounts)
def test_bands_stack_and_every_mark_sits_on_its_balance(months, starting) -> None:  # type: ignore[no-untyped-def]
    rows = [_row(k, b, lost, bought) for k, (b, lost, bought) in enumerate(months)]
    chart = describe(rows, starting, None)
    # bands bottom up, in the waterfall's order, only the sources that hold something
    held = [s for s in SOURCES if any(r.balances[s] > 0 for r in rows)]
    assert [band.source for band in chart.bands] == held
    floor = [ZERO] * len(rows)
    for band in chart.bands:
        assert list(band.floor) == floor
        assert [c - f for c, f in zip(band.ceiling, band.floor, strict=True)] == [
            r.balances[band.source] for r in rows
        ]
        assert (band.fill, band.edge) == SOURCE_COLOURS[band.source]
        floor = list(band.ceiling)
    assert floor == [r.balance for r in rows]  # the top band's ceiling is the balance
    # a dot before the invoice, a triangle after it
    assert chart.before == (starting, *(r.balance for r in rows[:-1]))
    assert [c.month for c in chart.cliffs] == [k for k, r in enumerate(rows) if r.expired]
    assert all(c.at == chart.before[c.month] for c in chart.cliffs)
    assert all(p.at == rows[p.month].balance for p in chart.purchases)
    labelled = [c for c in chart.cliffs if c.labelled]
    assert len(labelled) == min(LABELLED_CLIFFS, len(chart.cliffs))
    unlabelled = [c.lost for c in chart.cliffs if not c.labelled]
    assert all(c.lost >= most for c in labelled for most in unlabelled)
    assert chart.top == max([D(1), *chart.before, *(r.balance for r in rows)])


@settings(max_examples=30, deadline=None)
@given(lots(), spends, balances, balances, st.integers(1, 12))
def test_a_real_forecast_is_described_with_its_run_out(lots_, spend, launchpad, loyalty, n) -> None:  # type: ignore[no-untyped-def]
    forecast = run_forecast(1, DAY, n, spend, lots_, digital_launchpad=launchpad, loyalty=loyalty)
    rows = month_rows(forecast)
    chart = describe(rows, ZERO, forecast.run_out)
    assert chart.dates == tuple(m.date for m in forecast.months)
    if forecast.run_out is None:
        assert chart.run_out_month is None
    else:
        assert chart.dates[chart.run_out_month] == forecast.run_out  # type: ignore[index]


def test_series_order_is_the_legends() -> None:
    rows = [
        _row(0, {Source.VOUCHER: D(50), Source.CREDIT: D(100)}, lost=D(5)),
        _row(1, {Source.VOUCHER: ZERO, Source.CREDIT: D(40)}, bought=D(30)),
    ]
    chart = describe(rows, D(160), rows[1].date)
    assert [s.label for s in chart.series()] == [
        Label.VOUCHERS, Label.PURCHASED_CREDIT, Label.LOST, Label.RUN_OUT, Label.PURCHASE,
    ]  # fmt: skip
    assert chart.run_out_month == 1
    assert describe([], ZERO, None).series() == ()


def test_steps_hold_each_value_until_the_next_month() -> None:
    assert steps([D(3), D(1), D(2)]) == [(0, D(3)), (1, D(3)), (1, D(1)), (2, D(1)), (2, D(2))]
    assert steps([D(4)]) == [(0, D(4))]


def test_every_colour_role_has_a_colour_and_nice_steps_are_round() -> None:
    assert set(HEX) == set(Colour)
    assert [nice_step(t) for t in (0, 4, 9, 1234, 3146.36)] == [1.0, 1.0, 2.0, 250.0, 1000.0]
