"""Forecast: until when the credit lasts, what expires unused, and how much to buy.

The inputs (a monthly spend per product, typed or averaged from the history, a monthly
growth, a horizon) go to ``services.forecast``; the panel shows the balance of each source on
a chart, the month-by-month table, a summary and the purchase advisor's recommendation. It
changes nothing in the ledger: "Prepare this purchase order…" only asks the main window to
open its buy-credit dialog with the advised amount.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QMargins,
    QPointF,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFont,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import credit_expires_on
from desktop_app.domain.errors import CodedError, DomainError
from desktop_app.domain.forecast import (
    MAX_MONTHS,
    SOURCES,
    Advice,
    Forecast,
    ForecastMonth,
    MonthRow,
    Purchase,
    month_rows,
    starting_balance,
)
from desktop_app.domain.model import Source
from desktop_app.domain.money import ZERO, vat_of
from desktop_app.domain.waterfall import normalise_product
from desktop_app.services import forecast as forecast_service
from desktop_app.services import forecast_export
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n, messages
from desktop_app.ui.models import InvoiceLinesModel, ListTableModel, source_name
from desktop_app.ui.widgets import (
    DAY,
    MONEY,
    ErrorLabel,
    Retranslated,
    edit_new_line,
    remove_current_line,
    sample_text,
    set_write_enabled,
    setup_table,
    size_columns,
)

DEFAULT_MONTHS = 24
DEFAULT_HISTORY_MONTHS = 3
#: Cliffs labelled with their amount on the chart (the others have a tooltip only).
LABELLED_CLIFFS = 6
#: Lots listed in a cell's tooltip before "and N more".
TOOLTIP_LOTS = 12

#: Fill and edge of each source's band: the hues of the invoice split chart, lighter for an
#: area; the PDF report uses the same.
SOURCE_COLOURS: dict[Source, tuple[str, str]] = {
    Source.VOUCHER: ("#A9D5AB", "#2E7D32"),
    Source.CREDIT: ("#A3C2E8", "#1F5FA8"),
    Source.DIGITAL_LAUNCHPAD: ("#CDB2DE", "#7B3FA0"),
    Source.LOYALTY: ("#F6CF8F", "#E08A00"),
}
LOST = QColor("#B3261E")
LOST_BG = QColor("#FCEEEE")
GOOD = QColor("#1E6B3A")
PLAN = QColor("#1F3A5F")  # not green: vouchers are
RUN_OUT = QColor("#8E1B14")
MUTED = QColor("#8A8F98")


def band_name(source: Source) -> str:
    """A source as the chart's legend names it ("Credit" alone would not say it was bought)."""
    from PySide6.QtCore import QCoreApplication as Q

    return {
        Source.VOUCHER: Q.translate("ForecastView", "Vouchers"),
        Source.CREDIT: Q.translate("ForecastView", "Purchased credit"),
        Source.DIGITAL_LAUNCHPAD: Q.translate("ForecastView", "Digital LaunchPad"),
        Source.LOYALTY: Q.translate("ForecastView", "Loyalty account"),
    }[source]


def _dash(amount: Decimal) -> str:
    """Money for a table cell; zero as a dash so that the figures that matter stand out."""
    return "–" if amount == 0 else i18n.money(amount)


def _nobr(text: str) -> str:
    """Escaped, and kept on one line: Qt would break "6 726,22 €" at its narrow space."""
    return f"<nobr>{html.escape(text)}</nobr>"


def _msecs(day: date) -> float:
    return float(QDateTime(i18n.to_qdate(day), QTime(12, 0)).toMSecsSinceEpoch())


# -- the month-by-month table --------------------------------------------------------------------


