"""The watch of a server ledger (issue 9): a connection of its own that LISTENs; ``drain``
reads what its socket holds without waiting, and says a connection the server ended."""

from __future__ import annotations

import select

import psycopg
import pytest

from desktop_app.domain.errors import EnvironmentFault
from desktop_app.storage import open_ledger
from desktop_app.storage.postgres.connection import CHANNEL
from tests.helpers.pg import Server

pytestmark = pytest.mark.postgres


def _readable(fileno: int) -> bool:
    return bool(select.select([fileno], [], [], 2)[0])


def test_a_commit_elsewhere_makes_the_socket_readable_and_drain_tells_it(pg_url: str) -> None:
    with open_ledger(pg_url) as ledger, open_ledger(pg_url) as other:
        watcher = ledger.watch()
        assert watcher is not None
        assert watcher.drain() is False
        with other.write():
            pass
        assert _readable(watcher.fileno())
        assert watcher.drain() is True
        assert watcher.drain() is False, "emptied: nothing left"
        assert not select.select([watcher.fileno()], [], [], 0)[0], "the socket read whole"
        watcher.close()


def test_a_watch_ended_by_the_server_says_so(pg_url: str, pg_server: Server) -> None:
    with open_ledger(pg_url) as ledger:
        watcher = ledger.watch()
        assert watcher is not None
        pid = watcher.conn.info.backend_pid  # type: ignore[attr-defined]
        with psycopg.connect(pg_server.admin_of(pg_url), autocommit=True) as admin:
            admin.execute(f"NOTIFY {CHANNEL}")
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        with pytest.raises(EnvironmentFault) as raised:
            for _ in range(3):  # a notification, the server's last words, then its end
                assert _readable(watcher.fileno())
                watcher.drain()
        assert raised.value.code == "ledger.connection_lost"
        with pytest.raises(EnvironmentFault):
            watcher.drain()  # and again: never a closed socket read
        watcher.close()
