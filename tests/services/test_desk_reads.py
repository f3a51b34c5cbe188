"""What the window reads from a Desk without reaching the storage behind it: the ledger's
file, whether another program wrote, and the credits table's filter as a services value."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.services import listing, orders, projects
from desktop_app.services.desk import Desk

from .conftest import TODAY


@pytest.mark.sqlite_only  # SQLite's file, its raw SQL or its own backups
def test_the_desk_tells_its_file_read_only(desk: Desk, tmp_path: Path) -> None:
    assert desk.path == tmp_path / "ledger.sqlite3"
    with pytest.raises(AttributeError):
        desk.path = tmp_path / "other.sqlite3"  # type: ignore[misc]


def test_data_version_moves_when_another_program_writes(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    seen = desk.data_version()
    projects.add_project(desk, "Own write")  # this connection's own commits do not count
    assert desk.data_version() == seen
    with Desk.open(desk.shown, TODAY) as other:
        projects.add_project(other, "Written elsewhere")
    assert desk.data_version() != seen


def _three_lots(desk: Desk) -> int:
    project = projects.add_project(desk, "Web")
    for amount in ("100", "300", "200"):
        order = orders.buy_credit(desk, "Web", amount)
        orders.pay_order(desk, order.number, TODAY)
    return project.id


def test_the_credits_filter_is_a_services_value_that_pages_and_sorts(desk: Desk) -> None:
    project_id = _three_lots(desk)
    wanted = listing.lot_query(desk, project_id, sort="total")
    assert type(wanted).__module__ == "desktop_app.services.listing"
    assert listing.count_credits(desk, wanted) == 3
    totals = [lot.total for lot in listing.credits_page(desk, wanted, 2, 0)]
    assert totals == [Decimal("100.00"), Decimal("200.00")]
    backwards = dataclasses.replace(wanted, descending=True)
    assert [lot.total for lot in listing.credits_page(desk, backwards, 1, 0)] == [Decimal("300.00")]
    searched = dataclasses.replace(wanted, search="PO-2026-00002")
    assert [lot.reference for lot in listing.credits_page(desk, searched, 10, 0)] == [
        "PO-2026-00002"
    ]
