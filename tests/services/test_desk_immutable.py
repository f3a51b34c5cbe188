"""The Desk is opaque and immutable: another day is another desk on the same ledger, and
what a write committed is told through the door, not kept on the desk."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.services import orders, projects
from desktop_app.services.desk import Desk
from tests.helpers.pg import dump_any

from .conftest import TODAY, refused

LATER = TODAY + timedelta(days=20)


def test_with_today_is_another_desk_on_the_same_ledger(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    view = desk.with_today(LATER)
    assert (view.today, view.calendar_day) == (LATER, TODAY)
    assert (desk.today, desk.calendar_day) == (TODAY, TODAY)  # the first is as it was
    assert view.same_ledger(desk) and view.path == desk.path
    assert not view.writable and desk.writable
    refused(view, "ledger.view_only", lambda: projects.add_project(view, "Data"))
    projects.add_project(desk, "Data")  # the one connection, still open for both
    assert [p.name for p, _ in projects.list_projects(view)] == ["Data", "Web"]
    assert view.with_today(TODAY) == desk


def test_on_day_moves_the_calendar_too(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    then = desk.on_day(LATER)
    assert then.writable and (then.today, then.calendar_day) == (LATER, LATER)
    assert orders.buy_credit(then, "Web", "10").created_on == LATER
    assert desk.today == TODAY


def test_nothing_on_a_desk_can_be_changed(desk: Desk) -> None:
    for field, value in (("today", LATER), ("calendar_day", LATER), ("fallback_language", "fr")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(desk, field, value)
    assert not hasattr(desk, "ledger")  # the storage behind it is its own


def test_after_commit_is_told_once_per_committed_write_only(tmp_path) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    with Desk.open(tmp_path / "l.sqlite3", TODAY, after_commit=lambda: told.append("w")) as desk:
        projects.add_project(desk, "Web")
        assert told == ["w"]
        before = dump_any(desk.shown)
        with pytest.raises(DomainError):
            projects.add_project(desk, "Web")  # refused inside the write: rolled back
        assert told == ["w"] and dump_any(desk.shown) == before
        projects.list_projects(desk)  # a read is no write
        view = desk.with_today(LATER)
        with pytest.raises(DomainError):
            projects.add_project(view, "Data")  # refused at the door
        assert told == ["w"]
        projects.add_project(desk.on_day(TODAY), "Data")  # copies keep the door's hook
        assert told == ["w", "w"]
