"""One lot's own history: every movement of a credit or a voucher (its issue, each invoice
that took from it, each credit note that gave back, its expiry), paged in SQL, oldest first,
under the lot's figures. Opened by a double-click on a lot (credits & vouchers, the history,
an invoice's "who paid what")."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import CreditLot
from desktop_app.services import listing
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n, messages
from desktop_app.ui.history.models import MovementFilter, MovementModel
from desktop_app.ui.tables.base import ROW_ROLE
from desktop_app.ui.tables.behaviour import opens
from desktop_app.ui.tables.names import kind_name, shown_text, status_name
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.table_view import DAY, MONEY, setup_table, size_columns

SAMPLES = [DAY, "Used by an invoice", "Production web", MONEY, "XXXX-XXXX-XXXX", "INV-2026-00000"]


class LotMovementsDialog(Retranslated, QDialog):
    def __init__(self, desk: Desk, lot: CreditLot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.lot = desk, lot
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = MovementModel(desk, self)
        self.model.set_filter(MovementFilter(lot_id=lot.id, newest_first=False))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, many=True)
        for column in (2, MovementModel.LOT_COLUMN):  # the lot's project and itself, each row
            self.table.setColumnHidden(column, True)
        opens(self.table, self.open_document)  # a double-click, Enter, the menu's Open
        self.count = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.table, 1)
        box.addWidget(self.count)
        box.addWidget(buttons)
        self.resize(760, 420)
        self.retranslate()

    def retranslate(self) -> None:
        lot = self.lot
        self.setWindowTitle(self.tr("Movements of %1").replace("%1", lot.reference))
        self.table.setAccessibleName(self.tr("Movements of the lot"))
        figures = (
            self.tr("%1 <b>%2</b> (%3), project %4: total %5, used %6, expired %7, "
                    "available %8; valid from %9 to %10.")
            .replace("%10", i18n.unbroken(i18n.day(lot.expires_on)))
            .replace("%1", kind_name(lot.kind))
            .replace("%2", escape(lot.reference))
            .replace("%3", escape(status_name(lot.status(self.desk.today))))
            .replace("%4", escape(self.model.directory.names.get(lot.project_id, "")))
            .replace("%5", i18n.money_html(lot.total))
            .replace("%6", i18n.money_html(lot.used))
            .replace("%7", i18n.money_html(lot.expired))
            .replace("%8", i18n.money_html(lot.available))
            .replace("%9", i18n.unbroken(i18n.day(lot.valid_from)))
        )  # fmt: skip
        described = shown_text(lot.description_code, lot.description)
        if described:
            figures += f"<br>{escape(described)}"
        self.heading.setText(figures)
        self.count.setText(self.tr("%1 movement(s)").replace("%1", i18n.count(self.model.total())))
        self.model.retranslate()
        size_columns(self.table, SAMPLES)

    def open_document(self, index: QModelIndex) -> QDialog | None:
        """An invoice or a credit note of the lot's history, opened."""
        from desktop_app.ui.history.opening import open_document

        movement = index.data(ROW_ROLE)
        return open_document(self.desk, movement, self) if movement is not None else None


def open_lot_movements(
    desk: Desk, lot_id: int, parent: QWidget | None = None
) -> LotMovementsDialog | None:
    """Lot ``lot_id``'s movements in a dialog of its own, shown (non-modal)."""
    try:
        lot = listing.get_lot(desk, lot_id)
    except CodedError as error:
        messages.show_error(parent, error)
        return None
    dialog = LotMovementsDialog(desk, lot, parent)
    dialog.show()
    return dialog
