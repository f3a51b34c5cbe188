"""Forecast and advisor properties (issue: forecast)."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.advisor import advise
from desktop_app.domain.dates import add_months, credit_expires_on
from desktop_app.domain.errors import DomainError
from desktop_app.domain.forecast import PLANNED_ID_BASE, Purchase, monthly_lines, run_forecast
from desktop_app.domain.model import CreditLot, LotKind, Source, waterfall_key
from desktop_app.domain.money import ZERO, from_cents
from desktop_app.domain.waterfall import allocate_invoice

from .test_waterfall import DAY, PRODUCTS, balances, lots

D = Decimal
spends = st.dictionaries(
    st.sampled_from(PRODUCTS), st.integers(1, 300_000).map(from_cents), min_size=1, max_size=3
)
growths = st.sampled_from([D(0), D("1.5"), D(5), D(-3)])


@settings(max_examples=150, deadline=None)
@given(lots(), spends, balances, balances)
def test_one_month_equals_the_invoice_simulation(lot_list, spend, launchpad, loyalty) -> None:
    forecast = run_forecast(
        1, DAY, 1, spend, lot_list, digital_launchpad=launchpad, loyalty=loyalty
    )
    simulated = allocate_invoice(
        1,
        DAY,
        monthly_lines(spend, 0, D(0)),
        sorted([lot for lot in lot_list if lot.available > 0], key=waterfall_key),
        digital_launchpad=launchpad,
        loyalty=loyalty,
    )
    assert forecast.months[0].invoice == simulated


@settings(max_examples=100, deadline=None)
@given(lots(), spends, growths, balances, balances, st.integers(1, 30))
def test_every_cent_is_accounted_for(lot_list, spend, growth, launchpad, loyalty, months) -> None:
    forecast = run_forecast(
        1, DAY, months, spend, lot_list, growth=growth, digital_launchpad=launchpad, loyalty=loyalty
    )
    used_by_lot: dict[int, Decimal] = {}
    for month in forecast.months:
        inv = month.invoice
        assert inv.allocated + inv.payment.amount_ht == inv.total_ht
        for a in inv.allocations:
            if a.lot_id is not None:
                used_by_lot[a.lot_id] = used_by_lot.get(a.lot_id, ZERO) + a.amount
    lost = {e.lot_id: e.amount for e in (*forecast.lost, *forecast.end_expiries)}
    for lot in lot_list:
        if lot.available <= 0:
            continue
        spent = used_by_lot.get(lot.id, ZERO)
        assert spent <= lot.available
        if lot.expires_on <= forecast.months[-1].date:
            # Whatever the forecast did not use is lost at the lot's expiry, to the cent.
            assert spent + lost.get(lot.id, ZERO) == lot.available


@st.composite
def tight_lots(draw: st.DrawFn) -> list[CreditLot]:
    """Lots about a month of spend each, most restricted to one or two of the spent products,
    expiring over the forecast: each month's split needs lots moved between products."""
    result = []
    for i in range(draw(st.integers(1, 10))):
        kind = draw(st.sampled_from(list(LotKind)))
        start = DAY - timedelta(days=draw(st.integers(0, 30)))
        result.append(
            CreditLot(
                id=i + 1,
                project_id=1,
                kind=kind,
                reference=f"T{i + 1}",
                total=from_cents(draw(st.integers(1, 50_000))),
                used=ZERO,
                expired=ZERO,
                valid_from=start,
                expires_on=DAY + timedelta(days=draw(st.integers(1, 420))),
                issued_on=start,
                products=frozenset(draw(st.sets(st.sampled_from(TIGHT), max_size=2))),
            )
        )
    return result


TIGHT = ("compute", "storage", "ai")
tight_spends = st.dictionaries(
    st.sampled_from(TIGHT), st.integers(1, 30_000).map(from_cents), min_size=1, max_size=3
)


def test_a_forecast_month_leaves_nothing_to_the_card_that_a_lot_could_pay() -> None:
    """Rule 18 in the forecast: the issue's example, spent every month."""
    general = CreditLot(
        1, 1, LotKind.VOUCHER, "V1", D(10), ZERO, ZERO, DAY, DAY + timedelta(days=5), DAY
    )
    compute_only = replace(general, id=2, reference="V2", expires_on=DAY + timedelta(days=40))
    compute_only = replace(compute_only, products=frozenset({"compute"}))
    spend = {"compute": D(10), "storage": D(10)}
    forecast = run_forecast(1, DAY, 2, spend, [compute_only, general])
    first = forecast.months[0].invoice
    assert [(a.reference, a.amount) for a in first.allocations] == [("V1", D(10)), ("V2", D(10))]
    assert first.payment.amount_ht == ZERO
    assert forecast.run_out == forecast.months[1].date
    assert forecast.lost_total == ZERO


