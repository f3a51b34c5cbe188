"""The periods the report offers: the month, quarter or year around a day, or any span."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from desktop_app.domain.dates import add_months


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


def period_around(kind: PeriodKind, day: date, end: date | None = None) -> tuple[date, date]:
    """The month, quarter or year holding ``day`` (both ends included); ``custom``: from
    ``day`` to ``end``."""
    if kind is PeriodKind.CUSTOM:
        return day, end or day
    months = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}[kind]
    first_month = 1 if kind is PeriodKind.YEAR else (day.month - 1) // months * months + 1
    start = date(day.year, first_month, 1)
    return start, add_months(start, months) - timedelta(days=1)
