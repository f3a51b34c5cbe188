"""Forecast: until when the credit lasts, what expires unused, and how much to buy.

The inputs (a monthly spend per product, typed or averaged from the history, a monthly
growth, a horizon) go to ``services.forecast``; the panel shows the balance of each source on
a chart, the month-by-month table, a summary and the purchase advisor's recommendation. It
changes nothing in the ledger: "Prepare this purchase order…" only asks the main window to
open its buy-credit dialog with the advised amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.advisor import Advice
from desktop_app.domain.errors import CodedError
from desktop_app.domain.forecast import Forecast, MonthRow, Purchase, month_rows
from desktop_app.domain.money import ZERO
from desktop_app.services import forecast as forecast_service
from desktop_app.services import forecast_export
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n, messages
from desktop_app.ui.forecast.advice import AdvicePanel
from desktop_app.ui.forecast.inputs import ForecastInputs
from desktop_app.ui.forecast.results import ResultsPanel
from desktop_app.ui.widgets.jobs import Job, Progress, start_job, stop_if_cancelled
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.save_places import Kind, ask_save
from desktop_app.ui.widgets.sizing import vertical_scroll
from desktop_app.ui.widgets.view_only import set_write_enabled


@dataclass(frozen=True)
class ForecastResult:
    """What was computed, from which inputs: the exports and a refresh reuse them."""

    project_id: int
    spend: dict[str, Decimal]
    growth: Decimal
    months: int
    forecast: Forecast
    advice: Advice
    vat_rate: Decimal
    #: The table's months, without the plan and with it (made in the worker).
    rows: tuple[MonthRow, ...] = ()
    plan_rows: tuple[MonthRow, ...] = ()


class ForecastView(Retranslated, QWidget):
    """The forecast panel of a project: inputs and advice on the left, results on the right."""

    #: (project id, amount excl. VAT): the main window opens its buy-credit dialog with it.
    purchase_requested = Signal(int, Decimal)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.project_id: int | None = None
        self.project_name = ""
        self.result: ForecastResult | None = None
        self._stale = False
        self.project_label = QLabel()
        self.project_value = QLabel()
        self.project_value.setStyleSheet("font-weight: bold;")
        self.export_csv_button = QPushButton()
        self.export_csv_button.clicked.connect(self.export_csv)
        self.export_pdf_button = QPushButton()
        self.export_pdf_button.clicked.connect(self.export_pdf)
        self.inputs = ForecastInputs()
        self.inputs.compute_button.clicked.connect(self.compute)
        self.inputs.history_button.clicked.connect(self.fill_from_history)
        self.inputs.changed.connect(self.clear_result)  # a result follows its inputs
        self.advice = AdvicePanel()
        self.advice.prepare_button.clicked.connect(self.prepare_purchase)
        self.advice.with_plan.toggled.connect(self.show_result)
        self.results = ResultsPanel()
        self._lay_out()
        self.retranslate()
        self.clear_result()

    def _lay_out(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.project_label)
        head.addWidget(self.project_value)
        head.addStretch(1)
        head.addWidget(self.export_csv_button)
        head.addWidget(self.export_pdf_button)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.inputs, 3)
        left_box.addWidget(self.advice, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(vertical_scroll(left))  # a short screen scrolls the inputs
        split.addWidget(self.results)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([370, 830])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        self.project_label.setText(self.tr("Project:"))
        if self.project_id is None:
            self.project_value.setText(self.tr("(choose a project on the left)"))
        self.export_csv_button.setText(self.tr("Export CSV…"))
        self.export_pdf_button.setText(self.tr("Export PDF…"))
        if self.result is not None:
            self.show_result()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- what the main window calls ------------------------------------------------------------
    def set_desk(self, desk: Desk) -> None:
        """Another ledger was opened: nothing of the previous one stays on screen."""
        self.desk = desk
        self.set_project(None)

    def set_today(self, today: date) -> None:
        """The "as of" date changed: a forecast starts on that day, so it is made again."""
        self.desk = self.desk.with_today(today)
        self.clear_result()

    def set_project(self, project_id: int | None) -> None:
        if project_id == self.project_id:
            self._update_project_name()
            return
        self.project_id = project_id
        self.inputs.lines_model.set_lines([])
        self.clear_result()
        self._update_project_name()

    def _update_project_name(self) -> None:
        if self.project_id is None:
            self.project_name = ""
            self.project_value.setText(self.tr("(choose a project on the left)"))
        else:
            try:
                self.project_name = self.desk.project(self.project_id).name
            except CodedError as error:  # archived or gone since
                self.project_id = None
                self.project_name = ""
                self.project_value.setText(self.tr("(choose a project on the left)"))
                self.clear_result()
                self.inputs.error.show_error(error)
                return
            self.project_value.setText(self.project_name)
        self.update_buttons()

    def refresh(self) -> Job[ForecastResult] | None:
        """The ledger changed (an order paid, a voucher redeemed): the forecast is made again
        from the same inputs; while the panel is hidden, when it is shown next."""
        self._update_project_name()
        if self.result is None:
            self._stale = False
            return None
        if not self.isVisible():
            self._stale = True
            return None
        self._stale = False
        previous = self.result
        return self._run(previous.spend, previous.growth, previous.months)

    # -- inputs --------------------------------------------------------------------------------
    def spend(self) -> dict[str, Decimal]:
        return self.inputs.spend()

    def fill_from_history(self) -> dict[str, Decimal] | None:
        if self.project_id is None:
            return None
        try:
            spend = forecast_service.spend_from_history(
                self.desk, self.project_id, self.inputs.history_months.value()
            )
        except CodedError as error:
            self.inputs.error.show_error(error)
            return None
        self.inputs.set_spend(spend)
        self.inputs.error.clear_error()
        return spend

    # -- computing -------------------------------------------------------------------------------
    def compute(self) -> Job[ForecastResult] | None:
        """The forecast and its advice from the inputs, in a worker (``self.result`` once
        done); None when there is nothing to compute."""
        if self.project_id is None:
            return None
        try:
            spend = self.inputs.spend()
        except CodedError as error:
            self.clear_result()
            self.inputs.error.show_error(error)
            return None
        return self._run(spend, self.inputs.growth_rate(), self.inputs.months.value())

    def _run(self, spend: dict[str, Decimal], growth: Decimal, months: int) -> Job[ForecastResult]:
        assert self.project_id is not None
        project_id = self.project_id

        def work(worker: Desk, progress: Progress) -> ForecastResult:
            projection = forecast_service.forecast(worker, project_id, months, spend, growth=growth)
            stop_if_cancelled(progress, 1, 3)
            advice = forecast_service.advice(worker, project_id, months, spend, growth=growth)
            stop_if_cancelled(progress, 2, 3)
            i18n.load_long_days()  # the summary's dates, read here rather than on show
            rows = tuple(month_rows(projection))  # the table's, made here too
            plan_rows = tuple(month_rows(advice.with_plan, advice.plan)) if advice.plan else ()
            return ForecastResult(project_id, spend, growth, months, projection, advice,
                                  worker.vat_rate(), rows, plan_rows)  # fmt: skip

        def refused(error: CodedError) -> None:
            self.clear_result()
            self.inputs.error.show_error(error)

        dialog = (self.tr("Computing the forecast…"), self.tr("Cancel"), self.tr("Forecast"))
        return start_job(
            self, self.desk, work, on_done=self._computed, on_error=refused, dialog=dialog
        )

    def _computed(self, result: ForecastResult) -> None:
        if result.project_id != self.project_id:  # another project chosen meanwhile
            return
        self.result = result
        self.inputs.error.clear_error()
        self.show_result()

    def shown(self) -> tuple[Forecast, tuple[Purchase, ...]] | None:
        """The forecast on screen (with the advised purchases or not) and its purchases."""
        if self.result is None:
            return None
        if self.advice.with_plan.isChecked() and self.result.advice.plan:
            return self.result.advice.with_plan, self.result.advice.plan
        return self.result.forecast, ()

    def clear_result(self) -> None:
        self.result = None
        self._stale = False
        self.results.clear()
        self.advice.clear()
        self.update_buttons()

    def update_buttons(self) -> None:
        self.inputs.update_buttons(self.project_id is not None)
        done = self.result is not None
        self.export_csv_button.setEnabled(done)
        self.export_pdf_button.setEnabled(done)
        best = self.result.advice.max_purchase.amount if self.result else ZERO
        set_write_enabled(self.advice.prepare_button, self.desk, done and best > 0)
        self.advice.with_plan.setEnabled(done and bool(self.result and self.result.advice.plan))

    def show_result(self) -> None:
        shown = self.shown()
        if shown is None or self.result is None:
            return
        projection, planned = shown
        rows = self.result.plan_rows if planned else self.result.rows
        self.results.show_forecast(projection, planned, rows or None)
        self.advice.show_advice(self.result.advice, self.result.months, self.result.vat_rate)
        self.update_buttons()

    # -- actions -----------------------------------------------------------------------------
    def prepare_purchase(self) -> Decimal | None:
        """Ask for a purchase order of the largest amount never lost (the window opens it)."""
        if self.result is None:
            return None
        amount = self.result.advice.max_purchase.amount
        if amount <= 0:
            return None
        self.purchase_requested.emit(self.result.project_id, amount)
        return amount

    def _suggested(self, suffix: str) -> str:
        name = re.sub(r"[^\w-]+", "-", self.project_name, flags=re.UNICODE).strip("-") or "project"
        return f"forecast-{name}-{self.desk.today.isoformat()}.{suffix}"

    def export_csv(self) -> Path | None:
        shown = self.shown()
        if shown is None:
            return None
        path, _ = ask_save(
            self, Kind.CSV, self.tr("Export the forecast"), self._suggested("csv"),
            self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if not path:
            return None
        projection, planned = shown
        try:
            forecast_export.write_forecast_csv(projection, Path(path), planned)
        except CodedError as error:
            messages.show_error(self, error)
            return None
        messages.show_written(self, Path(path))
        return Path(path)

    def export_pdf(self) -> Job[Path] | None:
        """The forecast on screen as a PDF, written in a worker (the job's result: where)."""
        shown = self.shown()
        if shown is None or self.result is None:
            return None
        path, _ = ask_save(
            self, Kind.PDF, self.tr("Export the forecast as PDF"), self._suggested("pdf"),
            self.tr("PDF documents (*.pdf)"),
        )  # fmt: skip
        if not path:
            return None
        projection, planned = shown
        result, language = self.result, i18n.language()

        def work(worker: Desk, _progress: Progress) -> Path:
            return forecast_export.write_forecast_pdf(
                worker,
                result.project_id,
                projection,
                Path(path),
                spend=result.spend,
                growth=result.growth,
                advice=result.advice,
                planned=planned,
                language=language,
            )

        dialog = (self.tr("Writing the PDF…"), self.tr("Cancel"), self.tr("Export PDF"))
        return start_job(self, self.desk, work, dialog=dialog)
