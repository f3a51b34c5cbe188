"""The credits & vouchers tab: search, show all, sort."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_search_and_show_all(qtbot, demo_window, demo_desk) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.select_project(demo_desk.project("Staging & tests").id)
    shown = window.credits.lot_model.total()
    window.credits.show_all.setChecked(True)
    assert window.credits.lot_model.total() > shown  # the expired voucher comes back
    window.credits.search.setText("starter")
    assert window.credits.lot_model.total() >= 1
    assert all("starter" in lot.description.lower() for lot in window.credits.lot_model.rows())
    window.credits.lots.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
    assert window.credits.lot_model.sort_key == "total"
    assert window.credits.lot_model.descending
