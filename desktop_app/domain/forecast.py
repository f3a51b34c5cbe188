"""Forecast: month by month, each month's invoice through the same waterfall as a real one.

Pure: from the project's lots and the account balances as they are on the start date, a
monthly spend per product (and an optional monthly growth), it tells when the credit runs
out, what expires unused, and what the payment method pays each month. The purchase advisor
runs purchases back through the same forecast.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop_app.domain.dates import add_months, credit_expires_on
from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import (
    CreditLot,
    Invoice,
    InvoiceLine,
    LotKind,
    Source,
)
from desktop_app.domain.money import MAX_AMOUNT, ZERO, check_amount, fmt, round_cents
from desktop_app.domain.waterfall import normalise_product

MAX_MONTHS = 120
#: Purchases the advisor adds get ids above any real lot's.
PLANNED_ID_BASE = 10**15


@dataclass(frozen=True, slots=True)
class Purchase:
    """A purchase of credit paid on ``on``: a lot valid 13 months from that day."""

    on: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Expiry:
    lot_id: int
    reference: str
    expires_on: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class ForecastMonth:
    date: date
    invoice: Invoice
    expired: tuple[Expiry, ...]
    #: What each source holds after this month's invoice (usable or upcoming).
    balances: Mapping[Source, Decimal]

    def taken(self, source: Source) -> Decimal:
        return sum((a.amount for a in self.invoice.allocations if a.source is source), ZERO)


@dataclass(frozen=True, slots=True)
class Forecast:
    start: date
    months: tuple[ForecastMonth, ...]
    end_expiries: tuple[Expiry, ...] = field(default=())

    @property
    def run_out(self) -> date | None:
        """The first month whose invoice the payment method has to pay part of."""
        for month in self.months:
            if month.invoice.payment.amount_ht > 0:
                return month.date
        return None

    @property
    def lost(self) -> tuple[Expiry, ...]:
        return tuple(e for m in self.months for e in m.expired)

    @property
    def lost_total(self) -> Decimal:
        return sum((e.amount for e in self.lost), ZERO)

    @property
    def payment_total(self) -> Decimal:
        return sum((m.invoice.payment.amount_ht for m in self.months), ZERO)

    def lost_of(self, lot_id: int) -> Decimal:
        return sum((e.amount for e in self.lost if e.lot_id == lot_id), ZERO)


def monthly_lines(spend: Mapping[str, Decimal], month: int, growth: Decimal) -> list[InvoiceLine]:
    """Month ``month``'s lines: the spend grown by ``growth`` percent a month, to the cent."""
    factor = (1 + growth / 100) ** month
    lines = [
        InvoiceLine(product, round_cents(amount * factor))
        for product, amount in sorted(spend.items())
    ]
    return [line for line in lines if line.amount > 0]


def merge_spend(
    lines: Iterable[InvoiceLine], history: Mapping[str, Decimal] | None = None
) -> dict[str, Decimal]:
    """The monthly spend a forecast runs on, from the lines a person typed (the window's
    table, the command line's ``--monthly``) and, if asked, the averages of past invoices
    (``spend_from_history``). One rule for every edge:

    - lines of the same product add up, as the lines of an invoice do; products are compared
      as the ledger keeps them (``normalise_product``: "Compute" and "compute" are one);
    - a product typed replaces its history average (the average is a starting point that the
      typed amount corrects, not a second spend); history products not typed are kept.

    Each typed amount is checked as an invoice line's is (``check_amount``): a bad line is
    refused, never absorbed by another of the same product. Products in name order."""
    typed: dict[str, Decimal] = {}
    for line in lines:
        product = normalise_product(line.product)
        typed[product] = typed.get(product, ZERO) + check_amount(line.amount)
    base: dict[str, Decimal] = {}
    for name, amount in (history or {}).items():
        product = normalise_product(name)
        base[product] = base.get(product, ZERO) + amount
    return dict(sorted({**base, **typed}.items()))


def check_spend(spend: Mapping[str, Decimal], months: int, growth: Decimal) -> dict[str, Decimal]:
    """The forecast's inputs, refused in the user's terms when wrong. ``spend`` is already
    merged (``merge_spend``): two names of one product here are a caller's bug, raised, never
    silently collapsed into one of them."""
    if not 1 <= months <= MAX_MONTHS:
        raise DomainError("forecast.months", months=months, maximum=MAX_MONTHS)
    if not spend:
        raise DomainError("forecast.no_spend")
    if not growth.is_finite() or growth <= -100 or growth > 100:
        raise DomainError("forecast.growth", growth=str(growth))
    checked: dict[str, Decimal] = {}
    for name, amount in spend.items():
        product = normalise_product(name)
        if product in checked:
            raise ValueError(f"spend not merged: two names of {product!r}; use merge_spend")
        checked[product] = check_amount(amount)
    return checked


