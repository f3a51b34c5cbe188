"""The window on a later "as of" day (rule 18): the credits table shows what will have expired
by then with nothing available, sorted by what it shows, and agrees with the project list."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from desktop_app.domain.model import LotStatus
from desktop_app.ui.credits.models import LotModel
from desktop_app.ui.projects.models import ProjectModel
from tests.helpers.ledger import peek
from tests.ui.conftest import TODAY


def test_the_credits_table_as_of_a_later_day(demo_desk) -> None:  # type: ignore[no-untyped-def]
    # A view: lots expire by then, unrecorded.
    demo_desk = demo_desk.with_today(TODAY + timedelta(days=90))
    day = demo_desk.today
    assert peek(demo_desk).lots.has_unrecorded_expiries(day)
    projects = ProjectModel(demo_desk)
    projects.reload()
    lots = LotModel(demo_desk)
    lots.all_projects = True
    lots.set_filter(include_all=True)
    for column, key in ((6, "available"), (5, "expired")):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            lots.sort(column, order)
            shown = [getattr(lot, key) for lot in lots.rows()]
            assert shown == sorted(shown, reverse=order == Qt.SortOrder.DescendingOrder)
    gone = [lot for lot in lots.rows() if lot.expires_on <= day and lot.total > lot.used]
    assert gone, "the demo has credit expiring within 90 days"
    for lot in gone:
        row = lots.row_of_lot(lot.id)
        assert lots.index(row, 6).data() == lots.cell(lot, 6)
        assert lot.available == 0 and lot.status(day) is LotStatus.EXPIRED
        assert lots.index(row, 9).data() == "Expired"
    by_project: dict[int, Decimal] = {}
    for lot in lots.rows():
        if lot.valid_from <= day:
            by_project[lot.project_id] = by_project.get(lot.project_id, Decimal(0)) + lot.available
    for row in range(projects.rowCount()):
        project, total = projects.row_object(row)
        assert total == by_project.get(project.id, Decimal(0))
