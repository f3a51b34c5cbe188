"""A server ledger's connection, made again in the background when it is lost (issue 9).

A lost connection (the server restarted, the backend terminated, the network gone) is never
made again on the thread that uses it: when the host does not answer, libpq waits
``connect_timeout`` (10 s), and the window would freeze that long at every poll. Instead the
ledger says at once that it is away (``ledger.connection_lost`` for the statement that met
the end, ``ledger.reconnecting`` for every use after it, without a round trip), and a thread
of its own makes a new connection, trying again with a backoff while the server stays away:
one such thread at a time per ledger. The new connection is handed over under the link's
lock; the next use finds it. Nothing is ever half-written: a transaction that met the end
rolled back on the server, and a use refused while away never began one.
"""

from __future__ import annotations

import threading

import psycopg

from desktop_app.domain.errors import EnvironmentFault
from desktop_app.storage.postgres import connection
from desktop_app.storage.sqlite.session import Row

#: The first new try waits this long after a failed one; then twice as long each time...
FIRST_DELAY_S = 0.5
#: ...up to this (a server back is found within that, once it answers).
MOST_DELAY_S = 8.0


class Link:
    """The connection of one ``PostgresLedger``; ``live()`` gives it, or refuses at once."""

    def __init__(self, url: str, shown: str) -> None:
        self.url = url
        self.shown = shown
        #: The first connection is made by the caller (opening a ledger says whether it can).
        self.conn: psycopg.Connection[Row] = connection.connect(url)
        self.lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = threading.Event()
        #: How many times the connection was made again (the ledger checks a new one's schema).
        self.renewed = 0

    @staticmethod
    def _gone(conn: psycopg.Connection[Row]) -> bool:
        return conn.closed or conn.broken

    def live(self) -> psycopg.Connection[Row]:
        """The connection, or ``ledger.reconnecting`` at once if it was lost (its making again
        started, if not under way)."""
        with self.lock:
            conn = self.conn
            if not self._gone(conn):
                return conn
            self._start()
        raise EnvironmentFault("ledger.reconnecting", path=self.shown)

    def failed(self) -> None:
        """After a failure: if it was the connection's end, its making again starts now."""
        with self.lock:
            if self._gone(self.conn):
                self._start()

    @property
    def reconnecting(self) -> bool:
        with self.lock:
            return self._thread is not None

    def wait(self, timeout: float) -> bool:
        """Wait (at most ``timeout`` s) for a reconnect under way: True once none is."""
        with self.lock:
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return not self.reconnecting

    def _start(self) -> None:
        """Under the lock: one reconnect at a time, none once closed."""
        if self._thread is None and not self._closed.is_set():
            self._thread = threading.Thread(
                target=self._reconnect, name="ccd-pg-reconnect", daemon=True
            )
            self._thread.start()

    def _reconnect(self) -> None:
        delay = FIRST_DELAY_S
        while not self._closed.is_set():
            try:
                conn = connection.connect(self.url)
            except Exception:  # still away (or refused): again later, never a thread lost
                if self._closed.wait(delay):
                    break
                delay = min(delay * 2, MOST_DELAY_S)
                continue
            with self.lock:
                self._thread = None
                if self._closed.is_set():
                    conn.close()
                    return
                old, self.conn = self.conn, conn
                self.renewed += 1
            old.close()
            return
        with self.lock:
            self._thread = None

    def close(self) -> None:
        """The connection closed; a reconnect under way stops (what it makes is closed)."""
        self._closed.set()
        with self.lock:
            self.conn.close()
