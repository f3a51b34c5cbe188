"""The first-run assistant: a new ledger starts empty, the assistant asks for the buyer, the
seller, the bank details, the VAT rate and the language; buying credit before they are set
asks for them first."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from desktop_app.services.details import missing_order_details
from desktop_app.ui import i18n
from desktop_app.ui.onboarding.assistant import FOR_ORDER, FirstRunAssistant
from tests.helpers.files import dump


def _fill(qtbot, assistant: FirstRunAssistant) -> None:  # type: ignore[no-untyped-def]
    """Through every step as a user: Next is off until the required field is typed."""
    assistant.next()  # welcome -> your company
    buyer = assistant.currentPage()
    assert not assistant.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(buyer.page.fields["buyer.name"], "Atelier Martin SARL")
    assert assistant.button(QWizard.WizardButton.NextButton).isEnabled()
    buyer.page.fields["buyer.siren"].setText("833 221 904")
    assistant.next()
    seller = assistant.currentPage()
    qtbot.keyClicks(seller.page.fields["seller.name"], "Nuage Public SAS")
    assistant.next()
    bank = assistant.currentPage()
    qtbot.keyClicks(bank.page.fields["payment.iban"], "FR76 3000 6000 0112 3456 7890 189")
    bank.page.fields["payment.bic"].setText("CCBPFRPPLIL")
    assistant.next()
    general = assistant.currentPage()
    general.page.fields["vat_rate"].setText("20")


def test_a_new_ledger_is_filled_through_the_assistant(qtbot, new_desk) -> None:  # type: ignore[no-untyped-def]
    assistant = FirstRunAssistant(new_desk)
    qtbot.addWidget(assistant)
    assistant.show()
    qtbot.waitExposed(assistant)
    before = dump(new_desk.path)
    _fill(qtbot, assistant)
    assert dump(new_desk.path) == before  # nothing written before Finish
    saved: list[dict[str, str]] = []
    assistant.saved.connect(saved.append)
    assistant.button(QWizard.WizardButton.FinishButton).click()
    settings = new_desk.settings()
    assert settings["buyer.name"] == "Atelier Martin SARL"
    assert settings["buyer.siren"] == "833 221 904"
    assert settings["seller.name"] == "Nuage Public SAS"
    assert settings["payment.bic"] == "CCBPFRPPLIL"
    assert settings["language"] == "en"
    assert missing_order_details(new_desk) == []
    assert saved and not assistant.isVisible()


def test_later_writes_nothing_and_restores_the_language(qtbot, new_desk) -> None:  # type: ignore[no-untyped-def]
    assistant = FirstRunAssistant(new_desk)
    qtbot.addWidget(assistant)
    before = dump(new_desk.path)
    combo = assistant.welcome.language
    combo.setCurrentIndex(combo.findData("fr"))
    combo.activated.emit(combo.currentIndex())
    assert i18n.language() == "fr"
    qtbot.waitUntil(
        lambda: assistant.button(QWizard.WizardButton.CancelButton).text() == "Plus tard"
    )
    assistant.reject()
    assert i18n.language() == "en"
    assert dump(new_desk.path) == before


def test_a_refused_value_keeps_the_step(qtbot, new_desk) -> None:  # type: ignore[no-untyped-def]
    assistant = FirstRunAssistant(new_desk)
    qtbot.addWidget(assistant)
    assistant.show()
    assistant.next()
    assistant.next()  # refused: no name yet
    assert assistant.currentPage() is assistant.steps[0]
    assistant.next()
    step = assistant.steps[0]
    step.page.fields["buyer.name"].setText("Atelier Martin")
    step.page.fields["buyer.email"].setText("x" * 300)  # longer than any detail
    assistant.next()
    assert assistant.currentPage() is step
    assert step.error.isVisible()


def test_buying_credit_first_asks_for_the_details(qtbot, new_desk, message_mock) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(new_desk)
    qtbot.addWidget(window)
    window.show()
    assert window.credits.buy_credit() is None
    assistant = window.credits.assistant
    assert isinstance(assistant, FirstRunAssistant) and assistant.isVisible()
    assert assistant.welcome.reason == FOR_ORDER
    _fill(qtbot, assistant)
    assistant.button(QWizard.WizardButton.FinishButton).click()
    dialog = window.credits.dialog  # then the order, as asked
    assert dialog is not None and dialog.isVisible()
    assert new_desk.settings()["payment.iban"].startswith("FR76")
    window.timer.stop()


def test_with_the_details_set_buying_goes_straight_to_the_order(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = window.credits.buy_credit()
    assert dialog is not None and window.credits.assistant is None
    dialog.reject()
