"""A forecast's exports (CSV and PDF), from the same month rows the window's table shows
(``domain.forecast.month_rows``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.advisor import Advice
from desktop_app.domain.forecast import (
    PLANNED_ID_BASE,
    SOURCES,
    Forecast,
    MonthRow,
    Purchase,
    month_rows,
    starting_balance,
)
from desktop_app.domain.money import ZERO, fmt
from desktop_app.services.desk import Desk
from desktop_app.services.output import LedgerRef, write_bytes, write_csv

if TYPE_CHECKING:
    from desktop_app.pdf.forecast_report import ForecastReport


def lost_from_plan(advice: Advice) -> Decimal:
    """What the advisor's own purchases would lose to expiry (zero when the plan holds)."""
    return sum((e.amount for e in advice.with_plan.lost if e.lot_id >= PLANNED_ID_BASE), ZERO)


# -- CSV ------------------------------------------------------------------------------------

CSV_HEADER = [
    "month", "total_ht", "vouchers", "credit", "digital_launchpad", "loyalty",
    "payment_method_ht", "payment_method_vat", "payment_method_ttc", "expired",
    "expired_lots", "purchased", "balance_voucher", "balance_credit",
    "balance_digital_launchpad", "balance_loyalty", "balance_total",
]  # fmt: skip


def _csv_row(row: MonthRow) -> list[str]:
    lots = ";".join(f"{e.reference}={fmt(e.amount)}" for e in row.expired)
    return [
        row.date.isoformat(), fmt(row.total_ht), fmt(row.vouchers), fmt(row.credit),
        fmt(row.digital_launchpad), fmt(row.loyalty), fmt(row.payment_ht),
        fmt(row.payment_vat), fmt(row.payment_ttc), fmt(row.expired_total), lots,
        fmt(row.purchased), *(fmt(row.balances[s]) for s in SOURCES), fmt(row.balance),
    ]  # fmt: skip


def write_forecast_csv(
    forecast: Forecast,
    path: Path,
    planned: Sequence[Purchase] = (),
    *,
    ledger: LedgerRef = None,
) -> int:
    """One line a month, money as ``0.00`` (as every CSV of the app); returns the line count.

    Atomic, through ``output.write_csv`` (``ledger``: the desk or ledger file the CSV must
    never replace); refusals are ``output.*`` and ``export.cannot_write``."""
    rows = [_csv_row(row) for row in month_rows(forecast, planned)]
    return write_csv(Path(path), CSV_HEADER, rows, len(rows), ledger=ledger)


# -- PDF ------------------------------------------------------------------------------------


def forecast_report(
    forecast: Forecast,
    *,
    company: str,
    project: str,
    spend: Mapping[str, Decimal],
    growth: Decimal = ZERO,
    advice: Advice | None = None,
    planned: Sequence[Purchase] = (),
    vat_rate: Decimal = Decimal("20.00"),
) -> ForecastReport:
    """What the PDF shows, from a forecast (pure: the ledger is not read)."""
    from desktop_app.pdf.forecast_report import ForecastReport, ReportAdvice

    report_advice = None
    if advice is not None:
        report_advice = ReportAdvice(
            max_purchase=advice.max_purchase,
            plan=advice.plan,
            payment_with_plan=advice.with_plan.payment_total,
            lost_from_plan=lost_from_plan(advice),
        )
    label = next((m.invoice.payment.label for m in forecast.months if m.invoice.payment.label), "")
    return ForecastReport(
        company=company,
        project=project,
        start=forecast.start,
        months=tuple(month_rows(forecast, planned)),
        starting_balance=starting_balance(forecast, planned),
        run_out=forecast.run_out,
        lost=forecast.lost,
        spend=tuple(sorted(spend.items())),
        growth=growth,
        vat_rate=vat_rate,
        payment_label=label or "",
        advice=report_advice,
        with_plan=bool(planned),
    )


def write_forecast_pdf(
    desk: Desk,
    project_ref: str | int,
    forecast: Forecast,
    path: Path,
    *,
    spend: Mapping[str, Decimal],
    growth: Decimal = ZERO,
    advice: Advice | None = None,
    planned: Sequence[Purchase] = (),
    language: str | None = None,
) -> Path:
    """The forecast as a PDF report (summary, chart, advice, month table); atomic.

    ``planned``: the purchases ``forecast`` was run with, when it shows the advisor's plan.
    ``language`` defaults to the ledger's document language. Written by
    ``output.write_atomically``; refusals: ``output.*`` and ``pdf.cannot_write``.
    """
    from desktop_app.pdf.forecast_report import render_forecast_report  # heavy: load on demand

    report = forecast_report(
        forecast,
        company=desk.party("buyer").name,
        project=desk.project(project_ref).name,
        spend=spend,
        growth=growth,
        advice=advice,
        planned=planned,
        vat_rate=desk.vat_rate(),
    )
    document = render_forecast_report(report, language or desk.language())
    write_bytes(desk, path, document, refusal="pdf.cannot_write")
    return Path(path)
