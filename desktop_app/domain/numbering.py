"""Document numbers: one rule for purchase orders, invoices and credit notes.

``PO-2026-00001``, ``INV-2026-00001``, ``CN-2026-00001``: the series, the year, then a
sequence of at least five ASCII digits (the 100,000th is ``PO-2026-100000``). Sequential per
year with no gap: the next number is the year's last sequence plus one, which the caller
reads inside the write transaction that takes it (so two programs never take the same one).
"""

from __future__ import annotations

import re
from enum import StrEnum

from desktop_app.domain.errors import DomainError
from desktop_app.domain.record import Record, record


class Series(StrEnum):
    ORDER = "PO"
    INVOICE = "INV"
    CREDIT_NOTE = "CN"

    @property
    def malformed_code(self) -> str:
        """The refusal for a text that is not a number of this series."""
        return _MALFORMED[self]


_MALFORMED = {
    Series.ORDER: "order.malformed",
    Series.INVOICE: "invoice.malformed",
    Series.CREDIT_NOTE: "credit_note.malformed",
}
#: ASCII digits only (``\d`` alone would take Arabic-Indic or full-width digits).
_PATTERNS = {s: re.compile(rf"{s.value}-([0-9]{{4}})-([0-9]{{5,}})") for s in Series}


@record(frozen=True, slots=True, order=True)
class DocumentNumber(Record):
    series: Series
    year: int
    seq: int

    def __str__(self) -> str:
        return format_number(self.series, self.year, self.seq)


def format_number(series: Series, year: int, seq: int) -> str:
    return f"{series.value}-{year:04d}-{seq:05d}"


def next_number(series: Series, year: int, last: int) -> DocumentNumber:
    """The number after the year's ``last`` sequence (0: none yet this year)."""
    if last < 0:
        raise ValueError(f"a last sequence cannot be negative: {last}")
    return DocumentNumber(series, year, last + 1)


def parse_number(series: Series, text: str) -> DocumentNumber:
    """A number of ``series`` as typed (case and surrounding spaces aside), or its refusal."""
    found = _PATTERNS[series].fullmatch(text.strip().upper())
    if found is None:
        raise DomainError(series.malformed_code, number=text.strip())
    return DocumentNumber(series, int(found[1]), int(found[2]))
