"""The paged table base: pages read when shown, the last ones read in reverse, a bounded
number kept. (Each feature's own models are tested in its folder, each by Qt's tester.)"""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.credits.models import LotModel
from desktop_app.ui.history.models import MovementModel


def test_pages_past_the_middle_are_read_in_reverse_and_agree(demo_desk) -> None:  # type: ignore[no-untyped-def]
    """The last page is the first page of the opposite order, reversed: same rows, same order."""
    straight = LotModel(demo_desk)
    straight.all_projects = True
    straight.PAGE = 1000
    straight.set_filter(include_all=True)
    expected = [lot.id for lot in straight.rows()]
    assert len(expected) > 6
    for column in range(len(LotModel.SORT_KEYS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            big = LotModel(demo_desk)
            big.all_projects = True
            big.PAGE = 1000
            big.include_all = True
            big.sort(column, order)
            paged = LotModel(demo_desk)
            paged.all_projects = True
            paged.PAGE = 3
            paged.include_all = True
            paged.sort(column, order)
            assert [lot.id for lot in paged.rows()] == [lot.id for lot in big.rows()]
    assert sorted(expected) == sorted(lot.id for lot in paged.rows())


def test_a_model_keeps_a_bounded_number_of_pages(demo_desk) -> None:  # type: ignore[no-untyped-def]
    model = MovementModel(demo_desk)
    model.PAGE, model.MAX_PAGES = 2, 3
    model.reload()
    assert model.total() > 12
    rows = model.rows()
    assert len(rows) == model.total()
    assert model.loaded_rows() <= 6
    last = model.row_object(model.total() - 1)
    assert last == rows[-1]
    assert model.find_row(lambda m: m.id == rows[5].id) == 5
    model.reload()  # as after a refresh: nothing in memory; the old position is tried first
    wanted = rows[-3].id
    assert model.find_row(lambda m: m.id == wanted, near=model.total() - 3) == model.total() - 3
    assert model.loaded_rows() <= 3 * model.PAGE
