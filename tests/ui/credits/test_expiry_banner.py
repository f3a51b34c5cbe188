"""The expiry notice: non-modal, across the top; what it lists; it follows the ledger and the
"as of" date; a reference in it shows its lot; in French."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.services.desk import Desk
from desktop_app.services.vouchers import issue_vouchers, redeem_voucher
from desktop_app.ui import i18n
from desktop_app.ui.credits.expiry_banner import ExpiryBanner
from tests.ui.conftest import TODAY


def _shown(label: QLabel) -> str:
    """What a rich-text label reads as, its markup left out."""
    document = QTextDocument()
    document.setHtml(label.text())
    return " ".join(document.toPlainText().split())


def _voucher(desk: Desk, amount: str, days: int, project: str = "Production web"):  # type: ignore[no-untyped-def]
    code = issue_vouchers(desk, Decimal(amount), TODAY + timedelta(days=days))[0].code
    return redeem_voucher(desk, code, project)


def test_opening_a_ledger_shows_a_non_modal_expiry_notice(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    week = _voucher(desk, "40.00", 5)
    month = _voucher(desk, "250.00", 20)
    _voucher(desk, "999.00", 90)  # later: not in the notice
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    banner = window.banner
    assert isinstance(banner, ExpiryBanner) and banner.isVisible()
    assert QApplication.activeModalWidget() is None  # nothing blocks the window
    assert banner.window() is window  # part of the window, not a dialog
    text = _shown(banner.text)
    assert "Within 7 days:" in text and "1 lot(s), €40.00 left" in text
    assert "Within 30 days:" in text and "2 lot(s), €290.00 left" in text
    assert week.reference in text and month.reference in text
    assert "€999.00" not in text
    assert "€250.00 left" in text and "Production web" in text
    assert window.status.alerts.isVisible()
    assert "2 lot(s) expire within 30 days" in window.status.alerts.text()
    assert "Within 7 days: 1 lot(s), €40.00 left." in window.status.alerts.toolTip()

    banner.dismiss_button.click()
    assert not banner.isVisible()
    assert window.status.alerts.isVisible()  # the reminder stays
    window.status.alerts.linkActivated.emit("alerts")
    assert banner.isVisible()
    window.timer.stop()


def test_a_reference_in_the_notice_shows_its_lot(qtbot, demo_window, demo_desk) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    lot = window.alerts.lots[0]
    other = next(p for p, _ in window.projects.model.rows() if p.id != lot.project_id)
    window.select_project(other.id)
    window.tabs.setCurrentIndex(2)
    window.banner.text.linkActivated.emit(f"lot:{lot.id}")
    assert window.tabs.currentIndex() == 0
    assert window.current_project().id == lot.project_id
    assert window.credits.selected_lot().id == lot.id


def test_no_notice_when_nothing_expires_soon(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert not window.banner.isVisible()
    assert window.alerts.lots == ()
    assert not window.status.alerts.isVisible()


def test_notice_follows_the_ledger_and_the_as_of_date(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    window.show()
    _voucher(desk, "60.00", 45)
    window.refresh()
    assert not window.banner.isVisible()  # 45 days away
    window.set_as_of(TODAY + timedelta(days=20))  # now 25 days away
    assert window.banner.isVisible()
    assert "€60.00 left" in _shown(window.banner.text)
    window.banner.dismiss()
    window.refresh()  # a refresh does not bring back a dismissed notice...
    assert not window.banner.isVisible()
    window.set_as_of(TODAY + timedelta(days=40))  # ...another day does
    assert window.banner.isVisible()
    assert "Within 7 days: 1 lot(s)" in _shown(window.banner.text)


def test_notice_in_french(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("fr")
    qtbot.waitUntil(lambda: "Crédit bientôt expiré" in demo_window.banner.text.text())
    assert "restants" in demo_window.banner.text.text()
    assert "expirent sous 30 jours" in demo_window.status.alerts.text()
    assert demo_window.banner.dismiss_button.text() == "Masquer"


def test_at_the_start_the_notice_comes_once_the_window_is_painted(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    """The start (``ui.app``) leaves the notice to after the first paint: the window shows
    at once, and the notice and its status bar reminder follow within a moment."""
    from desktop_app.ui.main_window import MainWindow

    _voucher(desk, "40.00", 5)
    window = MainWindow(desk, later=True)
    qtbot.addWidget(window)
    painted: list[bool] = []
    window.first_painted.connect(lambda: painted.append(True))
    assert window.alerts.count == 0 and not window.banner.isVisibleTo(window)
    window.show()
    qtbot.waitUntil(lambda: bool(painted), timeout=3000)
    assert window.alerts.count == 1 and window.banner.isVisible()
    assert "1 lot(s) expire within 30 days" in window.status.alerts.text()
    window.timer.stop()


def test_a_window_closed_before_its_first_paint_is_done_reads_no_notice(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    """The self-test closes the window once painted: what was left for later is not done."""
    from desktop_app.ui.main_window import MainWindow

    _voucher(desk, "40.00", 5)
    window = MainWindow(desk, later=True)
    qtbot.addWidget(window)
    painted: list[bool] = []
    window.first_painted.connect(lambda: painted.append(True))
    window.show()
    window.close()
    qtbot.wait(100)
    assert painted == [] and window.alerts.count == 0
    window.timer.stop()
