"""Schema 6's repositories: invoices read back (get, page, stream), credit notes and their
RETURN movements, the day totals the roll-forward reads (``movement_days``)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest

from desktop_app.domain.books.creditnote import (
    CreditNote,
    Returned,
    TopUpReversal,
    credit_note_number,
)
from desktop_app.domain.books.entries import invoice_totals
from desktop_app.domain.books.movements import DaySum
from desktop_app.domain.errors import Bug
from desktop_app.domain.model import (
    Account,
    Allocation,
    Invoice,
    InvoiceLine,
    LotKind,
    MovementKind,
    PaymentDue,
    Source,
)
from desktop_app.domain.postings import Posting, postings
from desktop_app.storage.queries import MovementQuery
from desktop_app.storage.sqlite.ledger import SqliteLedger
from tests.helpers.ledger import query
from tests.storage.rows import DAY, D, add_lot


def _post(ledger: SqliteLedger, invoice: Invoice) -> Invoice:
    with ledger.write() as tx:
        invoice_id = tx.invoices.add(invoice, None)
        tx.movements.record(postings(invoice), invoice_id=invoice_id)
    return invoice


def _invoice(ledger: SqliteLedger, on: date = DAY, number: str = "INV-2026-00001") -> Invoice:
    credit = add_lot(ledger, expires_on=on + timedelta(days=30), total="50")
    voucher = add_lot(ledger, expires_on=on + timedelta(days=10), total="5", kind=LotKind.VOUCHER)
    with ledger.write() as tx:
        tx.movements.record(
            [Posting(on, MovementKind.BONUS, D("3"), "loyalty", account=Account.LOYALTY)]
        )
    return _post(
        ledger,
        Invoice(
            1,
            on,
            (InvoiceLine("compute", D("20.00")), InvoiceLine("ai", D("10.00"))),
            (
                Allocation(Source.VOUCHER, voucher.reference, voucher.id, D("5.00")),
                Allocation(Source.CREDIT, credit.reference, credit.id, D("20.00")),
                Allocation(Source.LOYALTY, "loyalty", None, D("3.00")),
            ),
            PaymentDue("Visa", D("2.00"), D("0.40")),
            D("20.00"),
            number,
        ),
    )


def test_a_posted_invoice_reads_back_as_it_was_posted(ledger: SqliteLedger) -> None:
    invoice = _invoice(ledger)
    paid_by_card = _post(
        ledger,
        Invoice(2, DAY, (InvoiceLine("storage", D("4.00")),), (), PaymentDue(None, D("4.00"),
                D("0.80")), D("20.00"), "INV-2026-00002"),
    )  # fmt: skip
    with ledger.read() as tx:
        assert tx.invoices.get("INV-2026-00001") == invoice
        assert tx.invoices.get("INV-2026-00002") == paid_by_card
        assert tx.invoices.get("INV-2026-00003") is None
        assert list(tx.invoices.totals(DAY + timedelta(days=1), DAY + timedelta(days=9))) == []
        assert tx.invoices.page(project_id=2) == [(invoice_totals(paid_by_card), None)]
        assert tx.invoices.reversed_by("INV-2026-00001") is None


def _note(invoice: Invoice, on: date, again: bool = False) -> CreditNote:
    returned = tuple(
        Returned(a.source, a.reference, a.lot_id, a.amount,
                 a.amount if again and a.source is Source.VOUCHER else D(0))
        for a in invoice.allocations
    )  # fmt: skip
    return CreditNote(
        credit_note_number(on.year, 1), invoice.number or "", 1, on, returned,
        invoice.payment, invoice.vat_rate, "typo in the lines",
    )  # fmt: skip


def _record_note(ledger: SqliteLedger, note: CreditNote) -> None:
    moves = []
    for r in note.returned:
        account = Account(r.source.value) if r.lot_id is None else None
        moves.append(Posting(note.date, MovementKind.RETURN, r.amount, note.number, 1, r.lot_id,
                             account, credit_note=note.number))  # fmt: skip
        if r.expired_again:
            moves.append(Posting(note.date, MovementKind.EXPIRE, -r.expired_again, note.number,
                                 1, r.lot_id, credit_note=note.number))  # fmt: skip
    with ledger.write() as tx:
        invoice_id = tx.invoices.id_of(note.invoice_number)
        assert invoice_id is not None
        tx.credit_notes.add(note, invoice_id)
        tx.movements.record(moves)


def test_a_credit_note_gives_back_and_both_documents_point_to_each_other(
    ledger: SqliteLedger,
) -> None:
    invoice = _invoice(ledger)
    later = DAY + timedelta(days=12)  # the voucher expired on DAY + 10: it loses its part again
    note = _note(invoice, later, again=True)
    _record_note(ledger, note)
    with ledger.read() as tx:
        assert tx.credit_notes.get(note.number) == note
        assert tx.credit_notes.of_invoice(invoice.number or "") == note
        assert tx.invoices.reversed_by(invoice.number or "") == note.number
        assert tx.invoices.page() == [(invoice_totals(invoice), note.number)]
        assert list(tx.credit_notes.stream(later, later)) == [note]
        assert tx.credit_notes.last_seq(2026) == 1 and tx.credit_notes.last_seq(2027) == 0
        credit, voucher = (tx.lots.get(a.lot_id or 0) for a in invoice.allocations[1::-1])
        assert credit is not None and voucher is not None
        assert (credit.used, credit.expired) == (D(0), D(0))
        assert (voucher.used, voucher.expired) == (D(0), D(5))
        assert tx.accounts.balance(Account.LOYALTY) == D(3)
        returns = list(tx.movements.stream(MovementQuery(kinds=(MovementKind.RETURN,))))
        assert [m.credit_note for m in returns] == [note.number] * 3
        assert tx.integrity.invariant_problems() == []


@pytest.mark.sqlite_only  # SQLite's own SQL, triggers or file
def test_an_invoice_is_reversed_once(ledger: SqliteLedger) -> None:
    invoice = _invoice(ledger)
    _record_note(ledger, _note(invoice, DAY))
    second = replace(_note(invoice, DAY), number=credit_note_number(2026, 2))
    with pytest.raises(Bug, match="UNIQUE"), ledger.write() as tx:
        tx.credit_notes.add(second, tx.invoices.id_of(invoice.number or "") or 0)


@pytest.mark.sqlite_only  # SQLite's own SQL, triggers or file
def test_credit_notes_are_final(ledger: SqliteLedger) -> None:
    _record_note(ledger, _note(_invoice(ledger), DAY))
    conn = sqlite3.connect(ledger.path)
    try:
        for sql in ("UPDATE credit_notes SET reason = 'x'", "DELETE FROM credit_notes"):
            with pytest.raises(sqlite3.IntegrityError, match="final"):
                conn.execute(sql)
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute(
                "INSERT INTO credit_notes (number, year, seq, date) "
                "VALUES ('CN-2026-00009', 2026, 9, '2026-11-26')"
            )  # neither an invoice nor a top-up
    finally:
        conn.close()


def test_a_top_up_reversal_reads_back(ledger: SqliteLedger) -> None:
    with ledger.write() as tx:
        tx.movements.record(
            [Posting(DAY, MovementKind.BONUS, D("8"), "loyalty", account=Account.LOYALTY)]
        )
    with ledger.read() as tx:
        (top_up,) = list(tx.movements.stream())
    reversal = TopUpReversal("CN-2026-00001", DAY, Account.LOYALTY, D("8.00"), top_up.id, "")
    with ledger.write() as tx:
        tx.credit_notes.add_top_up_reversal(reversal)
        back = Posting(DAY, MovementKind.RETURN, -D(8), reversal.number,
                       account=Account.LOYALTY, credit_note=reversal.number)  # fmt: skip
        tx.movements.record([back])
    with ledger.read() as tx:
        assert tx.credit_notes.get(reversal.number) == reversal
        assert tx.credit_notes.of_top_up(top_up.id) == reversal.number
        assert tx.accounts.balance(Account.LOYALTY) == D(0)
        assert tx.integrity.invariant_problems() == []


@pytest.mark.parametrize("start_after", [-1000, 0, 5, 12, 13])
def test_period_sums_are_what_the_movements_add_up_to(
    ledger: SqliteLedger, start_after: int
) -> None:
    invoice = _invoice(ledger)
    _record_note(ledger, _note(invoice, DAY + timedelta(days=12), again=True))
    start, end = DAY + timedelta(days=start_after), DAY + timedelta(days=100)
    with ledger.read() as tx:
        sums = list(tx.movements.period_sums(start, end))
        moves = list(tx.movements.stream())
        lots = tx.lots.many(m.lot_id for m in moves if m.lot_id)
    rebuilt: dict[tuple[object, ...], D] = {}
    for m in moves:
        lot = lots.get(m.lot_id or 0)
        day = start if m.date >= start else start - timedelta(days=1)
        where = (None, None, m.account) if m.account else (lot.project_id, lot.kind, None)  # type: ignore[union-attr]
        key = (day, m.kind, *where)
        rebuilt[key] = rebuilt.get(key, D(0)) + m.amount
    assert {(s.date, s.kind, s.project_id, s.lot_kind, s.account): s.amount for s in sums} == {
        k: v for k, v in rebuilt.items() if v
    }
    assert all(isinstance(s, DaySum) for s in sums)
    with ledger.read() as tx:
        assert list(tx.movements.period_sums(start, DAY - timedelta(days=1000))) == []


@pytest.mark.sqlite_only  # SQLite's own SQL, triggers or file
def test_check_finds_day_totals_that_disagree(ledger: SqliteLedger) -> None:
    _invoice(ledger)
    conn = sqlite3.connect(ledger.path)
    conn.execute("UPDATE movement_days SET amount_cents = amount_cents + 1 WHERE kind = 'USE'")
    conn.commit()
    conn.close()
    with ledger.read() as tx:
        problems = tx.integrity.invariant_problems()
    assert [p.code for p in problems] == ["check.movement_days"]
    assert query(ledger.path, "SELECT COUNT(*) FROM movement_days")[0][0] > 0


def test_invoice_totals_are_the_invoices_sums_by_source(ledger: SqliteLedger) -> None:
    invoice = _invoice(ledger)
    card_only = _post(
        ledger,
        Invoice(2, DAY, (InvoiceLine("storage", D("4.00")),), (), PaymentDue(None, D("4.00"),
                D("0.80")), D("20.00"), "INV-2026-00002"),
    )  # fmt: skip
    with ledger.read() as tx:
        totals = list(tx.invoices.totals(DAY, DAY))
    assert totals == [invoice_totals(invoice), invoice_totals(card_only)]
    assert [source for source, _ in totals[0].paid] == [Source.VOUCHER, Source.CREDIT,
                                                        Source.LOYALTY]  # fmt: skip


@pytest.mark.sqlite_only  # SQLite's own SQL, triggers or file
def test_check_finds_an_invoice_whose_sources_disagree_with_its_movements(
    ledger: SqliteLedger,
) -> None:
    _invoice(ledger)
    conn = sqlite3.connect(ledger.path)
    conn.execute("DROP TRIGGER invoices_append_only_u")
    conn.execute("UPDATE invoices SET credit_cents = credit_cents - 1")
    conn.commit()
    conn.close()
    with ledger.read() as tx:
        problems = tx.integrity.invariant_problems()
    assert [(p.code, p.params) for p in problems] == [
        ("check.invoice_sources", {"invoice": "INV-2026-00001"})
    ]


def test_check_finds_a_gap_in_credit_note_numbers_and_a_partial_credit_note(
    ledger: SqliteLedger,
) -> None:
    invoice = _invoice(ledger)
    note = replace(_note(invoice, DAY), number=credit_note_number(2026, 2))
    with ledger.write() as tx:  # a credit note that gives back nothing, numbered after a gap
        tx.credit_notes.add(note, tx.invoices.id_of(invoice.number or "") or 0)
    with ledger.read() as tx:
        codes = [p.code for p in tx.integrity.invariant_problems()]
    assert codes == ["check.credit_note_numbers", "check.credit_note_whole"]
