"""The roll-forward as a waterfall: the opening bar, each step up (bought, redeemed,
returned) or down (used, expired) floating where the previous one ended, and the closing
bar. Colours come from the palette (highlight for the balances, link colours for what comes
in and what goes out), so the chart follows the system's theme, dark or light."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.domain.books.rollforward import Figures
from desktop_app.domain.money import ZERO
from desktop_app.ui import i18n

#: (column, sign): +1 adds to the balance, -1 takes from it; 0: a balance bar from zero.
STEPS = (
    ("opening", 0),
    ("bought", 1),
    ("redeemed", 1),
    ("returned", 1),
    ("used", -1),
    ("expired", -1),
    ("closing", 0),
)


def waterfall_bars(figures: Figures) -> list[tuple[str, Decimal, Decimal]]:
    """Each bar as (column, bottom, top) in euros: balances from zero, steps floating on
    the running balance (a negative return floats down)."""
    bars = []
    running = ZERO
    for name, sign in STEPS:
        value = getattr(figures, name)
        if sign == 0:
            bars.append((name, ZERO, value))
            running = value
        else:
            after = running + sign * value
            bars.append((name, min(running, after), max(running, after)))
            running = after
    return bars


class WaterfallChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: Figures | None = None
        self.labels: dict[str, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def show_figures(self, figures: Figures | None, labels: dict[str, str]) -> None:
        self.figures, self.labels = figures, labels
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.figures is None:
            return
        bars = waterfall_bars(self.figures)
        top = max((b[2] for b in bars), default=ZERO)
        bottom = min((b[1] for b in bars), default=ZERO)
        span = float(top - bottom) or 1.0
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        area = QRectF(self.rect()).adjusted(8, 22, -8, -28)
        width = area.width() / len(bars)
        signs = dict(STEPS)
        for n, (name, low, high) in enumerate(bars):
            role = (
                QPalette.ColorRole.Highlight
                if signs[name] == 0
                else QPalette.ColorRole.Link
                if signs[name] > 0
                else QPalette.ColorRole.LinkVisited
            )
            y_high = area.bottom() - (float(high - bottom) / span) * area.height()
            y_low = area.bottom() - (float(low - bottom) / span) * area.height()
            bar = QRectF(
                area.left() + n * width + width * 0.15,
                y_high,
                width * 0.7,
                max(y_low - y_high, 1.0),
            )
            painter.fillRect(bar, palette.color(role))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            amount = getattr(self.figures, name)
            text_box = QRectF(bar.left() - width * 0.15, bar.top() - 18, width, 16)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, i18n.money(amount))
            label_box = QRectF(area.left() + n * width, area.bottom() + 4, width, 20)
            painter.drawText(label_box, Qt.AlignmentFlag.AlignCenter, self.labels.get(name, name))
        painter.end()
