"""The projects table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services import projects
from desktop_app.ui.projects.models import ProjectModel
from desktop_app.ui.tables.directory import ProjectDirectory


def test_project_model(qtmodeltester, demo_desk) -> None:  # type: ignore[no-untyped-def]
    model = ProjectModel(demo_desk)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )


def test_a_shared_directory_is_read_by_its_owner_not_by_the_lists_count(qtbot, demo_desk) -> None:  # type: ignore[no-untyped-def]
    """Reading the list (a reload, a sort) leaves the shared directory as its owner last
    read it: the names the other tables show change only when the owner reloads it."""
    directory = ProjectDirectory()
    directory.reload(demo_desk)
    model = ProjectModel(demo_desk, directory=directory)
    model.reload()
    added = projects.add_project(demo_desk, "Written elsewhere")
    model.reload()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert added.id not in directory.names
    assert model.row_of(added.id) == -1  # the list is the directory's: one reading for both
    directory.reload(demo_desk)
    model.reload()
    assert directory.names[added.id] == "Written elsewhere"
    assert model.row_of(added.id) >= 0


def test_a_list_without_a_shared_directory_reads_its_own(qtbot, demo_desk) -> None:  # type: ignore[no-untyped-def]
    model = ProjectModel(demo_desk)
    model.reload()
    added = projects.add_project(demo_desk, "Written elsewhere")
    model.reload()
    assert model.row_of(added.id) >= 0 and model.directory.names[added.id] == "Written elsewhere"
