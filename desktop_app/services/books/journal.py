"""Rule 16: the journal of a period, as FEC or beancount, streamed to a file.

Every fact dated in the period becomes its entries (``domain.books.entries``), read from
the ledger in date order through lazy streams merged on the date: orders paid, invoices
posted, credit notes, expiries (recorded, and due but not recorded yet: rule 18), vouchers
redeemed, account top-ups. Nothing is held in memory: a year of a big ledger is a million
movements, written line by line into the file (``output.write_atomically``: whole or not at
all, never onto the ledger).
"""

from __future__ import annotations

import heapq
import io
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO, Final, TypeVar

from desktop_app.domain.books.beancount_file import beancount_lines
from desktop_app.domain.books.chart import Chart
from desktop_app.domain.books.creditnote import CreditNote
from desktop_app.domain.books.entries import (
    JournalItem,
    Tally,
    credit_noted,
    expired,
    invoice_booked,
    order_paid,
    topped_up,
    voucher_redeemed,
)
from desktop_app.domain.books.fec import FEC_ENCODING, fec_file_name, fec_lines
from desktop_app.domain.books.rollforward import Period, check_period
from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, MovementKind
from desktop_app.domain.waterfall import expiries_due
from desktop_app.services.books import JOURNAL_FORMATS
from desktop_app.services.books.chart import chart as ledger_chart
from desktop_app.services.desk import Desk
from desktop_app.services.output import check_output, write_atomically
from desktop_app.storage.interface import Transaction
from desktop_app.storage.queries import MovementQuery

FORMATS: Final = JOURNAL_FORMATS
#: Where a fact goes among the facts of its day: orders, then invoices, credit notes, then
#: the other movements (expiries, vouchers, top-ups), then the expiries not recorded yet.
_ORDERS, _INVOICES, _NOTES, _MOVES, _DUE = range(5)
_BATCH: Final = 1000
#: ``progress(done, total)`` every this many entries; False cancels (``export.cancelled``).
_PROGRESS_EVERY: Final = 10_000

T = TypeVar("T")
Keyed = tuple[tuple[date, int], list[JournalItem]]


@dataclass(frozen=True)
class JournalExport:
    path: Path
    format: str
    entries: int
    memos: int
    debit: Decimal
    credit: Decimal

    @property
    def empty(self) -> bool:
        """Nothing booked in the period: the file holds its header only."""
        return self.entries == 0


def check_format(text: str) -> str:
    if text not in FORMATS:
        raise DomainError("journal.format_unknown", format=text)
    return text


def default_file_name(desk: Desk, end: date, fmt: str) -> str:
    """FEC: ``<SIREN>FEC<YYYYMMDD>.txt`` (the buyer's SIREN: ``fec.siren_malformed`` while it
    is not set); beancount: ``<ledger>-<YYYYMMDD>.beancount``."""
    if check_format(fmt) == "fec":
        return fec_file_name(desk.party("buyer").siren, end)
    return f"{desk.path.stem}-{end:%Y%m%d}.beancount"


def export_journal(
    desk: Desk,
    start: date,
    end: date,
    fmt: str,
    output: str | Path,
    progress: Callable[[int, int], bool] | None = None,
) -> JournalExport:
    """Write the journal of ``[start, end]`` to ``output``. Refused before anything is read
    or written: a bad period (``period.*``), an unknown format, account settings that make
    no chart (``books.*``), an output onto the ledger or that is not a regular file."""
    period = check_period(start, end)
    check_format(fmt)
    chart = ledger_chart(desk)
    check_output(desk, output)
    title = desk.party("buyer").name or desk.path.stem
    tally = Tally()

    def fill(raw: BinaryIO) -> None:
        encoding = FEC_ENCODING if fmt == "fec" else "utf-8"
        handle = io.TextIOWrapper(raw, encoding=encoding, newline="")  # type: ignore[arg-type]
        with desk.read() as tx:
            items = tally.count(_watched(journal_items(tx, period, chart), progress))
            if fmt == "fec":
                handle.writelines(fec_lines(items, chart))
            else:
                handle.writelines(beancount_lines(items, chart, period.start, title=title))
        handle.flush()
        handle.detach()  # the writer fsyncs and closes the file itself

    path = write_atomically(desk, output, fill)
    return JournalExport(path, fmt, tally.entries, tally.memos, tally.debit, tally.credit)


