"""Forecast figures (issue 5): a 36-month forecast and the purchase advisor on the project
with 5,000 active lots; baseline: reading those lots from the ledger (what any forecast costs)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from bench.build_ledger import BIG_PROJECT, TODAY
from bench.measure import time_calls
from desktop_app.services import forecast, listing
from desktop_app.services.desk import Desk

if TYPE_CHECKING:
    from bench.run import Context

#: A month of the big project: more than a few lots, so the forecast walks thousands of them.
SPEND = {"compute": Decimal("40000.00"), "storage": Decimal("12000.00"), "ai": Decimal("9000.00")}
MONTHS = 36
LONG_MONTHS = 120


def bench_forecast(ctx: Context) -> None:
    with Desk.open(ctx.ledger, TODAY) as desk:
        lots = len(listing.list_credits(desk, BIG_PROJECT))
        floor = time_calls(lambda: listing.list_credits(desk, BIG_PROJECT, sort="id"), 10)
        result = forecast.forecast(desk, BIG_PROJECT, MONTHS, SPEND)
        timing = time_calls(lambda: forecast.forecast(desk, BIG_PROJECT, MONTHS, SPEND), 10)
        ctx.report.timing(
            "forecast.36_months",
            timing,
            limit_ms=200,
            baseline=floor,
            baseline_is="reading the project's open lots (services.listing.list_credits)",
            lots=lots,
            run_out=result.run_out.isoformat() if result.run_out else None,
            lost=str(result.lost_total),
        )
        advice = forecast.advice(desk, BIG_PROJECT, MONTHS, SPEND)
        timing = time_calls(lambda: forecast.advice(desk, BIG_PROJECT, MONTHS, SPEND), 5)
        ctx.report.timing(
            "forecast.advisor_36_months",
            timing,
            limit_ms=1000,
            baseline=floor,
            baseline_is="reading the project's open lots (services.listing.list_credits)",
            max_purchase=str(advice.max_purchase.amount),
            plan=len(advice.plan),
        )
        advice = forecast.advice(desk, BIG_PROJECT, LONG_MONTHS, SPEND)
        timing = time_calls(lambda: forecast.advice(desk, BIG_PROJECT, LONG_MONTHS, SPEND), 5)
        ctx.report.timing(
            "forecast.advisor_120_months",
            timing,
            limit_ms=300,
            baseline=floor,
            baseline_is="reading the project's open lots (services.listing.list_credits)",
            note="the longest horizon; the forecast is run again from each purchase's month "
            "(domain/forecast_engine.ForecastRun.with_purchase), not from the start",
            max_purchase=str(advice.max_purchase.amount),
            plan=len(advice.plan),
        )
