"""The journal's accounts (rule 16), editable: the PCG defaults until changed. A small
dialog opened from the Account tab and from the period report; every value is checked as
the journal reads it, and a refusal names the setting and writes nothing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.books.defaults import BOOKS_SETTINGS
from desktop_app.domain.errors import CodedError
from desktop_app.services.books.chart import books_settings, update_books_settings
from desktop_app.services.desk import Desk
from desktop_app.ui.preferences.page import SettingsPage
from desktop_app.ui.widgets.fields import ErrorLabel
from desktop_app.ui.widgets.view_only import set_write_enabled


def account_label(key: str) -> str:
    """The window's name of a books setting (words of the accounts dialog)."""
    return QCoreApplication.translate("BooksSettingsDialog", ACCOUNT_LABELS[key])


ACCOUNT_LABELS: dict[str, str] = {
    "books.journal_code": str(QT_TRANSLATE_NOOP("BooksSettingsDialog", "Journal code")),
    "books.journal_label": str(QT_TRANSLATE_NOOP("BooksSettingsDialog", "Journal name")),
    "books.prepaid_account": str(QT_TRANSLATE_NOOP("BooksSettingsDialog", "Prepaid credit")),
    "books.vat_account": str(QT_TRANSLATE_NOOP("BooksSettingsDialog", "Deductible VAT")),
    "books.supplier_account": str(QT_TRANSLATE_NOOP("BooksSettingsDialog", "Supplier")),
    "books.supplier_aux": str(
        QT_TRANSLATE_NOOP("BooksSettingsDialog", "Supplier auxiliary account")
    ),
    "books.supplier_aux_label": str(
        QT_TRANSLATE_NOOP("BooksSettingsDialog", "Supplier auxiliary name")
    ),
    "books.expense_account": str(QT_TRANSLATE_NOOP("BooksSettingsDialog", "Cloud expense")),
    "books.expense_by_product": str(
        QT_TRANSLATE_NOOP("BooksSettingsDialog", "Expense per product")
    ),
    "books.loss_account": str(QT_TRANSLATE_NOOP("BooksSettingsDialog", "Loss at expiry")),
    "books.account_labels": str(QT_TRANSLATE_NOOP("BooksSettingsDialog", "Account names")),
}


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
        self.error.watch_fields(self)

    def label(self, key: str) -> str:
        return account_label(key)

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


class BooksPage(SettingsPage):
    """The journal's accounts as a page of the Preferences dialog (the same settings the
    Accounting accounts dialog edits; the PCG defaults shown until changed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("booksPage")
        for key in BOOKS_SETTINGS:
            self.add_line(key).setPlaceholderText(BOOKS_SETTINGS[key])
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("Accounting accounts")

    def retranslate(self) -> None:
        self.set_intro(self.tr("The accounts and journal of the journal export (FEC, beancount)."))
        for key in BOOKS_SETTINGS:
            self.set_label(key, account_label(key) + ":")
