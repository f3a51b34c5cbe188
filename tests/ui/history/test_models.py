"""The history table."""

from __future__ import annotations

from desktop_app.domain.model import MovementKind
from desktop_app.ui.history.models import MovementFilter, MovementModel


def test_movement_model_filters(qtmodeltester, demo_desk) -> None:  # type: ignore[no-untyped-def]
    model = MovementModel(demo_desk)
    model.PAGE = 10
    model.set_filter(MovementFilter(kinds=(MovementKind.EXPIRE,)))
    assert all(m.kind is MovementKind.EXPIRE for m in model.rows())
    model.set_filter(MovementFilter(newest_first=False))
    dates = [m.date for m in model.rows()]
    assert model.rowCount() == model.total() == len(dates) > 10
    assert dates[0] <= dates[-1]
    qtmodeltester.check(model)
