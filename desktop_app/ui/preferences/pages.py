"""The pages of every ledger setting: the buyer (the user's own company), the seller, the bank
details purchase orders print, the VAT rate and the language, the expiry notices' lead times."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.domain.errors import CodedError
from desktop_app.domain.notice import DAYS_KEY, URGENT_KEY, check_notice_days
from desktop_app.ui.preferences.page import SettingError, SettingsPage

PARTY_FIELDS = ("name", "address", "siren", "vat_number", "email")


class CompanyPage(SettingsPage):
    """The buyer (``who="buyer"``: the user's company) or the seller (the provider)."""

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = who
        self.setObjectName(f"{who}Page")
        for name in PARTY_FIELDS:
            if name == "address":
                self.add_text(f"{who}.address")
            else:
                self.add_line(f"{who}.{name}")
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("Your company") if self.who == "buyer" else self.tr("Seller")

    def retranslate(self) -> None:
        if self.who == "buyer":
            self.set_intro(self.tr("Your own company: the buyer named on every purchase order."))
        else:
            self.set_intro(
                self.tr("The provider the credit is bought from: the seller on purchase orders.")
            )
        words = {
            "name": self.tr("Name:"),
            "address": self.tr("Address:"),
            "siren": self.tr("SIREN:"),
            "vat_number": self.tr("VAT number:"),
            "email": self.tr("Email:"),
        }
        for name, text in words.items():
            self.set_label(f"{self.who}.{name}", text)
        self.fields[f"{self.who}.siren"].setPlaceholderText("123 456 789")
        self.fields[f"{self.who}.vat_number"].setPlaceholderText("FR 12 123456789")


class BankPage(SettingsPage):
    """Where the buyer pays an order: the seller's bank, IBAN, BIC and the payment terms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankPage")
        for key in ("payment.bank", "payment.iban", "payment.bic", "payment.terms_days"):
            self.add_line(key)
        self.fields["payment.terms_days"].setFixedWidth(
            self.fontMetrics().horizontalAdvance("0000") + 40
        )
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("Bank details")

    def retranslate(self) -> None:
        self.set_intro(
            self.tr("Where your company pays the seller: printed on every purchase order.")
        )
        self.set_label("payment.bank", self.tr("Bank:"))
        self.set_label("payment.iban", self.tr("IBAN:"))
        self.set_label("payment.bic", self.tr("BIC:"))
        self.set_label("payment.terms_days", self.tr("Payment terms (days):"))
        self.fields["payment.iban"].setPlaceholderText("FR76 3000 6000 0112 3456 7890 189")


class GeneralPage(SettingsPage):
    """The VAT rate of new orders and the language of the window and the documents."""

    def __init__(self, parent: QWidget | None = None, *, language: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("generalPage")
        self.add_line("vat_rate").setFixedWidth(self.fontMetrics().horizontalAdvance("00,00") + 40)
        if language:
            self.add_choice("language", [("English", "en"), ("Français", "fr")])
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("VAT and language")

    def retranslate(self) -> None:
        self.set_intro(self.tr("The VAT rate of new purchase orders; the language of the window, "
                               "the documents and the messages."))  # fmt: skip
        self.set_label("vat_rate", self.tr("VAT rate (%):"))
        if "language" in self.fields:
            self.set_label("language", self.tr("Language:"))


class NoticePage(SettingsPage):
    """How long before its expiry a lot is announced: the notice's two lead times, checked
    together (the urgent one fewer days than the first, both more than zero)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticePage")
        for key in (DAYS_KEY, URGENT_KEY):
            self.add_line(key).setFixedWidth(self.fontMetrics().horizontalAdvance("0000") + 40)
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("Expiry notices")

    def retranslate(self) -> None:
        self.set_intro(self.tr(
            "Credit expiring within the first lead time is announced (the notice at the top of "
            "the window, its status bar, the highlighted rows, `cloud-credit alerts`), and once "
            "more, as urgent, within the second. A lot already announced is not announced "
            "again until it reaches the next one."
        ))  # fmt: skip
        self.set_label(DAYS_KEY, self.tr("First notice (days before expiry):"))
        self.set_label(URGENT_KEY, self.tr("Urgent notice (days before expiry):"))

    def check(self) -> None:
        """Each value, then the two together (what the settings' rules check on writing)."""
        super().check()
        if self.changes():
            try:
                check_notice_days(self.value(DAYS_KEY), self.value(URGENT_KEY))
            except CodedError as error:
                key = URGENT_KEY if URGENT_KEY in self.changes() else DAYS_KEY
                raise SettingError(key, error) from error


def ledger_pages() -> list[SettingsPage]:
    """Every ledger setting, one page per subject, in the order the dialog lists them."""
    return [CompanyPage("buyer"), CompanyPage("seller"), BankPage(), GeneralPage(), NoticePage()]