class ForecastTableModel(ListTableModel):
    """One row a month: what the invoice is, who pays it, what expires, what is left."""

    MONEY_COLUMNS = frozenset(range(1, 10))
    LOST_COLUMN = 7
    PURCHASE_COLUMN = 9

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MonthRow] = []
        self._months: list[ForecastMonth] = []
        self.run_out: date | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("Invoice of"),
            self.tr("Total excl. VAT"),
            self.tr("Credit & vouchers"),
            self.tr("Accounts"),
            self.tr("Payment excl. VAT"),
            self.tr("VAT"),
            self.tr("Payment incl. VAT"),
            self.tr("Lost to expiry"),
            self.tr("Balance left"),
            self.tr("Advised purchase"),
        ]

    def set_forecast(self, forecast: Forecast, planned: Sequence[Purchase] = ()) -> None:
        self._months = list(forecast.months)
        self.run_out = forecast.run_out
        self.set_rows(month_rows(forecast, planned))

    def clear(self) -> None:
        self._months, self.run_out = [], None
        self.set_rows([])

    def rows(self) -> list[MonthRow]:
        return list(self._rows)

    def header_tip(self, section: int) -> str | None:
        tips = {
            0: self.tr("Each month's invoice, dated as the first one (today)."),
            2: self.tr("Paid by vouchers and purchased credit, soonest expiry first."),
            3: self.tr(
                "Paid by the Digital LaunchPad and loyalty accounts. They are shared by every "
                "project: the forecast lets this project use all of them."
            ),
            4: self.tr("What the default payment method pays, excl. VAT."),
            5: self.tr("The VAT on what the payment method pays."),
            6: self.tr("What the default payment method pays, incl. VAT."),
            7: self.tr("Credit left in lots that expire this month: lost."),
            8: self.tr("What every source holds after this month's invoice."),
            9: self.tr("A purchase of the advisor's plan, made this month."),
        }
        return tips.get(section)

    def cell(self, row: MonthRow, column: int) -> str:
        return i18n.day(row.date) if column == 0 else _dash(self.amount(row, column))

    def amount(self, row: MonthRow, column: int) -> Decimal:
        values = [
            ZERO, row.total_ht, row.by_credit, row.by_accounts, row.payment_ht, row.payment_vat,
            row.payment_ttc, row.expired_total, row.balance, row.purchased,
        ]  # fmt: skip
        return values[column]

    def tooltip(self, number: int, column: int) -> str | None:
        row, month = self._rows[number], self._months[number]
        if column == 0 and row.date == self.run_out:
            return self.tr("The first invoice the payment method pays part of.")
        if column == 2 and row.by_credit > 0:
            lines = [
                f"{a.reference}: {i18n.money(a.amount)}"
                for a in month.invoice.allocations
                if a.lot_id is not None
            ]
            return self._listing(lines)
        if column == 3 and row.by_accounts > 0:
            return "\n".join(
                f"{source_name(s)}: {i18n.money(month.taken(s))}"
                for s in (Source.DIGITAL_LAUNCHPAD, Source.LOYALTY)
                if month.taken(s) > 0
            )
        if column == 4 and row.payment_ht > 0 and month.invoice.payment.label:
            return month.invoice.payment.label
        if column == self.LOST_COLUMN and row.expired:
            lines = [
                self.tr("%1, expires on %2: %3")
                .replace("%1", e.reference)
                .replace("%2", i18n.day(e.expires_on))
                .replace("%3", i18n.money(e.amount))
                for e in row.expired
            ]
            return self._listing(lines)
        if column == 8:
            return "\n".join(f"{band_name(s)}: {i18n.money(row.balances[s])}" for s in SOURCES)
        return None

    def _listing(self, lines: list[str]) -> str:
        if len(lines) > TOOLTIP_LOTS:
            more = len(lines) - TOOLTIP_LOTS
            lines = [*lines[:TOOLTIP_LOTS], self.tr("…and %1 more").replace("%1", str(more))]
        return "\n".join(lines)

    def extra(self, number: int, column: int, role: int) -> Any:
        row = self._rows[number]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(number, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.LOST_COLUMN and row.expired_total > 0:
                return QBrush(LOST)
            if column == self.PURCHASE_COLUMN and row.purchased > 0:
                return QBrush(PLAN)
            if column and self.amount(row, column) == 0:
                return QBrush(MUTED)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.date == self.run_out:
            return QBrush(LOST_BG)
        if role == Qt.ItemDataRole.FontRole and (
            row.date == self.run_out or (column == self.LOST_COLUMN and row.expired_total > 0)
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None


class PlanModel(ListTableModel):
    """The advisor's purchase plan: when to buy, how much (HT, TTC); the VAT and the date
    the credit expires in a tooltip (always 13 months after the purchase)."""

    MONEY_COLUMNS = frozenset({1, 2})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Purchase] = []
        self.vat_rate = Decimal("20.00")

    def headers(self) -> list[str]:
        return [
            self.tr("Buy on"),
            self.tr("Excl. VAT"),
            self.tr("Incl. VAT"),
        ]

    def set_plan(self, plan: Sequence[Purchase], vat_rate: Decimal) -> None:
        self.vat_rate = vat_rate
        self.set_rows(plan)

    def clear(self) -> None:
        self.set_plan([], self.vat_rate)

    def plan(self) -> list[Purchase]:
        return list(self._rows)

    def cell(self, purchase: Purchase, column: int) -> str:
        vat = vat_of(purchase.amount, self.vat_rate)
        values = [
            i18n.day(purchase.on),
            i18n.money(purchase.amount),
            i18n.money(purchase.amount + vat),
        ]
        return values[column]

    def extra(self, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            purchase = self._rows[number]
            vat = vat_of(purchase.amount, self.vat_rate)
            text = self.tr("VAT: %1. The credit is valid until %2.")
            text = text.replace("%1", i18n.money(vat))
            return text.replace("%2", i18n.long_day(credit_expires_on(purchase.on)))
        return None


# -- the chart -----------------------------------------------------------------------------------


class BalanceChart(QChartView):
    """Stacked steps of each source's balance after each month's invoice; red dots where lots
    expire unused (the biggest labelled with the amount lost), a dashed line at the month the
    credit runs out, green triangles at the advised purchases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self._new_chart()
        self._rows: list[MonthRow] = []
        self._before: list[Decimal] = []
        #: What the tests and the tooltips read: series by role.
        self.bands: dict[Source, QAreaSeries] = {}
        self.cliffs: QScatterSeries | None = None
        self.run_out_line: QLineSeries | None = None
        self.purchases: QScatterSeries | None = None
        self.x_axis: QDateTimeAxis | None = None

    def _new_chart(self) -> QChart:
        """A fresh chart each time: axes removed from a chart leave their labels drawn."""
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(0)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def clear(self) -> None:
        if self.chart().series() or self.chart().axes():
            self._new_chart()
        self._rows, self._before = [], []
        self.bands, self.cliffs, self.run_out_line, self.purchases = {}, None, None, None
        self.x_axis = None

    def show_forecast(
        self, rows: Sequence[MonthRow], starting: Decimal, run_out: date | None
    ) -> None:
        self.clear()
        if not rows:
            return
        chart = self.chart()
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale())
        self._rows = list(rows)
        self._before = [starting, *(r.balance for r in rows[:-1])]
        xs = [_msecs(r.date) for r in rows]
        x_axis = QDateTimeAxis()
        x_axis.setFormat("MMM yyyy")
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f")
        y_axis.setTitleText(self.tr("€ excl. VAT"))
        for axis in (x_axis, y_axis):
            axis.setGridLineColor(QColor("#E3E6EA"))
            axis.setLabelsColor(QColor("#5F6670"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

        floor = [0.0] * len(rows)
        lower: QLineSeries | None = None
        for source in SOURCES:
            if not any(r.balances[source] > 0 for r in rows):
                continue
            ceiling = [f + float(r.balances[source]) for f, r in zip(floor, rows, strict=True)]
            upper = self._steps(xs, ceiling)
            area = QAreaSeries(upper, lower) if lower is not None else QAreaSeries(upper)
            upper.setParent(area)  # the area does not own its lines; Python must not free them
            fill, edge = SOURCE_COLOURS[source]
            area.setName(band_name(source))
            area.setColor(QColor(fill))
            area.setBorderColor(QColor(edge))
            area.setPen(QPen(QColor(edge), 1.2))
            area.hovered.connect(self._hover_balance)
            chart.addSeries(area)
            area.attachAxis(x_axis)
            area.attachAxis(y_axis)
            self.bands[source] = area
            # the next band sits on this one: its floor is a copy (each area owns its lines)
            lower = self._steps(xs, ceiling)
            lower.setParent(area)
            floor = ceiling

        top = max([*(float(b) for b in self._before), *(float(r.balance) for r in rows), 1.0])
        cliffs = [(k, r.expired_total) for k, r in enumerate(rows) if r.expired_total > 0]
        if cliffs:
            scatter = QScatterSeries()
            scatter.setName(self.tr("Lost to expiry"))
            scatter.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
            scatter.setMarkerSize(10)
            scatter.setColor(LOST)
            scatter.setBorderColor(QColor("white"))
            scatter.setPointLabelsColor(LOST)
            bold = QFont()
            bold.setBold(True)
            scatter.setPointLabelsFont(bold)
            scatter.setPointLabelsClipping(False)
            ranked = sorted(cliffs, key=lambda c: c[1], reverse=True)
            biggest = {k for k, _ in ranked[:LABELLED_CLIFFS]}
            for i, (k, lost) in enumerate(cliffs):
                scatter.append(xs[k], float(self._before[k]))
                scatter.setPointConfiguration(
                    i,
                    {
                        QXYSeries.PointConfiguration.LabelFormat: "−" + i18n.money(lost),
                        QXYSeries.PointConfiguration.LabelVisibility: k in biggest,
                    },
                )
            scatter.setPointLabelsVisible(True)
            scatter.hovered.connect(self._hover_cliff)
            chart.addSeries(scatter)
            scatter.attachAxis(x_axis)
            scatter.attachAxis(y_axis)
            self.cliffs = scatter

        planned = [(k, r) for k, r in enumerate(rows) if r.purchased > 0]
        if planned:
            triangles = QScatterSeries()
            triangles.setName(self.tr("Advised purchase"))
            triangles.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
            triangles.setMarkerSize(12)
            triangles.setColor(PLAN)
            triangles.setBorderColor(QColor("white"))
            for k, r in planned:
                triangles.append(xs[k], float(r.balance))
            triangles.hovered.connect(self._hover_purchase)
            chart.addSeries(triangles)
            triangles.attachAxis(x_axis)
            triangles.attachAxis(y_axis)
            self.purchases = triangles

        y_axis.setRange(0, top * 1.08)
        y_axis.applyNiceNumbers()
        if run_out is not None:
            line = QLineSeries()
            line.setName(
                self.tr("Credit runs out (%1)").replace("%1", QLocale().toString(
                    i18n.to_qdate(run_out), "MMM yyyy"))
            )  # fmt: skip
            pen = QPen(RUN_OUT, 2, Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.append(_msecs(run_out), 0)
            line.append(_msecs(run_out), y_axis.max())
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
            self.run_out_line = line

        self.x_axis = x_axis
        self.place_ticks()

    def place_ticks(self) -> None:
        """Ticks a whole number of months apart (each on an invoice date), as many as the
        width has room for."""
        if self.x_axis is None or not self._rows:
            return
        n = len(self._rows)
        first = QDateTime(i18n.to_qdate(self._rows[0].date), QTime(12, 0))
        if n == 1:
            self.x_axis.setRange(first.addDays(-15), first.addDays(15))
            self.x_axis.setTickCount(3)
            return
        room = max(2, min(n, self.width() // 110 + 1, 13))
        step = -(-(n - 1) // (room - 1))
        ticks = -(-(n - 1) // step) + 1
        self.x_axis.setRange(first, first.addMonths(step * (ticks - 1)))
        self.x_axis.setTickCount(ticks)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_ticks()

    @staticmethod
    def _steps(xs: Sequence[float], values: Sequence[float]) -> QLineSeries:
        """A balance holds from one invoice to the next: steps, so that a purchase or an
        expiry shows as the jump it is."""
        series = QLineSeries()
        if len(xs) == 1:  # one month: a short flat band around it
            series.append(xs[0] - 5 * 86_400_000, values[0])
            series.append(xs[0] + 5 * 86_400_000, values[0])
            return series
        series.append(xs[0], values[0])
        for k in range(1, len(xs)):
            series.append(xs[k], values[k - 1])
            series.append(xs[k], values[k])
        return series

    def _nearest(self, point: QPointF) -> int:
        if not self._rows:
            return -1
        xs = [_msecs(r.date) for r in self._rows]
        # a step belongs to the month whose invoice starts it
        after = [k for k, x in enumerate(xs) if x <= point.x() + 1]
        return after[-1] if after else 0

    def balance_text(self, k: int) -> str:
        row = self._rows[k]
        lines = [
            self.tr("After the invoice of %1:").replace("%1", i18n.day(row.date)),
            *(f"{band_name(s)}: {i18n.money(row.balances[s])}" for s in SOURCES),
            self.tr("Total: %1").replace("%1", i18n.money(row.balance)),
        ]
        return "\n".join(lines)

    def cliff_text(self, k: int) -> str:
        row = self._rows[k]
        head = self.tr("Lost to expiry by %1: %2")
        head = head.replace("%1", i18n.day(row.date)).replace("%2", i18n.money(row.expired_total))
        lots = [f"{e.reference} ({i18n.day(e.expires_on)}): {i18n.money(e.amount)}"
                for e in row.expired[:TOOLTIP_LOTS]]  # fmt: skip
        if len(row.expired) > TOOLTIP_LOTS:
            more = str(len(row.expired) - TOOLTIP_LOTS)
            lots.append(self.tr("…and %1 more").replace("%1", more))
        return "\n".join([head, *lots])

    def _hover_balance(self, point: QPointF, state: bool) -> None:
        k = self._nearest(point)
        if state and k >= 0:
            QToolTip.showText(QCursor.pos(), self.balance_text(k), self)
        else:
            QToolTip.hideText()

    def _hover_cliff(self, point: QPointF, state: bool) -> None:
        k = self._nearest(point)
        if state and k >= 0:
            QToolTip.showText(QCursor.pos(), self.cliff_text(k), self)
        else:
            QToolTip.hideText()

    def _hover_purchase(self, point: QPointF, state: bool) -> None:
        k = self._nearest(point)
        if state and k >= 0:
            row = self._rows[k]
            text = self.tr("Advised purchase on %1: %2 excl. VAT")
            text = text.replace("%1", i18n.day(row.date)).replace("%2", i18n.money(row.purchased))
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()


# -- the panel ----------------------------------------------------------------------------------


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


class _Card(QFrame):
    """A caption over a figure, for the summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#forecastCard { background: #F7F8FA; border: 1px solid #D8DCE2;"
            " border-radius: 4px; }"
        )
        self.caption = QLabel()
        self.caption.setStyleSheet("color: #5F6670;")
        self.value = QLabel()
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5F6670;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.set_value("", "")

    def set_value(self, value: str, note: str = "", colour: QColor | None = None) -> None:
        style = "font-size: 14pt; font-weight: bold;"
        if colour is not None:
            style += f" color: {colour.name()};"
        self.value.setStyleSheet(style)
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))


