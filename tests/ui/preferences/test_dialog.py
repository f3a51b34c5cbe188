"""Preferences: every setting, bank details included, edited in the window; a refusal writes
nothing and shows the field; other features add their own page."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from desktop_app.services.desk import SETTING_KEYS, Desk
from desktop_app.ui.preferences.dialog import PreferencesDialog
from desktop_app.ui.preferences.page import SettingsPage
from tests.helpers.files import dump
from tests.ui.conftest import TODAY


def _dialog(qtbot, desk: Desk) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(desk)
    qtbot.addWidget(dialog)
    return dialog


def test_every_setting_has_a_field(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, desk)
    keys = {key for page in dialog.pages for key in page.fields}
    assert keys == set(SETTING_KEYS)
    titles = [dialog.index.item(row).text() for row in range(dialog.index.count())]
    assert titles == ["Your company", "Seller", "Bank details", "VAT and language",
                      "Expiry notices", "Accounting accounts"]  # fmt: skip


def test_bank_details_and_companies_are_written_in_one_go(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, desk)
    page = dialog.page_of("payment.iban")
    assert page is not None
    page.fields["payment.iban"].setText("FR76 1350 7000 0131 2345 6789 012")
    dialog.page_of("buyer.name").fields["buyer.name"].setText("Atelier Martin")
    dialog.page_of("vat_rate").fields["vat_rate"].setText("5,5")
    saved: list[dict[str, str]] = []
    dialog.saved.connect(saved.append)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settings = desk.settings()
    assert settings["payment.iban"] == "FR76 1350 7000 0131 2345 6789 012"
    assert settings["buyer.name"] == "Atelier Martin"
    assert settings["vat_rate"] == "5.50"
    assert set(saved[0]) == {"payment.iban", "buyer.name", "vat_rate"}  # only what changed
    assert not dialog.isVisible()


def test_a_refused_value_writes_nothing_and_shows_its_field(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, desk)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dump(desk.path)
    dialog.page_of("buyer.name").fields["buyer.name"].setText("Atelier Martin")
    terms = dialog.page_of("payment.terms_days").fields["payment.terms_days"]
    assert isinstance(terms, QLineEdit)
    terms.setText("forty")
    assert not dialog.save()
    assert dump(desk.path) == before
    assert dialog.stack.currentWidget() is dialog.page_of("payment.terms_days")
    assert dialog.error.isVisible() and "days" in dialog.error.text()
    assert dialog.isVisible()


def test_what_another_program_changed_is_not_written_back(qtbot, desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.desk import update_settings

    dialog = _dialog(qtbot, desk)
    with Desk.open(desk.path, today=TODAY) as other:
        update_settings(other, {"seller.name": "Written elsewhere"})
    dialog.page_of("buyer.name").fields["buyer.name"].setText("Atelier Martin")
    assert dialog.save()
    assert desk.settings()["seller.name"] == "Written elsewhere"


class _Extra(SettingsPage):
    def __init__(self) -> None:
        super().__init__()
        self.applied = 0
        self.retranslate()

    def page_title(self) -> str:
        return "Extra"

    def retranslate(self) -> None:
        pass

    def apply(self, desk: Desk) -> None:
        self.applied += 1


def test_a_feature_adds_its_page(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, desk)
    extra = dialog.add_page(_Extra())
    assert dialog.index.item(dialog.index.count() - 1).text() == "Extra"
    assert dialog.save()
    assert extra.applied == 1


def test_nothing_is_written_on_another_day(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    dialog = _dialog(qtbot, desk.with_today(TODAY - timedelta(days=3)))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "Today" in dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).toolTip()


def test_the_window_opens_preferences_and_applies_the_language(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui import i18n

    assert window.extras.preferences_action.shortcut().toString() == "Ctrl+,"
    assert window.extras.preferences_action in window.file_menu.menu.actions()
    dialog = window.extras.show_preferences("language")
    page = dialog.page_of("language")
    assert dialog.stack.currentWidget() is page
    page.fields["language"].setCurrentIndex(page.fields["language"].findData("fr"))
    dialog.accept()
    assert i18n.language() == "fr"
    assert window.desk.language() == "fr"
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Commandes")  # words said again
