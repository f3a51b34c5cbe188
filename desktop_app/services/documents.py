"""Documents made from what the window shows: the invoice simulation as a PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.domain.model import Invoice
from desktop_app.services.desk import Desk
from desktop_app.services.output import write_bytes


def write_simulation_pdf(
    desk: Desk, invoice: Invoice, path: Path, *, language: str | None = None
) -> Path:
    """An invoice simulation (or a posted invoice's breakdown) as a PDF at ``path``; atomic.

    The customer block is the ledger's buyer; each paying lot's expiry is read from the
    ledger. ``language`` defaults to the ledger's document language. Written through
    ``output.write_atomically``: a ``path`` that is the ledger, a folder or not a regular file
    is refused, a file that cannot be written is ``pdf.cannot_write``; any previous file at
    ``path`` then stays."""
    from desktop_app.pdf.invoice_simulation import render_invoice_simulation  # heavy: on demand

    expiries: dict[int, date] = {}
    with desk.read() as tx:
        project = desk.project(invoice.project_id)
        for allocation in invoice.allocations:
            if allocation.lot_id is not None and allocation.lot_id not in expiries:
                lot = tx.lots.get(allocation.lot_id)
                if lot is not None:
                    expiries[lot.id] = lot.expires_on
        customer = desk.party("buyer")
    document = render_invoice_simulation(
        invoice, project, customer, expiries, desk.today, language or desk.language()
    )
    write_bytes(desk, path, document, refusal="pdf.cannot_write")
    return Path(path)