class ForecastView(Retranslated, QWidget):
    """The forecast panel of a project: inputs on the left, results on the right."""

    #: (project id, amount excl. VAT): the main window opens its buy-credit dialog with it.
    purchase_requested = Signal(int, object)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.project_id: int | None = None
        self.project_name = ""
        self.result: ForecastResult | None = None
        self._stale = False
        self.lines_model = InvoiceLinesModel(self)
        self.lines_model.set_lines([])
        self.table_model = ForecastTableModel(self)
        self.plan_model = PlanModel(self)

        # -- head ------------------------------------------------------------------------------
        self.project_label = QLabel()
        self.project_value = QLabel()
        self.project_value.setStyleSheet("font-weight: bold;")
        self.export_csv_button = QPushButton()
        self.export_csv_button.clicked.connect(self.export_csv)
        self.export_pdf_button = QPushButton()
        self.export_pdf_button.clicked.connect(self.export_pdf)
        head = QHBoxLayout()
        head.addWidget(self.project_label)
        head.addWidget(self.project_value)
        head.addStretch(1)
        head.addWidget(self.export_csv_button)
        head.addWidget(self.export_pdf_button)

        # -- inputs ----------------------------------------------------------------------------
        self.inputs_box = QGroupBox()
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        setup_table(self.lines, stretch_last=False)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_line)
        self.history_label = QLabel()
        self.history_months = QSpinBox()
        self.history_months.setRange(1, forecast_service.MAX_HISTORY_MONTHS)
        self.history_months.setValue(DEFAULT_HISTORY_MONTHS)
        self.history_button = QPushButton()
        self.history_button.clicked.connect(self.fill_from_history)
        self.growth_label = QLabel()
        self.growth = QDoubleSpinBox()
        self.growth.setRange(-99.0, 100.0)
        self.growth.setDecimals(2)
        self.growth.setSingleStep(0.5)
        self.growth.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.growth_label.setBuddy(self.growth)
        self.months_label = QLabel()
        self.months = QSpinBox()
        self.months.setRange(1, MAX_MONTHS)
        self.months.setValue(DEFAULT_MONTHS)
        self.months.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.months_label.setBuddy(self.months)
        self.compute_button = QPushButton()
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        self.error = ErrorLabel()

        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_button)
        line_buttons.addWidget(self.remove_button)
        line_buttons.addStretch(1)
        history = QHBoxLayout()
        history.addWidget(self.history_label)
        history.addWidget(self.history_months)
        history.addWidget(self.history_button, 1)
        form = QFormLayout()
        form.addRow(self.growth_label, self.growth)
        form.addRow(self.months_label, self.months)
        ibox = QVBoxLayout(self.inputs_box)
        ibox.addWidget(self.lines, 1)
        ibox.addLayout(line_buttons)
        ibox.addLayout(history)
        ibox.addLayout(form)
        ibox.addWidget(self.compute_button)
        ibox.addWidget(self.error)

        # -- advice ----------------------------------------------------------------------------
        self.advice_box = QGroupBox()
        self.advice_text = QLabel()
        self.advice_text.setWordWrap(True)
        self.advice_text.setTextFormat(Qt.TextFormat.RichText)
        self.advice_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prepare_button = QPushButton()
        self.prepare_button.clicked.connect(self.prepare_purchase)
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan = QTableView()
        self.plan.setModel(self.plan_model)
        setup_table(self.plan, stretch_last=False)
        self.plan.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.plan_check = QLabel()
        self.plan_check.setWordWrap(True)
        self.plan_check.setStyleSheet("color: #5F6670;")
        self.with_plan = QCheckBox()
        self.with_plan.toggled.connect(self.show_result)
        abox = QVBoxLayout(self.advice_box)
        abox.addWidget(self.advice_text)
        abox.addWidget(self.prepare_button, 0, Qt.AlignmentFlag.AlignLeft)
        abox.addSpacing(6)
        abox.addWidget(self.plan_label)
        abox.addWidget(self.plan)
        abox.addWidget(self.plan_check)
        abox.addWidget(self.with_plan)

        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.inputs_box, 3)
        lbox.addWidget(self.advice_box, 2)

        # -- results ---------------------------------------------------------------------------
        self.lasts_card = _Card()
        self.lost_card = _Card()
        self.paid_card = _Card()
        cards = QHBoxLayout()
        for card in (self.lasts_card, self.lost_card, self.paid_card):
            cards.addWidget(card, 1)
        self.chart = BalanceChart()
        self.table = QTableView()
        self.table.setModel(self.table_model)
        setup_table(self.table, stretch_last=False)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #5F6670;")
        results_split = QSplitter(Qt.Orientation.Vertical)
        results_split.addWidget(self.chart)
        results_split.addWidget(self.table)
        results_split.setStretchFactor(0, 3)
        results_split.setStretchFactor(1, 2)
        results_split.setSizes([400, 260])
        self.results = QWidget()
        rbox = QVBoxLayout(self.results)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addLayout(cards)
        rbox.addWidget(results_split, 1)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.placeholder, 1)
        right_box.addWidget(self.results, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([370, 830])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 1)

        # Results follow the inputs they came from: any change clears them.
        for signal in (
            self.lines_model.dataChanged,
            self.lines_model.rowsInserted,
            self.lines_model.rowsRemoved,
            self.lines_model.modelReset,
        ):
            signal.connect(self.clear_result)
        self.growth.valueChanged.connect(self.clear_result)
        self.months.valueChanged.connect(self.clear_result)

        self.retranslate()
        self.clear_result()

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.project_label.setText(self.tr("Project:"))
        if self.project_id is None:
            self.project_value.setText(self.tr("(choose a project on the left)"))
        self.export_csv_button.setText(self.tr("Export CSV…"))
        self.export_pdf_button.setText(self.tr("Export PDF…"))
        self.inputs_box.setTitle(self.tr("Monthly spend per product (excl. VAT)"))
        self.add_button.setText(self.tr("Add line"))
        self.remove_button.setText(self.tr("Remove line"))
        self.history_label.setText(self.tr("Average of the last"))
        self.history_months.setSuffix(self.tr(" months"))
        self.history_button.setText(self.tr("Fill from history"))
        self.history_button.setToolTip(
            self.tr("The monthly average per product of the project's posted invoices over the "
                    "last complete calendar months.")
        )  # fmt: skip
        self.growth_label.setText(self.tr("&Growth per month:"))
        self.growth.setSuffix(" %")
        self.growth.setLocale(QLocale())
        self.growth.setToolTip(self.tr("Negative for a spend that shrinks."))
        self.months_label.setText(self.tr("&Months to forecast:"))
        self.months.setLocale(QLocale())
        self.compute_button.setText(self.tr("Compute forecast"))
        self.advice_box.setTitle(self.tr("Purchase advice"))
        self.prepare_button.setText(self.tr("Prepare this purchase order…"))
        self.with_plan.setText(self.tr("Show the forecast with these purchases"))
        self.lasts_card.caption.setText(self.tr("Credit lasts until"))
        self.lost_card.caption.setText(self.tr("Lost to expiry"))
        self.paid_card.caption.setText(self.tr("Paid by the payment method"))
        self.placeholder.setText(
            self.tr("Type a monthly spend per product, or fill it from the history, then "
                    "compute the forecast.")
        )  # fmt: skip
        self.lines_model.retranslate()
        self.table_model.retranslate()
        self.plan_model.retranslate()
        size_columns(self.lines, ["compute-instances", MONEY])
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.size_table()
        self.plan.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if self.result is not None:
            self.show_result()

    def size_table(self) -> None:
        """Each column as wide as its title or its widest figure (a forecast has at most 120
        rows: measuring them is cheap), so that the nine columns fit beside the inputs."""
        model, header = self.table_model, self.table.horizontalHeader()
        head, body = header.fontMetrics(), self.table.fontMetrics()
        rows = model.rows()
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            samples = [model.cell(row, column) for row in rows] or [i18n.money(Decimal("9999"))]
            if column == 0:
                samples.append(sample_text(DAY))
            widest = max(body.horizontalAdvance(text) for text in samples)
            self.table.setColumnWidth(column, max(head.horizontalAdvance(title), widest) + 16)

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
        """The "as of" date changed: a forecast starts today, so it is made again."""
        self.clear_result()

    def set_project(self, project_id: int | None) -> None:
        if project_id == self.project_id:
            self._update_project_name()
            return
        self.project_id = project_id
        self.lines_model.set_lines([])
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
                self.error.show_error(error)
                return
            self.project_value.setText(self.project_name)
        self.update_buttons()

    def refresh(self) -> None:
        """The ledger changed (an order paid, a voucher redeemed): the forecast is made again
        from the same inputs; while the panel is hidden, when it is shown next."""
        self._update_project_name()
        if self.result is None:
            self._stale = False
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        previous = self.result
        self._run(previous.spend, previous.growth, previous.months)

    # -- inputs --------------------------------------------------------------------------------
    def add_line(self) -> None:
        edit_new_line(self.lines, self.lines_model)

    def remove_line(self) -> None:
        remove_current_line(self.lines, self.lines_model)

    def set_spend(self, spend: dict[str, Decimal]) -> None:
        self.lines_model.set_lines(
            [(product, i18n.number(amount)) for product, amount in sorted(spend.items())]
        )

    def spend(self) -> dict[str, Decimal]:
        """The typed lines as a monthly spend; the same product twice is added up."""
        spend: dict[str, Decimal] = {}
        for line in self.lines_model.lines():
            product = normalise_product(line.product)
            spend[product] = spend.get(product, ZERO) + line.amount
        return spend

    def growth_rate(self) -> Decimal:
        return Decimal(f"{self.growth.value():.2f}")

    def fill_from_history(self) -> dict[str, Decimal] | None:
        if self.project_id is None:
            return None
        try:
            spend = forecast_service.spend_from_history(
                self.desk, self.project_id, self.history_months.value()
            )
        except CodedError as error:
            self.error.show_error(error)
            return None
        self.set_spend(spend)
        self.error.clear_error()
        return spend

    # -- computing -------------------------------------------------------------------------------
    def compute(self) -> Forecast | None:
        if self.project_id is None:
            return None
        try:
            spend = self.spend()
        except DomainError as error:
            self.clear_result()
            self.error.show_error(error)
            return None
        return self._run(spend, self.growth_rate(), self.months.value())

    def _run(self, spend: dict[str, Decimal], growth: Decimal, months: int) -> Forecast | None:
        assert self.project_id is not None
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            projection = forecast_service.forecast(
                self.desk, self.project_id, months, spend, growth=growth
            )
            advice = forecast_service.advice(
                self.desk, self.project_id, months, spend, growth=growth
            )
            vat_rate = self.desk.vat_rate()
        except CodedError as error:
            self.clear_result()
            self.error.show_error(error)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.result = ForecastResult(
            self.project_id, spend, growth, months, projection, advice, vat_rate
        )
        self.error.clear_error()
        self.show_result()
        return projection

    def shown(self) -> tuple[Forecast, tuple[Purchase, ...]] | None:
        """The forecast on screen (with the advised purchases or not) and its purchases."""
        if self.result is None:
            return None
        if self.with_plan.isChecked() and self.result.advice.plan:
            return self.result.advice.with_plan, self.result.advice.plan
        return self.result.forecast, ()

    def clear_result(self) -> None:
        self.result = None
        self._stale = False
        self.table_model.clear()
        self.plan_model.clear()
        self.chart.clear()
        self.advice_text.setText("")
        self.plan_label.setText("")
        self.plan_check.setText("")
        self.plan.hide()
        self.results.hide()
        self.placeholder.show()
        self.update_buttons()

    def update_buttons(self) -> None:
        has_project = self.project_id is not None
        for widget in (self.compute_button, self.history_button, self.add_button):
            widget.setEnabled(has_project)
        self.remove_button.setEnabled(has_project and self.lines_model.rowCount() > 0)
        done = self.result is not None
        self.export_csv_button.setEnabled(done)
        self.export_pdf_button.setEnabled(done)
        best = self.result.advice.max_purchase.amount if self.result else ZERO
        set_write_enabled(self.prepare_button, self.desk, done and best > 0)
        self.with_plan.setEnabled(done and bool(self.result and self.result.advice.plan))

    def show_result(self) -> None:
        shown = self.shown()
        if shown is None or self.result is None:
            return
        projection, planned = shown
        months = len(projection.months)
        self.placeholder.hide()
        self.results.show()
        self.table_model.set_forecast(projection, planned)
        self.table.setColumnHidden(ForecastTableModel.PURCHASE_COLUMN, not planned)
        self.size_table()
        starting = starting_balance(projection, planned)
        self.chart.show_forecast(self.table_model.rows(), starting, projection.run_out)

        if projection.run_out is not None:
            self.lasts_card.set_value(
                i18n.long_day(projection.run_out),
                self.tr("From that invoice on, the payment method pays part of each month."),
                LOST,
            )
        else:
            last = projection.months[-1].date
            self.lasts_card.set_value(
                self.tr("Beyond %1").replace("%1", i18n.long_day(last)),
                self.tr("The credit covers the %1 months forecast.").replace("%1", str(months)),
                GOOD,
            )
        lost = projection.lost
        if lost:
            note = (
                self.tr("1 lot expires with credit left.")
                if len(lost) == 1
                else self.tr("%1 lots expire with credit left.").replace("%1", str(len(lost)))
            )
            self.lost_card.set_value(i18n.money(projection.lost_total), note, LOST)
        else:
            self.lost_card.set_value(i18n.money(ZERO), self.tr("Nothing expires unused."), GOOD)
        ht = projection.payment_total
        vat = sum((m.invoice.payment.vat for m in projection.months), ZERO)
        self.paid_card.set_value(
            self.tr("%1 excl. VAT").replace("%1", i18n.money(ht)),
            self.tr("%1 incl. VAT over %2 months.")
            .replace("%1", i18n.money(ht + vat))
            .replace("%2", str(months)),
        )
        self.show_advice()
        self.update_buttons()

    def show_advice(self) -> None:
        if self.result is None:
            return
        advice, months = self.result.advice, self.result.months
        best = advice.max_purchase
        if best.amount > 0:
            vat = vat_of(best.amount, self.result.vat_rate)
            text = self.tr(
                "Largest purchase today that is never lost: <b>%1 excl. VAT</b> (%2 incl. VAT), "
                "valid until %3."
            )
            text = (
                html.escape(text, quote=False)
                .replace("&lt;b&gt;", "<b>")
                .replace("&lt;/b&gt;", "</b>")
                .replace("%1", _nobr(i18n.money(best.amount)))
                .replace("%2", _nobr(i18n.money(best.amount + vat)))
                .replace("%3", _nobr(i18n.long_day(credit_expires_on(best.on))))
            )
        else:
            text = html.escape(
                self.tr("Any purchase today would be partly lost: the credit already covers the "
                        "next 13 months.")
            )  # fmt: skip
        self.advice_text.setText(text)
        if advice.plan:
            self.plan_label.setText(
                self.tr("To cover the %1 months with nothing bought lost, buy:").replace(
                    "%1", str(months)
                )
            )
            self.plan_model.set_plan(advice.plan, self.result.vat_rate)
            rows = min(len(advice.plan), 4)
            height = self.plan.horizontalHeader().sizeHint().height() + rows * (
                self.plan.verticalHeader().defaultSectionSize()
            )
            self.plan.setFixedHeight(height + 2 * self.plan.frameWidth())
            self.plan.show()
            lost = forecast_export.lost_from_plan(advice)
            paid = i18n.money(advice.with_plan.payment_total)
            if lost > 0:
                check = self.tr(
                    "With this plan the payment method pays %1 excl. VAT, and %2 of the credit "
                    "bought is lost."
                ).replace("%2", i18n.money(lost))
            else:
                check = self.tr(
                    "With this plan the payment method pays %1 excl. VAT, and none of the credit "
                    "bought is lost."
                )
            self.plan_check.setText(check.replace("%1", paid))
        else:
            self.plan_label.setText(
                self.tr("No purchase is needed: the credit covers the %1 months.").replace(
                    "%1", str(months)
                )
            )
            self.plan_model.clear()
            self.plan.hide()
            self.plan_check.setText("")

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
        return str(Path.home() / f"forecast-{name}-{self.desk.today.isoformat()}.{suffix}")

    def export_csv(self) -> Path | None:
        shown = self.shown()
        if shown is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the forecast"),
            self._suggested("csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return None
        projection, planned = shown
        try:
            forecast_export.write_forecast_csv(projection, Path(path), planned)
        except CodedError as error:
            messages.show_error(self, error)
            return None
        return Path(path)

    def export_pdf(self) -> Path | None:
        shown = self.shown()
        if shown is None or self.result is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the forecast as PDF"),
            self._suggested("pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return None
        projection, planned = shown
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            return forecast_export.write_forecast_pdf(
                self.desk,
                self.result.project_id,
                projection,
                Path(path),
                spend=self.result.spend,
                growth=self.result.growth,
                advice=self.result.advice,
                planned=planned,
                language=i18n.language(),
            )
        except CodedError as error:
            messages.show_error(self, error)
            return None
        finally:
            QApplication.restoreOverrideCursor()
