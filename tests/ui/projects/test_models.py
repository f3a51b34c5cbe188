"""The projects table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.projects.models import ProjectModel


def test_project_model(qtmodeltester, demo_desk) -> None:  # type: ignore[no-untyped-def]
    model = ProjectModel(demo_desk)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )
