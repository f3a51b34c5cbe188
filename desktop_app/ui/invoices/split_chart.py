"""A small chart of an invoice's split: how much each source pays (amounts excl. VAT).

Qt Charts is loaded with the first chart drawn (it costs about 150 ms to import); until then
the panel shows a line of text in its place.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from desktop_app.domain.forecast_chart import HEX, SOURCE_COLOURS
from desktop_app.domain.model import Invoice, Source
from desktop_app.domain.money import ZERO
from desktop_app.ui import i18n
from desktop_app.ui.tables.names import source_name
from desktop_app.ui.widgets.tones import line, muted

PAYMENT = "payment"
# One colour per source, in the waterfall's order; the payment method last, in grey.
# Each source's hue is its band's edge on the forecast chart (one table, shared with the PDF).
COLORS: dict[str, str] = {
    source.value: HEX[edge].lower() for source, (_fill, edge) in SOURCE_COLOURS.items()
}


def colour_of(key: str) -> str:
    """A source's hue (the chart's table); the payment method in the palette's muted grey."""
    return COLORS.get(key) or muted().name()


ORDER = (Source.VOUCHER, Source.CREDIT, Source.DIGITAL_LAUNCHPAD, Source.LOYALTY)
WIDTH = 300
HEIGHT = 280


@dataclass(frozen=True)
class Share:
    key: str  # a Source value, or PAYMENT
    label: str
    amount: Decimal
    percent: Decimal


def split_of(invoice: Invoice) -> list[Share]:
    """Each source's total in the waterfall's order, then the payment method (excl. VAT);
    sources that pay nothing are left out. Percentages of the invoice's total excl. VAT."""
    total = invoice.total_ht
    amounts: list[tuple[str, str, Decimal]] = []
    for source in ORDER:
        paid = sum((a.amount for a in invoice.allocations if a.source is source), ZERO)
        amounts.append((source.value, source_name(source), paid))
    label = QCoreApplication.translate("SplitChart", "Payment method")
    amounts.append((PAYMENT, label, invoice.payment.amount_ht))
    return [
        Share(key, name, amount, (amount * 100 / total).quantize(Decimal("0.1")) if total else ZERO)
        for key, name, amount in amounts
        if amount > 0
    ]


class SplitChart(QWidget):
    """A donut over a legend (each source, its amount and share); a text until the first
    split. The legend is a plain table of text: Qt Charts' own legend cuts long names short in
    a narrow panel and cannot right-align amounts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("splitChart")
        self.setFixedWidth(WIDTH)
        self.setMaximumHeight(HEIGHT)
        self.shares: list[Share] = []
        self.view: Any = None  # QChartView, made with the first split
        self.series: Any = None
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet(
            f"color: {muted().name()}; border: 1px dashed {line().name()};"
        )
        self.legend = QLabel()
        self.legend.setObjectName("splitLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legend.hide()
        self.stack = QStackedLayout()
        self.stack.addWidget(self.placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.stack, 1)
        layout.addWidget(self.legend)
        self.retranslate()

    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("Simulate the invoice to see who pays how much."))
        if self.view is not None:
            self.view.chart().setTitle(self.tr("Split, excl. VAT"))

    def _make_view(self) -> None:
        from PySide6.QtCharts import QChart, QChartView, QPieSeries

        chart = QChart()
        chart.setTitle(self.tr("Split, excl. VAT"))
        title = QFont(self.font())
        title.setBold(True)
        chart.setTitleFont(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().hide()
        self.series = QPieSeries()
        self.series.setHoleSize(0.45)
        self.series.setPieSize(0.9)
        chart.addSeries(self.series)
        self.view = QChartView(chart)
        self.view.setObjectName("splitChartView")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(150)
        self.stack.addWidget(self.view)

    def set_invoice(self, invoice: Invoice | None) -> None:
        if invoice is None:
            self.shares = []
            self.stack.setCurrentWidget(self.placeholder)
            self.legend.hide()
            return
        self.shares = split_of(invoice)
        if self.view is None:
            self._make_view()
        self.series.clear()
        for share in self.shares:
            text = f"{share.label}: {i18n.money(share.amount)} ({i18n.share(share.percent)})"
            piece = self.series.append(text, float(share.amount))  # drawing only: never summed
            piece.setColor(QColor(colour_of(share.key)))
            piece.setBorderColor(self.palette().color(QPalette.ColorRole.Base))
            piece.setLabelVisible(False)
        self.stack.setCurrentWidget(self.view)
        self.view.setToolTip("\n".join(piece.label() for piece in self.series.slices()))
        rows = "".join(
            f'<tr><td style="color:{colour_of(share.key)}">■</td>'
            f'<td style="padding-right:8px">{escape(share.label)}</td>'
            f'<td align="right" style="padding-right:8px">{i18n.money_html(share.amount)}</td>'
            f'<td align="right">{escape(i18n.share(share.percent))}</td></tr>'
            for share in self.shares
        )
        self.legend.setText(f'<table cellspacing="0" cellpadding="1">{rows}</table>')
        self.legend.show()

    def labels(self) -> list[str]:
        """What the legend says, one line per source (for tests and screen readers)."""
        if self.series is None or self.stack.currentWidget() is not self.view:
            return []
        return [piece.label() for piece in self.series.slices()]
