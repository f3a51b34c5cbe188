"""The totals row under the credits & vouchers table: every lot listed summed (one
aggregate), its columns under the table's, following its filter, its day and its language."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QApplication

from desktop_app.ui import i18n
from desktop_app.ui.tables.base import PLAIN_ROLE


def listed_sum(view, column: int) -> Decimal:  # type: ignore[no-untyped-def]
    lots = view.lot_model.rows()
    field = {3: "total", 4: "used", 5: "expired", 6: "available"}[column]
    return sum((getattr(lot, field) for lot in lots), Decimal(0))


def test_the_totals_row_sums_every_lot_listed(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    view = demo_window.credits
    row = view.totals
    for show_all in (False, True):
        view.show_all.setChecked(show_all)
        count = view.lot_model.total()
        assert row.cell_text(1) == f"{count} lot(s)"
        for column in (3, 4, 5, 6):
            assert row.cell_text(column) == i18n.money(listed_sum(view, column))
            value = row.model().index(0, column).data(PLAIN_ROLE)
            assert value == listed_sum(view, column)
    view.search.setText("zzz-nothing")
    assert row.cell_text(1) == "0 lot(s)" and row.cell_text(6) == i18n.money(Decimal(0))


def test_the_totals_row_counts_more_than_the_page_read(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """A table of many pages: the sum covers them all, not only those read."""
    view = demo_window.credits
    view.lot_model.PAGE = 1
    view.show_all.setChecked(False)
    view.show_all.setChecked(True)
    assert view.lot_model.loaded_rows() < view.lot_model.total()
    assert view.totals.cell_text(6) == i18n.money(listed_sum(view, 6))


def test_the_totals_row_follows_the_columns(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.resize(1024, 700)
    demo_window.show()
    QApplication.processEvents()
    table, row = demo_window.credits.lots, demo_window.credits.totals
    header, mine = table.horizontalHeader(), row.horizontalHeader()
    table.setColumnWidth(3, 150)
    header.moveSection(6, 0)
    table.setColumnHidden(5, True)
    QApplication.processEvents()
    for column in range(header.count()):
        assert mine.isSectionHidden(column) == header.isSectionHidden(column)
        assert mine.visualIndex(column) == header.visualIndex(column)
        if not header.isSectionHidden(column):
            assert mine.sectionViewportPosition(column) == header.sectionViewportPosition(column)
            assert mine.sectionSize(column) == header.sectionSize(column)


def test_the_totals_row_in_french(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("fr")
    QApplication.processEvents()  # the language change reaches the widgets
    view = demo_window.credits
    assert view.totals.cell_text(6) == i18n.money(listed_sum(view, 6))
    assert view.totals.cell_text(6).endswith("€")


def test_the_totals_row_copies_as_a_table_does(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.tables.behaviour import behaviour

    row = demo_window.credits.totals
    row.selectRow(0)
    cells = behaviour(row).copy().split("\t")
    assert cells[0] == "Total" and cells[6] == str(listed_sum(demo_window.credits, 6))


def test_the_totals_row_follows_at_once_what_the_fitter_did(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """A wide window: the table's columns are widened (the description stretches); the
    totals row follows without waiting for the event loop (a grab right after sees it)."""
    demo_window.resize(1440, 820)
    demo_window.show()
    table, row = demo_window.credits.lots, demo_window.credits.totals
    table.setColumnWidth(3, 133)  # as the fitter does, then no event processed
    assert row.horizontalHeader().sectionSize(3) == 133
