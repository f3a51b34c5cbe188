"""The journal of a period as a beancount 3 file: one transaction per entry.

Each account of the chart gets a beancount name that keeps its PCG number
(``Assets:Prepaid:Cloud:4091``, ``Assets:VAT:Deductible:44566``,
``Liabilities:Suppliers:401`` or ``...:401:OVHCLOUD`` with an auxiliary account,
``Expenses:Cloud:6135``, ``Expenses:Cloud:Expired:658``) and an ``open`` directive on the
period's first day, with the number and its label as metadata. Every entry's transaction
carries the piece (order, invoice or credit-note number), the piece's date and the ledger's
references (``order``, ``invoice``, ``credit_note``, ``lot``) as metadata. A memo (a
discount, nothing booked) is a ``note`` on the prepaid account: vouchers and account-level
credit are credit held with the same supplier, without a value in the books.

Beancount's own rules followed (checked on beancount 3.2, ``beancount.loader.load_string``
and ``bean-check``): account components start with a capital letter or a digit and hold
letters, digits and dashes; metadata keys start with a lower-case letter; strings are in
double quotes, ``"`` and ``\\`` escaped.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Final

from desktop_app.domain.books.chart import Chart, LedgerAccount, Role
from desktop_app.domain.books.entries import JournalEntry, JournalItem, Memo, Refs
from desktop_app.domain.money import CENT

CURRENCY: Final = "EUR"
_PREFIX: Final = {
    Role.PREPAID: "Assets:Prepaid:Cloud",
    Role.VAT: "Assets:VAT:Deductible",
    Role.SUPPLIER: "Liabilities:Suppliers",
    Role.EXPENSE: "Expenses:Cloud",
    Role.LOSS: "Expenses:Cloud:Expired",
}
_NOT_IN_COMPONENT: Final = re.compile(r"[^A-Za-z0-9-]")


def _component(text: str) -> str:
    """A valid account component: letters, digits and dashes, starting with a capital or a
    digit."""
    cleaned = _NOT_IN_COMPONENT.sub("-", text).strip("-") or "X"
    return cleaned[0].upper() + cleaned[1:]


@functools.lru_cache(maxsize=256)
def beancount_account(account: LedgerAccount) -> str:
    name = f"{_PREFIX[account.role]}:{_component(account.number)}"
    return f"{name}:{_component(account.aux)}" if account.aux else name


def quoted(text: str) -> str:
    """A beancount string: one line (controls become spaces), quotes and backslashes
    escaped."""
    flat = (
        text
        if text.isprintable()
        else "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    )
    return '"' + flat.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _amount(value: Decimal) -> str:
    return f"{value.quantize(CENT):f} {CURRENCY}"


def _meta(refs: Refs) -> Iterator[str]:
    for key, value in refs:
        yield f"  {key}: {quoted(value)}\n"


def _transaction(entry: JournalEntry) -> Iterator[str]:
    yield f"{entry.date.isoformat()} * {quoted(entry.label)}\n"
    yield f"  piece: {quoted(entry.piece_ref)}\n"
    yield f"  piece-date: {entry.piece_date.isoformat()}\n"
    yield from _meta(entry.refs)
    for line in entry.lines:
        signed = line.debit - line.credit
        yield f"  {beancount_account(line.account)}  {_amount(signed)}\n"
    yield "\n"


def _note(memo: Memo, chart: Chart) -> Iterator[str]:
    account = beancount_account(chart.prepaid)
    yield f"{memo.date.isoformat()} note {account} {quoted(memo.label)}\n"
    yield f"  piece: {quoted(memo.piece_ref)}\n"
    yield f"  memo-source: {quoted(memo.source)}\n"
    yield f"  memo-amount: {_amount(memo.amount)}\n"
    yield from _meta(memo.refs)
    yield "\n"


def beancount_lines(
    items: Iterable[JournalItem], chart: Chart, opened_on: date, *, title: str = ""
) -> Iterator[str]:
    """The file's lines: options, an ``open`` per account of the chart (dated
    ``opened_on``, the period's first day), then each entry and memo, in the order given.
    Lazy, like ``fec.fec_lines``. An item dated before ``opened_on`` is a caller's error."""
    if title:
        yield f'option "title" {quoted(title)}\n'
    yield f'option "operating_currency" "{CURRENCY}"\n\n'
    for account in chart.accounts():
        yield f"{opened_on.isoformat()} open {beancount_account(account)} {CURRENCY}\n"
        yield f"  pcg: {quoted(account.number)}\n"
        yield f"  label: {quoted(account.label)}\n"
    yield "\n"
    for item in items:
        if item.date < opened_on:
            raise ValueError(f"{item.piece_ref} is dated before the accounts open")
        if isinstance(item, Memo):
            yield from _note(item, chart)
        else:
            yield from _transaction(item)


def beancount_text(
    items: Iterable[JournalItem], chart: Chart, opened_on: date, *, title: str = ""
) -> str:
    return "".join(beancount_lines(items, chart, opened_on, title=title))
