"""The books' accounts: ledger settings (``books.*``) with French defaults (PCG)."""

from __future__ import annotations

from desktop_app.domain.books.chart import Chart, chart_from_settings
from desktop_app.domain.books.defaults import BOOKS_SETTINGS
from desktop_app.services.desk import Desk, update_settings


def chart(desk: Desk) -> Chart:
    """The chart the ledger's settings describe (defaults for what is not set)."""
    return chart_from_settings(books_settings(desk))


def books_settings(desk: Desk) -> dict[str, str]:
    """Every ``books.*`` setting, its default where the ledger sets none."""
    settings = desk.settings()
    return {key: settings.get(key, default) for key, default in BOOKS_SETTINGS.items()}


def update_books_settings(desk: Desk, values: dict[str, str]) -> dict[str, str]:
    """Change account settings in one transaction: the chart they make together is checked
    first (a refusal names the setting), so a refusal writes none of them."""
    chart_from_settings({**books_settings(desk), **values})
    update_settings(desk, values)
    return books_settings(desk)
