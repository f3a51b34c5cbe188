"""A post reads the one setting it needs (its VAT rate) by its key, never the settings table:
the program's own state sits there too (``state.notice.<lot>``, one row per lot announced:
4,512 on the bench ledger, read at every post and simulation before: issue 12)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.model import InvoiceLine
from desktop_app.services import accounts, invoices, projects
from desktop_app.services.desk import Desk, update_settings
from desktop_app.storage.sqlite.ledger import SqliteLedger

from .conftest import TODAY


@pytest.mark.sqlite_only  # the statements SQLite runs
def test_a_post_reads_its_vat_rate_by_its_key_not_every_setting(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    accounts.add_payment_method(desk, "card", "Card", default=True)
    update_settings(desk, {"vat_rate": "5.5"})
    ledger = desk._ledger  # the desk is opaque to the program; this test looks in
    assert isinstance(ledger, SqliteLedger)
    with ledger.write() as tx:
        for n in range(50):
            tx.settings.set(f"state.notice.{n}", "soon")
    seen: list[str] = []
    ledger.conn.set_trace_callback(seen.append)
    try:
        lines = [InvoiceLine("compute", Decimal("10"))]
        simulated = invoices.simulate_invoice(desk, "Web", TODAY, lines)
        posted = invoices.post_invoice(desk, "Web", TODAY, lines)
    finally:
        ledger.conn.set_trace_callback(None)
    assert simulated.vat_rate == posted.vat_rate == Decimal("5.5")
    assert posted.payment.vat == Decimal("0.55")
    reads = [sql for sql in seen if "FROM settings" in sql]
    assert reads and all("WHERE key = " in sql for sql in reads), reads


def test_the_vat_rate_is_the_default_until_one_is_set(desk: Desk) -> None:
    assert desk.vat_rate() == Decimal("20.00")
    update_settings(desk, {"vat_rate": "10"})
    assert desk.vat_rate() == Decimal("10")
