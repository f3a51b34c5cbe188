"""Rule 16: the journal entries the ledger's facts make. Only purchased credit and what the
payment method pays cost money; vouchers, Digital LaunchPad and loyalty are discounts.

- An order paid: prepaid (HT) + deductible VAT / supplier (TTC), on the payment day.
- An invoice: expense / prepaid for the purchased credit it used; expense + VAT / supplier
  (TTC) for the payment method's part. The expense goes to the account of each line's
  product; when the lines go to several accounts, what is booked (credit used + payment HT)
  is shared in proportion to their totals HT, to the cent (largest remainder).
- An expiry of purchased credit (recorded or due): loss / prepaid, on the expiry day.
- A credit note: the mirror of its invoice's entry, on its own day. A lot that had expired
  since loses its part again: an expiry like any other (the EXPIRE the reversal records),
  with the credit note as its piece.
- A voucher redeemed, an account topped up, the parts of an invoice those pay, a voucher's
  expiry, what a credit note gives back to them: a ``Memo``, no amount booked. FEC has no
  place for it (it is left out); beancount shows it as a ``note``.

Every entry balances (``JournalEntry`` refuses to exist otherwise); labels are in French,
the language of the PCG accounts they sit beside.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.domain.books.chart import Chart, LedgerAccount
from desktop_app.domain.books.creditnote import CreditNote
from desktop_app.domain.model import (
    Account,
    CreditLot,
    Invoice,
    InvoiceLine,
    LotKind,
    PaymentDue,
    PurchaseOrder,
    Source,
)
from desktop_app.domain.money import CENT, ZERO, from_cents, to_cents

#: References an entry carries (beancount metadata): ``(key, value)`` pairs, in order.
Refs = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class JournalLine:
    account: LedgerAccount
    debit: Decimal = ZERO
    credit: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One balanced entry: its lines' debits equal their credits, each line one side only,
    amounts positive and in cents."""

    date: date
    piece_ref: str
    piece_date: datetime.date  # (``date`` is the field above)
    label: str
    lines: tuple[JournalLine, ...]
    refs: Refs = ()

    def __post_init__(self) -> None:
        if not self.lines:
            raise ValueError(f"entry {self.piece_ref} has no line")
        for line in self.lines:
            sides = (line.debit, line.credit)
            if min(sides) != 0 or max(sides) <= 0 or any(s != s.quantize(CENT) for s in sides):
                raise ValueError(f"entry {self.piece_ref}: a line needs one positive side")
        if self.debit != self.credit:
            raise ValueError(f"entry {self.piece_ref} does not balance")

    @property
    def debit(self) -> Decimal:
        return sum((line.debit for line in self.lines), ZERO)

    @property
    def credit(self) -> Decimal:
        return sum((line.credit for line in self.lines), ZERO)


@dataclass(frozen=True, slots=True)
class Memo:
    """A fact worth a line in the books that books no amount: ``amount`` is told, not booked.
    ``source``: ``voucher``, ``digital_launchpad`` or ``loyalty``."""

    date: date
    piece_ref: str
    label: str
    amount: Decimal
    source: str
    refs: Refs = ()


JournalItem = JournalEntry | Memo


def _lines(*pairs: tuple[LedgerAccount, Decimal, Decimal]) -> tuple[JournalLine, ...]:
    """Lines from ``(account, debit, credit)``, those with nothing on them left out."""
    return tuple(JournalLine(a, d, c) for a, d, c in pairs if d or c)


def _eur(amount: Decimal) -> str:
    """``1234,50 EUR``: the amount in a label, written the French way."""
    return f"{amount.quantize(CENT):f}".replace(".", ",") + " EUR"


def _about(text: str, project: str) -> str:
    return f"{text} - {project}" if project else text


def order_paid(order: PurchaseOrder, chart: Chart, project: str = "") -> JournalEntry:
    """Paying an order: prepaid (HT) + deductible VAT / supplier (TTC), on the day it was
    paid; its piece is the purchase order (number, date created)."""
    if order.paid_on is None:
        raise ValueError(f"order {order.number} is not paid")
    return JournalEntry(
        date=order.paid_on,
        piece_ref=order.number,
        piece_date=order.created_on,
        label=_about(f"Crédit cloud {order.number}", project),
        lines=_lines(
            (chart.prepaid, order.amount_ht, ZERO),
            (chart.vat, order.vat, ZERO),
            (chart.supplier, ZERO, order.amount_ttc),
        ),
        refs=(("order", order.number),),
    )


