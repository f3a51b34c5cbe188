"""A read done ahead in a thread of its own (the window's start reads its project list so)."""

from __future__ import annotations

import threading

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.services import projects
from desktop_app.services.desk import Desk
from desktop_app.services.read_ahead import ReadAhead


def test_the_read_runs_in_another_thread_on_a_desk_of_its_own(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    seen: list[tuple[int, Desk]] = []

    def read(worker: Desk) -> list[str]:
        seen.append((threading.get_ident(), worker))
        return [p.name for p, _ in projects.list_projects(worker, include_archived=True)]

    ahead = ReadAhead(desk, read)
    assert ahead.result() == ["Web"]
    ((thread, worker),) = seen
    assert thread != threading.get_ident() and worker is not desk
    assert ahead.version == desk.data_version()


def test_a_commit_after_the_read_began_is_seen_by_the_next_poll(desk: Desk) -> None:
    """The version is the one before the read: a later commit (another program's) shows as
    a change when the window compares."""
    other = Desk.open(desk.shown, desk.today)
    try:
        started = threading.Event()

        def read(worker: Desk) -> int:
            started.wait(5)
            return len(projects.list_projects(worker, include_archived=True))

        ahead = ReadAhead(desk, read)
        projects.add_project(other, "Later")
        started.set()
        ahead.result()
        assert desk.data_version() != ahead.version
    finally:
        other.close()


def test_a_refusal_leaves_the_read_to_the_caller_and_a_bug_is_raised(desk: Desk) -> None:
    def refused(_worker: Desk) -> None:
        raise DomainError("project.unknown", project="x")

    def broken(_worker: Desk) -> None:
        raise RuntimeError("a bug")

    assert ReadAhead(desk, refused).result() is None
    with pytest.raises(RuntimeError):
        ReadAhead(desk, broken).result()
