"""The forecast's engine: one run, month by month, each month's invoice through the waterfall.

``ForecastRun`` keeps the pool of lots in waterfall order, so that what expires on a day is
the head of either kind's lots (a bisection, not a walk over thousands of lots) and what an
invoice took is found from the head; lots restricted to products the spend never has are
kept apart (the waterfall would walk past them every month). It also keeps its state before
each month, so that the purchase advisor (``advisor.py``) can run it again from the month of
a new purchase instead of from the start: the results are those of ``run_forecast`` with the
same purchases, to the cent (tests/domain/test_forecast.py).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from operator import attrgetter

from desktop_app.domain.dates import add_months
from desktop_app.domain.forecast import (
    Expiry,
    Forecast,
    ForecastMonth,
    Purchase,
    monthly_lines,
    planned_lot,
)
from desktop_app.domain.model import (
    CreditLot,
    Invoice,
    LotKind,
    PaymentDue,
    Source,
    waterfall_key,
)
from desktop_app.domain.money import ZERO
from desktop_app.domain.waterfall import allocate_invoice, normalise_product


@dataclass(frozen=True, slots=True)
class Inputs:
    """What a forecast runs on besides the lots and the purchases (``spend`` checked)."""

    project_id: int
    start: date
    spend: Mapping[str, Decimal]
    growth: Decimal
    digital_launchpad: Decimal
    loyalty: Decimal
    vat_rate: Decimal
    payment_label: str | None


#: A run's state before a month: the lots that may pay, those that may pay none of the spend's
#: products (they only expire), what each kind holds, the two accounts, the next expiry.
State = tuple[list[CreditLot], list[CreditLot], dict[LotKind, Decimal], Decimal, Decimal, date]


class ForecastRun:
    """One forecast, month by month. It keeps its state before each month (``saved``), so
    that the advisor can run it again from a month on, with one more purchase made that
    month (``with_purchase``): the months before are the same but for the credit held."""

    def __init__(
        self, inputs: Inputs, lots: Sequence[CreditLot], purchases: Sequence[Purchase] = ()
    ) -> None:
        self.inputs = inputs
        pid = inputs.project_id
        pool = [lot for lot in lots if lot.project_id == pid and lot.available > 0]
        pool += [planned_lot(p, i, pid) for i, p in enumerate(purchases)]
        pool.sort(key=waterfall_key)
        products = {normalise_product(name) for name in inputs.spend}
        # Lots restricted to products this spend never has: the waterfall would walk past
        # them every month; they are kept apart, to expire and to count in the balances.
        self.pool = [lot for lot in pool if not lot.products or lot.products & products]
        self.idle = [lot for lot in pool if lot.products and not lot.products & products]
        self.held = {kind: sum((x.available for x in pool if x.kind is kind), ZERO)
                     for kind in LotKind}  # fmt: skip
        self.launchpad = max(inputs.digital_launchpad, ZERO)
        self.loyal = max(inputs.loyalty, ZERO)
        self.next_expiry = min(_soonest(self.pool), _soonest(self.idle))
        self.purchases = list(purchases)
        self.months: list[ForecastMonth] = []
        self.saved: list[State | None] = []

    def state(self) -> State:
        return (list(self.pool), list(self.idle), dict(self.held), self.launchpad, self.loyal,
                self.next_expiry)  # fmt: skip

    def run(self, months: int) -> Forecast:
        for k in range(len(self.months), months):
            self.saved.append(self.state())
            self.months.append(self._month(k))
        end = add_months(self.inputs.start, months)
        pool = list(self.pool) + self.idle
        pool.sort(key=waterfall_key)
        return Forecast(self.inputs.start, tuple(self.months), _expire(pool, end, dict(self.held)))

    def with_purchase(self, purchase: Purchase, month: int) -> ForecastRun:
        """This run with ``purchase`` added, made on month ``month``'s date: it pays nothing
        before, so the months before are this run's, with more credit held."""
        state = self.saved[month]
        assert state is not None and purchase.on == self.months[month].date
        again = ForecastRun.__new__(ForecastRun)
        again.inputs, again.purchases = self.inputs, [*self.purchases, purchase]
        pool, again.idle, held, again.launchpad, again.loyal, expiry = state
        lot = planned_lot(purchase, len(self.purchases), self.inputs.project_id)
        bisect.insort(pool, lot, key=waterfall_key)
        again.pool, again.held = pool, {**held, LotKind.CREDIT: held[LotKind.CREDIT] + lot.total}
        again.next_expiry = min(expiry, lot.expires_on)
        again.months = [_more_credit(m, lot.total) for m in self.months[:month]]
        again.saved = [None] * month
        return again

    def _month(self, k: int) -> ForecastMonth:
        inputs, pool = self.inputs, self.pool
        day = add_months(inputs.start, k)
        expired: tuple[Expiry, ...] = ()
        if day >= self.next_expiry:
            expired = _expire_both(self.pool, self.idle, day, self.held)
            self.next_expiry = min(_soonest(self.pool), _soonest(self.idle))
        lines = monthly_lines(inputs.spend, k, inputs.growth)
        if not lines:  # shrinking spend rounded down to nothing: an empty month
            nothing = PaymentDue(inputs.payment_label, ZERO, ZERO)
            invoice = Invoice(inputs.project_id, day, (), (), nothing, inputs.vat_rate)
        else:
            invoice = allocate_invoice(
                inputs.project_id,
                day,
                lines,
                pool,
                digital_launchpad=self.launchpad,
                loyalty=self.loyal,
                vat_rate=inputs.vat_rate,
                payment_label=inputs.payment_label,
            )
        self._take(invoice)
        balances = {
            Source.VOUCHER: self.held[LotKind.VOUCHER],
            Source.CREDIT: self.held[LotKind.CREDIT],
            Source.DIGITAL_LAUNCHPAD: self.launchpad,
            Source.LOYALTY: self.loyal,
        }
        return ForecastMonth(day, invoice, expired, balances)

    def _take(self, invoice: Invoice) -> None:
        """What the invoice took, out of the lots and the accounts. Its allocations come in
        pool order: one walk from the head finds their lots."""
        pool, at, emptied = self.pool, 0, []
        for a in invoice.allocations:
            if a.lot_id is not None:
                while pool[at].id != a.lot_id:
                    at += 1
                pool[at] = _spent(pool[at], a.amount)
                self.held[pool[at].kind] -= a.amount
                if pool[at].available == 0:
                    emptied.append(at)
            elif a.source is Source.DIGITAL_LAUNCHPAD:
                self.launchpad -= a.amount
            else:
                self.loyal -= a.amount
        for at in reversed(emptied):  # an empty lot never pays again: out of the walk
            del pool[at]


