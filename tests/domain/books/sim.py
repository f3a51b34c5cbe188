"""A ledger in memory, written the way storage and the services write it (same movements,
same signs, expiries recorded first at every write), for property tests of the books.

``histories()`` draws a random history: orders paid, vouchers redeemed, account top-ups,
invoices posted through the real waterfall, invoices reversed through the real credit note,
days passing (so credit expires, recorded or not yet). ``journal()`` is what the services
will do for an export: every fact of a period turned into entries, in date order.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import strategies as st

from desktop_app.domain.books.chart import Chart
from desktop_app.domain.books.creditnote import (
    CreditNote,
    credit_note_number,
    returned_to,
    reverse_invoice,
)
from desktop_app.domain.books.entries import (
    JournalItem,
    credit_noted,
    expired,
    invoice_posted,
    order_paid,
    topped_up,
    voucher_redeemed,
)
from desktop_app.domain.books.movements import RETURN
from desktop_app.domain.books.rollforward import Period
from desktop_app.domain.dates import credit_expires_on
from desktop_app.domain.model import (
    Account,
    CreditLot,
    Invoice,
    InvoiceLine,
    LotKind,
    Movement,
    MovementKind,
    OrderStatus,
    PurchaseOrder,
    Source,
    waterfall_key,
)
from desktop_app.domain.money import ZERO, from_cents
from desktop_app.domain.numbering import Series, format_number
from desktop_app.domain.waterfall import allocate_invoice, expiries_due

START = date(2025, 1, 1)
PRODUCTS = ("compute", "storage", "ai")
VAT = Decimal("20.00")


@dataclass
class Sim:
    lots: dict[int, CreditLot] = field(default_factory=dict)
    movements: list[Movement] = field(default_factory=list)
    balances: dict[Account, Decimal] = field(default_factory=lambda: dict.fromkeys(Account, ZERO))
    orders: list[PurchaseOrder] = field(default_factory=list)
    invoices: dict[str, Invoice] = field(default_factory=dict)
    notes: list[CreditNote] = field(default_factory=list)
    reversed_by: dict[str, str] = field(default_factory=dict)
    top_ups: list[tuple[Account, Decimal, date]] = field(default_factory=list)
    today: date = START

    # -- what storage writes ---------------------------------------------------------------
    def move(self, day: date, kind: str, amount: Decimal, reference: str, **where: object) -> None:
        self.movements.append(
            Movement(len(self.movements) + 1, day, kind, amount, reference, **where)  # type: ignore[arg-type]
        )

    def write(self, day: date) -> None:
        """What every write does first (``Desk.write``): record what expired by ``day``."""
        self.today = max(self.today, day)
        for lot, amount in expiries_due(self.lots.values(), day):
            self.lots[lot.id] = replace(lot, expired=lot.expired + amount)
            self.move(
                lot.expires_on,
                MovementKind.EXPIRE,
                -amount,
                lot.reference,
                project_id=lot.project_id,
                lot_id=lot.id,
            )

    def _lot(
        self,
        project: int,
        kind: LotKind,
        ref: str,
        amount: Decimal,
        day: date,
        expires: date,
        products: frozenset[str] = frozenset(),
    ) -> CreditLot:
        lot = CreditLot(
            len(self.lots) + 1, project, kind, ref, amount, ZERO, ZERO, day, expires, day, products
        )
        self.lots[lot.id] = lot
        return lot

    # -- the use cases -----------------------------------------------------------------------
    def pay_order(self, day: date, project: int, amount: Decimal) -> None:
        self.write(day)
        number = format_number(
            Series.ORDER, day.year, sum(o.created_on.year == day.year for o in self.orders) + 1
        )
        created = max(day - timedelta(days=3), START)
        order = PurchaseOrder(number, project, OrderStatus.PAID, amount, VAT, created, day)
        self.orders.append(order)
        lot = self._lot(project, LotKind.CREDIT, number, amount, day, credit_expires_on(day))
        self.move(created, MovementKind.MANUAL, ZERO, number, project_id=project)  # the trail
        self.move(day, MovementKind.ORDER, amount, number, project_id=project, lot_id=lot.id)

    def redeem(
        self, day: date, project: int, amount: Decimal, days: int, products: frozenset[str]
    ) -> None:
        self.write(day)
        code = f"V{len(self.lots) + 1:04d}"
        lot = self._lot(
            project, LotKind.VOUCHER, code, amount, day, day + timedelta(days=days), products
        )
        self.move(day, MovementKind.VOUCHER, amount, code, project_id=project, lot_id=lot.id)

    def top_up(self, day: date, account: Account, amount: Decimal) -> None:
        self.write(day)
        self.balances[account] += amount
        self.top_ups.append((account, amount, day))
        self.move(day, MovementKind.BONUS, amount, account.value, account=account.value)

    def post(self, day: date, project: int, lines: list[InvoiceLine]) -> None:
        self.write(day)
        lots = sorted(
            (lot for lot in self.lots.values() if lot.project_id == project), key=waterfall_key
        )
        invoice = allocate_invoice(
            project,
            day,
            lines,
            lots,
            digital_launchpad=self.balances[Account.DIGITAL_LAUNCHPAD],
            loyalty=self.balances[Account.LOYALTY],
            vat_rate=VAT,
            payment_label="card",
        )
        number = format_number(
            Series.INVOICE, day.year, sum(n[4:8] == str(day.year) for n in self.invoices) + 1
        )
        invoice = replace(invoice, number=number)
        self.invoices[number] = invoice
        for a in invoice.allocations:
            if a.lot_id is not None:
                lot = self.lots[a.lot_id]
                self.lots[a.lot_id] = replace(lot, used=lot.used + a.amount)
                self.move(
                    day,
                    MovementKind.USE,
                    -a.amount,
                    number,
                    project_id=project,
                    lot_id=a.lot_id,
                    invoice_number=number,
                )
            else:
                account = Account(a.source.value)
                self.balances[account] -= a.amount
                self.move(
                    day,
                    MovementKind.USE,
                    -a.amount,
                    number,
                    project_id=project,
                    account=account.value,
                    invoice_number=number,
                )

    def reverse(self, day: date, number: str) -> CreditNote:
        self.write(day)
        invoice = self.invoices[number]
        seq = sum(n.date.year == day.year for n in self.notes) + 1
        note = reverse_invoice(
            invoice,
            number=credit_note_number(day.year, seq),
            on=day,
            today=day,
            lots=self.lots,
            reversed_by=self.reversed_by.get(number),
        )
        self.notes.append(note)
        self.reversed_by[number] = note.number
        for r in note.returned:
            if r.lot_id is None:
                account = Account(r.source.value)
                self.balances[account] += r.amount
                self.move(
                    day,
                    RETURN,
                    r.amount,
                    note.number,
                    project_id=invoice.project_id,
                    account=account.value,
                    invoice_number=number,
                )
                continue
            self.lots[r.lot_id] = returned_to(self.lots[r.lot_id], r)
            self.move(
                day,
                RETURN,
                r.amount,
                note.number,
                project_id=invoice.project_id,
                lot_id=r.lot_id,
                invoice_number=number,
            )
            if r.expired_again:
                self.move(
                    day,
                    MovementKind.EXPIRE,
                    -r.expired_again,
                    note.number,
                    project_id=invoice.project_id,
                    lot_id=r.lot_id,
                    note="expired again",
                )
        return note

    # -- what the services will do for an export ---------------------------------------------
    def journal(self, period: Period, chart: Chart) -> list[JournalItem]:
        """Every fact dated in ``period`` as entries and memos, in date order."""
        items: list[JournalItem] = []
        items += [order_paid(o, chart) for o in self.orders if o.paid_on in period]
        for invoice in self.invoices.values():
            if invoice.date in period:
                items += invoice_posted(invoice, chart)
        for note in self.notes:
            if note.date in period:
                items += credit_noted(note, self.invoices[note.invoice_number], chart)
        for m in self.movements:
            if m.kind == MovementKind.EXPIRE and m.date in period:
                lot = self.lots[m.lot_id or 0]
                items.append(expired(lot, -m.amount, m.date, chart, piece=m.reference))
        for lot, amount in expiries_due(self.lots.values(), period.end):  # not recorded yet
            if lot.expires_on in period:
                items.append(expired(lot, amount, lot.expires_on, chart))
        items += [
            voucher_redeemed(lot)
            for lot in self.lots.values()
            if lot.kind is LotKind.VOUCHER and lot.issued_on in period
        ]
        items += [topped_up(a, amount, day) for a, amount, day in self.top_ups if day in period]
        return sorted(items, key=lambda item: item.date)  # stable: same-day facts keep order


money = st.integers(min_value=1, max_value=50_000).map(from_cents)


@st.composite
def histories(draw: st.DrawFn, max_steps: int = 25) -> Sim:
    sim = Sim()
    day = START
    for _ in range(draw(st.integers(0, max_steps))):
        day += timedelta(days=draw(st.integers(0, 75)))
        what = draw(
            st.sampled_from(
                ("order", "order", "voucher", "top_up", "invoice", "invoice", "invoice", "reverse")
            )
        )
        project = draw(st.integers(1, 3))
        if what == "order":
            sim.pay_order(day, project, draw(money))
        elif what == "voucher":
            products = frozenset(draw(st.sets(st.sampled_from(PRODUCTS), max_size=1)))
            sim.redeem(day, project, draw(money), draw(st.integers(1, 300)), products)
        elif what == "top_up":
            sim.top_up(day, draw(st.sampled_from(list(Account))), draw(money))
        elif what == "invoice":
            lines = draw(
                st.lists(st.tuples(st.sampled_from(PRODUCTS), money), min_size=1, max_size=3)
            )
            sim.post(day, project, [InvoiceLine(p, a) for p, a in lines])
        else:
            open_ = [n for n in sim.invoices if n not in sim.reversed_by]
            if open_:
                sim.reverse(day, draw(st.sampled_from(open_)))
    sim.today = day + timedelta(days=draw(st.integers(0, 450)))  # later expiries: not recorded
    return sim


@st.composite
def periods(draw: st.DrawFn, sim: Sim) -> Period:
    low, high = START - timedelta(days=30), sim.today + timedelta(days=30)
    start = low + timedelta(days=draw(st.integers(0, (high - low).days)))
    end = start + timedelta(days=draw(st.integers(0, (high - start).days + 30)))
    return Period(start, end)


def prepaid_net(items: list[JournalItem], chart: Chart) -> Decimal:
    """Debits minus credits on the prepaid account over ``items``."""
    total = ZERO
    for item in items:
        for line in getattr(item, "lines", ()):
            if line.account == chart.prepaid:
                total += line.debit - line.credit
    return total


def source_of(lot: CreditLot) -> Source:
    return Source.VOUCHER if lot.kind is LotKind.VOUCHER else Source.CREDIT
