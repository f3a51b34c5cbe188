"""The first-run assistant: a new ledger starts empty, and this asks for what purchase orders
print (the user's own company as the buyer, the seller, the bank details), the VAT rate and the
language. The same pages as Preferences; nothing is written until Finish, then all at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.domain.errors import CodedError
from desktop_app.services.desk import Desk, update_settings
from desktop_app.services.details import ORDER_DETAILS
from desktop_app.ui import i18n
from desktop_app.ui.preferences.page import SettingError, SettingsPage
from desktop_app.ui.preferences.pages import BankPage, CompanyPage, GeneralPage
from desktop_app.ui.widgets.fields import ErrorLabel
from desktop_app.ui.widgets.retranslated import Retranslated

#: Why the assistant is shown: a new ledger, or a purchase order asked for before its details.
NEW_LEDGER, FOR_ORDER = "new", "order"


class _Welcome(Retranslated, QWizardPage):
    """What the assistant is for, and the language (switched at once, to read the rest in)."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(self.language.findData(i18n.language()), 0))
        self.language.activated.connect(self._switch)
        self.language_label.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addLayout(form)
        box.addStretch(1)
        self.retranslate()

    def _switch(self) -> None:
        i18n.set_language(str(self.language.currentData()))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Cloud Credit Desk"))
        if self.reason == FOR_ORDER:
            text = self.tr("A purchase order names your company as the buyer, the seller and "
                           "where to pay. Type them once here; they can be changed later in "
                           "File > Preferences.")  # fmt: skip
        else:
            text = self.tr("This ledger is new and empty. A few details first: your company "
                           "(the buyer on purchase orders), the seller you buy the credit from, "
                           "the bank details and the VAT rate. Everything can be changed later "
                           "in File > Preferences.")  # fmt: skip
        self.text.setText(text)
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))


class _Step(Retranslated, QWizardPage):
    """One settings page as a step; Next needs the details a purchase order cannot go
    without, and every value passes the settings' rules."""

    def __init__(self, page: SettingsPage) -> None:
        super().__init__()
        self.page = page
        self.required = [key for key in ORDER_DETAILS if key in page.fields]
        self.error = ErrorLabel()
        self.error.watch_fields(page, self.still_refused)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(page)
        box.addWidget(self.error)
        for key in self.required:  # Qt's own mandatory fields: Next is off while one is empty
            # (not an isComplete override: PySide6 6.12 loses a reference to True at each
            # call of that virtual, and the interpreter then aborts at exit)
            self.registerField(key.replace(".", "_") + "*", page.fields[key])
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.page.page_title())
        if self.required:
            names = ", ".join(
                self.page.labels[key].text().replace("&", "").rstrip(" :\u00a0")
                for key in self.required
            )
            self.setSubTitle(self.tr("Needed for purchase orders: %1.").replace("%1", names))

    def still_refused(self) -> CodedError | None:
        """The page's values checked again (what Next checks): None once they pass."""
        try:
            self.page.check()
        except SettingError as refused:
            return refused.error
        return None

    def filled(self) -> bool:
        return all(self.page.value(key).strip() for key in self.required)

    def validatePage(self) -> bool:
        if not self.filled():  # Next is off then; a shortcut or a program may still ask
            self.page.fields[self.required[0]].setFocus()
            return False
        try:
            self.page.check()
        except SettingError as refused:
            self.page.fields[refused.key].setFocus()
            self.error.show_error(refused.error)
            return False
        self.error.clear_error()
        return True


class FirstRunAssistant(Retranslated, QWizard):
    """``saved`` with the settings written at Finish; Cancel ("Later") writes nothing."""

    saved = Signal(dict)

    def __init__(self, desk: Desk, parent: QWidget | None = None, reason: str = NEW_LEDGER):
        super().__init__(parent)
        self.setObjectName("firstRunAssistant")
        self.desk = desk
        self.start_language = i18n.language()
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome = _Welcome(reason)
        self.addPage(self.welcome)
        self.pages: list[SettingsPage] = [
            CompanyPage("buyer"),
            CompanyPage("seller"),
            BankPage(),
            GeneralPage(language=False),
        ]
        self.steps = [_Step(page) for page in self.pages]
        for page, step in zip(self.pages, self.steps, strict=True):
            page.load(desk)
            self.addPage(step)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("First steps"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Later"))

    def values(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for page in self.pages:
            values.update(page.changes())
        language = str(self.welcome.language.currentData())
        if language != self.desk.explicit_language():
            values["language"] = language
        return values

    def accept(self) -> None:
        values = self.values()
        try:
            update_settings(self.desk, values)
        except CodedError as error:
            self.steps[-1].error.show_error(error)
            return
        self.saved.emit(values)
        super().accept()

    def reject(self) -> None:
        """Later: nothing written, the window back in the language it had."""
        if i18n.language() != self.start_language:
            i18n.set_language(self.start_language)
        super().reject()