def _watched(
    items: Iterable[JournalItem], progress: Callable[[int, int], bool] | None
) -> Iterator[JournalItem]:
    if progress is None:
        yield from items
        return
    for done, item in enumerate(items, 1):
        if done % _PROGRESS_EVERY == 0 and not progress(done, 0):
            raise DomainError("export.cancelled")
        yield item


def journal_items(tx: Transaction, period: Period, chart: Chart) -> Iterator[JournalItem]:
    """Every fact of ``period`` as entries and memos, in date order (lazy)."""
    names = _Names(tx)
    streams = (
        _orders(tx, period, chart, names),
        _invoices(tx, period, chart, names),
        _notes(tx, period, chart, names),
        _movements(tx, period, chart, names),
        _due(tx, period, chart, names),
    )
    for _, items in heapq.merge(*streams, key=lambda keyed: keyed[0]):
        yield from items


class _Names:
    """Project names, each read once."""

    def __init__(self, tx: Transaction) -> None:
        self._tx = tx
        self._names: dict[int, str] = {}

    def __call__(self, project_id: int | None) -> str:
        if project_id is None:
            return ""
        if project_id not in self._names:
            project = self._tx.projects.get(project_id)
            self._names[project_id] = project.name if project else ""
        return self._names[project_id]


def _orders(tx: Transaction, period: Period, chart: Chart, names: _Names) -> Iterator[Keyed]:
    for order in tx.orders.paid_between(period.start, period.end):
        assert order.paid_on is not None
        yield (order.paid_on, _ORDERS), [order_paid(order, chart, names(order.project_id))]


def _invoices(tx: Transaction, period: Period, chart: Chart, names: _Names) -> Iterator[Keyed]:
    for invoice in tx.invoices.totals(period.start, period.end):
        yield (invoice.date, _INVOICES), invoice_booked(invoice, chart, names(invoice.project_id))


def _notes(tx: Transaction, period: Period, chart: Chart, names: _Names) -> Iterator[Keyed]:
    for note in tx.credit_notes.stream(period.start, period.end):
        if isinstance(note, CreditNote):
            invoice = tx.invoices.get(note.invoice_number)
            if invoice is None:
                raise ValueError(f"credit note {note.number} names no invoice")
            items = credit_noted(note, invoice, chart, names(note.project_id))
        else:
            items = [topped_up(note.account, -note.amount, note.date, note.number)]
        yield (note.date, _NOTES), items


def _movements(tx: Transaction, period: Period, chart: Chart, names: _Names) -> Iterator[Keyed]:
    """Expiries recorded, vouchers redeemed, account top-ups: the lots they name read by
    batch, not one query each."""
    kinds = (MovementKind.EXPIRE, MovementKind.VOUCHER, MovementKind.BONUS)
    query = MovementQuery(kinds=kinds, date_from=period.start, date_to=period.end)
    for batch in _batched(tx.movements.stream(query), _BATCH):
        lots = tx.lots.many(m.lot_id for m in batch if m.lot_id is not None)
        for m in batch:
            item: JournalItem
            if m.kind is MovementKind.BONUS:
                item = topped_up(Account(m.account or ""), m.amount, m.date)
            else:
                lot = lots[m.lot_id or 0]
                name = names(lot.project_id)
                if m.kind is MovementKind.VOUCHER:
                    item = voucher_redeemed(lot, name)
                else:
                    item = expired(lot, -m.amount, m.date, chart, piece=m.credit_note or "",
                                   project=name)  # fmt: skip
            yield (m.date, _MOVES), [item]


def _due(tx: Transaction, period: Period, chart: Chart, names: _Names) -> Iterator[Keyed]:
    """Expiries due in the period that no write has recorded yet (rule 18)."""
    for lot, left in expiries_due(tx.lots.due_expiry(period.end), period.end):
        if lot.expires_on in period:
            item = expired(lot, left, lot.expires_on, chart, project=names(lot.project_id))
            yield (lot.expires_on, _DUE), [item]


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
