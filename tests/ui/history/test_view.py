"""The history tab: filters, the export, the project list."""

from __future__ import annotations

import csv

from desktop_app.domain.model import (
    MovementKind,
)
from desktop_app.services import listing
from desktop_app.services.desk import Desk
from tests.helpers.jobs import finish
from tests.ui.conftest import TODAY


def test_history_filters_and_exports_with_progress(
    qtbot, demo_window, demo_desk, save_as, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    view = demo_window.history_view
    everything = view.model.total()
    view.kind.setCurrentIndex(view.kind.findData("EXPIRE"))
    assert 0 < view.model.total() < everything
    view.kind.setCurrentIndex(0)
    view.period.setChecked(True)
    view.date_from.setDate(view.date_to.date().addDays(-40))
    assert view.model.total() < everything
    view.newest_first.setChecked(False)
    view.model.fetch_all()
    dates = [m.date for m in view.model.rows()]
    assert dates == sorted(dates)
    target = tmp_path / "history.csv"
    save_as(target)
    assert finish(qtbot, view.export_csv()) == target
    assert target.read_text(encoding="utf-8").startswith("id,date,kind")


def test_history_export_applies_the_views_filters(
    qtbot, demo_window, demo_desk, save_as, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    view = demo_window.history_view
    view.kind.setCurrentIndex(view.kind.findData(MovementKind.EXPIRE.value))
    project = demo_desk.project("Staging & tests")
    view.project.setCurrentIndex(view.project.findData(project.id))
    shown = view.model.total()
    assert shown > 0
    target = tmp_path / "history.csv"
    save_as(target)
    assert finish(qtbot, view.export_csv()) == target
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == shown
    assert {row["kind"] for row in rows} == {"EXPIRE"}
    assert {row["project"] for row in rows} == {"Staging & tests"}
    everything = listing.count_movements(demo_desk)
    assert shown < everything


def test_history_of_a_project_no_longer_listed_shows_every_project(  # type: ignore[no-untyped-def]
    qtbot, demo_window, demo_desk, tmp_path
) -> None:
    """Another ledger opened: the project chosen is not in it; the list says "All projects"
    and the table shows what the list says (not the old project's id in the new ledger)."""
    view = demo_window.history_view
    project = demo_desk.project("Staging & tests")
    view.project.setCurrentIndex(view.project.findData(project.id))
    assert view.model.filter.project_id == project.id
    with Desk.open(tmp_path / "other.sqlite3", today=TODAY) as other:
        from desktop_app.services.projects import add_project

        add_project(other, "Only one")
    assert demo_window.open_ledger(tmp_path / "other.sqlite3")
    assert view.project.currentData() is None
    assert view.model.filter.project_id is None
    assert [view.project.itemText(i) for i in range(view.project.count())] == [
        "All projects",
        "Only one",
    ]
