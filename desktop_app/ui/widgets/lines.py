"""Adding and removing the lines of an invoice-lines table from its view."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QTableView,
)

from desktop_app.ui.tables.lines import InvoiceLinesModel


def edit_new_line(view: QTableView, lines: InvoiceLinesModel) -> None:
    """A blank line added below the others, its product open for typing."""
    index = lines.index(lines.add_line(), 0)
    view.setCurrentIndex(index)
    view.edit(index)


def remove_current_line(view: QTableView, lines: InvoiceLinesModel) -> bool:
    """The line the cursor is on removed; False if it is on none."""
    index = view.currentIndex()
    if not index.isValid():
        return False
    lines.remove_line(index.row())
    return True
