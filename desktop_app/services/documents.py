"""Documents made from what the window shows: the invoice simulation as a PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Invoice
from desktop_app.services.desk import Desk


def write_simulation_pdf(
    desk: Desk, invoice: Invoice, path: Path, *, language: str | None = None
) -> Path:
    """An invoice simulation (or a posted invoice's breakdown) as a PDF at ``path``; atomic.

    The customer block is the ledger's buyer; each paying lot's expiry is read from the
    ledger. ``language`` defaults to the ledger's document language. A file that cannot be
    written is refused as ``pdf.cannot_write`` and any previous file at ``path`` stays."""
    from desktop_app.pdf.invoice_simulation import write_invoice_simulation  # heavy: on demand

    expiries: dict[int, date] = {}
    with desk.ledger.read() as ledger:
        project = desk.project(invoice.project_id)
        for allocation in invoice.allocations:
            if allocation.lot_id is not None and allocation.lot_id not in expiries:
                lot = ledger.lot(allocation.lot_id)
                if lot is not None:
                    expiries[lot.id] = lot.expires_on
        customer = desk.party("buyer")
    target = Path(path)
    try:
        return write_invoice_simulation(
            invoice,
            project,
            customer,
            expiries,
            desk.today,
            language or desk.language(),
            target,
        )
    except OSError as error:
        raise DomainError(
            "pdf.cannot_write", path=str(target), detail=error.strerror or str(error)
        ) from None
