"""The forecast chart on paper: ReportLab shapes for the one description of the chart
(``domain.forecast_chart``) that the window draws too.

The series, their order, their colours and what is labelled come from the description; the
paper adds its own frame (a grid and axes in the document's rule and muted colours, round
whole-euro ticks, a month label every few months) and places the months evenly."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.domain.forecast_chart import (
    HEX,
    Colour,
    ForecastChart,
    Label,
    Series,
    nice_step,
    steps,
)
from desktop_app.pdf.layout import FRAME_WIDTH, INK, MUTED, RULE

HEIGHT = float(70 * mm)
LEFT, RIGHT, BOTTOM, TOP = 50.0, 10.0, 40.0, 14.0
#: A single month is drawn as a flat band this wide each side of it (points).
ONE_MONTH = 6.0


def ink(role: Colour) -> colors.Color:
    return colors.HexColor(HEX[role])


@dataclass(frozen=True, slots=True)
class ChartText:
    """The words and formats of the report's language, and its fonts."""

    labels: Mapping[Label, str]
    month: Callable[[date], str]
    whole_euros: Callable[[Decimal], str]
    money: Callable[[Decimal], str]
    regular: str
    bold: str


@dataclass(frozen=True, slots=True)
class _Frame:
    """Where the plot is on the drawing, and how values and months map to points."""

    months: int
    y_max: float

    @property
    def width(self) -> float:
        return FRAME_WIDTH - LEFT - RIGHT

    @property
    def height(self) -> float:
        return HEIGHT - BOTTOM - TOP

    def x(self, k: float) -> float:
        n = self.months
        return LEFT + (self.width * k / (n - 1) if n > 1 else self.width / 2)

    def y(self, value: float | Decimal) -> float:
        return BOTTOM + self.height * float(value) / self.y_max

    def anchor(self, k: int) -> str:
        """Labels near the right edge run leftwards."""
        return "end" if k > self.months * 0.8 else "start"


