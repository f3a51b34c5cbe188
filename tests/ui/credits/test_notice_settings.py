"""The expiry notices' lead times as a preference, used by the notice, the status bar and the
highlighted rows alike; a lot announced once per threshold (the next window on the same
ledger stays quiet until a lot reaches a new one)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from desktop_app.services.desk import Desk, update_settings
from desktop_app.services.vouchers import issue_vouchers, redeem_voucher
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.preferences.dialog import PreferencesDialog
from tests.helpers.files import dump
from tests.ui.conftest import TODAY


def _voucher(desk: Desk, days: int):  # type: ignore[no-untyped-def]
    code = issue_vouchers(desk, Decimal("10"), TODAY + timedelta(days=days))[0].code
    return redeem_voucher(desk, code, "Production web")


def _window(qtbot, desk: Desk) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_lead_times_are_used_by_the_notice_the_status_bar_and_the_rows(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    lot = _voucher(desk, 40)
    update_settings(desk, {"notice.days": "60", "notice.urgent_days": "14"})
    window = _window(qtbot, desk)
    assert window.banner.isVisible()
    assert "Within 14 days:" in window.banner.text.text()
    assert "Within 60 days:" in window.banner.text.text()
    assert "expire within 60 days" in window.status.alerts.text()
    model = window.credits.lot_model
    row = model.row_of_lot(lot.id)
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "60 days" in window.credits.legend.text()
    window.close()


def test_a_notice_is_not_announced_twice(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    _voucher(desk, 20)
    first = _window(qtbot, desk)
    assert first.banner.isVisible()
    first.close()
    again = _window(qtbot, desk)  # the same ledger opened again: nothing new
    assert not again.banner.isVisible()
    assert again.status.alerts.isVisible()  # the status bar still counts it...
    again.status.alerts.linkActivated.emit("alerts")
    assert again.banner.isVisible()  # ...and brings it back
    again.close()
    _voucher(desk, 3)  # a lot reaches the urgent threshold: news
    third = _window(qtbot, desk)
    assert third.banner.isVisible()
    third.close()


def test_a_view_date_records_nothing(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    _voucher(desk, 45)
    window = _window(qtbot, desk)
    assert not window.banner.isVisible()
    before = dump(desk.path)
    window.set_as_of(TODAY + timedelta(days=20))  # 25 days away then
    assert window.banner.isVisible()
    assert dump(desk.path) == before, "announced on a view date: recorded nothing"
    window.close()


def test_the_preferences_page_checks_the_two_together(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(desk)
    qtbot.addWidget(dialog)
    page = dialog.page_of("notice.days")
    assert page is not None and page is dialog.page_of("notice.urgent_days")
    assert page.value("notice.days") == "30" and page.value("notice.urgent_days") == "7"
    before = dump(desk.path)
    page.set_value("notice.urgent_days", "30")
    assert not dialog.save()
    assert "fewer" in dialog.error.text()
    assert dump(desk.path) == before
    page.set_value("notice.urgent_days", "10")
    assert dialog.error.text() == ""  # fixed: the refusal goes
    assert dialog.save()
    assert desk.settings()["notice.urgent_days"] == "10"
