"""The forecast chart on screen: Qt Charts series for the one description of the chart
(``domain.forecast_chart``) that the PDF report draws too.

The series, their order, their colours and what is labelled come from the description; the
screen adds its own frame (Qt's round y ticks, month ticks as many as the width has room
for), places the months by date and gives each series a tooltip."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

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
from PySide6.QtCore import QDateTime, QLocale, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.domain.forecast import SOURCES, MonthRow
from desktop_app.domain.forecast_chart import (
    HEX,
    Band,
    Colour,
    ForecastChart,
    Label,
    Series,
    describe,
    steps,
)
from desktop_app.domain.model import Source
from desktop_app.ui import i18n
from desktop_app.ui.forecast.models import TOOLTIP_LOTS, band_name
from desktop_app.ui.widgets.tones import line, muted

#: A single month is drawn as a flat band this wide each side of it.
ONE_MONTH_MS = 5 * 86_400_000


def ink(role: Colour) -> QColor:
    return QColor(HEX[role])


def _msecs(day: date) -> float:
    """The day's local noon, as QDateTimeAxis reads it (Python's local time, as Qt's: a
    QDateTime made per point cost 50 us, a fifth of showing a 120-month forecast)."""
    return datetime(day.year, day.month, day.day, 12).timestamp() * 1000  # noqa: DTZ001 - local, as the axis


class BalanceChart(QChartView):
    """Stacked steps of each source's balance after each month's invoice; red dots where lots
    expire unused (the biggest labelled with the amount lost), a dashed line at the month the
    credit runs out, triangles at the advised purchases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self._new_chart()
        self._rows: list[MonthRow] = []
        self._xs: list[float] = []
        #: What the tests and the tooltips read: series by role.
        self.bands: dict[Source, QAreaSeries] = {}
        self.cliffs: QScatterSeries | None = None
        self.run_out_line: QLineSeries | None = None
        self.purchases: QScatterSeries | None = None
        self.x_axis: QDateTimeAxis | None = None
        self.y_axis: QValueAxis | None = None

    def _new_chart(self) -> QChart:
        """A fresh chart each time: axes removed from a chart leave their labels drawn."""
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(0)
        # the window's own frame in the palette's colours (the series keep the chart's)
        chart.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        chart.legend().setLabelColor(self.palette().color(QPalette.ColorRole.Text))
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def clear(self) -> None:
        if self.chart().series() or self.chart().axes():
            self._new_chart()
        self._rows, self._xs = [], []
        self.bands, self.cliffs, self.run_out_line, self.purchases = {}, None, None, None
        self.x_axis = self.y_axis = None

    def show_forecast(
        self, rows: Sequence[MonthRow], starting: Decimal, run_out: date | None
    ) -> None:
        self.clear()
        if not rows:
            return
        described = describe(rows, starting, run_out)
        self._rows = list(rows)
        self._xs = [_msecs(day) for day in described.dates]
        self._add_axes()
        lower: QLineSeries | None = None
        for series in described.series():
            if series.kind == "band":
                lower = self._add_band(described.bands[len(self.bands)], lower)
            elif series.kind == "cliffs":
                self._add_cliffs(described, series)
            elif series.kind == "run_out":
                self._add_run_out(described, series)
            else:
                self._add_purchases(described, series)
        assert self.y_axis is not None
        self.y_axis.setRange(0, float(described.top) * 1.08)
        self.y_axis.applyNiceNumbers()
        if self.run_out_line is not None:  # it reaches the top of the rounded axis
            self.run_out_line.replace(1, self.run_out_line.at(1).x(), self.y_axis.max())
        self.place_ticks()

    def _add_axes(self) -> None:
        chart = self.chart()
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale())
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("MMM yyyy")
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.0f")
        self.y_axis.setTitleText(self.tr("€ excl. VAT"))
        for axis in (self.x_axis, self.y_axis):
            axis.setGridLineColor(line())
            axis.setLabelsColor(muted())
            axis.setTitleBrush(self.palette().color(QPalette.ColorRole.Text))
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)

    def _attach(self, series: QXYSeries | QAreaSeries) -> None:
        assert self.x_axis is not None and self.y_axis is not None
        self.chart().addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)

    def _label(self, label: Label, run_out: date | None = None) -> str:
        if label is Label.LOST:
            return self.tr("Lost to expiry")
        if label is Label.PURCHASE:
            return self.tr("Advised purchase")
        assert label is Label.RUN_OUT and run_out is not None
        month = QLocale().toString(i18n.to_qdate(run_out), "MMM yyyy")
        return self.tr("Credit runs out (%1)").replace("%1", month)

    def _add_band(self, band: Band, lower: QLineSeries | None) -> QLineSeries:
        """The band on the one below (the first on the axis); returns a copy of its top edge,
        the next band's floor (each area owns its lines)."""
        upper = self._steps(band.ceiling)
        area = QAreaSeries(upper, lower) if lower is not None else QAreaSeries(upper)
        upper.setParent(area)  # the area does not own its lines; Python must not free them
        area.setName(band_name(band.source))
        area.setColor(ink(band.fill))
        area.setBorderColor(ink(band.edge))
        area.setPen(QPen(ink(band.edge), 1.2))
        area.hovered.connect(self._hover_balance)
        self._attach(area)
        self.bands[band.source] = area
        floor = self._steps(band.ceiling)
        floor.setParent(area)
        return floor

    def _add_cliffs(self, described: ForecastChart, series: Series) -> None:
        scatter = QScatterSeries()
        scatter.setName(self._label(series.label))
        scatter.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        scatter.setMarkerSize(10)
        scatter.setColor(ink(series.fill))
        scatter.setBorderColor(ink(series.edge))
        scatter.setPointLabelsColor(ink(series.fill))
        bold = QFont()
        bold.setBold(True)
        scatter.setPointLabelsFont(bold)
        scatter.setPointLabelsClipping(False)
        for i, cliff in enumerate(described.cliffs):
            scatter.append(self._xs[cliff.month], float(cliff.at))
            scatter.setPointConfiguration(
                i,
                {
                    QXYSeries.PointConfiguration.LabelFormat: "−" + i18n.money(cliff.lost),
                    QXYSeries.PointConfiguration.LabelVisibility: cliff.labelled,
                },
            )
        scatter.setPointLabelsVisible(True)
        scatter.hovered.connect(self._hover_cliff)
        self._attach(scatter)
        self.cliffs = scatter

    def _add_run_out(self, described: ForecastChart, series: Series) -> None:
        """A dashed line at the run-out month, from 0 to the top (set once the axis is)."""
        assert described.run_out is not None
        line = QLineSeries()
        line.setName(self._label(series.label, described.run_out))
        line.setPen(QPen(ink(series.fill), 2, Qt.PenStyle.DashLine))
        line.append(_msecs(described.run_out), 0)
        line.append(_msecs(described.run_out), float(described.top))
        self._attach(line)
        self.run_out_line = line

    def _add_purchases(self, described: ForecastChart, series: Series) -> None:
        triangles = QScatterSeries()
        triangles.setName(self._label(series.label))
        triangles.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
        triangles.setMarkerSize(12)
        triangles.setColor(ink(series.fill))
        triangles.setBorderColor(ink(series.edge))
        for mark in described.purchases:
            triangles.append(self._xs[mark.month], float(mark.at))
        triangles.hovered.connect(self._hover_purchase)
        self._attach(triangles)
        self.purchases = triangles

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

    def _steps(self, values: Sequence[Decimal]) -> QLineSeries:
        """The description's steps, each month at its invoice's date."""
        series = QLineSeries()
        if len(values) == 1:  # one month: a short flat band around it
            series.append(self._xs[0] - ONE_MONTH_MS, float(values[0]))
            series.append(self._xs[0] + ONE_MONTH_MS, float(values[0]))
            return series
        for k, value in steps(values):
            series.append(self._xs[k], float(value))
        return series

    def _nearest(self, point: QPointF) -> int:
        if not self._xs:
            return -1
        # a step belongs to the month whose invoice starts it
        after = [k for k, x in enumerate(self._xs) if x <= point.x() + 1]
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
