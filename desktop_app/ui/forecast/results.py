"""What a forecast found: three figures (until when the credit lasts, what is lost to expiry,
what the payment method pays), the chart and the month-by-month table."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.forecast import Forecast, MonthRow, Purchase, starting_balance
from desktop_app.domain.money import ZERO
from desktop_app.ui import i18n
from desktop_app.ui.forecast.chart import BalanceChart
from desktop_app.ui.forecast.models import ForecastTableModel, good_colour, lost_colour
from desktop_app.ui.widgets.flow import FlowLayout
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.table_view import DAY, sample_text, setup_table
from desktop_app.ui.widgets.tones import line, muted, set_text_colour


def _longest(texts: list[str]) -> set[str]:
    """The texts that may be the widest: one character short of the longest at most (a
    figure's digits are all as wide; a separator is narrower than a digit). Measuring 1,200
    cells took a tenth of showing a forecast."""
    longest = max(len(text) for text in texts)
    return {text for text in texts if len(text) >= longest - 1}


class SummaryCard(QFrame):
    """A caption over a figure, for the summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(  # the palette's own: readable on a dark desktop too
            "QFrame#forecastCard { background: palette(alternate-base);"
            f" border: 1px solid {line().name()}; border-radius: 4px; }}"
        )
        self.caption = QLabel()
        self.caption.setWordWrap(True)  # three cards side by side on a 1024 px screen
        set_text_colour(self.caption, muted())
        self.value = QLabel()
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        set_text_colour(self.note, muted())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.set_value("", "")

    def sizeHint(self) -> QSize:
        """As wide as its figure on one line (within reason); as tall as its words need at
        that width (the row of cards wraps rather than squeezing them)."""
        metrics = QFontMetrics(self.value.font())
        width = min(max(metrics.horizontalAdvance(self.value.text()) + 28, 170), 300)
        return QSize(width, self.heightForWidth(width))

    def set_value(self, value: str, note: str = "", colour: QColor | None = None) -> None:
        font = self.value.font()
        font.setPointSizeF(14)
        font.setBold(True)
        self.value.setFont(font)
        set_text_colour(self.value, colour)
        self.value.setText(value)
        self.note.setText(note)
        # a narrow window may cut the card: its tooltip says it whole
        self.setToolTip("\n".join(t for t in (self.caption.text(), value, note) if t))
        self.note.setVisible(bool(note))


class ResultsPanel(Retranslated, QWidget):
    """A line of text until a forecast is computed; then the cards, the chart, the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_model = ForecastTableModel(self)
        self.lasts_card = SummaryCard()
        self.lost_card = SummaryCard()
        self.paid_card = SummaryCard()
        self.chart = BalanceChart()
        self.table = QTableView()
        self.table.setModel(self.table_model)
        setup_table(self.table, stretch_last=False, many=True)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        set_text_colour(self.placeholder, muted())
        cards = FlowLayout()  # side by side, or wrapped onto two lines on a narrow window
        cards.fill_rows = True
        for card in (self.lasts_card, self.lost_card, self.paid_card):
            cards.addWidget(card)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([400, 260])
        self.results = QWidget()
        box = QVBoxLayout(self.results)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(cards)
        box.addWidget(split, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.results, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.lasts_card.caption.setText(self.tr("Credit lasts until"))
        self.table.setAccessibleName(self.tr("Forecast, month by month"))
        self.lost_card.caption.setText(self.tr("Lost to expiry"))
        self.paid_card.caption.setText(self.tr("Paid by the payment method"))
        self.placeholder.setText(
            self.tr("Type a monthly spend per product, or fill it from the history, then "
                    "compute the forecast.")
        )  # fmt: skip
        self.table_model.retranslate()
        self.size_table()

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
            widest = max(body.horizontalAdvance(text) for text in _longest(samples))
            self.table.setColumnWidth(column, max(head.horizontalAdvance(title), widest) + 16)

    def clear(self) -> None:
        self.table_model.clear()
        self.chart.clear()
        self.results.hide()
        self.placeholder.show()

    def show_forecast(
        self,
        projection: Forecast,
        planned: tuple[Purchase, ...],
        rows: Sequence[MonthRow] | None = None,
    ) -> None:
        """``rows``: the table's months, if made already (by the forecast's worker). The
        first result is filled in while the panel is hidden, then shown: laid out once, not
        again at each card, series and axis added to a visible panel."""
        self.table_model.set_forecast(projection, planned, rows)
        self.table.setColumnHidden(ForecastTableModel.PURCHASE_COLUMN, not planned)
        self.size_table()
        starting = starting_balance(projection, planned)
        self.chart.show_forecast(self.table_model.rows(), starting, projection.run_out)
        self._show_summary(projection)
        self.placeholder.hide()
        self.results.show()

    def _show_summary(self, projection: Forecast) -> None:
        months = len(projection.months)
        if projection.run_out is not None:
            self.lasts_card.set_value(
                i18n.long_day(projection.run_out),
                self.tr("From that invoice on, the payment method pays part of each month."),
                lost_colour(),
            )
        else:
            last = projection.months[-1].date
            self.lasts_card.set_value(
                self.tr("Beyond %1").replace("%1", i18n.long_day(last)),
                self.tr("The credit covers the %1 months forecast.").replace("%1", str(months)),
                good_colour(),
            )
        lost = projection.lost
        if lost:
            note = (
                self.tr("1 lot expires with credit left.")
                if len(lost) == 1
                else self.tr("%1 lots expire with credit left.").replace("%1", str(len(lost)))
            )
            self.lost_card.set_value(i18n.money(projection.lost_total), note, lost_colour())
        else:
            self.lost_card.set_value(
                i18n.money(ZERO), self.tr("Nothing expires unused."), good_colour()
            )
        ht = projection.payment_total
        vat = sum((m.invoice.payment.vat for m in projection.months), ZERO)
        self.paid_card.set_value(
            self.tr("%1 excl. VAT").replace("%1", i18n.money(ht)),
            self.tr("%1 incl. VAT over %2 months.")
            .replace("%1", i18n.money(ht + vat))
            .replace("%2", str(months)),
        )
