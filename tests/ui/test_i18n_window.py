"""French in the window as an accountant meets it: dates in messages the locale's way, amounts
typed in English rewritten in French and kept, Qt's own words and the calendar in French, and
nothing computed lost when the language changes."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.domain.errors import DomainError
from desktop_app.ui import i18n
from desktop_app.ui.messages import describe
from tests.helpers.jobs import finish


def test_dates_in_messages_are_the_locales(qtbot) -> None:  # type: ignore[no-untyped-def]
    error = DomainError("ledger.view_only", as_of="2026-11-20", today="2026-11-26")
    i18n.set_language("fr")
    text = describe(error)
    assert "20/11/2026" in text and "26/11/2026" in text
    assert "2026-11-20" not in text
    i18n.set_language("en")
    assert "20/11/2026" in describe(error)
    assert error.params["as_of"] == "2026-11-20"  # the error itself unchanged


def test_qt_own_words_and_the_calendar_follow_the_language(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    calendar = window.as_of_bar.date.calendarWidget()
    i18n.set_language("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert window.as_of_bar.date.locale().language() == QLocale.Language.French
    assert calendar.locale().language() == QLocale.Language.French
    i18n.set_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert window.as_of_bar.date.locale().language() == QLocale.Language.English


def test_forecast_spend_is_rewritten_in_french_and_the_result_kept(
    qtbot, demo_window, demo_desk
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.select_project(demo_desk.project("Data lake").id)
    window.tabs.setCurrentWidget(window.forecast_tab)
    view = window.forecast_view
    view.inputs.set_spend({"compute": Decimal("257.69"), "storage": Decimal("1250.00")})
    finish(qtbot, view.compute())
    assert view.result is not None
    i18n.set_language("fr")
    qtbot.waitUntil(lambda: view.inputs.lines_model.index(0, 1).data() == "257,69")
    assert view.inputs.lines_model.index(1, 1).data() == "1\u202f250,00"
    assert view.inputs.spend() == {"compute": Decimal("257.69"), "storage": Decimal("1250.00")}
    assert view.result is not None  # the forecast shown is still the one computed
    i18n.set_language("en")
    qtbot.waitUntil(lambda: view.inputs.lines_model.index(0, 1).data() == "257.69")
    assert view.result is not None


def test_a_simulation_survives_the_language_change(qtbot, demo_window, demo_desk) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.select_project(demo_desk.project("Data lake").id)
    window.tabs.setCurrentWidget(window.invoice_tab)
    view = window.invoice_view
    view.lines_model.set_lines([("storage", "500")])
    assert view.simulate() is not None
    rows = view.result_model.rowCount()
    i18n.set_language("fr")
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Commandes")
    assert view.result_model.rowCount() == rows > 0
    i18n.set_language("en")
