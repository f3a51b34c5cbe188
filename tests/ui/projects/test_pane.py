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


def test_home_and_end_choose_the_first_and_the_last_project(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """In the projects list Home chooses the first project and End the last (a table's
    Home and End only move along the row, which a list that selects rows does not show:
    the tryout pressed them and nothing happened); the window follows the project chosen."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    pane = demo_window.projects
    table = pane.table
    model = pane.model
    last = model.rowCount() - 1
    assert last >= 2
    table.setFocus()
    pane.select_project(model.project_at(1).id)
    QTest.keyClick(table, Qt.Key.Key_End)
    assert table.currentIndex().row() == last
    assert pane.current_project() == model.project_at(last)
    assert demo_window.current_project() == model.project_at(last)  # the window follows
    QTest.keyClick(table, Qt.Key.Key_Home)
    assert table.currentIndex().row() == 0
    assert pane.current_project() == model.project_at(0)
    QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert pane.current_project() == model.project_at(last)  # as Ctrl+End did already


def test_home_and_end_in_a_list_of_several_rows(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """The same in every list (``setup_table``): the history selects several rows, Shift+Home
    takes every row from the one chosen up to the first."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop_app.ui.tables.behaviour import selected_rows

    demo_window.tabs.setCurrentWidget(demo_window.history_tab)
    view = demo_window.history_view.table
    rows = view.model().rowCount()
    assert rows > 3
    view.setFocus()
    view.selectRow(2)
    QTest.keyClick(view, Qt.Key.Key_End)
    assert selected_rows(view) == [rows - 1]
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert selected_rows(view) == [0]
    view.selectRow(2)
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    assert selected_rows(view) == [0, 1, 2]
