"""The forecast engine as it was before issue 12 (one plain walk over every lot each month,
the whole pool rebuilt when a lot runs out, every run from the start): the reference that
``run_forecast`` and the advisor's resumed runs must match to the cent."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from desktop_app.domain.dates import add_months
from desktop_app.domain.forecast import (
    Expiry,
    Forecast,
    ForecastMonth,
    Purchase,
    check_growth_limit,
    check_spend,
    monthly_lines,
    planned_lot,
)
from desktop_app.domain.model import CreditLot, Invoice, LotKind, PaymentDue, Source, waterfall_key
from desktop_app.domain.money import ZERO
from desktop_app.domain.waterfall import allocate_invoice


def reference_forecast(
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
    purchases: Sequence[Purchase] = (),
) -> Forecast:
    """Month k's invoice is dated ``start + k months``; lots expire on their own dates."""
    checked = check_spend(spend, months, growth)
    check_growth_limit(checked, start, months, growth)
    pool = [lot for lot in lots if lot.project_id == project_id and lot.available > 0]
    pool += [planned_lot(p, i, project_id) for i, p in enumerate(purchases)]
    pool.sort(key=waterfall_key)
    # Running totals, so that a month costs what its invoice touches, not the whole pool.
    held = {
        kind: sum((lot.available for lot in pool if lot.kind is kind), ZERO) for kind in LotKind
    }
    next_expiry = min((lot.expires_on for lot in pool), default=date.max)
    launchpad, loyal = max(digital_launchpad, ZERO), max(loyalty, ZERO)
    result: list[ForecastMonth] = []
    for k in range(months):
        day = add_months(start, k)
        expired: tuple[Expiry, ...] = ()
        if day >= next_expiry:
            expired = _expire(pool, day, held)
            next_expiry = min((lot.expires_on for lot in pool), default=date.max)
        lines = monthly_lines(checked, k, growth)
        if not lines:  # shrinking spend rounded down to nothing: an empty month
            nothing = PaymentDue(payment_label, ZERO, ZERO)
            invoice = Invoice(project_id, day, (), (), nothing, vat_rate)
        else:
            invoice = allocate_invoice(
                project_id,
                day,
                lines,
                pool,
                digital_launchpad=launchpad,
                loyalty=loyal,
                vat_rate=vat_rate,
                payment_label=payment_label,
            )
        index = {lot.id: i for i, lot in enumerate(pool)} if invoice.allocations else {}
        exhausted = False
        for a in invoice.allocations:
            if a.lot_id is not None:
                i = index[a.lot_id]
                pool[i] = replace(pool[i], used=pool[i].used + a.amount)
                held[pool[i].kind] -= a.amount
                exhausted = exhausted or pool[i].available == 0
            elif a.source is Source.DIGITAL_LAUNCHPAD:
                launchpad -= a.amount
            else:
                loyal -= a.amount
        if exhausted:  # an empty lot never pays again: stop walking past it every month
            pool[:] = [lot for lot in pool if lot.available > 0]
        balances = {
            Source.VOUCHER: held[LotKind.VOUCHER],
            Source.CREDIT: held[LotKind.CREDIT],
            Source.DIGITAL_LAUNCHPAD: launchpad,
            Source.LOYALTY: loyal,
        }
        result.append(ForecastMonth(day, invoice, expired, balances))
    end = add_months(start, months)
    return Forecast(start, tuple(result), _expire(list(pool), end, dict(held)))


def _expire(pool: list[CreditLot], day: date, held: dict[LotKind, Decimal]) -> tuple[Expiry, ...]:
    """Lots whose expiry has come lose what they have left (and leave the pool)."""
    gone: list[Expiry] = []
    keep: list[CreditLot] = []
    for lot in pool:
        if lot.expires_on <= day:
            if lot.available > 0:
                gone.append(Expiry(lot.id, lot.reference, lot.expires_on, lot.available))
                held[lot.kind] -= lot.available
        else:
            keep.append(lot)
    pool[:] = keep
    return tuple(sorted(gone, key=lambda e: (e.expires_on, e.lot_id)))
