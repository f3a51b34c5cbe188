"""The account: Digital LaunchPad and loyalty balances, payment methods, company details,
VAT rate and the language of the window and the documents."""

from __future__ import annotations

import contextlib
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import Account, PaymentMethod, PaymentType
from desktop_app.services import accounts
from desktop_app.services.desk import Desk, update_settings
from desktop_app.ui import i18n
from desktop_app.ui.account.models import PaymentMethodModel
from desktop_app.ui.tables.base import ROW_ROLE
from desktop_app.ui.tables.names import payment_type_name
from desktop_app.ui.widgets.fields import AmountEdit, ErrorLabel
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.table_view import setup_table, size_columns
from desktop_app.ui.widgets.tones import muted, set_text_colour
from desktop_app.ui.widgets.view_only import set_write_enabled

PARTY_FIELDS = ("name", "address", "siren", "vat_number", "email")


class AccountView(Retranslated, QWidget):
    changed = Signal()
    language_chosen = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.methods_model = PaymentMethodModel(desk, self)
        self._build_balances()
        self._build_methods()
        self._build_parties()
        self._build_settings()
        self._lay_out()
        self.retranslate()
        self.refresh()

    def _build_balances(self) -> None:
        self.balances_box = QGroupBox()
        grid = QGridLayout(self.balances_box)
        self.launchpad_label = QLabel()
        self.launchpad_value = QLabel()
        self.launchpad_amount = AmountEdit()
        self.launchpad_button = QPushButton()
        self.launchpad_button.clicked.connect(lambda: self.top_up(Account.DIGITAL_LAUNCHPAD))
        self.loyalty_label = QLabel()
        self.loyalty_value = QLabel()
        self.loyalty_amount = AmountEdit()
        self.loyalty_button = QPushButton()
        self.loyalty_button.clicked.connect(lambda: self.top_up(Account.LOYALTY))
        for value in (self.launchpad_value, self.loyalty_value):
            value.setStyleSheet("font-weight: bold;")
            value.setMinimumWidth(120)
        grid.addWidget(self.launchpad_label, 0, 0)
        grid.addWidget(self.launchpad_value, 0, 1)
        grid.addWidget(self.launchpad_amount, 0, 2)
        grid.addWidget(self.launchpad_button, 0, 3)
        grid.addWidget(self.loyalty_label, 1, 0)
        grid.addWidget(self.loyalty_value, 1, 1)
        grid.addWidget(self.loyalty_amount, 1, 2)
        grid.addWidget(self.loyalty_button, 1, 3)
        self.balances_note = QLabel()
        self.balances_note.setWordWrap(True)
        set_text_colour(self.balances_note, muted())
        grid.addWidget(self.balances_note, 2, 0, 1, 4)
        self.balances_error = ErrorLabel()
        self.balances_error.watch_fields(self.balances_box)  # another amount typed
        grid.addWidget(self.balances_error, 3, 0, 1, 4)

    def _build_methods(self) -> None:
        self.methods_box = QGroupBox()
        self.methods = QTableView()
        self.methods.setModel(self.methods_model)
        setup_table(self.methods)
        self.methods.setMinimumHeight(110)
        self.method_type = QComboBox()
        self.method_label = QLineEdit()
        self.method_add = QPushButton()
        self.method_add.clicked.connect(self.add_method)
        self.method_default = QPushButton()
        self.method_default.clicked.connect(self.make_default)
        self.methods_error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(self.method_type)
        row.addWidget(self.method_label, 1)
        row.addWidget(self.method_add)
        row.addWidget(self.method_default)
        mbox = QVBoxLayout(self.methods_box)
        mbox.addWidget(self.methods)
        mbox.addLayout(row)
        mbox.addWidget(self.methods_error)
        self.methods_error.watch_fields(self.methods_box)

    def _build_parties(self) -> None:
        """The seller's and the buyer's details, as the purchase orders print them."""
        self.seller_box = QGroupBox()
        self.buyer_box = QGroupBox()
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        #: What each field (and ``vat_rate``) last showed from the ledger: a field the user
        #: has changed since is kept on refresh, and only changed fields are saved.
        self.loaded: dict[str, str] = {}
        self.field_labels: dict[str, QLabel] = {}
        for who, box in (("seller", self.seller_box), ("buyer", self.buyer_box)):
            form = QFormLayout(box)
            for name in PARTY_FIELDS:
                key = f"{who}.{name}"
                edit: QLineEdit | QPlainTextEdit
                if name == "address":
                    edit = QPlainTextEdit()
                    edit.setFixedHeight(edit.fontMetrics().height() * 4 + 12)
                else:
                    edit = QLineEdit()
                label = QLabel()
                self.fields[key] = edit
                self.field_labels[key] = label
                form.addRow(label, edit)

    def _build_settings(self) -> None:
        """The VAT rate and the language."""
        self.settings_box = QGroupBox()
        sform = QFormLayout(self.settings_box)
        self.vat_label = QLabel()
        self.vat = QLineEdit()
        self.vat.setMaximumWidth(100)
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.activated.connect(self.choose_language)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_settings)
        self.settings_error = ErrorLabel()
        self.saved_note = QLabel()
        sform.addRow(self.vat_label, self.vat)
        sform.addRow(self.language_label, self.language)
        sform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        sform.addRow(self.save_button, self.saved_note)
        sform.addRow(self.settings_error)
        self.settings_error.watch(self.vat.textChanged)  # the rate refused, typed again
        self.books_button = QPushButton()  # the journal's accounts (issue 10)
        self.books_button.clicked.connect(self.edit_books_accounts)
        sform.addRow(self.books_button)

    def _lay_out(self) -> None:
        content = QWidget()
        layout = QHBoxLayout(content)
        left = QVBoxLayout()
        left.addWidget(self.balances_box)
        left.addWidget(self.methods_box)
        left.addWidget(self.settings_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.seller_box)
        right.addWidget(self.buyer_box)
        right.addStretch(1)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def retranslate(self) -> None:
        self.balances_box.setTitle(self.tr("Account balances"))
        self.launchpad_label.setText(self.tr("Digital LaunchPad:"))
        self.loyalty_label.setText(self.tr("Loyalty account:"))
        self.launchpad_button.setText(self.tr("Top up"))
        self.loyalty_button.setText(self.tr("Top up"))
        placeholder = self.tr("amount")
        self.launchpad_amount.setPlaceholderText(placeholder)
        self.loyalty_amount.setPlaceholderText(placeholder)
        self.balances_note.setText(
            self.tr(
                "Shared by every project: an invoice uses them after vouchers and purchased "
                "credit, before the payment method."
            )
        )
        self.methods_box.setTitle(self.tr("Payment methods (the default one pays the rest)"))
        current = self.method_type.currentIndex()
        self.method_type.clear()
        for kind in PaymentType:
            self.method_type.addItem(payment_type_name(kind), kind.value)
        self.method_type.setCurrentIndex(max(current, 0))
        self.method_label.setPlaceholderText(self.tr("label, such as Visa •••• 4242"))
        self.method_add.setText(self.tr("Add"))
        self.method_default.setText(self.tr("Make default"))
        self.seller_box.setTitle(self.tr("Seller (on purchase orders)"))
        self.buyer_box.setTitle(self.tr("Buyer: your company"))
        names = {
            "name": self.tr("Name:"),
            "address": self.tr("Address:"),
            "siren": self.tr("SIREN:"),
            "vat_number": self.tr("VAT number:"),
            "email": self.tr("Email:"),
        }
        for key, label in self.field_labels.items():
            label.setText(names[key.split(".", 1)[1]])
        self.settings_box.setTitle(self.tr("Settings"))
        self.books_button.setText(self.tr("Accounting accounts…"))
        self.vat_label.setText(self.tr("VAT rate (%):"))
        self.language_label.setText(self.tr("Language:"))
        self.save_button.setText(self.tr("Save details"))
        self.saved_note.setText("")
        self.methods_model.retranslate()
        with contextlib.suppress(CodedError):  # the rate is re-read in the new locale
            typed = self.vat.text() != self.loaded.get("vat_rate", self.vat.text())
            self.loaded["vat_rate"] = i18n.number(self.desk.vat_rate())
            if not typed:
                self.vat.setText(self.loaded["vat_rate"])
        self.language.setCurrentIndex(max(self.language.findData(i18n.language()), 0))
        size_columns(self.methods, ["SEPA direct debit", "SEPA FR76 •••• 9012 xxxxx", "Default"])
        self.show_balances()

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.methods_model.desk = desk
        self.refresh()

    def set_today(self, day: date) -> None:
        """Another day shown: the balances as of then (the window reads them again)."""
        self.desk = self.desk.with_today(day)
        self.methods_model.desk = self.desk

    def refresh(self) -> None:
        self.show_balances()
        self.methods_model.reload()
        settings = self.desk.settings()
        for key in self.fields:
            self._load(key, settings.get(key, ""))
        self._load("vat_rate", i18n.number(Decimal(settings["vat_rate"])))
        self.language.setCurrentIndex(max(self.language.findData(self.desk.language()), 0))
        self.update_buttons()

    def _text(self, key: str) -> str:
        edit = self.vat if key == "vat_rate" else self.fields[key]
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def _load(self, key: str, value: str) -> None:
        """The ledger's value shown, unless the user has changed the field since it was."""
        if key not in self.loaded or self._text(key) == self.loaded[key]:
            edit = self.vat if key == "vat_rate" else self.fields[key]
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
        self.loaded[key] = value

    def update_buttons(self) -> None:
        """Everything here that writes is off while the window shows another day (rule 13)."""
        for widget in (self.launchpad_button, self.loyalty_button, self.method_add,
                       self.method_default, self.save_button, self.language):  # fmt: skip
            set_write_enabled(widget, self.desk)

    def show_balances(self) -> None:
        try:
            summary = accounts.account_summary(self.desk)
        except CodedError:
            return
        self.launchpad_value.setText(i18n.money(summary.digital_launchpad))
        self.loyalty_value.setText(i18n.money(summary.loyalty))

    def top_up(self, account: Account) -> Decimal | None:
        edit = (
            self.launchpad_amount if account is Account.DIGITAL_LAUNCHPAD else self.loyalty_amount
        )
        try:
            balance = accounts.top_up(self.desk, account, edit.amount())
        except CodedError as error:
            self.balances_error.show_error(error)
            return None
        self.balances_error.clear_error()
        edit.clear()
        self.show_balances()
        self.changed.emit()
        return balance

    def selected_method(self) -> PaymentMethod | None:
        rows = self.methods.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def add_method(self) -> PaymentMethod | None:
        try:
            method = accounts.add_payment_method(
                self.desk, self.method_type.currentData(), self.method_label.text()
            )
        except CodedError as error:
            self.methods_error.show_error(error)
            return None
        self.methods_error.clear_error()
        self.method_label.clear()
        self.methods_model.reload()
        self.changed.emit()
        return method

    def make_default(self) -> None:
        method = self.selected_method()
        if method is None:
            return
        try:
            accounts.set_default_payment_method(self.desk, method.id)
        except CodedError as error:
            self.methods_error.show_error(error)
            return
        self.methods_model.reload()
        self.changed.emit()

    def edit_books_accounts(self) -> QWidget:
        from desktop_app.ui.books.settings import BooksSettingsDialog

        dialog = BooksSettingsDialog(self.desk, self)
        dialog.open()
        return dialog

    def save_settings(self) -> bool:
        """Write the fields the user changed, as shown; the others are the ledger's already
        (another program may have changed them since they were shown: not written back)."""
        changed = [key for key in self.loaded if self._text(key) != self.loaded[key]]
        values = {key: self._text(key).strip() for key in changed if key != "vat_rate"}
        try:
            if "vat_rate" in changed:
                values["vat_rate"] = self.vat.text()  # a percentage: the settings read it
            update_settings(self.desk, values)
        except CodedError as error:
            self.settings_error.show_error(error)
            return False
        self.loaded.clear()  # everything shown again as the ledger now has it
        self.refresh()
        self.settings_error.clear_error()
        self.saved_note.setText(self.tr("Saved."))
        self.changed.emit()
        return True

    def choose_language(self) -> None:
        lang = self.language.currentData()
        try:
            update_settings(self.desk, {"language": lang})
        except CodedError as error:
            self.settings_error.show_error(error)
            return
        self.language_chosen.emit(lang)
