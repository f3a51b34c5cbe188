"""The forecast panel: inputs, chart, table, summary and advice match the services; exports."""

from __future__ import annotations

import ast
import csv
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

import desktop_app.ui.forecast.chart as forecast_chart_module
import desktop_app.ui.forecast.view as forecast_view_module
from desktop_app.domain.errors import DomainError
from desktop_app.domain.forecast import PLANNED_ID_BASE, month_rows
from desktop_app.domain.money import ZERO, fmt
from desktop_app.resources import resource
from desktop_app.services import forecast as forecast_service
from desktop_app.services import listing, orders
from desktop_app.services.desk import Desk
from desktop_app.services.forecast_export import CSV_HEADER
from desktop_app.ui import i18n
from desktop_app.ui.forecast.models import ForecastTableModel
from desktop_app.ui.forecast.view import ForecastView
from tests.helpers.jobs import finish
from tests.ui.conftest import TODAY

PROJECT = "Data lake"  # the demo's project that loses a lot to expiry in December


@pytest.fixture
def view(qtbot, demo_desk: Desk) -> Iterator[ForecastView]:  # type: ignore[no-untyped-def]
    panel = ForecastView(demo_desk)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel


def _computed(qtbot, view: ForecastView, desk: Desk, months: int = 24) -> None:
    view.set_project(desk.project(PROJECT).id)
    assert view.fill_from_history() is not None
    view.inputs.months.setValue(months)
    assert compute(qtbot, view) is not None


def compute(qtbot, panel):  # type: ignore[no-untyped-def]
    """The panel's Compute, run to its end in the worker: the forecast shown, or None."""
    job = panel.compute()
    if job is None:
        return None
    finish(qtbot, job)
    return job.result.forecast if job.result is not None else None


