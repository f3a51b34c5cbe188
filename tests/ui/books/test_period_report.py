"""The period report in the window (issue 10): its models (qtmodeltester), the periods, the
waterfall, the exports, "Reverse…" with the confirm-what-is-written discipline, and the
accounts dialog."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.books.rollforward import Figures
from desktop_app.domain.model import InvoiceLine
from desktop_app.services import invoices, orders
from desktop_app.services.books import reversal
from desktop_app.services.books.rollforward import roll_forward_report
from desktop_app.services.desk import Desk
from desktop_app.ui.books.chart import WaterfallChart, waterfall_bars
from desktop_app.ui.books.models import PostedInvoicesModel, RollForwardModel
from desktop_app.ui.books.periods import PeriodKind, period_around
from desktop_app.ui.books.settings import BooksSettingsDialog
from desktop_app.ui.books.view import PeriodReportView
from desktop_app.ui.tables.base import ROW_ROLE
from tests.helpers.files import dump
from tests.helpers.jobs import finish

D = Decimal
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def booked(desk: Desk) -> Desk:
    """Production web: 500 bought on 2026-11-02, an invoice of 120 on 2026-11-20."""
    early = desk.on_day(date(2026, 11, 2))
    order = orders.buy_credit(early, "Production web", D("500"))
    orders.pay_order(early, order.number)
    invoices.post_invoice(
        desk.on_day(date(2026, 11, 20)), "Production web", date(2026, 11, 20),
        [InvoiceLine("compute", D("120"))],
    )  # fmt: skip
    return desk


def test_periods_around_a_day() -> None:
    day = date(2026, 11, 26)
    assert period_around(PeriodKind.MONTH, day) == NOVEMBER
    assert period_around(PeriodKind.QUARTER, day) == (date(2026, 10, 1), date(2026, 12, 31))
    assert period_around(PeriodKind.YEAR, day) == (date(2026, 1, 1), date(2026, 12, 31))
    assert period_around(PeriodKind.QUARTER, date(2026, 2, 3)) == (date(2026, 1, 1),
                                                                   date(2026, 3, 31))  # fmt: skip
    assert period_around(PeriodKind.CUSTOM, day, date(2027, 1, 5)) == (day, date(2027, 1, 5))


def test_the_models_pass_qtmodeltester(qtmodeltester, booked: Desk) -> None:  # type: ignore[no-untyped-def]
    model = RollForwardModel()
    model.show(roll_forward_report(booked, *NOVEMBER))
    qtmodeltester.check(model)
    assert model.rowCount() == 4  # the project, two accounts, the total
    assert model.index(0, 0).data() == "Production web"
    assert model.index(3, 0).data() == "Total"
    assert model.index(3, 7).data() == model.index(0, 7).data()  # accounts hold nothing
    posted = PostedInvoicesModel()
    posted.set_rows([(inv, "Production web", by) for inv, by in reversal.list_invoices(booked)])
    qtmodeltester.check(posted)
    assert posted.index(0, 0).data() == "INV-2026-00001" and posted.index(0, 5).data() == ""


def test_waterfall_bars_float_on_the_running_balance() -> None:
    figures = Figures(D(100), D(50), D(10), D(5), D(40), D(25), D(100))
    bars = waterfall_bars(figures)
    assert bars == [("opening", 0, 100), ("bought", 100, 150), ("redeemed", 150, 160),
                    ("returned", 160, 165), ("used", 125, 165), ("expired", 100, 125),
                    ("closing", 0, 100)]  # fmt: skip


def test_the_view_shows_the_month_and_paints_its_chart(qtbot, booked: Desk) -> None:  # type: ignore[no-untyped-def]
    view = PeriodReportView(booked)
    qtbot.addWidget(view)
    assert view.period() == NOVEMBER
    assert view.model.rowCount() == 4
    assert view.invoices_model.rowCount() == 1
    chart = view.chart
    assert isinstance(chart, WaterfallChart) and chart.figures is not None
    assert chart.figures.closing == D("380.00")
    chart.resize(500, 240)
    assert not chart.grab().isNull()


def test_exports_pdf_csv_and_journal(
    qtbot, booked: Desk, save_as, message_mock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    view = PeriodReportView(booked)
    qtbot.addWidget(view)
    save_as(tmp_path / "report.pdf")
    assert view.export_pdf() == tmp_path / "report.pdf"
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    save_as(tmp_path / "report.csv")
    view.export_csv()
    rows = (tmp_path / "report.csv").read_text().splitlines()
    assert rows[0].startswith("project,account,opening") and rows[-1].startswith("total")
    written = [m.text for m in message_mock.read("info")]  # each with its path, and Open
    assert written == [f"Written to {tmp_path / name}" for name in ("report.pdf", "report.csv")]
    save_as(tmp_path / "FEC.txt")
    assert finish(qtbot, view.export_journal()).path == tmp_path / "FEC.txt"
    assert "2 entries" in message_mock.getmsg("info").text
    assert (tmp_path / "FEC.txt").read_bytes().startswith(b"JournalCode\tJournalLib")


def test_reverse_asks_then_writes_exactly_what_it_asked(qtbot, booked: Desk, message_mock) -> None:  # type: ignore[no-untyped-def]
    view = PeriodReportView(booked)
    qtbot.addWidget(view)
    view.invoices.selectRow(0)
    assert view.reverse_button.isEnabled()
    before = dump(booked.path)
    message_mock.answer(False)
    assert view.reverse_selected() is None
    (question,) = message_mock.questions()
    assert "INV-2026-00001" in question and "CN-2026-00001" in question and "120" in question
    assert dump(booked.path) == before
    message_mock.answer(True)
    note = view.reverse_selected()
    assert note is not None and note.number == "CN-2026-00001"
    message_mock.questions()
    assert view.invoices_model.index(0, 5).data() == "CN-2026-00001"
    view.invoices.selectRow(0)
    assert not view.reverse_button.isEnabled()
    assert view.model.index(0, 4).data() == view.model.index(0, 5).data()  # returned == used


def test_reverse_refuses_what_changed_since_the_question(
    qtbot, booked: Desk, message_mock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    view = PeriodReportView(booked)
    qtbot.addWidget(view)
    view.invoices.selectRow(0)
    chosen = view.invoices.selectionModel().selectedRows()[0].data(ROW_ROLE)
    assert chosen[0].number == "INV-2026-00001"

    def confirm_then_someone_writes(parent, title, question):  # type: ignore[no-untyped-def]
        reversal.reverse_invoice(booked, "INV-2026-00001")  # another program, meanwhile
        return True

    monkeypatch.setattr("desktop_app.ui.messages.confirm", confirm_then_someone_writes)
    assert view.reverse_selected() is None
    assert message_mock.codes() == ["credit_note.already_reversed"]


def test_the_accounts_dialog_saves_checked_values(qtbot, booked: Desk) -> None:  # type: ignore[no-untyped-def]
    dialog = BooksSettingsDialog(booked)
    qtbot.addWidget(dialog)
    assert dialog.fields["books.prepaid_account"].text() == "4091"
    before = dump(booked.path)
    dialog.fields["books.loss_account"].setText("4091")
    assert dialog.save() is False and dialog.error.isVisibleTo(dialog)
    assert dump(booked.path) == before
    dialog.fields["books.loss_account"].setText("6718")
    assert dialog.save() is True
    assert booked.settings()["books.loss_account"] == "6718"


def test_on_another_day_reverse_is_off_and_refused_if_reached(
    qtbot, booked: Desk, message_mock
) -> None:  # type: ignore[no-untyped-def]
    view = PeriodReportView(booked)
    qtbot.addWidget(view)
    view.set_today(date(2026, 11, 21))
    view.refresh()
    view.invoices.selectRow(0)
    assert not view.reverse_button.isEnabled()
    assert "not today" in view.reverse_button.toolTip()
    before = dump(booked.path)
    assert view.reverse_selected() is None
    assert message_mock.codes() == ["ledger.view_only"]
    assert dump(booked.path) == before


def test_the_window_has_the_period_report_tab(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.books_tab)
    assert isinstance(window.books_tab.view, PeriodReportView)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Period report"
