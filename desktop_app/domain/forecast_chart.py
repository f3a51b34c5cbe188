"""The forecast chart, described once: what the window (Qt Charts) and the PDF report
(ReportLab) both draw.

Stacked steps of each source's balance after each month's invoice, vouchers at the bottom
(the order the waterfall uses the sources); a dot where lots expire unused, at the balance
just before that month's invoice, the biggest labelled with the amount lost; the month the
credit runs out; the advised purchases, at the balance after. Colours are role names
resolved through the one table below; labels are codes that each renderer words in its own
language. The y axis goes from 0 to at least ``top`` (each renderer rounds it up its own
way); month ``k`` is placed on the x axis by each renderer (by date on screen, evenly on
paper).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from desktop_app.domain.forecast import SOURCES, MonthRow
from desktop_app.domain.model import Source
from desktop_app.domain.money import ZERO

#: Expiry dots labelled with the amount lost (the others have a tooltip only).
LABELLED_CLIFFS = 6


class Colour(StrEnum):
    """A colour's role on the chart."""

    VOUCHER_FILL = "voucher_fill"
    VOUCHER_EDGE = "voucher_edge"
    CREDIT_FILL = "credit_fill"
    CREDIT_EDGE = "credit_edge"
    LAUNCHPAD_FILL = "launchpad_fill"
    LAUNCHPAD_EDGE = "launchpad_edge"
    LOYALTY_FILL = "loyalty_fill"
    LOYALTY_EDGE = "loyalty_edge"
    LOST = "lost"
    PURCHASE = "purchase"
    RUN_OUT = "run_out"
    MARKER_EDGE = "marker_edge"


#: The one table of the chart's colours (sRGB). A source's edge is also its hue on the
#: invoice split chart; its fill is that hue lighter, for an area.
HEX: dict[Colour, str] = {
    Colour.VOUCHER_FILL: "#A9D5AB",
    Colour.VOUCHER_EDGE: "#2E7D32",
    Colour.CREDIT_FILL: "#A3C2E8",
    Colour.CREDIT_EDGE: "#1F5FA8",
    Colour.LAUNCHPAD_FILL: "#CDB2DE",
    Colour.LAUNCHPAD_EDGE: "#7B3FA0",
    Colour.LOYALTY_FILL: "#F6CF8F",
    Colour.LOYALTY_EDGE: "#E08A00",
    Colour.LOST: "#B3261E",
    Colour.PURCHASE: "#1F3A5F",  # not green: vouchers are
    Colour.RUN_OUT: "#8E1B14",
    Colour.MARKER_EDGE: "#FFFFFF",
}

#: Fill and edge of each source's band.
SOURCE_COLOURS: dict[Source, tuple[Colour, Colour]] = {
    Source.VOUCHER: (Colour.VOUCHER_FILL, Colour.VOUCHER_EDGE),
    Source.CREDIT: (Colour.CREDIT_FILL, Colour.CREDIT_EDGE),
    Source.DIGITAL_LAUNCHPAD: (Colour.LAUNCHPAD_FILL, Colour.LAUNCHPAD_EDGE),
    Source.LOYALTY: (Colour.LOYALTY_FILL, Colour.LOYALTY_EDGE),
}


class Label(StrEnum):
    """What a series is called; each renderer words it."""

    VOUCHERS = "vouchers"
    PURCHASED_CREDIT = "purchased_credit"
    DIGITAL_LAUNCHPAD = "digital_launchpad"
    LOYALTY = "loyalty"
    LOST = "lost_to_expiry"
    RUN_OUT = "runs_out"
    PURCHASE = "advised_purchase"


BAND_LABELS: dict[Source, Label] = {
    Source.VOUCHER: Label.VOUCHERS,
    Source.CREDIT: Label.PURCHASED_CREDIT,
    Source.DIGITAL_LAUNCHPAD: Label.DIGITAL_LAUNCHPAD,
    Source.LOYALTY: Label.LOYALTY,
}


@dataclass(frozen=True, slots=True)
class Band:
    """One source's balance, stacked on the bands below it: month by month, from ``floor``
    to ``ceiling`` (the next band's floor)."""

    source: Source
    label: Label
    fill: Colour
    edge: Colour
    floor: tuple[Decimal, ...]
    ceiling: tuple[Decimal, ...]


