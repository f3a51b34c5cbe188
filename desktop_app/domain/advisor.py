"""The purchase advisor: how much credit to buy, and when, so that none of it is lost.

Pure, like the forecast it runs purchases back through (``forecast.run_forecast``, by way of
its engine ``forecast_engine.ForecastRun``): the largest purchase today that the forecast
consumes entirely before it expires, and a plan of purchases that covers the horizon.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.domain.dates import CREDIT_LIFETIME_MONTHS, credit_expires_on
from desktop_app.domain.forecast import (
    Forecast,
    Purchase,
    check_growth_limit,
    check_spend,
    planned_lot,
)
from desktop_app.domain.forecast_engine import ForecastRun, Inputs
from desktop_app.domain.model import CreditLot, waterfall_key
from desktop_app.domain.money import CENT, ZERO


@dataclass(frozen=True, slots=True)
class Advice:
    #: The largest purchase today that the forecast consumes entirely before it expires.
    max_purchase: Purchase
    #: Purchases (dates and amounts) that cover the horizon with nothing of them lost.
    plan: tuple[Purchase, ...]
    #: The forecast with the plan, as checked.
    with_plan: Forecast


def _absorbable(forecast: Forecast, new_lot: CreditLot, lots: Sequence[CreditLot]) -> Decimal:
    """What ``new_lot`` would take in this forecast (made without it): everything that falls
    past it in the waterfall while it is valid. Adding it changes nothing ahead of it (what a
    lot pays depends only on the lots before it, rule 18), and, as it may pay any product, it
    takes everything that comes after it, up to its amount (later-expiring credit, the
    accounts, the payment method)."""
    after = {lot.id for lot in lots if waterfall_key(lot) > waterfall_key(new_lot)}
    total = ZERO
    for month in forecast.months:
        if new_lot.valid_from <= month.date < new_lot.expires_on:
            total += month.invoice.payment.amount_ht + sum(
                (
                    a.amount
                    for a in month.invoice.allocations
                    if a.lot_id is None or a.lot_id in after
                ),
                ZERO,
            )
    return total


def advise(
    project_id: int,
    start: date,
    months: int,
    spend: Mapping[str, Decimal],
    lots: Sequence[CreditLot],
    *,
    growth: Decimal = ZERO,
    digital_launchpad: Decimal = ZERO,
    loyalty: Decimal = ZERO,
    vat_rate: Decimal = Decimal("20.00"),
    payment_label: str | None = None,
) -> Advice:
    """The largest purchase today that is never lost, and a plan covering ``months``.

    Each purchase of the plan is made on the first month the payment method would pay, for
    what it would pay over the purchase's life; the forecast is then run again from that
    month (``ForecastRun.with_purchase``), the months before being the same."""
    # Months whose invoice falls inside a purchase's 13-month life: k = 0..12.
    long_horizon = max(months, CREDIT_LIFETIME_MONTHS)
    checked = check_spend(spend, months, growth)
    check_growth_limit(checked, start, long_horizon, growth, code="advice.too_large")
    inputs = Inputs(project_id, start, checked, growth, digital_launchpad, loyalty, vat_rate,
                    payment_label)  # fmt: skip
    run = ForecastRun(inputs, lots)
    long_run = run.run(long_horizon)
    candidate = planned_lot(Purchase(start, CENT), 0, project_id)
    biggest = Purchase(start, _absorbable(long_run, candidate, lots))

    plan: list[Purchase] = []
    if months < CREDIT_LIFETIME_MONTHS:
        run = ForecastRun(inputs, lots)
    current = run.run(months)
    for _ in range(months + 1):
        short = next((k for k, m in enumerate(current.months) if m.invoice.payment.amount_ht > 0),
                     None)  # fmt: skip
        if short is None:
            break
        on = current.months[short].date
        ends = credit_expires_on(on)
        amount = sum(
            (m.invoice.payment.amount_ht for m in current.months if on <= m.date < ends), ZERO
        )
        plan.append(Purchase(on, amount))
        if run.saved[short] is not None:
            run = run.with_purchase(plan[-1], short)
        else:  # an earlier month than the last purchase's: run it all again
            run = ForecastRun(inputs, lots, plan)
        current = run.run(months)
    return Advice(biggest, tuple(plan), current)
