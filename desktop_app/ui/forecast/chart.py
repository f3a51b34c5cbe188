"""The forecast chart: stacked steps of each source's balance, what expires, the run-out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
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
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QToolTip,
    QWidget,
)

from desktop_app.domain.forecast import (
    SOURCES,
    MonthRow,
)
from desktop_app.domain.model import Source
from desktop_app.ui import i18n
from desktop_app.ui.forecast.models import LOST, PLAN, TOOLTIP_LOTS, band_name

#: Cliffs labelled with their amount on the chart (the others have a tooltip only).
LABELLED_CLIFFS = 6


#: Fill and edge of each source's band: the hues of the invoice split chart, lighter for an
#: area; the PDF report uses the same.
SOURCE_COLOURS: dict[Source, tuple[str, str]] = {
    Source.VOUCHER: ("#A9D5AB", "#2E7D32"),
    Source.CREDIT: ("#A3C2E8", "#1F5FA8"),
    Source.DIGITAL_LAUNCHPAD: ("#CDB2DE", "#7B3FA0"),
    Source.LOYALTY: ("#F6CF8F", "#E08A00"),
}


RUN_OUT = QColor("#8E1B14")


def _msecs(day: date) -> float:
    return float(QDateTime(i18n.to_qdate(day), QTime(12, 0)).toMSecsSinceEpoch())


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