@settings(max_examples=100, deadline=None)
@given(tight_lots(), tight_spends, growths, balances, st.integers(1, 15))
def test_each_month_is_the_invoice_simulation_on_what_is_left(
    lot_list, spend, growth, launchpad, months
) -> None:
    """Month after month, the forecast's invoice is what simulating it on the lots as they
    are then (earlier months used, expired ones gone) gives, rerouting included."""
    forecast = run_forecast(1, DAY, months, spend, lot_list, growth=growth, loyalty=launchpad)
    state = {lot.id: lot for lot in lot_list}
    loyalty = launchpad
    for k, month in enumerate(forecast.months):
        simulated = allocate_invoice(
            1,
            month.date,
            monthly_lines(spend, k, growth),
            sorted(
                (
                    lot
                    for lot in state.values()
                    if lot.available > 0 and lot.expires_on > month.date
                ),
                key=waterfall_key,
            ),
            loyalty=loyalty,
        )
        assert month.invoice.allocations == simulated.allocations
        assert month.invoice.payment == simulated.payment
        for a in simulated.allocations:
            if a.lot_id is None:
                loyalty -= a.amount
            else:
                state[a.lot_id] = replace(state[a.lot_id], used=state[a.lot_id].used + a.amount)


@settings(max_examples=100, deadline=None)
@given(tight_lots(), tight_spends, growths, st.integers(1, 30))
def test_advisor_with_restricted_lots(lot_list, spend, growth, months) -> None:
    """The advisor's largest purchase and plan hold when the waterfall reroutes lots."""
    advice = advise(1, DAY, months, spend, lot_list, growth=growth)
    best = advice.max_purchase
    if best.amount > 0:
        with_best = _lifetime_forecast(lot_list, spend, growth, ZERO, ZERO, [best])
        assert with_best.lost_of(PLANNED_ID_BASE) == ZERO
    more = Purchase(DAY, best.amount + D("0.01"))
    with_more = _lifetime_forecast(lot_list, spend, growth, ZERO, ZERO, [more])
    assert with_more.lost_of(PLANNED_ID_BASE) == D("0.01")
    assert advice.with_plan.payment_total == ZERO
    for i in range(len(advice.plan)):
        assert advice.with_plan.lost_of(PLANNED_ID_BASE + i) == ZERO


def _lifetime_forecast(lot_list, spend, growth, launchpad, loyalty, purchases=()):
    return run_forecast(
        1,
        DAY,
        14,
        spend,
        lot_list,
        growth=growth,
        digital_launchpad=launchpad,
        loyalty=loyalty,
        purchases=purchases,
    )


@settings(max_examples=100, deadline=None)
@given(lots(), spends, growths, balances, balances)
def test_advisor_purchase_is_used_up_and_one_cent_more_would_be_lost(
    lot_list, spend, growth, launchpad, loyalty
) -> None:
    advice = advise(
        1, DAY, 12, spend, lot_list, growth=growth, digital_launchpad=launchpad, loyalty=loyalty
    )
    best = advice.max_purchase
    assert best.on == DAY
    if best.amount > 0:
        with_best = _lifetime_forecast(lot_list, spend, growth, launchpad, loyalty, [best])
        assert with_best.lost_of(PLANNED_ID_BASE) == ZERO
    more = Purchase(DAY, best.amount + D("0.01"))
    with_more = _lifetime_forecast(lot_list, spend, growth, launchpad, loyalty, [more])
    assert with_more.lost_of(PLANNED_ID_BASE) == D("0.01")


@settings(max_examples=100, deadline=None)
@given(lots(), spends, growths, balances, balances, st.integers(1, 40))
def test_purchase_plan_covers_the_horizon_with_nothing_lost(
    lot_list, spend, growth, launchpad, loyalty, months
) -> None:
    advice = advise(
        1, DAY, months, spend, lot_list, growth=growth, digital_launchpad=launchpad, loyalty=loyalty
    )
    checked = run_forecast(
        1,
        DAY,
        months,
        spend,
        lot_list,
        growth=growth,
        digital_launchpad=launchpad,
        loyalty=loyalty,
        purchases=advice.plan,
    )
    assert checked == advice.with_plan
    assert checked.payment_total == ZERO
    for i, purchase in enumerate(advice.plan):
        assert purchase.amount > 0
        assert checked.lost_of(PLANNED_ID_BASE + i) == ZERO
        assert all(e.lot_id != PLANNED_ID_BASE + i for e in checked.end_expiries)
    dates = [p.on for p in advice.plan]
    assert dates == sorted(dates)


def test_worked_forecast() -> None:
    lot = CreditLot(
        1,
        1,
        LotKind.CREDIT,
        "PO-1",
        D("1000"),
        ZERO,
        ZERO,
        DAY - timedelta(days=300),
        DAY + timedelta(days=80),
        DAY - timedelta(days=300),
    )
    forecast = run_forecast(1, DAY, 6, {"compute": D("300")}, [lot], digital_launchpad=D("50"))
    assert [m.date for m in forecast.months] == [
        date(2026, 11, 26),
        date(2026, 12, 26),
        date(2027, 1, 26),
        date(2027, 2, 26),
        date(2027, 3, 26),
        date(2027, 4, 26),
    ]
    assert [m.taken(Source.CREDIT) for m in forecast.months[:4]] == [D(300), D(300), D(300), D(0)]
    assert forecast.lost_total == D("100.00")  # expires 2027-02-14 with 100 left
    assert forecast.months[3].taken(Source.DIGITAL_LAUNCHPAD) == D("50.00")
    assert forecast.run_out == date(2027, 2, 26)
    assert forecast.months[3].invoice.payment.amount_ht == D("250.00")
    advice = advise(1, DAY, 6, {"compute": D("300")}, [lot], digital_launchpad=D("50"))
    # Bought today: months 0-12 (13 invoices of 300) minus what the old lot pays (900).
    assert advice.max_purchase.amount == D(13 * 300 - 900)
    # Short from February: 250 then 300 and 300; the launchpad's 50 still comes after the plan.
    assert advice.plan == (Purchase(date(2027, 2, 26), D("850.00")),)
    assert advice.with_plan.payment_total == ZERO
    assert credit_expires_on(advice.plan[0].on) == date(2028, 3, 26)


