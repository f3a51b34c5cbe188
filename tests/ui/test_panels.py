"""The expiry notice, the split chart, the simulation's PDF, refresh after posting, lazy tabs,
the history export's filters and typed amounts across a language switch."""

from __future__ import annotations

import csv
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app.domain.model import (
    Allocation,
    Invoice,
    InvoiceLine,
    MovementKind,
    PaymentDue,
    Source,
)
from desktop_app.services import listing
from desktop_app.services.desk import Desk
from desktop_app.services.vouchers import issue_vouchers, redeem_voucher
from desktop_app.ui import i18n
from desktop_app.ui.expiry_banner import ExpiryBanner
from desktop_app.ui.split_chart import PAYMENT, split_of
from tests.helpers.ledger import peek
from tests.ui.conftest import TODAY

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _save_as(monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def _voucher(desk: Desk, amount: str, days: int, project: str = "Production web"):  # type: ignore[no-untyped-def]
    code = issue_vouchers(desk, Decimal(amount), TODAY + timedelta(days=days))[0].code
    return redeem_voucher(desk, code, project)


# -- expiry notice ---------------------------------------------------------------------------


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
    text = banner.text.text()
    assert "Within 7 days:" in text and "1 lot(s), €40.00 left" in text
    assert "Within 30 days:" in text and "2 lot(s), €290.00 left" in text
    assert week.reference in text and month.reference in text
    assert "€999.00" not in text
    assert "€250.00 left" in text and "Production web" in text
    assert window.status_alerts.isVisible()
    assert "2 lot(s) expire within 30 days" in window.status_alerts.text()
    assert "Within 7 days: 1 lot(s), €40.00 left." in window.status_alerts.toolTip()

    banner.dismiss_button.click()
    assert not banner.isVisible()
    assert window.status_alerts.isVisible()  # the reminder stays
    window.status_alerts.linkActivated.emit("alerts")
    assert banner.isVisible()
    window.timer.stop()


def test_a_reference_in_the_notice_shows_its_lot(qtbot, demo_window, demo_desk) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    lot = window.alerts.lots[0]
    other = next(p for p, _ in window.project_model.rows() if p.id != lot.project_id)
    window.select_project(other.id)
    window.tabs.setCurrentIndex(2)
    window.banner.text.linkActivated.emit(f"lot:{lot.id}")
    assert window.tabs.currentIndex() == 0
    assert window.current_project().id == lot.project_id
    assert window.selected_lot().id == lot.id


def test_no_notice_when_nothing_expires_soon(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert not window.banner.isVisible()
    assert window.alerts.lots == ()
    assert not window.status_alerts.isVisible()


def test_notice_follows_the_ledger_and_the_as_of_date(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    window.show()
    _voucher(desk, "60.00", 45)
    window.refresh()
    assert not window.banner.isVisible()  # 45 days away
    window.set_as_of(TODAY + timedelta(days=20))  # now 25 days away
    assert window.banner.isVisible()
    assert "€60.00 left" in window.banner.text.text()
    window.banner.dismiss()
    window.refresh()  # a refresh does not bring back a dismissed notice...
    assert not window.banner.isVisible()
    window.set_as_of(TODAY + timedelta(days=40))  # ...another day does
    assert window.banner.isVisible()
    assert "Within 7 days: <b>1 lot(s)" in window.banner.text.text()


def test_notice_in_french(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("fr")
    qtbot.waitUntil(lambda: "Crédit bientôt expiré" in demo_window.banner.text.text())
    assert "restants" in demo_window.banner.text.text()
    assert "expirent sous 30 jours" in demo_window.status_alerts.text()
    assert demo_window.banner.dismiss_button.text() == "Masquer"


# -- the split chart and the PDF ------------------------------------------------------------------


def _simulate_ml(window, desk):  # type: ignore[no-untyped-def]
    window.select_project(desk.project("ML training").id)
    view = window.invoice_view
    view.lines_model.set_lines([("compute", "1,840.50"), ("ai", "312.20")])
    invoice = view.simulate()
    assert invoice is not None
    return view, invoice


def test_split_of_an_invoice_sums_each_source() -> None:
    invoice = Invoice(
        project_id=1,
        date=TODAY,
        lines=(InvoiceLine("compute", Decimal("200.00")),),
        allocations=(
            Allocation(Source.VOUCHER, "A", 1, Decimal("20.00")),
            Allocation(Source.VOUCHER, "B", 2, Decimal("30.00")),
            Allocation(Source.LOYALTY, "loyalty", None, Decimal("50.00")),
        ),
        payment=PaymentDue("Card", Decimal("100.00"), Decimal("20.00")),
        vat_rate=Decimal("20.00"),
    )
    shares = split_of(invoice)
    assert [(s.key, s.amount, s.percent) for s in shares] == [
        (Source.VOUCHER.value, Decimal("50.00"), Decimal("25.0")),
        (Source.LOYALTY.value, Decimal("50.00"), Decimal("25.0")),
        (PAYMENT, Decimal("100.00"), Decimal("50.0")),
    ]


def test_simulation_shows_a_chart_of_the_split(qtbot, demo_window, demo_desk) -> None:  # type: ignore[no-untyped-def]
    view, invoice = _simulate_ml(demo_window, demo_desk)
    labels = view.chart.labels()
    assert len(labels) == len(split_of(invoice))
    assert any(label.startswith("Voucher: €") for label in labels)
    assert labels[-1].startswith(f"Payment method: {i18n.money(invoice.payment.amount_ht)}")
    legend = view.chart.legend.text()
    assert "Digital LaunchPad" in legend and i18n.money(invoice.payment.amount_ht) in legend
    view.clear_result()
    assert view.chart.labels() == []
    assert not view.chart.legend.isVisible()


def test_export_the_simulation_to_pdf(  # type: ignore[no-untyped-def]
    qtbot, demo_window, demo_desk, monkeypatch, tmp_path
) -> None:
    view, _ = _simulate_ml(demo_window, demo_desk)
    target = tmp_path / "pdfs" / "simulation.pdf"
    _save_as(monkeypatch, target)
    assert view.pdf_button.isEnabled()
    assert view.export_pdf() == target
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "INVOICE SIMULATION" in text and "ML training" in text
    assert not view.saved.isHidden() and str(target) in view.saved.text()
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    view.saved.linkActivated.emit("open")
    assert opened == [str(target)]


def test_a_pdf_that_cannot_be_written_is_said_in_words(
    qtbot, demo_window, demo_desk, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    view, _ = _simulate_ml(demo_window, demo_desk)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    _save_as(monkeypatch, blocker / "simulation.pdf")
    assert view.export_pdf() is None
    assert "annot write the PDF" in view.error.text()
    assert QApplication.overrideCursor() is None


def test_posting_refreshes_lots_status_orders_and_history(
    qtbot, demo_window, demo_desk, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    history = window.history_view  # built now, so that its refresh is seen
    orders = window.orders_view
    moves_before = history.model.total()
    project = demo_desk.project("Data lake")
    window.select_project(project.id)
    available_before = window.status_available.text()
    lots_before = [lot.available for lot in window.lot_model.rows()]
    view = window.invoice_view
    view.lines_model.set_lines([("storage", "500")])
    assert view.simulate() is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    posted = view.post()
    assert posted is not None and posted.number
    assert [lot.available for lot in window.lot_model.rows()] != lots_before
    assert window.status_available.text() != available_before
    assert history.model.total() > moves_before
    assert history.model.row_object(0).invoice_number == posted.number  # newest first
    assert orders.model.total() == len(orders.model.rows())
    assert view.invoice is posted  # the panel still shows what was posted


def test_typed_amounts_follow_a_language_switch(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.invoice_view
    view.lines_model.set_lines([("compute", "1,840.50"), ("storage", "12"), ("x", "abc")])
    i18n.set_language("fr")
    qtbot.waitUntil(lambda: view.simulate_button.text() == "Simuler")
    amounts = [view.lines_model.index(row, 1).data() for row in range(3)]
    assert amounts == ["1\u202f840,50", "12,00", "abc"]  # what is not an amount stays as typed
    assert [i18n.parse_money(text) for text in amounts[:2]] == [
        Decimal("1840.50"),
        Decimal("12.00"),
    ]


# -- tabs, history export ------------------------------------------------------------------------


def test_tabs_are_built_when_first_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.built_views() == []
    window.tabs.setCurrentIndex(4)
    assert window._history_view is not None
    assert window.tabs.currentWidget() is window.history_view
    assert window.tabs.tabText(4) == "History"
    assert window.tabs.tabText(3) == "Forecast"
    assert window.tabs.count() == 6
    assert window._forecast_view is None
    window.refresh()  # a built tab is refreshed, the others stay unbuilt
    assert window._orders_view is None


def test_history_export_applies_the_views_filters(
    qtbot, demo_window, demo_desk, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    view = demo_window.history_view
    view.kind.setCurrentIndex(view.kind.findData(MovementKind.EXPIRE.value))
    project = demo_desk.project("Staging & tests")
    view.project.setCurrentIndex(view.project.findData(project.id))
    shown = view.model.total()
    assert shown > 0
    target = tmp_path / "history.csv"
    _save_as(monkeypatch, target)
    assert view.export_csv() == target
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == shown
    assert {row["kind"] for row in rows} == {"EXPIRE"}
    assert {row["project"] for row in rows} == {"Staging & tests"}
    everything = listing.count_movements(demo_desk)
    assert shown < everything


# -- voucher import ------------------------------------------------------------------------------


def _codes_csv(path: Path, good: int, bad_lines: list[str]) -> list[str]:
    from desktop_app.domain.codes import new_code

    codes: set[str] = set()
    while len(codes) < good:
        codes.add(new_code())
    lines = ["code,amount,expires_on"]
    lines += [f"{code},25.00,2027-06-30" for code in sorted(codes)]
    lines += bad_lines
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sorted(codes)


def test_import_voucher_codes_with_progress_and_refusals_in_words(  # type: ignore[no-untyped-def]
    qtmodeltester, qtbot, window, desk, monkeypatch, tmp_path
) -> None:
    from desktop_app.ui.voucher_import import ImportResultDialog

    source = tmp_path / "codes.csv"
    codes = _codes_csv(source, 3, ["ZZZZ,10.00,2027-06-30", "ABCD-EFGH-JKMN,abc,2027-06-30"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    dialog = window.import_vouchers()
    assert isinstance(dialog, ImportResultDialog)
    assert dialog.outcome.imported == 3
    assert "3 code(s) imported from codes.csv" in dialog.summary.text()
    assert "2 line(s) refused" in dialog.summary.text()
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "5"
    assert "not a voucher code" in model.index(0, 1).data()
    assert peek(desk).vouchers.get(codes[0]) is not None  # in the catalogue, ready to redeem
    dialog.reject()


def test_import_can_be_cancelled_and_then_imports_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, desk, monkeypatch, tmp_path
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    source = tmp_path / "many.csv"
    codes = _codes_csv(source, 5200, [])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    told: list[str] = []
    monkeypatch.setattr(
        "desktop_app.ui.messages.show_info", lambda parent, title, text: told.append(text)
    )
    assert window.import_vouchers() is None
    assert told == ["Import cancelled: no code was imported."]
    assert peek(desk).vouchers.get(codes[0]) is None


def test_an_unreadable_file_is_refused_in_words(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "latin1.csv"
    source.write_bytes("code,amount\nÉTÉ,10\n".encode("latin-1"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop_app.ui.messages.show_error",
        lambda parent, error: shown.append(error.code),
    )
    assert window.import_vouchers() is None
    assert shown == ["import.not_utf8"]


def test_forecast_tab_follows_the_project_and_prepares_the_advised_order(
    qtbot, demo_window, demo_desk
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.select_project(demo_desk.project("Data lake").id)
    window.tabs.setCurrentWidget(window.forecast_view)
    view = window.forecast_view
    view.fill_from_history()
    view.compute()
    window.select_project(demo_desk.project("ML training").id)
    assert view.project_id == demo_desk.project("ML training").id
    dialog = window.prepare_purchase(demo_desk.project("Data lake").id, Decimal("2239.32"))
    assert dialog is not None
    assert window.current_project().name == "Data lake"
    assert dialog.amount.amount() == Decimal("2239.32")
    dialog.reject()
