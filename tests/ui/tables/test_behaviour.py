"""Every table's behaviour (``ui/tables/behaviour.py``): the context menu (Copy, Open,
Export the selection), Ctrl+C as tab-separated plain values, and the export of the current
view (``ui/tables/exporting.py``): exactly what the view shows, in the dialect chosen."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QTableView

from desktop_app.services import listing
from desktop_app.ui import i18n
from desktop_app.ui.tables.base import PLAIN_ROLE, plain_of_text
from desktop_app.ui.tables.behaviour import TableBehaviour, behaviour, selection_text
from desktop_app.ui.tables.exporting import dialect_filters
from tests.helpers.jobs import finish
from tests.ui.walk import every_dialog, open_every_tab


def select_rows(view: QTableView, rows: list[int]) -> None:
    selection = view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(view.model().index(row, 0), flags)


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path, dialect: str) -> list[str]:
    """The next save dialogs answer ``path`` with the file type of ``dialect``; the list
    gets the types each offered."""
    offered: list[str] = []

    def get_save(parent, title, suggested="", pattern="", chosen="", *args, **kwargs):  # type: ignore[no-untyped-def]
        offered.append(pattern)
        return str(path), dialect_filters()[dialect]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
    return offered


def test_every_table_of_the_window_and_its_dialogs_has_the_behaviour(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.show()
    open_every_tab(demo_window)
    tops = [demo_window, *every_dialog(demo_window)]
    missing = []
    for top in tops:
        if top is not demo_window:
            qtbot.addWidget(top)
        for table in top.findChildren(QTableView):
            if table.findChild(TableBehaviour) is None:
                missing.append(f"{type(top).__name__}: {table.accessibleName()}")
            assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert missing == []
    assert len(demo_window.findChildren(TableBehaviour)) >= 10


def test_plain_values_read_back_from_what_a_cell_shows() -> None:
    assert plain_of_text("€1,234.56", True) == Decimal("1234.56")
    assert plain_of_text("-€0.50", True) == Decimal("-0.50")
    assert plain_of_text("26/11/2026", False) == date(2026, 11, 26)
    assert plain_of_text("1,234", True) == 1234
    assert plain_of_text("PO-2026-00001", False) == "PO-2026-00001"
    assert plain_of_text("20.00 %", True) == "20.00 %"  # not a plain number: left as text
    i18n.set_language("fr")
    assert plain_of_text("1\u202f234,56\u00a0€", True) == Decimal("1234.56")


@pytest.mark.parametrize("language, mark", [("en", "."), ("fr", ",")])
def test_ctrl_c_copies_plain_numbers_that_sum(qtbot, demo_window, language, mark) -> None:  # type: ignore[no-untyped-def]
    """Several lots copied: tab-separated, one line a lot, amounts with the language's
    decimal mark and nothing else (no thousands separator, no €), dates ISO."""
    i18n.set_language(language)
    view = demo_window.credits
    view.show_all.setChecked(True)
    table = view.lots
    rows = list(range(min(view.lot_model.total(), 4)))
    assert len(rows) >= 2
    select_rows(table, rows)
    table.setFocus()
    QApplication.clipboard().clear()
    behaviour(table).copy_action.trigger()  # Ctrl+C: the view's own shortcut
    text = QApplication.clipboard().text()
    assert text == selection_text(table)
    lines = [line.split("\t") for line in text.split("\n")]
    assert len(lines) == len(rows)
    assert all(len(cells) == view.lot_model.columnCount() for cells in lines)
    lots = [view.lot_model.row_object(row) for row in rows]
    available = [cells[6] for cells in lines]
    for cell in available:
        assert "€" not in cell and " " not in cell and "\u202f" not in cell
        whole, cents = cell.lstrip("-").split(mark)
        assert whole.isdigit() and len(cents) == 2
    total = sum(Decimal(cell.replace(",", ".")) for cell in available)
    assert total == sum(lot.available for lot in lots)
    assert lines[0][8] == lots[0].expires_on.isoformat()


def test_the_shortcut_is_ctrl_c_on_the_table_itself(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    copy = behaviour(demo_window.credits.lots).copy_action
    assert copy.shortcut().toString() == "Ctrl+C"
    assert copy.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert copy in demo_window.credits.lots.actions()


def test_the_context_menu_copies_opens_and_exports(
    qtbot, demo_window, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    table = demo_window.credits.lots
    select_rows(table, [0])
    table.setCurrentIndex(table.model().index(0, 1))
    menu = behaviour(table).make_menu()
    names = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert names == ["Copy", "Open", "Export the selection…"]
    assert all(a.isEnabled() for a in menu.actions())
    opened = []
    monkeypatch.setattr(demo_window.credits, "show_lot_movements", lambda: opened.append(1))
    menu.actions()[1].trigger()
    assert opened == [1]
    menu.close()
    # a list without an opener has no Open
    orders = demo_window.orders_view.table
    words = [a.text().replace("&", "") for a in behaviour(orders).make_menu().actions()]
    assert "Open" not in words


def test_nothing_selected_nothing_to_copy_or_export(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    table = demo_window.credits.lots
    table.selectionModel().clearSelection()
    menu = behaviour(table).make_menu()
    enabled = {a.text().replace("&", ""): a.isEnabled() for a in menu.actions() if a.text()}
    assert enabled == {"Copy": False, "Open": False, "Export the selection…": False}


def read(path: Path, dialect: str) -> list[list[str]]:
    raw = path.read_bytes()
    if dialect == "excel-fr":
        assert raw.startswith(b"\xef\xbb\xbf")
        return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    return list(csv.reader(io.StringIO(raw.decode("utf-8"))))


@pytest.mark.parametrize("dialect", ["standard", "excel-fr"])
def test_export_the_selection_in_the_dialect_chosen(
    qtbot, demo_window, monkeypatch, tmp_path, message_mock, dialect
) -> None:  # type: ignore[no-untyped-def]
    demo_window.credits.show_all.setChecked(True)
    table = demo_window.credits.lots
    select_rows(table, [0, 1])
    target = tmp_path / "selection.csv"
    offered = choose_file(monkeypatch, target, dialect)
    assert behaviour(table).export_selection() == target
    assert "Excel (French)" in offered[0]
    header, *rows = read(target, dialect)
    assert header[:3] == ["Kind", "Reference", "Description"]
    lots = [table.model().row_object(r) for r in (0, 1)]
    assert [row[1] for row in rows] == [lot.reference for lot in lots]
    mark = "," if dialect == "excel-fr" else "."
    assert [row[6] for row in rows] == [str(lot.available).replace(".", mark) for lot in lots]
    said = message_mock.getmsg("info")
    assert str(target) in said.text


def test_export_the_current_view_is_what_it_shows(
    qtbot, demo_window, monkeypatch, tmp_path, message_mock
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+E on the credits tab: its search, its sort, its columns in their order (one moved,
    one hidden), in a worker; then the message with the path."""
    view = demo_window.credits
    view.show_all.setChecked(True)
    view.search.setText("PO-")
    table = view.lots
    table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # available, largest first
    header = table.horizontalHeader()
    header.moveSection(6, 0)
    table.setColumnHidden(2, True)
    shown = view.lot_model.rows()
    assert (
        0
        < len(shown)
        < listing.count_credits(
            demo_window.desk, listing.lot_query(demo_window.desk, None, include_all=True)
        )
    )
    target = tmp_path / "view.csv"
    choose_file(monkeypatch, target, "excel-fr")
    table.setFocus()
    assert finish(qtbot, demo_window.export_current()) == target
    titles, *rows = read(target, "excel-fr")
    assert titles[0] == "Available" and "Description" not in titles
    assert [row[titles.index("Reference")] for row in rows] == [lot.reference for lot in shown]
    assert [row[0] for row in rows] == [str(lot.available).replace(".", ",") for lot in shown]
    assert "Written to" in message_mock.getmsg("info").text


