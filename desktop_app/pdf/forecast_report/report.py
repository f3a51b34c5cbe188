"""What the report shows, made by ``services.forecast_export``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop_app.domain.forecast import Expiry, MonthRow, Purchase
from desktop_app.domain.money import ZERO


@dataclass(frozen=True, slots=True)
class ReportAdvice:
    max_purchase: Purchase
    plan: tuple[Purchase, ...]
    payment_with_plan: Decimal
    lost_from_plan: Decimal


@dataclass(frozen=True, slots=True)
class ForecastReport:
    company: str
    project: str
    start: date
    months: tuple[MonthRow, ...]
    starting_balance: Decimal
    run_out: date | None
    lost: tuple[Expiry, ...]
    spend: tuple[tuple[str, Decimal], ...]
    growth: Decimal = ZERO
    vat_rate: Decimal = Decimal("20.00")
    payment_label: str = ""
    advice: ReportAdvice | None = None
    #: The figures include the advisor's plan.
    with_plan: bool = False
    lost_total: Decimal = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lost_total", sum((e.amount for e in self.lost), ZERO))