_LOT_FIELDS = tuple(f.name for f in fields(CreditLot))
_lot_values = attrgetter(*_LOT_FIELDS)
_USED = _LOT_FIELDS.index("used")


def _spent(lot: CreditLot, amount: Decimal) -> CreditLot:
    """``replace(lot, used=lot.used + amount)``, without its cost (the run's hottest line)."""
    values = list(_lot_values(lot))
    values[_USED] += amount
    return CreditLot(*values)


def _more_credit(month: ForecastMonth, amount: Decimal) -> ForecastMonth:
    balances = {**month.balances, Source.CREDIT: month.balances[Source.CREDIT] + amount}
    return ForecastMonth(month.date, month.invoice, month.expired, balances)


def _kinds(lots: list[CreditLot]) -> int:
    """Where purchased credit starts in lots in waterfall order (vouchers come first)."""
    return bisect.bisect_left(lots, 1, key=lambda lot: waterfall_key(lot)[0])


def _soonest(lots: list[CreditLot]) -> date:
    """The first expiry among lots in waterfall order: the first of either kind's."""
    cut = _kinds(lots)
    return min(lots[0].expires_on if cut else date.max,
               lots[cut].expires_on if cut < len(lots) else date.max)  # fmt: skip


def _expire_both(
    pool: list[CreditLot], idle: list[CreditLot], day: date, held: dict[LotKind, Decimal]
) -> tuple[Expiry, ...]:
    gone = _expire(pool, day, held) + _expire(idle, day, held)
    return tuple(sorted(gone, key=lambda e: (e.expires_on, e.lot_id)))


def _expire(pool: list[CreditLot], day: date, held: dict[LotKind, Decimal]) -> tuple[Expiry, ...]:
    """Lots whose expiry has come lose what they have left (and leave the pool, which is in
    waterfall order: they are the first of either kind's)."""
    cut = _kinds(pool)
    ends = [bisect.bisect_right(pool, day, lo, hi, key=lambda lot: lot.expires_on)
            for lo, hi in ((0, cut), (cut, len(pool)))]  # fmt: skip
    leaving = pool[: ends[0]] + pool[cut : ends[1]]
    pool[:] = pool[ends[0] : cut] + pool[ends[1] :]
    gone: list[Expiry] = []
    for lot in leaving:
        if lot.available > 0:
            gone.append(Expiry(lot.id, lot.reference, lot.expires_on, lot.available))
            held[lot.kind] -= lot.available
    return tuple(sorted(gone, key=lambda e: (e.expires_on, e.lot_id)))