def test_export_of_a_table_held_in_memory(qtbot, demo_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The account tab's payment methods: written at once, no worker."""
    demo_window.tabs.setCurrentWidget(demo_window.account_tab)
    target = tmp_path / "methods.csv"
    choose_file(monkeypatch, target, "standard")
    demo_window.account_view.methods.setFocus()
    assert demo_window.export_current() == target
    header, *rows = read(target, "standard")
    assert header == ["Type", "Label", "Default"]
    assert len(rows) == demo_window.account_view.methods.model().rowCount()


def test_the_message_after_an_export_opens_the_file(
    qtbot, message_mock, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """The real box: the path, and Open hands the file to the system (QDesktopServices)."""
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    target = tmp_path / "x.csv"
    box = message_mock.real.show_written(None, target)
    qtbot.addWidget(box)
    assert str(target) in box.text()
    button = next(b for b in box.buttons() if b.text() == "Open")
    button.click()
    assert [url.toLocalFile() for url in opened] == [str(target)]


@pytest.mark.parametrize("tab", ["orders_tab", "history_tab"])
def test_export_the_current_view_of_other_paged_tabs(
    qtbot, demo_window, monkeypatch, tmp_path, message_mock, tab
) -> None:  # type: ignore[no-untyped-def]
    """The orders and the history: read again in the worker, the same rows as the view's."""
    page = getattr(demo_window, tab)
    demo_window.tabs.setCurrentWidget(page)
    view = page.view
    table = view.table
    table.setFocus()
    model = table.model()
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert shown
    target = tmp_path / f"{tab}.csv"
    choose_file(monkeypatch, target, "standard")
    assert finish(qtbot, demo_window.export_current()) == target
    titles, *rows = read(target, "standard")
    assert titles == [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(titles))]
    first = [row[0] for row in rows]
    expected = [str(v.isoformat() if isinstance(v, date) else v) for v in
                (model.index(r, 0).data(PLAIN_ROLE) for r in range(model.rowCount()))]  # fmt: skip
    assert first == expected
    message_mock.read("info")


def test_enter_opens_the_row_the_keyboard_is_on(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+End takes the focus to the last lot without selecting it (the selection stays on
    another row): Enter opens the lot the focus is on, which is then the one selected."""
    from desktop_app.ui.tables.base import ROW_ROLE

    window = demo_window
    window.show()
    view = window.credits.lots
    model = view.model()
    assert model.rowCount() >= 2
    opened: list[object] = []
    window.credits.show_lot_movements = lambda: opened.append(window.credits.selected_lot())  # type: ignore[method-assign]
    select_rows(view, [0])
    view.setFocus()
    last = model.index(model.rowCount() - 1, 0)
    view.selectionModel().setCurrentIndex(last, QItemSelectionModel.SelectionFlag.NoUpdate)
    assert [i.row() for i in view.selectionModel().selectedRows()] == [0]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert [i.row() for i in view.selectionModel().selectedRows()] == [last.row()]
    assert opened == [last.data(ROW_ROLE)]