def draw_chart(chart: ForecastChart, text: ChartText) -> Drawing:
    """Stacked bands of each source's balance; red dots where lots expire unused (with the
    amount lost), a dashed line at the run-out month, triangles at planned purchases."""
    # The renderer starts from the drawing's initial font, Helvetica unless told otherwise.
    drawing = Drawing(FRAME_WIDTH, HEIGHT, initialFontName=text.regular, initialFontSize=7)
    highest = float(chart.top)
    step = nice_step(highest)
    frame = _Frame(len(chart.dates), step * -(-highest // step))
    _grid(drawing, frame, step, text)
    for band in chart.bands:
        _band(drawing, frame, band.floor, band.ceiling, band.fill, band.edge)
    _axes(drawing, frame, chart, text)
    if chart.run_out_month is not None:
        _run_out(drawing, frame, chart.run_out_month, text)
    for mark in chart.purchases:
        x, y = frame.x(mark.month), frame.y(mark.at)
        drawing.add(
            Polygon([x - 3.5, y - 3, x + 3.5, y - 3, x, y + 3.5], fillColor=ink(Colour.PURCHASE),
                    strokeColor=ink(Colour.MARKER_EDGE), strokeWidth=0.5)
        )  # fmt: skip
    _cliffs(drawing, frame, chart, text)
    _legend(drawing, chart.series(), text)
    return drawing


def _grid(drawing: Drawing, frame: _Frame, step: float, text: ChartText) -> None:
    tick = 0.0
    while tick <= frame.y_max + step / 2:
        y = frame.y(tick)
        drawing.add(Line(LEFT, y, LEFT + frame.width, y, strokeColor=RULE, strokeWidth=0.4))
        label = text.whole_euros(Decimal(int(tick)))
        drawing.add(
            String(LEFT - 4, y - 2.5, label, fontName=text.regular, fontSize=6.5,
                   fillColor=MUTED, textAnchor="end")
        )  # fmt: skip
        tick += step


def _band(
    drawing: Drawing,
    frame: _Frame,
    floor: tuple[Decimal, ...],
    ceiling: tuple[Decimal, ...],
    fill: Colour,
    edge: Colour,
) -> None:
    """One source's band, as steps: a balance holds from one invoice to the next."""
    if frame.months == 1:
        x = frame.x(0)
        upper = [(x - ONE_MONTH, ceiling[0]), (x + ONE_MONTH, ceiling[0])]
        lower = [(x - ONE_MONTH, floor[0]), (x + ONE_MONTH, floor[0])]
    else:
        upper = [(frame.x(k), value) for k, value in steps(ceiling)]
        lower = [(frame.x(k), value) for k, value in steps(floor)]
    points: list[float] = []
    for x, value in [*upper, *reversed(lower)]:
        points += [x, frame.y(value)]
    drawing.add(
        Polygon(points, fillColor=ink(fill), strokeColor=ink(edge), strokeWidth=0.6,
                strokeLineJoin=1)
    )  # fmt: skip


def _axes(drawing: Drawing, frame: _Frame, chart: ForecastChart, text: ChartText) -> None:
    bottom, right = BOTTOM, LEFT + frame.width
    drawing.add(Line(LEFT, bottom, right, bottom, strokeColor=MUTED, strokeWidth=0.6))
    drawing.add(Line(LEFT, bottom, LEFT, bottom + frame.height, strokeColor=MUTED, strokeWidth=0.6))
    n = frame.months
    every = max(1, -(-n // 12))
    for k in range(0, n, every):
        x = frame.x(k)
        drawing.add(Line(x, bottom, x, bottom - 2.5, strokeColor=MUTED, strokeWidth=0.5))
        drawing.add(
            String(x, bottom - 10, text.month(chart.dates[k]), fontName=text.regular,
                   fontSize=6.5, fillColor=MUTED, textAnchor="middle")
        )  # fmt: skip


def _run_out(drawing: Drawing, frame: _Frame, k: int, text: ChartText) -> None:
    x, top = frame.x(k), BOTTOM + frame.height
    colour = ink(Colour.RUN_OUT)
    drawing.add(Line(x, BOTTOM, x, top, strokeColor=colour, strokeWidth=1, strokeDashArray=[3, 2]))
    anchor = frame.anchor(k)
    drawing.add(
        String(x + (-3 if anchor == "end" else 3), top - 7, text.labels[Label.RUN_OUT],
               fontName=text.bold, fontSize=7, fillColor=colour, textAnchor=anchor)
    )  # fmt: skip


def _cliffs(drawing: Drawing, frame: _Frame, chart: ForecastChart, text: ChartText) -> None:
    """A dot at the balance just before each expiry, the biggest labelled."""
    colour = ink(Colour.LOST)
    for cliff in chart.cliffs:
        x, y = frame.x(cliff.month), frame.y(cliff.at)
        drawing.add(
            Circle(x, y, 2.8, fillColor=colour, strokeColor=ink(Colour.MARKER_EDGE),
                   strokeWidth=0.6)
        )  # fmt: skip
        if cliff.labelled:
            anchor = frame.anchor(cliff.month)
            drawing.add(
                String(x + (-4 if anchor == "end" else 4), y + 3, "−" + text.money(cliff.lost),
                       fontName=text.bold, fontSize=6.5, fillColor=colour, textAnchor=anchor)
            )  # fmt: skip


def _legend(drawing: Drawing, series: tuple[Series, ...], text: ChartText) -> None:
    x, y = LEFT, 8.0
    for item in series:
        fill = ink(item.fill)
        if item.kind == "cliffs":
            drawing.add(Circle(x + 4, y + 2.5, 2.8, fillColor=fill, strokeColor=fill))
        elif item.kind == "run_out":
            drawing.add(
                Line(x + 4, y - 1.5, x + 4, y + 7, strokeColor=fill, strokeWidth=1,
                     strokeDashArray=[2, 1.5])
            )  # fmt: skip
        elif item.kind == "purchases":
            drawing.add(Polygon([x + 0.5, y - 0.5, x + 7.5, y - 0.5, x + 4, y + 6],
                                fillColor=fill, strokeColor=fill))  # fmt: skip
        else:
            drawing.add(
                Rect(x, y - 1, 8, 7, fillColor=fill, strokeColor=ink(item.edge), strokeWidth=0.6)
            )
        label = text.labels[item.label]
        drawing.add(String(x + 11, y, label, fontName=text.regular, fontSize=7, fillColor=INK))
        x += 11 + float(stringWidth(label, text.regular, 7)) + 14
