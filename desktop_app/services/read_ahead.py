"""A read done ahead, in a thread of its own, while the caller does something else.

The window's start reads the project list (every project with what it has available: one
aggregate over every open lot, ~11 ms on a big account) while its own modules still import:
SQLite works without Python's GIL, so on a second core the read costs the start nothing.
The read runs on a desk of its own (``Desk.for_worker``: its connection opened and closed in
that thread). What was committed when it started is noted (``version``, the caller's data
version then): the caller watches from there, so a commit made meanwhile by another program
is seen by its next poll, as any other.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from desktop_app.domain.errors import CodedError
from desktop_app.services.desk import Desk

T = TypeVar("T")


class ReadAhead(Generic[T]):
    def __init__(self, desk: Desk, read: Callable[[Desk], T]) -> None:
        self.version = desk.data_version()
        self._desk = desk
        self._read = read
        self._found: T | None = None
        self._failed: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="read-ahead", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with self._desk.for_worker() as worker:
                self._found = self._read(worker)
        except BaseException as error:  # handed to the caller, in its thread
            self._failed = error

    def result(self) -> T | None:
        """What was read, once it is (None: refused, busy or gone: the caller reads it
        itself, and says so the usual way); any other error is raised here."""
        self._thread.join()
        if isinstance(self._failed, CodedError):
            return None
        if self._failed is not None:
            raise self._failed
        return self._found
