"""Mark a pending purchase order paid on a given date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import CreditLot, PurchaseOrder
from desktop_app.services import orders
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.widgets.fields import ErrorLabel


class PayOrderDialog(QDialog):
    """Mark a pending order paid on a given date: its credit lot appears."""

    paid = Signal(CreditLot)

    def __init__(self, desk: Desk, order: PurchaseOrder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.order = order
        self.lot: CreditLot | None = None
        form = QFormLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.date_label = QLabel()
        self.date = QDateEdit(i18n.to_qdate(desk.today))
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(i18n.to_qdate(order.created_on))
        self.date.setMaximumDate(i18n.to_qdate(desk.today))
        self.date_label.setBuddy(self.date)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.pay)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.intro)
        form.addRow(self.date_label, self.date)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.error.watch(self.date.dateChanged)  # another date: the refusal was about the last
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark order paid"))
        text = self.tr("Order %1, %2 incl. VAT. The credit expires 13 months after payment.")
        text = text.replace("%1", self.order.number)
        self.intro.setText(text.replace("%2", i18n.money(self.order.amount_ttc)))
        self.date_label.setText(self.tr("Payment &date:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark paid"))

    def set_date(self, day: date) -> None:
        self.date.setDate(i18n.to_qdate(day))

    def pay(self) -> None:
        try:
            self.lot = orders.pay_order(
                self.desk, self.order.number, i18n.from_qdate(self.date.date())
            )
        except CodedError as error:
            self.error.show_error(error)
            return
        self.paid.emit(self.lot)
        self.accept()
