"""Python's cyclic garbage collector runs on the GUI thread alone. Left automatic, it ran in
whichever thread allocated past its threshold; a PySide object it freed there disconnected
its signals on that thread, holding Qt's connection mutex while waiting for the interpreter,
which the GUI thread held while waiting for that mutex to connect a signal: a suite run hung
for good (the live refresh's watch thread collecting inside psycopg's connect while a window
was being built, ``tests/ui/ledger/test_away.py``). Checked here: once the collector is the
GUI thread's, a worker that allocates never collects; the GUI thread's timer does, as the
thresholds would have, and not while a job runs."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from desktop_app.ui import collector


@pytest.fixture
def collections() -> Iterator[list[str]]:
    """The thread of every collection that starts."""
    seen: list[str] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


class _Cycle:
    """Garbage only the cyclic collector frees (a slot's closure holding its widget is one)."""

    def __init__(self) -> None:
        self.me = self


def _allocate(count: int) -> None:
    for _ in range(count):
        _Cycle()


def test_the_automatic_collector_is_off_once_the_gui_thread_collects(qapp) -> None:  # type: ignore[no-untyped-def]
    collector.install(qapp)
    assert not gc.isenabled()
    assert collector.install(qapp) is collector.install(qapp)  # one per application


def test_a_worker_that_allocates_never_collects(qapp, collections) -> None:  # type: ignore[no-untyped-def]
    collector.install(qapp)
    worker = threading.Thread(target=_allocate, args=(20_000,), name="worker")
    worker.start()
    worker.join()
    assert "worker" not in collections
    done = collector.install(qapp).collect()
    assert done is not None and done > 0  # the cycles, freed on this thread
    assert collections and set(collections) == {threading.main_thread().name}


def test_the_timer_collects_as_the_thresholds_would(qapp, qtbot, collections) -> None:  # type: ignore[no-untyped-def]
    gui = collector.install(qapp)
    gc.collect()
    assert gui.collect() is None  # nothing allocated since: nothing to do
    _allocate(gc.get_threshold()[0] + 10)
    collections.clear()
    qtbot.waitUntil(lambda: bool(collections), timeout=3 * collector.INTERVAL_MS)
    assert set(collections) == {threading.main_thread().name}


def test_no_collection_while_a_job_runs(qapp, monkeypatch, collections) -> None:  # type: ignore[no-untyped-def]
    gui = collector.install(qapp)
    _allocate(gc.get_threshold()[0] + 10)
    monkeypatch.setattr(collector, "jobs_running", lambda: True)
    assert gui.collect() is None and collections == []
    monkeypatch.setattr(collector, "jobs_running", lambda: False)
    assert gui.collect() is not None
