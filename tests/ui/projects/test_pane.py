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


def test_archiving_a_project_with_a_pending_order_asks_first(
    qtbot, window, desk, message_mock
) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from desktop_app.services.orders import buy_credit
    from tests.helpers.files import dump

    project = window.current_project()
    buy_credit(desk, project.id, Decimal("100"))
    window.refresh()
    before = dump(desk.path)
    message_mock.answer(False)
    window.projects.archive_project()
    (asked,) = message_mock.questions()
    assert "Production web" in asked and "1 purchase order(s) still pending" in asked
    assert dump(desk.path) == before, "answered No: nothing archived"
    message_mock.answer(True)
    window.projects.archive_project()
    assert message_mock.questions()
    assert desk.project(project.id).archived


def test_archiving_without_pending_orders_asks_nothing(qtbot, window, desk, message_mock) -> None:  # type: ignore[no-untyped-def]
    project = window.current_project()
    window.projects.archive_project()
    assert message_mock.questions() == []
    assert desk.project(project.id).archived


def test_archived_projects_look_archived(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    """Muted (a palette tone) and italic, beside the words "(archived)"."""
    from PySide6.QtCore import Qt

    from desktop_app.services.projects import add_project, archive_project

    add_project(desk, "Old site")
    archive_project(desk, "Old site")
    window.projects.show_archived.setChecked(True)
    model = window.projects.model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    old = model.index(rows["Old site (archived)"], 0)
    live = model.index(rows["Production web"], 0)
    assert old.data(Qt.ItemDataRole.FontRole).italic()
    assert live.data(Qt.ItemDataRole.FontRole) is None
    assert old.data(Qt.ItemDataRole.ForegroundRole) is not None
