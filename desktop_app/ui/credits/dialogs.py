"""Dialogs: buy credit, add a voucher, mark an order paid, name a project.

Each dialog calls one service and shows a refusal in words inside itself, so nothing is
lost from what was typed. They are opened with ``open()`` (window-modal, never blocking).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.codes import CODE_LENGTH, code_state, normalise
from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import CreditLot, Project, PurchaseOrder
from desktop_app.domain.money import vat_of
from desktop_app.services import orders, vouchers
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.widgets.documents import open_pdf, save_pdf_copy
from desktop_app.ui.widgets.fields import AmountEdit, ErrorLabel, checked
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.tones import Hue, muted, set_text_colour, tone


class BuyCreditDialog(Retranslated, QDialog):
    """ "Acheter du crédit": an amount in euros excl. VAT becomes a pending purchase order."""

    order_created = Signal(PurchaseOrder)

    def __init__(self, desk: Desk, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.project = project
        self.order: PurchaseOrder | None = None
        self.saved_copy: Path | None = None
        self.vat_rate = desk.vat_rate()

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._amount_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.amount.textChanged.connect(self.update_totals)
        self.retranslate()
        self.setMinimumWidth(460)

    def _amount_page(self) -> QWidget:
        """Page 1: the amount, with the VAT and the total as typed."""
        form_page = QWidget()
        form = QFormLayout(form_page)
        self.project_label = QLabel()
        self.project_value = QLabel(self.project.name)
        self.project_value.setStyleSheet("font-weight: bold;")
        self.amount_label = QLabel()
        self.amount = AmountEdit()
        self.amount_label.setBuddy(self.amount)
        self.vat_label = QLabel()
        self.vat_value = QLabel()
        self.ttc_label = QLabel()
        self.ttc_value = QLabel()
        for value in (self.vat_value, self.ttc_value):
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.ttc_value.setStyleSheet("font-weight: bold;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        set_text_colour(self.note, muted())
        self.error = ErrorLabel()
        form.addRow(self.project_label, self.project_value)
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.vat_label, self.vat_value)
        form.addRow(self.ttc_label, self.ttc_value)
        form.addRow(self.note)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.create_order)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.error.watch(self.amount.textChanged, lambda: checked(self.amount.amount))
        return form_page

    def _done_page(self) -> QWidget:
        """Page 2: the order is there; its PDF can be opened or saved elsewhere."""
        done_page = QWidget()
        done = QVBoxLayout(done_page)
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_error = ErrorLabel()
        row = QHBoxLayout()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_pdf)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_copy)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        row.addWidget(self.open_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        done.addWidget(self.done_text)
        done.addWidget(self.done_error)
        done.addStretch(1)
        done.addLayout(row)
        return done_page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Buy Public Cloud credit"))
        self.project_label.setText(self.tr("Project:"))
        self.amount_label.setText(self.tr("&Amount in euros excl. VAT:"))
        self.amount.setPlaceholderText(i18n.number(Decimal("1000")))
        self.vat_label.setText(self.tr("VAT (%1):").replace("%1", i18n.percent(self.vat_rate)))
        self.ttc_label.setText(self.tr("Total incl. VAT:"))
        self.note.setText(
            self.tr(
                "A pending purchase order is created with its PDF. The credit appears in the "
                "credits & vouchers list once the order is marked paid, and expires 13 months "
                "after payment."
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create purchase order"))
        self.open_button.setText(self.tr("Open PDF"))
        self.save_button.setText(self.tr("Save a copy…"))
        self.close_button.setText(self.tr("Close"))
        self.update_totals()
        if self.order is not None:
            self.show_done()

    def update_totals(self) -> None:
        value = self.amount.amount_or_none()
        if value is None:
            self.vat_value.setText("—")
            self.ttc_value.setText("—")
            return
        vat = vat_of(value, self.vat_rate)
        self.vat_value.setText(i18n.money(vat))
        self.ttc_value.setText(i18n.money(value + vat))

    def create_order(self) -> None:
        """The amount and the VAT rate shown are the ones ordered: if the ledger's rate has
        changed since (another program), nothing is ordered and the new total is shown."""
        try:
            value = self.amount.amount()
            self.order = orders.buy_credit(
                self.desk, self.project.id, value, vat_rate=self.vat_rate
            )
        except CodedError as error:
            if error.code == "order.vat_changed":
                self.vat_rate = self.desk.vat_rate()
                self.retranslate()  # the rate and the totals, as they would now be ordered
            self.error.show_error(error)
            self.amount.setFocus()
            return
        self.error.clear_error()
        self.show_done()
        self.pages.setCurrentIndex(1)
        self.order_created.emit(self.order)

    def show_done(self) -> None:
        order = self.order
        assert order is not None
        text = self.tr(
            "Purchase order %1 was created: %2 excl. VAT, %3 incl. VAT. The credit appears "
            "once the order is marked paid (tab Purchase orders)."
        )
        text = text.replace("%1", order.number).replace("%2", i18n.money(order.amount_ht))
        self.done_text.setText(text.replace("%3", i18n.money(order.amount_ttc)))
        self.open_button.setEnabled(bool(order.pdf))

    def open_pdf(self) -> None:
        if self.order and self.order.pdf and not open_pdf(self.order.pdf):
            self.done_error.show_text(self.tr("No program could open %1.").replace(
                "%1", self.order.pdf))  # fmt: skip

    def save_copy(self) -> None:
        if self.order is None:
            return
        try:
            self.saved_copy = save_pdf_copy(self, self.desk, self.order.number)
        except CodedError as error:
            self.done_error.show_error(error)
            return
        if self.saved_copy:
            self.done_error.clear_error()
            self.done_text.setText(
                self.done_text.text()
                + "\n\n"
                + self.tr("A copy was saved as %1.").replace("%1", str(self.saved_copy))
            )


class AddVoucherDialog(Retranslated, QDialog):
    """ "Ajouter un voucher": the code is checked as it is typed, then redeemed on the project."""

    lot_added = Signal(CreditLot)

    def __init__(self, desk: Desk, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.project = project
        self.lot: CreditLot | None = None
        form = QFormLayout(self)
        self.project_label = QLabel()
        self.project_value = QLabel(project.name)
        self.project_value.setStyleSheet("font-weight: bold;")
        self.code_label = QLabel()
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.code.setMaxLength(24)
        font = self.code.font()
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        self.code.setFont(font)
        self.code_label.setBuddy(self.code)
        self.state = QLabel()
        self.state.setObjectName("codeState")
        self.state.setWordWrap(True)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.redeem)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.project_label, self.project_value)
        form.addRow(self.code_label, self.code)
        form.addRow("", self.state)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.code.textChanged.connect(self.check_code)
        # a refused code's message stays until another code is typed whole and well formed
        self.error.watch(
            self.code.textChanged, lambda: None if self.code_state() == "ok" else self.error.shown
        )
        self.retranslate()
        self.setMinimumWidth(480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a voucher"))
        self.project_label.setText(self.tr("Project:"))
        self.code_label.setText(self.tr("Voucher &code:"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add voucher"))
        self.check_code()

    def code_state(self) -> str:
        return code_state(self.code.text())

    def check_code(self) -> None:
        state = self.code_state()
        typed = len(normalise(self.code.text()))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(state != "empty")
        colour = muted()
        if state == "empty":
            text = self.tr("Type the code as written on the voucher; dashes are optional.")
        elif state == "partial":
            text = self.tr("%1 of %2 characters typed.").replace("%1", str(typed))
            text = text.replace("%2", str(CODE_LENGTH))
        elif state == "malformed":
            text = self.tr("Not a voucher code: codes have 12 letters and digits.")
            colour = tone(Hue.ERROR)
        elif state == "mistyped":
            text = self.tr("Typo: the check character does not match. Check each character.")
            colour = tone(Hue.ERROR)
        else:
            text = self.tr("The code is well formed.")
            colour = tone(Hue.SUCCESS)
        self.state.setText(text)
        set_text_colour(self.state, colour)
        self.state.setProperty("state", state)

    def redeem(self) -> None:
        try:
            self.lot = vouchers.redeem_voucher(self.desk, self.code.text(), self.project.id)
        except CodedError as error:
            self.error.show_error(error)
            self.code.setFocus()
            self.code.selectAll()
            return
        self.error.clear_error()
        self.lot_added.emit(self.lot)
        self.accept()