@dataclass(frozen=True, slots=True)
class Cliff:
    """Lots expiring unused in month ``month``: a dot at the balance just before."""

    month: int
    at: Decimal
    lost: Decimal
    labelled: bool


@dataclass(frozen=True, slots=True)
class PurchaseMark:
    """An advised purchase made in month ``month``: a triangle at the balance after."""

    month: int
    at: Decimal
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Series:
    """A series as the legend lists it: its label and its colours (fill, edge)."""

    label: Label
    kind: str  # "band", "cliffs", "run_out" or "purchases"
    fill: Colour
    edge: Colour


@dataclass(frozen=True, slots=True)
class ForecastChart:
    dates: tuple[date, ...]
    #: What every source holds before the month's invoice (the first: today).
    before: tuple[Decimal, ...]
    bands: tuple[Band, ...]
    cliffs: tuple[Cliff, ...]
    purchases: tuple[PurchaseMark, ...]
    run_out: date | None
    #: The month the credit runs out in (None if it does not within the forecast).
    run_out_month: int | None
    #: The highest balance, before or after an invoice (at least 1): the y axis reaches it.
    top: Decimal

    def series(self) -> tuple[Series, ...]:
        """Every series, in the order both renderers add them and the legend lists them:
        the bands bottom up, then the expiry dots, the run-out line, the purchases."""
        found = [Series(b.label, "band", b.fill, b.edge) for b in self.bands]
        if self.cliffs:
            found.append(Series(Label.LOST, "cliffs", Colour.LOST, Colour.MARKER_EDGE))
        if self.run_out is not None:
            found.append(Series(Label.RUN_OUT, "run_out", Colour.RUN_OUT, Colour.RUN_OUT))
        if self.purchases:
            found.append(Series(Label.PURCHASE, "purchases", Colour.PURCHASE, Colour.MARKER_EDGE))
        return tuple(found)


def describe(rows: Sequence[MonthRow], starting: Decimal, run_out: date | None) -> ForecastChart:
    """The chart of a forecast's month rows; ``starting``: what every source holds today."""
    before = (starting, *(r.balance for r in rows[:-1])) if rows else ()
    bands = []
    floor = tuple(ZERO for _ in rows)
    for source in SOURCES:
        if not any(r.balances.get(source, ZERO) > 0 for r in rows):
            continue
        ceiling = tuple(f + r.balances.get(source, ZERO) for f, r in zip(floor, rows, strict=True))
        fill, edge = SOURCE_COLOURS[source]
        bands.append(Band(source, BAND_LABELS[source], fill, edge, floor, ceiling))
        floor = ceiling
    lost = [(k, r.expired_total) for k, r in enumerate(rows) if r.expired_total > 0]
    biggest = {k for k, _ in sorted(lost, key=lambda c: c[1], reverse=True)[:LABELLED_CLIFFS]}
    cliffs = tuple(Cliff(k, before[k], amount, k in biggest) for k, amount in lost)
    purchases = tuple(
        PurchaseMark(k, r.balance, r.purchased) for k, r in enumerate(rows) if r.purchased > 0
    )
    months = [k for k, r in enumerate(rows) if r.date == run_out]
    top = max([*before, *(r.balance for r in rows), Decimal(1)])
    return ForecastChart(
        dates=tuple(r.date for r in rows),
        before=tuple(before),
        bands=tuple(bands),
        cliffs=cliffs,
        purchases=purchases,
        run_out=run_out,
        run_out_month=months[0] if months else None,
        top=top,
    )


def steps(values: Sequence[Decimal]) -> list[tuple[int, Decimal]]:
    """(month, value) corners of a step line: a balance holds from one invoice to the next,
    so that a purchase or an expiry shows as the jump it is. (One month: one point; each
    renderer draws it as a short flat band.)"""
    corners = [(0, values[0])] if values else []
    for k in range(1, len(values)):
        corners += [(k, values[k - 1]), (k, values[k])]
    return corners


def nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5, 5 x 10^k) giving at most ``ticks`` intervals up to ``top``,
    for a renderer that draws its own y axis."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover - the loop always returns
