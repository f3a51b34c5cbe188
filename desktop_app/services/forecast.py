"""Forecast and purchase advice for a project, from its lots and balances as of today."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TypedDict

from desktop_app.domain.advisor import Advice, advise
from desktop_app.domain.dates import add_months
from desktop_app.domain.errors import DomainError
from desktop_app.domain.forecast import Forecast, Purchase, run_forecast
from desktop_app.domain.model import Account, CreditLot
from desktop_app.domain.money import ZERO, round_cents
from desktop_app.services.desk import Desk
from desktop_app.storage.queries import LotQuery

MAX_HISTORY_MONTHS = 36


def spend_from_history(desk: Desk, project_ref: str | int, months: int) -> dict[str, Decimal]:
    """The monthly average per product of the project's consumption over the last N complete
    calendar months (today 2026-01-31, N=3: October, November, December 2025): what
    OVHcloud's bills say it consumed when they were imported (``ovh import``: the real
    account's truth), else its invoices posted here."""
    if not 1 <= months <= MAX_HISTORY_MONTHS:
        raise DomainError("forecast.history_months", months=months, maximum=MAX_HISTORY_MONTHS)
    project = desk.project(project_ref)
    this_month = desk.today.replace(day=1)
    start = add_months(this_month, -months)
    with desk.read() as tx:
        totals = tx.ovh.consumption_by_product(project.id, start, this_month)
        if not totals:
            totals = tx.invoices.spend_by_product(project.id, start, this_month)
    spend = {p: round_cents(total / months) for p, total in totals.items()}
    spend = {p: a for p, a in spend.items() if a > 0}
    if not spend:
        raise DomainError("forecast.no_history", project=project.name, months=months)
    return spend


class _Balances(TypedDict):
    """What the engine takes besides the lots, as the ledger holds it today."""

    digital_launchpad: Decimal
    loyalty: Decimal
    vat_rate: Decimal
    payment_label: str | None


def _inputs(desk: Desk, project_ref: str | int) -> tuple[int, list[CreditLot], _Balances]:
    with desk.read() as tx:
        project = desk.project(project_ref)
        method = tx.accounts.default_payment_method()
        balances = _Balances(
            digital_launchpad=tx.accounts.balance(Account.DIGITAL_LAUNCHPAD),
            loyalty=tx.accounts.balance(Account.LOYALTY),
            vat_rate=desk.vat_rate(),
            payment_label=method.label if method else None,
        )
        return project.id, tx.lots.page(LotQuery(project.id, desk.today, sort="id")), balances


def forecast(
    desk: Desk,
    project_ref: str | int,
    months: int,
    spend: Mapping[str, Decimal],
    *,
    growth: Decimal = ZERO,
    purchases: Sequence[Purchase] = (),
) -> Forecast:
    """Changes nothing: reads the lots and balances, runs the pure forecast from today."""
    project_id, lots, balances = _inputs(desk, project_ref)
    return run_forecast(
        project_id, desk.today, months, spend, lots, growth=growth, purchases=purchases, **balances
    )


def advice(
    desk: Desk,
    project_ref: str | int,
    months: int,
    spend: Mapping[str, Decimal],
    *,
    growth: Decimal = ZERO,
) -> Advice:
    project_id, lots, balances = _inputs(desk, project_ref)
    return advise(project_id, desk.today, months, spend, lots, growth=growth, **balances)
