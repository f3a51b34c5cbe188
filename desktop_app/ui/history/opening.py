"""What a double-click on a movement opens: its lot's history (on the lot's column) or its
document (an invoice or a credit note, on the document's column; elsewhere the document if
it has one, else the lot)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.domain.model import Movement
from desktop_app.services.desk import Desk
from desktop_app.ui.history.models import MovementModel


def open_document(desk: Desk, movement: Movement, parent: QWidget | None) -> QDialog | None:
    """The invoice or the credit note behind ``movement`` (None if it has neither)."""
    from desktop_app.ui.posted.detail import open_credit_note, open_invoice

    if movement.invoice_number:
        return open_invoice(desk, movement.invoice_number, parent)
    if movement.credit_note:
        return open_credit_note(desk, movement.credit_note, "", parent)
    return None


def open_movement(
    desk: Desk, movement: Movement, column: int, parent: QWidget | None
) -> QDialog | None:
    from desktop_app.ui.history.lot import open_lot_movements

    if column == MovementModel.LOT_COLUMN and movement.lot_id is not None:
        return open_lot_movements(desk, movement.lot_id, parent)
    document = open_document(desk, movement, parent)
    if document is None and movement.lot_id is not None:
        return open_lot_movements(desk, movement.lot_id, parent)
    return document
