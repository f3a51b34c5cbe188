"""The invoice simulation tab: simulate, post after the question, refusals, the PDF."""

from __future__ import annotations

import csv
from decimal import Decimal

from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from desktop_app.services import listing
from desktop_app.ui import i18n
from tests.helpers.jobs import finish
from tests.ui.invoices.simulations import simulate_ml


def test_simulate_then_post_an_invoice(
    qtbot, demo_window, demo_desk, message_mock, save_as, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    assert window.select_project(demo_desk.project("Data lake").id)
    view = window.invoice_view
    window.simulate_action.trigger()
    assert window.tabs.currentWidget() is window.invoice_tab
    view.lines_model.set_lines([("compute", "1,840.50"), ("storage", "312.20")])
    before = listing.list_credits(demo_desk, "Data lake")
    invoice = view.simulate()
    assert invoice is not None
    assert invoice.total_ht == Decimal("2152.70")
    rows = view.result_model.rows()
    assert rows[-1].is_payment
    assert sum(r.amount_ht for r in rows) == Decimal("2152.70")
    assert listing.list_credits(demo_desk, "Data lake") == before  # simulating changes nothing
    assert view.post_button.isEnabled()

    target = tmp_path / "simulation.csv"
    save_as(target)
    assert view.export_csv() == target
    with target.open(encoding="utf-8") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][0] == "step" and lines[-1][1] == "payment_method"

    message_mock.answer(True)
    posted = view.post()
    assert posted is not None and posted.number
    assert message_mock.questions()
    assert not view.post_button.isEnabled()  # once only
    assert posted.number in view.summary.text()
    assert listing.list_credits(demo_desk, "Data lake") != before


def test_simulation_refuses_bad_lines_in_words(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.invoice_view
    view.lines_model.set_lines([("compute", "abc")])
    assert view.simulate() is None
    assert "not an amount" in view.error.text()


def test_post_is_not_done_without_confirmation(qtbot, demo_window, message_mock) -> None:  # type: ignore[no-untyped-def]
    view = demo_window.invoice_view
    view.lines_model.set_lines([("compute", "10")])
    assert view.simulate() is not None
    message_mock.answer(False)
    assert view.post() is None
    assert message_mock.questions()


def test_export_the_simulation_to_pdf(  # type: ignore[no-untyped-def]
    qtbot, demo_window, demo_desk, monkeypatch, save_as, tmp_path
) -> None:
    view, _ = simulate_ml(demo_window, demo_desk)
    target = tmp_path / "pdfs" / "simulation.pdf"
    save_as(target)
    assert view.pdf_button.isEnabled()
    assert finish(qtbot, view.export_pdf()) == target
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
    qtbot, demo_window, demo_desk, save_as, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    view, _ = simulate_ml(demo_window, demo_desk)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    save_as(blocker / "simulation.pdf")
    assert finish(qtbot, view.export_pdf()) is None
    assert "annot write the PDF" in view.error.text()
    assert QApplication.overrideCursor() is None


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
