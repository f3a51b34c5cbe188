"""A post on PostgreSQL (issue 9: "post durably ≤ 2x SQLite's"): a few statements to the
server whatever the number of lots it takes, each one round trip, and the same rows as the
statement-by-statement way wrote."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import timedelta
from typing import Any

import pytest

from desktop_app.domain.model import (
    Account,
    Allocation,
    Invoice,
    InvoiceLine,
    MovementKind,
    PaymentDue,
    Source,
    Wording,
)
from desktop_app.domain.postings import Posting, postings
from desktop_app.storage import open_ledger
from desktop_app.storage.interface import LedgerBackend
from tests.helpers.pg import query_any
from tests.storage.rows import DAY, D, add_lot

pytestmark = pytest.mark.postgres
#: A write's statements: the writer lock (with its BEGIN), the invoice and its lines, the
#: movements with every cache they explain, then the NOTIFY with the COMMIT.
POST_STATEMENTS = 4
#: A typed note as JSON carries it: quotes, a backslash, a per cent sign, accents.
NOTE = 'it\'s 100% "à côté" \\ ½'


@contextmanager
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every statement sent to the server meanwhile (an ``executemany``: one)."""
    import psycopg

    sent: list[str] = []

    def counting(method: Callable[..., Any]) -> Callable[..., Any]:
        def call(self: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
            sent.append(str(query))
            return method(self, query, *args, **kwargs)

        return call

    with monkeypatch.context() as patch:
        for name in ("execute", "executemany"):
            patch.setattr(psycopg.Cursor, name, counting(getattr(psycopg.Cursor, name)))
        yield sent


def _invoice(ledger: LedgerBackend, lots: int) -> Invoice:
    taken = [
        add_lot(ledger, expires_on=DAY + timedelta(days=30 + n), total="5") for n in range(lots)
    ]
    lines = (InvoiceLine("compute", D(3 * lots)), InvoiceLine("storage", D(2 * lots)))
    allocations = tuple(Allocation(Source.CREDIT, lot.reference, lot.id, D(5)) for lot in taken)
    return Invoice(1, DAY, lines, allocations, PaymentDue(None, D(0), D(0)), D(20),
                   "INV-2026-00001")  # fmt: skip


@pytest.mark.parametrize("lots", [1, 40])
def test_a_post_is_a_few_statements_whatever_its_lots(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, lots: int
) -> None:
    with closing(open_ledger(pg_url)) as ledger:
        with ledger.write() as tx:
            tx.projects.add("Web", "", DAY)
        invoice = _invoice(ledger, lots)
        with counted(monkeypatch) as sent, ledger.write() as tx:
            invoice_id = tx.invoices.add(invoice, None)
            tx.movements.record(postings(invoice), invoice_id=invoice_id)
        assert len(sent) == POST_STATEMENTS, sent
        with ledger.read() as tx:
            assert tx.integrity.invariant_problems() == []
            assert tx.invoices.get("INV-2026-00001") == invoice
    assert query_any(pg_url, "SELECT SUM(total_cents - used_cents) FROM lots") == [(0,)]
    assert query_any(pg_url, "SELECT line_no, product, amount_cents FROM invoice_lines") == [
        (1, "compute", 300 * lots), (2, "storage", 200 * lots),
    ]  # fmt: skip


def test_one_record_keeps_every_cache_its_movements_explain(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lots used and expired, two accounts, a movement of no lot nor account: one statement."""
    launchpad, loyalty = Account.DIGITAL_LAUNCHPAD, Account.LOYALTY
    with closing(open_ledger(pg_url)) as ledger:
        with ledger.write() as tx:
            tx.projects.add("Web", "", DAY)
        lot = add_lot(ledger, expires_on=DAY + timedelta(days=30), total="100")
        with ledger.write() as tx, counted(monkeypatch) as sent:
            tx.movements.record([
                Posting(DAY, MovementKind.BONUS, D("50"), "digital_launchpad", account=launchpad),
                Posting(DAY, MovementKind.BONUS, D("7"), "loyalty", account=loyalty),
                Posting(DAY, MovementKind.USE, D("-30"), "INV-1", 1, lot.id),
                Posting(DAY, MovementKind.USE, D("-5"), "INV-1", 1, account=launchpad),
                Posting(DAY, MovementKind.EXPIRE, D("-20"), lot.reference, 1, lot.id,
                        note_code=Wording.UNUSED_AT_EXPIRY),
                Posting(DAY, MovementKind.MANUAL, D("0"), "a note", 1, note=NOTE),
            ])  # fmt: skip
        assert len(sent) == 1, sent
        with ledger.read() as tx:
            now = tx.lots.get(lot.id)
            assert now is not None and (now.used, now.expired) == (D("30"), D("20"))
            assert tx.accounts.balance(launchpad) == D("45.00")
            assert tx.accounts.balance(loyalty) == D("7.00")
            assert tx.integrity.invariant_problems() == []
            notes = [(m.note, m.note_code) for m in tx.movements.page()][-2:]
    assert notes == [("", Wording.UNUSED_AT_EXPIRY), (NOTE, None)]
