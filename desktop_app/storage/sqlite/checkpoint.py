"""When the WAL is folded into the ledger file: off the posting path, in a thread of its own.

SQLite's automatic checkpoint runs inside the COMMIT that pushes the WAL past 1,000 pages: that
post pays for copying every page of the last few posts into the main file and syncing it
(about 100 ms on a large ledger, seconds on a slow disk). Each connection here turns it off
(``wal_autocheckpoint = 0``, set by ``connect``) and its ledger's ``Checkpointer`` runs a
PASSIVE checkpoint on a connection of its own instead:

- once the ledger has been idle ``IDLE_SECONDS`` after a commit (a window: between the user's
  actions; the command line: its last connection closing checkpoints too, as SQLite does);
- at once, without waiting for idle, after ``MAX_COMMITS`` commits not yet checkpointed (a
  long run of writes): the WAL stays bounded (to that many writes) whatever their rhythm.

Why it is as safe as before: a commit is durable when COMMIT returns (WAL mode with
``synchronous = FULL`` syncs the WAL at every commit), whether or not it was checkpointed; a
checkpoint only copies committed frames into the main file, and SQLite resets the WAL only
after the main file is synced, so a crash at any moment (during a checkpoint included) loses
nothing: the next open replays the WAL. PASSIVE never waits for a lock and never makes a writer
or a reader wait, so it cannot stall a post; what it cannot copy (a reader still on an old
snapshot) it copies next time. ``journal_size_limit`` truncates the WAL file after a reset,
so the file on disk stays bounded too.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported at the first commit: a command that only reads never needs it
    import threading

#: A commit followed by this much quiet is checkpointed.
IDLE_SECONDS = 0.5
#: After this many commits the WAL is checkpointed without waiting for quiet: the bound on
#: its growth during a long run of writes (a script posting in one process). SQLite's own
#: trigger is 1,000 pages (4 MB); a post on a large ledger writes about 400 (1.7 MB), so the
#: WAL stays under about 55 MB. Not less: a checkpoint running beside posts slows them (it
#: syncs the main file while they sync the WAL), measured 50-75 ms instead of 15.
MAX_COMMITS = 32
#: The WAL file is truncated to this after a checkpoint that let it restart.
JOURNAL_SIZE_LIMIT = 64 * 2**20


class Checkpointer:
    """One ledger file's background checkpoints (started at the first commit it is told of)."""

    def __init__(self, path: Path, busy_timeout_ms: int) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self.idle_seconds = IDLE_SECONDS
        self.max_commits = MAX_COMMITS
        #: Checkpoints run so far, and the last one's (busy, wal frames, frames copied).
        self.done = 0
        self.last: tuple[int, int, int] | None = None
        self._condition: threading.Condition | None = None
        self._last_commit = 0.0
        self._pending = 0  # commits since the last checkpoint began
        self._stopping = False
        self._thread: threading.Thread | None = None

    @property
    def _wake(self) -> threading.Condition:
        if self._condition is None:
            import threading

            self._condition = threading.Condition()
        return self._condition

    def committed(self) -> None:
        """After a COMMIT: schedule a checkpoint (never run here, in the committing thread)."""
        with self._wake:
            if self._stopping:
                return
            self._pending += 1
            self._last_commit = time.monotonic()
            if self._thread is None:
                import threading

                self._thread = threading.Thread(
                    target=self._run, name=f"checkpoint {self.path.name}", daemon=True
                )
                self._thread.start()
            # Woken only when it must act sooner than it plans to: its first commit to wait
            # for, or a run long enough to checkpoint now. Otherwise it is asleep until the
            # idle time of an earlier commit, and then waits on for this one's: a wake-up at
            # every commit would hand it the GIL in the middle of the next write (issue 12).
            if self._pending == 1 or self._pending >= self.max_commits:
                self._wake.notify()

    def close(self) -> None:
        """Stop the thread (a checkpoint under way finishes first). The ledger's own
        connection, closed next, is the last one: SQLite checkpoints the WAL then."""
        if self._condition is None:  # nothing ever committed: no thread to stop
            self._stopping = True
            return
        with self._wake:
            self._stopping = True
            self._wake.notify()
            thread = self._thread
        if thread is not None:
            thread.join()

    def wal_bytes(self) -> int:
        """The WAL file's size (its high-water mark: a restarted WAL is overwritten in place)."""
        try:
            return Path(f"{self.path}-wal").stat().st_size
        except OSError:
            return 0

    def _due(self) -> float | None:
        """Seconds to wait before the next checkpoint (0: now); None: nothing to do."""
        if not self._pending:
            return None
        if self._pending >= self.max_commits:
            return 0.0
        return max(0.0, self._last_commit + self.idle_seconds - time.monotonic())

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        try:
            while True:
                with self._wake:
                    while not self._stopping and (wait := self._due()) != 0.0:
                        self._wake.wait(wait)
                    if self._stopping:
                        return
                    self._pending = 0
                if conn is None:
                    conn = self._connect()
                self._checkpoint(conn)
        finally:
            if conn is not None:
                conn.close()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=True)
        conn.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("PRAGMA synchronous = FULL")  # the main file synced before the WAL resets
        conn.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT}")
        return conn

    def _checkpoint(self, conn: sqlite3.Connection) -> None:
        # A failure here (a busy or vanished file) is not the user's: the next commit, or
        # the last connection closing, checkpoints again.
        with contextlib.suppress(sqlite3.Error):
            row = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            self.last = (int(row[0]), int(row[1]), int(row[2]))
        self.done += 1
