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


def test_a_search_that_only_hidden_lots_match_says_so(qtbot, demo_window, demo_desk) -> None:  # type: ignore[no-untyped-def]
    """Searching for a lot that is exhausted or expired, with those left out, lists nothing:
    the tab says how many of them match and offers them (the tryout saw a bare "0 lot(s)")."""
    from desktop_app.services import listing

    window = demo_window
    window.show()
    credits = window.credits
    window.select_project(demo_desk.project("Staging & tests").id)
    shown = {lot.id for lot in credits.lot_model.rows()}
    every = listing.list_credits(demo_desk, "Staging & tests", include_all=True)
    hidden = next(lot for lot in every if lot.id not in shown)
    credits.search.setText(hidden.reference)
    assert credits.lot_model.total() == 0
    hint = credits.hidden_hint
    assert hint.isVisible()
    assert "1 exhausted or expired" in hint.text() and 'href="show"' in hint.text()
    hint.linkActivated.emit("show")
    assert credits.show_all.isChecked() and not hint.isVisible()
    assert [lot.id for lot in credits.lot_model.rows()] == [hidden.id]
    credits.show_all.setChecked(False)
    credits.search.setText("no such lot anywhere")
    assert credits.lot_model.total() == 0 and not hint.isVisible()  # nothing hidden matches
