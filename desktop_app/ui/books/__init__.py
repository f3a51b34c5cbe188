"""The books in the window (issue 10): the period report, its chart, credit notes, accounts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.services.desk import Desk

if TYPE_CHECKING:  # the tab is imported when first shown
    from desktop_app.ui.books.view import PeriodReportView


def period_report_view(desk: Desk, on_changed: Callable[[], None]) -> PeriodReportView:
    """The Period report tab, built when first shown; ``on_changed`` once it wrote."""
    from desktop_app.ui.books.view import PeriodReportView

    view = PeriodReportView(desk)
    view.changed.connect(on_changed)
    return view
