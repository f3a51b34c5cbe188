"""Waiting, in a ui test, for a job the window started in a worker (ui/widgets/jobs.py)."""

from __future__ import annotations

from typing import Any

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
