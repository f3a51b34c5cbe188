"""The projects pane: add, rename, archive, show the archived."""

from __future__ import annotations


def test_projects_add_rename_archive(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    dialog = window.projects.add_project()
    dialog.name.setText("Data lake")
    dialog.save()
    assert window.current_project().name == "Data lake"
    dialog = window.projects.rename_project()
    dialog.name.setText("Production web")
    dialog.save()
    assert "already exists" in dialog.error.text()
    dialog.name.setText("Lake")
    dialog.save()
    assert window.current_project().name == "Lake"
    window.projects.archive_project()
    assert window.projects.model.rowCount() == 1
    window.projects.show_archived.setChecked(True)
    assert window.projects.model.rowCount() == 2