def check_growth_limit(
    spend: Mapping[str, Decimal],
    start: date,
    months: int,
    growth: Decimal,
    *,
    code: str = "forecast.too_large",
) -> None:
    """A growing spend must stay an amount: refuse, in the user's terms (which product, which
    month, what it would cost), a forecast whose monthly line would pass ``MAX_AMOUNT``."""
    if growth <= 0:
        return  # month 1 is the typed spend, already checked; it only shrinks after
    step = 1 + growth / 100
    for product, amount in sorted(spend.items()):
        for k in range(1, months):
            grown = amount * step**k  # the first month over: at most twice the limit
            if grown > MAX_AMOUNT and round_cents(grown) > MAX_AMOUNT:
                raise DomainError(
                    code,
                    product=product,
                    growth=f"{growth.normalize():f}",
                    amount=fmt(round_cents(grown)),
                    month=k + 1,
                    date=add_months(start, k).isoformat(),
                    months=months,
                    maximum=fmt(MAX_AMOUNT),
                )


def planned_lot(purchase: Purchase, index: int, project_id: int) -> CreditLot:
    return CreditLot(
        id=PLANNED_ID_BASE + index,
        project_id=project_id,
        kind=LotKind.CREDIT,
        reference=f"planned-{index + 1}",
        total=purchase.amount,
        used=ZERO,
        expired=ZERO,
        valid_from=purchase.on,
        expires_on=credit_expires_on(purchase.on),
        issued_on=purchase.on,
    )


def run_forecast(
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
    """Month k's invoice is dated ``start + k months``; lots expire on their own dates. (The
    engine, ``forecast_engine.ForecastRun``, builds on this module's types.)"""
    from desktop_app.domain.forecast_engine import ForecastRun, Inputs

    checked = check_spend(spend, months, growth)
    check_growth_limit(checked, start, months, growth)
    inputs = Inputs(project_id, start, checked, growth, digital_launchpad, loyalty, vat_rate,
                    payment_label)  # fmt: skip
    return ForecastRun(inputs, lots, purchases).run(months)


# -- the forecast as the accountant reads it (window table, CSV and PDF alike) -----------------
#
# Balances leave out purchases not made yet: the engine counts a planned purchase in the
# credit balance from the start (an upcoming lot), but money not spent yet is not a balance.

#: The sources in the order the waterfall applies them (and the chart stacks them).
SOURCES = (Source.VOUCHER, Source.CREDIT, Source.DIGITAL_LAUNCHPAD, Source.LOYALTY)


@dataclass(frozen=True, slots=True)
class MonthRow:
    """One month of a forecast; amounts excl. VAT unless named otherwise."""

    date: date
    total_ht: Decimal
    vouchers: Decimal
    credit: Decimal
    digital_launchpad: Decimal
    loyalty: Decimal
    payment_ht: Decimal
    payment_vat: Decimal
    expired: tuple[Expiry, ...]
    #: What each source holds after this month's invoice, purchases not yet made left out.
    balances: Mapping[Source, Decimal]
    #: A planned purchase made on this month's date (the advisor's plan), else zero.
    purchased: Decimal = ZERO

    @property
    def by_credit(self) -> Decimal:
        """Paid by vouchers and purchased credit."""
        return self.vouchers + self.credit

    @property
    def by_accounts(self) -> Decimal:
        """Paid by the Digital LaunchPad and loyalty accounts."""
        return self.digital_launchpad + self.loyalty

    @property
    def payment_ttc(self) -> Decimal:
        return self.payment_ht + self.payment_vat

    @property
    def expired_total(self) -> Decimal:
        return sum((e.amount for e in self.expired), ZERO)

    @property
    def balance(self) -> Decimal:
        return sum(self.balances.values(), ZERO)


def month_rows(forecast: Forecast, planned: Sequence[Purchase] = ()) -> list[MonthRow]:
    """The forecast's months; ``planned``: the purchases it was run with (if any)."""
    rows = []
    for month in forecast.months:
        later = sum((p.amount for p in planned if p.on > month.date), ZERO)
        balances = dict(month.balances)
        balances[Source.CREDIT] = balances.get(Source.CREDIT, ZERO) - later
        invoice = month.invoice
        rows.append(
            MonthRow(
                date=month.date,
                total_ht=invoice.total_ht,
                vouchers=month.taken(Source.VOUCHER),
                credit=month.taken(Source.CREDIT),
                digital_launchpad=month.taken(Source.DIGITAL_LAUNCHPAD),
                loyalty=month.taken(Source.LOYALTY),
                payment_ht=invoice.payment.amount_ht,
                payment_vat=invoice.payment.vat,
                expired=month.expired,
                balances={source: balances.get(source, ZERO) for source in SOURCES},
                purchased=sum((p.amount for p in planned if p.on == month.date), ZERO),
            )
        )
    return rows


def starting_balance(forecast: Forecast, planned: Sequence[Purchase] = ()) -> Decimal:
    """What all sources hold today, before the first month's expiries, invoice and purchases."""
    if not forecast.months:
        return ZERO
    first = forecast.months[0]
    expired = sum((e.amount for e in first.expired), ZERO)
    bought = sum((p.amount for p in planned), ZERO)  # the engine counts them from the start
    return sum(first.balances.values(), ZERO) + first.invoice.allocated + expired - bought
