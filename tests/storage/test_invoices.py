"""The invoices repository: numbered by the domain, written with their lines, final."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.errors import Bug
from desktop_app.domain.model import Invoice, InvoiceLine, PaymentDue
from desktop_app.domain.numbering import Series, next_number
from desktop_app.storage.sqlite.ledger import SqliteLedger
from tests.helpers.ledger import query
from tests.storage.rows import DAY, D


def _post(ledger: SqliteLedger, on: date, *lines: tuple[str, str], project: int = 1) -> Invoice:
    items = tuple(InvoiceLine(p, D(a)) for p, a in lines)
    total = sum((line.amount for line in items), D(0))
    with ledger.write() as tx:
        number = next_number(Series.INVOICE, on.year, tx.invoices.last_seq(on.year))
        invoice = Invoice(project, on, items, (), PaymentDue("Visa", total, total / 5), D(20),
                          str(number))  # fmt: skip
        tx.invoices.add(invoice, None)
    return invoice


@pytest.mark.sqlite_only  # SQLite's own SQL, triggers or file
def test_an_invoice_is_written_with_its_lines_year_and_sequence(ledger: SqliteLedger) -> None:
    first = _post(ledger, DAY, ("compute", "10.00"), ("ai", "2.50"))
    second = _post(ledger, date(2026, 12, 1), ("compute", "1.00"))
    nextyear = _post(ledger, date(2027, 1, 2), ("compute", "1.00"))
    assert [first.number, second.number, nextyear.number] == [
        "INV-2026-00001", "INV-2026-00002", "INV-2027-00001",
    ]  # fmt: skip
    assert query(ledger.path, "SELECT number, year, seq, total_ht_cents FROM invoices") == [
        ("INV-2026-00001", 2026, 1, 1250), ("INV-2026-00002", 2026, 2, 100),
        ("INV-2027-00001", 2027, 1, 100),
    ]  # fmt: skip
    lines = "SELECT product, amount_cents FROM invoice_lines WHERE invoice_id = 1 ORDER BY line_no"
    assert query(ledger.path, lines) == [("compute", 1000), ("ai", 250)]
    with ledger.read() as tx:
        assert tx.invoices.numbers() == {first.number, second.number, nextyear.number}
        assert tx.invoices.last_date(1) == date(2027, 1, 2) and tx.invoices.last_date(2) is None
        assert tx.invoices.last_seq(2026) == 2 and tx.invoices.last_seq(2030) == 0


def test_spend_by_product_is_the_posted_lines_of_a_period(ledger: SqliteLedger) -> None:
    _post(ledger, date(2026, 9, 30), ("compute", "1.00"))
    _post(ledger, date(2026, 10, 1), ("compute", "10.00"), ("ai", "3.00"))
    _post(ledger, date(2026, 10, 31), ("compute", "5.00"))
    _post(ledger, date(2026, 11, 1), ("compute", "100.00"))
    _post(ledger, date(2026, 10, 15), ("compute", "7.00"), project=2)
    with ledger.read() as tx:
        spend = tx.invoices.spend_by_product(1, date(2026, 10, 1), date(2026, 11, 1))
    assert spend == {"compute": D("15.00"), "ai": D("3.00")}


@pytest.mark.sqlite_only  # SQLite's own SQL, triggers or file
def test_posted_invoices_are_final(ledger: SqliteLedger) -> None:
    _post(ledger, DAY, ("compute", "1.00"))
    for sql in ("UPDATE invoices SET total_ht_cents = 1", "DELETE FROM invoice_lines"):
        with pytest.raises(Bug, match="final"), ledger.write() as tx:
            tx.session.run(sql)
