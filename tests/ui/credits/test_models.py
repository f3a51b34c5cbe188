"""The credits & vouchers table: paged, sorted, searched in SQL; what expires soon."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.services import listing
from desktop_app.ui.credits.models import LotModel
from desktop_app.ui.tables.base import ROW_ROLE


def _project_id(desk, name: str) -> int:  # type: ignore[no-untyped-def]
    return desk.project(name).id


def test_lot_model_pages_sorts_and_searches(qtmodeltester, demo_desk) -> None:  # type: ignore[no-untyped-def]
    # Qt's tester reads rows from inside its modelReset handler, so each model is checked
    # once, in its final state, rather than across resets.
    project_id = _project_id(demo_desk, "Production web")
    model = LotModel(demo_desk)
    model.PAGE = 2
    model.set_filter(project_id=project_id, include_all=True)
    total = model.total()
    assert total >= 3
    assert model.rowCount() == total  # the scroll bar knows the size at once
    assert model.loaded_rows() == 0  # nothing read until shown
    assert not model.canFetchMore(QModelIndex())
    model.index(0, 0).data()
    assert model.loaded_rows() == 2  # one page
    model.sort(6, Qt.SortOrder.DescendingOrder)  # available, re-queried by SQL
    available = [lot.available for lot in model.rows()]
    assert len(available) == total
    assert available == sorted(available, reverse=True)
    model.set_filter(search="PO-2025")
    assert model.rows()
    assert all("PO-2025" in lot.reference for lot in model.rows())

    checked = LotModel(demo_desk)
    checked.PAGE = 2
    checked.set_filter(project_id=project_id, include_all=True)
    qtmodeltester.check(checked)
    assert checked.rowCount() == total


def test_lot_model_highlights_lots_expiring_within_30_days(demo_desk) -> None:  # type: ignore[no-untyped-def]
    model = LotModel(demo_desk)
    soon = listing.expiry_alerts(demo_desk, 30)
    assert soon, "the demo has a lot expiring soon"
    lot = soon[0]
    model.set_filter(project_id=lot.project_id)
    row = model.row_of_lot(lot.id)
    assert row >= 0
    assert model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(row, 0), ROW_ROLE).id == lot.id
