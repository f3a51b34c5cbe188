"""The journal's accounts (rule 16), editable: the PCG defaults until changed. A small
dialog opened from the Account tab and from the period report; every value is checked as
the journal reads it, and a refusal names the setting and writes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.books.chart import BOOKS_SETTINGS
from desktop_app.domain.errors import CodedError
from desktop_app.services.books.chart import books_settings, update_books_settings
from desktop_app.services.desk import Desk
from desktop_app.ui.widgets.fields import ErrorLabel
from desktop_app.ui.widgets.view_only import set_write_enabled


class BooksSettingsDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Accounting accounts"))
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        current = books_settings(desk)
        for key in BOOKS_SETTINGS:
            edit = QLineEdit(current[key])
            edit.setPlaceholderText(BOOKS_SETTINGS[key])
            self.fields[key] = edit
            form.addRow(self.label(key), edit)
        self.note = QLabel(
            self.tr(
                "French defaults (PCG): 4091 prepaid credit, 44566 deductible VAT, 401 "
                "supplier, 6135 cloud expense, 658 credit lost at expiry, journal HA. One "
                "expense account per product: ai=6156; storage=6135."
            )
        )
        self.note.setWordWrap(True)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        set_write_enabled(save, desk)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def label(self, key: str) -> str:
        return {
            "books.journal_code": self.tr("Journal code"),
            "books.journal_label": self.tr("Journal name"),
            "books.prepaid_account": self.tr("Prepaid credit"),
            "books.vat_account": self.tr("Deductible VAT"),
            "books.supplier_account": self.tr("Supplier"),
            "books.supplier_aux": self.tr("Supplier auxiliary account"),
            "books.supplier_aux_label": self.tr("Supplier auxiliary name"),
            "books.expense_account": self.tr("Cloud expense"),
            "books.expense_by_product": self.tr("Expense per product"),
            "books.loss_account": self.tr("Loss at expiry"),
            "books.account_labels": self.tr("Account names"),
        }[key]

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.fields.items()}

    def save(self) -> bool:
        current = books_settings(self.desk)
        changed = {k: v for k, v in self.values().items() if v.strip() != current[k]}
        try:
            if changed:
                update_books_settings(self.desk, changed)
        except CodedError as error:
            self.error.show_error(error)
            return False
        self.accept()
        return True