def test_history_compute_table_and_summary_match_the_service(qtbot, view, demo_desk) -> None:  # type: ignore[no-untyped-def]
    project = demo_desk.project(PROJECT)
    before = listing.list_credits(demo_desk, PROJECT, include_all=True)
    assert not view.inputs.compute_button.isEnabled()  # no project yet
    view.set_project(project.id)
    assert view.project_value.text() == PROJECT
    view.inputs.history_months.setValue(3)
    spend = view.fill_from_history()
    assert spend == forecast_service.spend_from_history(demo_desk, project.id, 3)
    assert view.spend() == spend
    assert view.inputs.lines_model.rowCount() == len(spend)
    assert not view.export_csv_button.isEnabled()

    result = compute(qtbot, view)
    expected = forecast_service.forecast(demo_desk, project.id, 24, spend)
    assert result == expected
    model = view.results.table_model
    assert model.rowCount() == 24
    for row, month in enumerate(expected.months):
        cells = [model.index(row, c).data() for c in range(model.columnCount())]
        assert cells[0] == i18n.day(month.date)
        assert cells[1] == i18n.money(month.invoice.total_ht)
        assert model.rows()[row].payment_ht == month.invoice.payment.amount_ht
        assert model.rows()[row].payment_vat == month.invoice.payment.vat
        assert model.rows()[row].expired_total == sum((e.amount for e in month.expired), ZERO)
    assert view.results.table.isColumnHidden(ForecastTableModel.PURCHASE_COLUMN)
    assert not view.results.table.verticalHeader().isVisible()

    # the summary says what the service says
    assert expected.run_out is not None and expected.lost_total > 0
    assert view.results.lasts_card.value.text() == i18n.long_day(expected.run_out)
    assert view.results.lost_card.value.text() == i18n.money(expected.lost_total)
    assert i18n.money(expected.payment_total) in view.results.paid_card.value.text()
    lost_row = next(r for r, m in enumerate(expected.months) if m.expired)
    cell = model.index(lost_row, ForecastTableModel.LOST_COLUMN)
    assert cell.data() == i18n.money(expected.lost_total)
    assert expected.lost[0].reference in cell.data(Qt.ItemDataRole.ToolTipRole)
    run_out_row = next(r for r, m in enumerate(expected.months) if m.date == expected.run_out)
    assert model.index(run_out_row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None

    # the chart: a band per source that holds something, the cliffs, the run-out line
    chart = view.results.chart
    assert set(chart.bands) <= {"voucher", "credit", "digital_launchpad", "loyalty"}
    assert "credit" in chart.bands
    assert chart.cliffs is not None
    assert chart.cliffs.count() == sum(1 for m in expected.months if m.expired)
    assert chart.run_out_line is not None
    assert chart.run_out_line.at(0).x() == forecast_chart_module._msecs(expected.run_out)
    assert i18n.money(expected.lost_total) in chart.cliff_text(lost_row)
    assert chart.purchases is None

    # the advice is the advisor's
    advice = forecast_service.advice(demo_desk, project.id, 24, spend)
    assert i18n.money(advice.max_purchase.amount) in view.advice.advice_text.text()
    assert view.advice.plan_model.plan() == list(advice.plan)
    assert view.advice.prepare_button.isEnabled()
    # nothing of this touched the ledger
    assert listing.list_credits(demo_desk, PROJECT, include_all=True) == before


def test_prepare_purchase_carries_the_advisors_amount(qtbot, view, demo_desk) -> None:  # type: ignore[no-untyped-def]
    _computed(qtbot, view, demo_desk)
    project = demo_desk.project(PROJECT)
    spend = forecast_service.spend_from_history(demo_desk, project.id, 3)
    advice = forecast_service.advice(demo_desk, project.id, 24, spend)
    assert advice.max_purchase.amount > 0
    before = orders.list_orders(demo_desk, project.id)
    with qtbot.waitSignal(view.purchase_requested, timeout=1000) as blocker:
        view.advice.prepare_button.click()
    assert blocker.args == [project.id, advice.max_purchase.amount]
    assert isinstance(blocker.args[1], Decimal)
    # the panel itself orders nothing: the window opens its dialog, prefilled
    assert orders.list_orders(demo_desk, project.id) == before


def test_with_the_plan_nothing_runs_out_and_purchases_show(qtbot, view, demo_desk) -> None:  # type: ignore[no-untyped-def]
    _computed(qtbot, view, demo_desk)
    advice = view.result.advice
    assert advice.plan
    view.advice.with_plan.setChecked(True)
    assert view.results.table_model.run_out is None
    assert not view.results.table.isColumnHidden(ForecastTableModel.PURCHASE_COLUMN)
    bought = sum((r.purchased for r in view.results.table_model.rows()), ZERO)
    assert bought == sum((p.amount for p in advice.plan), ZERO)
    assert view.results.chart.purchases is not None
    assert view.results.chart.purchases.count() == len(advice.plan)
    assert view.results.chart.run_out_line is None
    assert "Beyond" in view.results.lasts_card.value.text()
    planned_lost = sum(
        (e.amount for e in advice.with_plan.lost if e.lot_id >= PLANNED_ID_BASE), ZERO
    )
    assert planned_lost == 0
    assert "none of the credit bought is lost" in view.advice.plan_check.text()
    # a balance is what is held: a purchase not made yet is not in it
    first = view.results.table_model.rows()[0]
    plain = month_rows(view.result.forecast)[0]
    assert first.balance == plain.balance
    view.advice.with_plan.setChecked(False)
    assert view.results.table_model.run_out == view.result.forecast.run_out


def test_changing_an_input_clears_the_result(qtbot, view, demo_desk) -> None:  # type: ignore[no-untyped-def]
    _computed(qtbot, view, demo_desk)
    assert view.export_pdf_button.isEnabled()
    view.inputs.growth.setValue(-2.5)
    assert view.result is None
    assert not view.export_pdf_button.isEnabled() and not view.advice.prepare_button.isEnabled()
    assert view.results.table_model.rowCount() == 0 and view.results.chart.chart().series() == []
    assert view.inputs.growth_rate() == Decimal("-2.50")
    assert compute(qtbot, view) is not None
    assert view.result.growth == Decimal("-2.50")
    expected = forecast_service.forecast(
        demo_desk, PROJECT, 24, view.spend(), growth=Decimal("-2.50")
    )
    assert view.results.table_model.rows() == month_rows(expected)


def test_set_today_forecasts_from_the_day_it_is_given(qtbot, view, demo_desk) -> None:  # type: ignore[no-untyped-def]
    """The "as of" date the window passes is the day the forecast starts on, with the
    balances of that day; on a view date the advice cannot be turned into an order."""
    _computed(qtbot, view, demo_desk)
    day = TODAY + timedelta(days=40)
    view.set_today(day)
    assert view.result is None  # made again from the new day
    assert compute(qtbot, view) is not None
    projection = view.result.forecast
    assert projection.start == day
    later = demo_desk.with_today(day)
    expected = forecast_service.forecast(later, PROJECT, 24, view.spend())
    assert projection == expected
    assert projection != forecast_service.forecast(demo_desk, PROJECT, 24, view.spend())
    assert not view.advice.prepare_button.isEnabled()  # rule 13: a view, nothing written
    view.set_today(TODAY)
    assert compute(qtbot, view) is not None and view.result.forecast.start == TODAY


def test_refusals_are_told_in_words(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    panel = ForecastView(desk)
    qtbot.addWidget(panel)
    assert compute(qtbot, panel) is None  # no project: nothing to do
    panel.set_project(desk.project("Production web").id)
    assert panel.fill_from_history() is None  # a project with no invoice yet
    assert "no posted invoice" in panel.inputs.error.text()
    assert compute(qtbot, panel) is None
    assert "monthly spend" in panel.inputs.error.text()
    panel.inputs.lines_model.set_lines([("compute", "abc")])
    assert compute(qtbot, panel) is None
    assert "not an amount" in panel.inputs.error.text()
    panel.inputs.lines_model.set_lines([("compute", "100"), ("Compute ", "20,50")])
    assert panel.spend() == {"compute": Decimal("120.50")}  # the same product, added up
    assert compute(qtbot, panel) is not None
    assert panel.inputs.error.isHidden()
    assert panel.inputs.months.maximum() == 120 and panel.inputs.months.minimum() == 1
    assert panel.inputs.months.value() == 24
    assert panel.inputs.growth.minimum() == -99


def test_set_project_refresh_and_set_desk(qtbot, view, demo_desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _computed(qtbot, view, demo_desk)
    project_id = view.project_id
    view.set_project(project_id)  # the window re-selects the same project: the result stays
    assert view.result is not None
    before = view.result.forecast
    # an order paid elsewhere: the forecast is made again with the same inputs
    order = orders.buy_credit(demo_desk, project_id, Decimal("5000.00"))
    orders.pay_order(demo_desk, order.number, TODAY)
    finish(qtbot, view.refresh())
    assert view.result is not None and view.result.forecast != before
    assert before.run_out is not None
    later = view.result.forecast.run_out
    assert later is None or later > before.run_out  # 5,000 more of credit lasts longer
    view.set_project(demo_desk.project("ML training").id)
    assert view.result is None and view.inputs.lines_model.rowCount() == 0
    with Desk.open(tmp_path / "other.sqlite3", today=TODAY) as other:
        view.set_desk(other)
        assert view.project_id is None
        assert not view.inputs.compute_button.isEnabled()
        view.set_desk(demo_desk)


def test_exports_csv_and_pdf(qtbot, view, demo_desk, save_as, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _computed(qtbot, view, demo_desk)
    expected = view.result.forecast
    target = tmp_path / "forecast.csv"
    asked = save_as(target)
    assert view.export_csv() == target
    assert asked[0].endswith(f"forecast-Data-lake-{TODAY.isoformat()}.csv")
    with target.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == CSV_HEADER
    assert len(lines) == 1 + 24
    lost = sum((Decimal(line[9]) for line in lines[1:]), ZERO)
    assert lost == expected.lost_total
    assert [line[0] for line in lines[1:]] == [m.date.isoformat() for m in expected.months]
    assert lines[1][6] == fmt(expected.months[0].invoice.payment.amount_ht)
    assert any(expected.lost[0].reference in line[10] for line in lines[1:])

    pdf = tmp_path / "forecast.pdf"
    save_as(pdf)
    assert finish(qtbot, view.export_pdf()) == pdf
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "CREDIT FORECAST" in text and PROJECT in text


def test_an_export_that_cannot_be_written_goes_to_the_message_channel(
    qtbot, view, demo_desk, monkeypatch, message_mock, save_as, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    _computed(qtbot, view, demo_desk, months=6)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    save_as(blocker / "forecast.csv")
    assert view.export_csv() is None
    save_as(blocker / "forecast.pdf")
    assert finish(qtbot, view.export_pdf()) is None
    assert message_mock.codes() == ["export.cannot_write", "pdf.cannot_write"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert view.export_csv() is None  # cancelled: nothing written, nothing said


def test_the_panel_draws_with_data(qtbot, view, demo_desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _computed(qtbot, view, demo_desk)
    image = view.grab()
    assert image.width() == 1200 and image.height() == 800
    assert image.save(str(tmp_path / "forecast.png"))


def _sources_of(path: Path) -> set[str]:
    """Every text of the module given to self.tr() or QCoreApplication.translate()."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        args = node.args
        if node.func.attr == "tr" and args and isinstance(args[0], ast.Constant):
            found.add(str(args[0].value))
        elif node.func.attr == "translate" and len(args) > 1 and isinstance(args[1], ast.Constant):
            found.add(str(args[1].value))
    return found


def _panel_contexts() -> set[str]:
    """The translation contexts of the forecast package: its classes' names."""
    package = Path(forecast_view_module.__file__).parent
    return {
        node.name
        for path in package.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    }


def _french_of_the_ts() -> dict[str, str]:
    """The French the shipped translation source has for the panel's contexts."""
    tree = ET.parse(resource("translations", "cloud_credit_desk_fr.ts"))
    contexts = _panel_contexts()
    found: dict[str, str] = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") not in contexts:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                found[message.findtext("source") or ""] = translation.text or ""
    return found


def test_every_text_of_the_panel_has_its_french() -> None:
    package = Path(forecast_view_module.__file__).parent
    sources = set().union(*(_sources_of(path) for path in package.glob("*.py")))
    french = _french_of_the_ts()
    assert sources - set(french) == set()
    for english in sources:
        assert english.count("%") == french[english].count("%"), english
        assert ("<b>" in english) == ("<b>" in french[english]), english


def test_french_labels_money_and_dates(qtbot, view, demo_desk) -> None:  # type: ignore[no-untyped-def]
    _computed(qtbot, view, demo_desk)
    i18n.set_language("fr")  # the shipped .qm
    try:
        qtbot.waitUntil(lambda: view.inputs.compute_button.text() == "Calculer la prévision")
        assert view.advice.title() == "Conseil d'achat"
        assert view.results.table_model.headerData(0, Qt.Orientation.Horizontal) == "Facture du"
        expected = view.result.forecast
        assert view.results.lost_card.value.text() == i18n.money(expected.lost_total)
        assert view.results.lost_card.value.text().endswith("\u00a0€")
        assert view.results.lasts_card.value.text() == i18n.long_day(expected.run_out)
        assert "juillet" in view.results.lasts_card.value.text()
        assert view.results.table_model.index(0, 1).data().endswith("\u00a0€")
        assert "Perdu à l'expiration" in [s.name() for s in view.results.chart.chart().series()]
        assert view.inputs.history_months.suffix() == " derniers mois"
        # typed amounts are read the French way
        view.inputs.lines_model.set_lines([("compute", "1 234,50")])
        assert view.spend() == {"compute": Decimal("1234.50")}
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: view.inputs.compute_button.text() == "Compute forecast")


def test_a_domain_error_from_the_service_is_shown_not_raised(
    qtbot, view, demo_desk, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    view.set_project(demo_desk.project(PROJECT).id)
    view.inputs.lines_model.set_lines([("compute", "100")])

    def busy(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise DomainError("ledger.busy", path="ledger.sqlite3")

    monkeypatch.setattr(forecast_service, "advice", busy)
    assert compute(qtbot, view) is None
    assert "busy" in view.inputs.error.text()
    assert view.result is None


def test_the_window_and_the_command_line_forecast_the_same_typed_lines(  # type: ignore[no-untyped-def]
    qtbot, view, demo_desk, monkeypatch
) -> None:
    """One rule for a typed spend (domain.forecast.merge_spend): the same lines typed in the
    window and given to `cloud-credit forecast --monthly` give the same month-by-month JSON."""
    import contextlib
    import io
    import json

    from desktop_app.cli.main import main
    from desktop_app.cli.serialize_forecast import forecast_json

    lines = [("compute", "50"), ("Compute ", "100"), ("storage", "12,5"), ("compute", "0,5")]
    view.set_project(demo_desk.project(PROJECT).id)
    view.inputs.lines_model.set_lines(lines)
    view.inputs.months.setValue(12)
    window = compute(qtbot, view)
    assert window is not None
    assert view.spend() == {"compute": Decimal("150.50"), "storage": Decimal("12.50")}
    monkeypatch.setenv("LANG", "C")
    argv = ["--db", str(demo_desk.path), "--today", demo_desk.today.isoformat(), "--json"]
    argv += ["forecast", "--project", PROJECT, "--months", "12"]
    for product, amount in lines:
        argv += ["--monthly", f"{product}={amount}"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(argv) == 0
    assert json.loads(out.getvalue()) == forecast_json(window, PROJECT)


def test_the_result_is_shown_without_reading_locale_data_on_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, view, demo_desk, monkeypatch
) -> None:
    """Babel's locale data for the long dates of the summary (~70 ms to read the first
    time) is read by the worker, not by the window showing the result."""
    import threading

    read_on: list[threading.Thread] = []
    real = i18n.load_long_days
    monkeypatch.setattr(
        i18n, "load_long_days", lambda: read_on.append(threading.current_thread()) or real()
    )
    _computed(qtbot, view, demo_desk)
    assert read_on and threading.main_thread() not in read_on
    assert view.results.lasts_card.value.text()


def test_the_chart_places_a_day_at_its_local_noon() -> None:
    from datetime import date

    from PySide6.QtCore import QDateTime, QTime

    for day in (date(2026, 1, 1), date(2026, 3, 29), date(2026, 10, 25), date(2036, 12, 31)):
        noon = QDateTime(i18n.to_qdate(day), QTime(12, 0)).toMSecsSinceEpoch()
        assert forecast_chart_module._msecs(day) == float(noon)


def test_each_column_is_as_wide_as_its_widest_cell(qtbot, view, demo_desk) -> None:  # type: ignore[no-untyped-def]
    _computed(qtbot, view, demo_desk, months=60)
    table, model = view.results.table, view.results.table_model
    metrics = table.fontMetrics()
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        widest = max(metrics.horizontalAdvance(model.cell(row, column)) for row in model.rows())
        assert table.columnWidth(column) >= widest + 16


def test_the_months_table_is_made_by_the_worker(qtbot, view, demo_desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The table's rows of a 120-month forecast (with the plan and without) are made in the
    worker: the window only shows them."""
    import threading

    import desktop_app.domain.forecast as forecast_domain

    made_on: list[threading.Thread] = []
    real = forecast_domain.month_rows

    def rows(*args, **kwargs):  # type: ignore[no-untyped-def]
        made_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(forecast_domain, "month_rows", rows)
    monkeypatch.setattr(forecast_view_module, "month_rows", rows, raising=False)
    monkeypatch.setattr("desktop_app.ui.forecast.models.month_rows", rows)
    _computed(qtbot, view, demo_desk, months=120)
    assert made_on and threading.main_thread() not in made_on
    shown = view.shown()
    assert shown is not None and view.results.table_model.rows() == real(*shown)
    view.advice.with_plan.setChecked(not view.advice.with_plan.isChecked())
    shown = view.shown()
    assert shown is not None and view.results.table_model.rows() == real(*shown)
    assert threading.main_thread() not in made_on