def split_expense(
    lines: Sequence[InvoiceLine], booked: Decimal, chart: Chart
) -> list[tuple[LedgerAccount, Decimal]]:
    """``booked`` shared among the expense accounts of ``lines``' products in proportion to
    their totals HT: exact to the cent (largest remainder; ties to the account first in the
    chart's order of numbers). One account takes it all."""
    weights: dict[LedgerAccount, int] = {}
    for line in lines:
        account = chart.expense_for(line.product)
        weights[account] = weights.get(account, 0) + to_cents(line.amount)
    total = sum(weights.values())
    cents = to_cents(booked)
    if len(weights) == 1 or total == 0:
        return [(next(iter(weights), chart.expense), booked)]
    ordered = sorted(weights, key=lambda a: a.number)
    shares = {a: cents * weights[a] // total for a in ordered}
    left = cents - sum(shares.values())
    by_remainder = sorted(ordered, key=lambda a: -(cents * weights[a] % total))
    for account in by_remainder[:left]:
        shares[account] += 1
    return [(a, from_cents(shares[a])) for a in ordered if shares[a]]


def _invoice_lines(
    lines: Sequence[InvoiceLine], credit: Decimal, method_ht: Decimal, vat: Decimal, chart: Chart
) -> list[tuple[LedgerAccount, Decimal, Decimal]]:
    expense = split_expense(lines, credit + method_ht, chart)
    return [
        *((account, amount, ZERO) for account, amount in expense),
        (chart.prepaid, ZERO, credit),
        (chart.vat, vat, ZERO),
        (chart.supplier, ZERO, method_ht + vat),
    ]


_MEMO_WORDS = {
    Source.VOUCHER: "vouchers",
    Source.DIGITAL_LAUNCHPAD: "Digital LaunchPad",
    Source.LOYALTY: "compte fidélité",
}


def _discounts(amounts: Iterable[tuple[Source, Decimal]]) -> dict[Source, Decimal]:
    found: dict[Source, Decimal] = {}
    for source, amount in amounts:
        if source is not Source.CREDIT and amount:
            found[source] = found.get(source, ZERO) + amount
    return found


@dataclass(frozen=True, slots=True)
class InvoiceTotals:
    """What the books read of a posted invoice: its lines, what each source paid in all
    (in the order applied), and the payment method's part. The journal of a period reads
    these straight from the ledger (a sum per source, not each lot's allocation)."""

    number: str
    project_id: int
    date: date
    lines: tuple[InvoiceLine, ...]
    paid: tuple[tuple[Source, Decimal], ...]
    payment: PaymentDue

    @property
    def total_ht(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)


def invoice_totals(invoice: Invoice) -> InvoiceTotals:
    if invoice.number is None:
        raise ValueError("only a posted invoice is booked")
    paid: dict[Source, Decimal] = {}
    for a in invoice.allocations:
        paid[a.source] = paid.get(a.source, ZERO) + a.amount
    return InvoiceTotals(invoice.number, invoice.project_id, invoice.date, invoice.lines,
                         tuple(paid.items()), invoice.payment)  # fmt: skip


def invoice_posted(invoice: Invoice, chart: Chart, project: str = "") -> list[JournalItem]:
    """A posted invoice: its entry (if the credit or the payment method paid anything), then
    one memo per discount that paid a part (vouchers, Digital LaunchPad, loyalty)."""
    return invoice_booked(invoice_totals(invoice), chart, project)


def invoice_booked(totals: InvoiceTotals, chart: Chart, project: str = "") -> list[JournalItem]:
    """``invoice_posted`` from the invoice's totals."""
    number = totals.number
    credit = sum((amount for source, amount in totals.paid if source is Source.CREDIT), ZERO)
    pay = totals.payment
    label = _about(f"Facture {number}", project)
    items: list[JournalItem] = []
    if credit or pay.amount_ht:
        pairs = _invoice_lines(totals.lines, credit, pay.amount_ht, pay.vat, chart)
        refs = (("invoice", number),)
        items.append(JournalEntry(totals.date, number, totals.date, label, _lines(*pairs), refs))
    for source, amount in _discounts(totals.paid).items():
        items.append(
            Memo(
                totals.date,
                number,
                f"{label} : {_eur(amount)} HT payés par {_MEMO_WORDS[source]} (remise)",
                amount,
                source.value,
                (("invoice", number),),
            )
        )
    return items


def credit_noted(
    note: CreditNote, invoice: Invoice, chart: Chart, project: str = ""
) -> list[JournalItem]:
    """A credit note: the mirror of its invoice's entry on the credit note's day, then a memo
    per discount it gives back. What expires again is booked by ``expired`` (its EXPIRE)."""
    credit = sum((r.amount for r in note.returned if r.source is Source.CREDIT), ZERO)
    refund = note.refund
    label = _about(f"Avoir {note.number} sur facture {note.invoice_number}", project)
    refs = (("credit_note", note.number), ("invoice", note.invoice_number))
    items: list[JournalItem] = []
    if credit or refund.amount_ht:
        pairs = _invoice_lines(invoice.lines, credit, refund.amount_ht, refund.vat, chart)
        mirrored = _lines(*((account, c, d) for account, d, c in pairs))
        items.append(JournalEntry(note.date, note.number, note.date, label, mirrored, refs))
    for source, amount in _discounts((r.source, r.amount) for r in note.returned).items():
        words = f"{_eur(amount)} HT rendus aux {_MEMO_WORDS[source]}"
        items.append(Memo(note.date, note.number, f"{label} : {words}", amount, source.value, refs))
    return items


def expired(
    lot: CreditLot, amount: Decimal, on: date, chart: Chart, *, piece: str = "", project: str = ""
) -> JournalItem:
    """What a lot lost at expiry (``on``: the EXPIRE's day, its ``expires_on`` unless it
    expired again under a credit note, ``piece``). Purchased credit: loss / prepaid; a
    voucher: a memo."""
    ref = piece or lot.reference
    refs: Refs = (("lot", lot.reference),)
    if ref != lot.reference:
        refs += (("credit_note", ref),)
    if lot.kind is LotKind.VOUCHER:
        label = _about(f"Voucher {lot.reference} expiré : {_eur(amount)} perdus", project)
        return Memo(on, ref, label, amount, Source.VOUCHER.value, refs)
    return JournalEntry(
        date=on,
        piece_ref=ref,
        piece_date=on,
        label=_about(f"Crédit cloud {lot.reference} expiré", project),
        lines=_lines((chart.loss, amount, ZERO), (chart.prepaid, ZERO, amount)),
        refs=refs,
    )


def voucher_redeemed(lot: CreditLot, project: str = "") -> Memo:
    label = _about(f"Voucher {lot.reference} ajouté : {_eur(lot.total)} HT", project)
    return Memo(lot.issued_on, lot.reference, label, lot.total, Source.VOUCHER.value)


def topped_up(account: Account, amount: Decimal, on: date, reference: str = "") -> Memo:
    """An account top-up (``amount`` negative: a top-up reversed by credit note ``reference``)."""
    words = _MEMO_WORDS[Source(account.value)]
    verb = "crédité" if amount >= 0 else "débité (avoir)"
    label = f"{words} {verb} : {_eur(abs(amount))} HT"
    return Memo(on, reference or account.value, label, amount, account.value)


@dataclass
class Tally:
    """Counts what passes through ``count``: the figures an export reports."""

    entries: int = 0
    memos: int = 0
    lines: int = 0
    debit: Decimal = ZERO
    credit: Decimal = ZERO

    def count(self, items: Iterable[JournalItem]) -> Iterator[JournalItem]:
        for item in items:
            if isinstance(item, Memo):
                self.memos += 1
            else:
                self.entries += 1
                self.lines += len(item.lines)
                self.debit += item.debit
                self.credit += item.credit
            yield item
