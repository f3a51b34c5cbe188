"""Waiting, in a ui test, for a job the window started in a worker (ui/widgets/jobs.py)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

#: Long enough for a slow, busy machine; a job that never ends fails the test.
TIMEOUT_MS = 60_000


def finish(qtbot: Any, job: Any) -> Any:
    """Run the event loop until ``job`` has ended (its outcome delivered on the GUI thread);
    its result (None for no job, or one that failed or was cancelled)."""
    if job is None:
        return None
    if not job.done:
        with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS):
            pass
    return job.result


def held_at_first_step(monkeypatch: pytest.MonkeyPatch, from_done: int = 0) -> threading.Event:
    """The voucher import, in its worker, waits at its first progress step (with ``done`` at
    least ``from_done``) until the event returned is set: a test presses Cancel, then sets
    it, and the import sees the Cancel at that step, whatever the speed of the threads."""
    from desktop_app.services import vouchers

    real = vouchers.import_vouchers
    pressed = threading.Event()

    def held(desk: Any, source: Any, progress: Any = None) -> Any:
        def step(done: int, total: int) -> bool:
            if done >= from_done:
                pressed.wait(TIMEOUT_MS / 1000)
            return bool(progress(done, total)) if progress is not None else True

        return real(desk, source, progress=step)

    monkeypatch.setattr(vouchers, "import_vouchers", held)
    return pressed