def test_growth_compounds_monthly_to_the_cent() -> None:
    lines = monthly_lines({"compute": D("100")}, 2, D(10))
    assert lines[0].amount == D("121.00")


@pytest.mark.parametrize(
    ("months", "spend", "growth", "code"),
    [
        (0, {"compute": D(1)}, D(0), "forecast.months"),
        (121, {"compute": D(1)}, D(0), "forecast.months"),
        (3, {}, D(0), "forecast.no_spend"),
        (3, {"compute": D(-1)}, D(0), "amount.negative"),
        (3, {"compute": D(1)}, D(-100), "forecast.growth"),
    ],
)
def test_bad_forecast_inputs(months, spend, growth, code) -> None:
    with pytest.raises(DomainError) as caught:
        run_forecast(1, DAY, months, spend, [], growth=growth)
    assert caught.value.code == code


def test_a_spend_that_grows_past_the_limit_is_refused_in_the_users_terms() -> None:
    """It quoted the waterfall's internal figure ('19999998.00' is above the maximum)."""
    with pytest.raises(DomainError) as caught:
        run_forecast(1, DAY, 120, {"compute": D("9999999")}, [], growth=D(100))
    assert caught.value.code == "forecast.too_large"
    assert caught.value.params == {
        "product": "compute",
        "growth": "100",
        "amount": "19999998.00",
        "month": 2,
        "date": add_months(DAY, 1).isoformat(),
        "months": 120,
        "maximum": "10000000.00",
    }
    with pytest.raises(DomainError) as caught:  # 10 € doubling: over the limit in month 21
        run_forecast(1, DAY, 120, {"compute": D(10)}, [], growth=D(100))
    assert (caught.value.params["month"], caught.value.params["amount"]) == (21, "10485760.00")
    assert len(run_forecast(1, DAY, 20, {"compute": D(10)}, [], growth=D(100)).months) == 20


def test_the_advisor_says_it_looks_thirteen_months_ahead() -> None:
    spend = {"compute": D("5000000")}
    assert len(run_forecast(1, DAY, 2, spend, [], growth=D(10)).months) == 2
    with pytest.raises(DomainError) as caught:
        advise(1, DAY, 2, spend, [], growth=D(10))
    assert caught.value.code == "advice.too_large"
    assert (caught.value.params["month"], caught.value.params["months"]) == (9, 13)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 10**9).map(from_cents),
    st.integers(0, 10000).map(from_cents),
    st.integers(1, 120),
)
def test_a_forecast_either_runs_or_says_which_month_is_too_large(
    amount: Decimal, growth: Decimal, months: int
) -> None:
    try:
        run_forecast(1, DAY, months, {"compute": amount}, [], growth=growth)
    except DomainError as error:
        assert error.code in {"forecast.too_large", "amount.too_large"}


# -- the engine of issue 12 against the plain one it replaced ---------------------------------


@settings(max_examples=150, deadline=None)
@given(lots(), spends, growths, balances, balances, st.integers(1, 40))
def test_the_engine_matches_the_plain_forecast_to_the_cent(
    lot_list, spend, growth, launchpad, loyalty, months
) -> None:
    from tests.domain.forecast_reference import reference_forecast

    purchases = [Purchase(add_months(DAY, k), D(100 * (k + 1))) for k in range(0, months, 7)]
    options = {"growth": growth, "digital_launchpad": launchpad, "loyalty": loyalty,
               "purchases": purchases}  # fmt: skip
    assert run_forecast(1, DAY, months, spend, lot_list, **options) == reference_forecast(
        1, DAY, months, spend, lot_list, **options
    )


@settings(max_examples=100, deadline=None)
@given(tight_lots(), tight_spends, growths, balances, st.integers(1, 40))
def test_the_advisors_resumed_runs_are_the_plain_forecast_with_its_plan(
    lot_list, spend, growth, loyalty, months
) -> None:
    """The advisor runs the forecast again from each purchase's month: what it ends with is
    the forecast run from the start with the whole plan."""
    from tests.domain.forecast_reference import reference_forecast

    advice = advise(1, DAY, months, spend, lot_list, growth=growth, loyalty=loyalty)
    assert advice.with_plan == reference_forecast(
        1, DAY, months, spend, lot_list, growth=growth, loyalty=loyalty, purchases=advice.plan
    )
