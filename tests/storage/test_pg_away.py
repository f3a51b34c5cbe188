"""A server that goes away (issue 9): the ledger says so at once, never waiting for the
server on the thread that uses it; one thread of its own makes the connection again, with a
backoff; a use refused meanwhile leaves every row as it was; once the server is back, the
ledger works again on its new connection."""

from __future__ import annotations

import itertools
import threading
import time

import pytest

from desktop_app.domain.errors import EnvironmentFault
from desktop_app.storage import open_ledger
from desktop_app.storage.postgres import link
from tests.helpers.blackhole import black_hole
from tests.helpers.pg import Server, dump_server
from tests.storage.rows import DAY

pytestmark = pytest.mark.postgres
#: libpq waits 2 s for the black hole (its URL's connect_timeout): a refusal is much faster.
FAST_S = 0.3


def _refused_fast(call: object) -> str:
    start = time.monotonic()
    with pytest.raises(EnvironmentFault) as caught:
        call()  # type: ignore[operator]
    assert time.monotonic() - start < FAST_S, "the refusal waited for the server"
    return caught.value.code


def _write(ledger: object, name: str) -> None:
    with ledger.write() as tx:  # type: ignore[attr-defined]
        tx.projects.add(name, "", DAY)


def test_while_the_server_does_not_answer_every_use_is_refused_at_once(pg_url: str) -> None:
    with black_hole(pg_url) as hole, open_ledger(hole.url) as ledger:
        _write(ledger, "Before")
        before = dump_server(pg_url)
        hole.go_away()
        assert _refused_fast(ledger.data_version) == "ledger.connection_lost"
        assert ledger.link.reconnecting
        for use in (ledger.data_version, ledger.last_writer, lambda: _write(ledger, "Away")):
            assert _refused_fast(use) == "ledger.reconnecting"
        with pytest.raises(EnvironmentFault), ledger.read() as tx:
            tx.projects.with_available(DAY)
        assert dump_server(pg_url) == before, "a refused write changed the ledger"
        time.sleep(2.5)  # a try timed out in the background: still one thread, still refused
        assert _refused_fast(ledger.data_version) == "ledger.reconnecting"
        hole.come_back()
        assert ledger.link.wait(10), "the reconnect did not find the server back"
        _write(ledger, "Back")
        with ledger.read() as tx:
            names = [p.name for p, _ in tx.projects.with_available(DAY)]
        assert names == ["Back", "Before"]


def test_one_reconnect_at_a_time_with_a_backoff(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tries: list[float] = []

    def away(url: str) -> object:
        tries.append(time.monotonic())
        raise EnvironmentFault("ledger.cannot_connect", path="x", detail="away")

    monkeypatch.setattr(link, "FIRST_DELAY_S", 0.05)
    with open_ledger(pg_url) as ledger:
        ledger.conn.close()
        monkeypatch.setattr("desktop_app.storage.postgres.connection.connect", away)
        for _ in range(20):
            with pytest.raises(EnvironmentFault) as caught:
                ledger.data_version()
            assert caught.value.code == "ledger.reconnecting"
        time.sleep(0.6)
        threads = [t for t in threading.enumerate() if t.name == "ccd-pg-reconnect"]
        assert len(threads) == 1
        gaps = [b - a for a, b in itertools.pairwise(tries)]
        assert 3 <= len(tries) <= 5, tries  # 0, 0.05, 0.15, 0.35: not one per use
        assert gaps == sorted(gaps), "each wait longer than the last"
    assert ledger.link.wait(2), "a closed ledger's reconnect ended"


def test_a_closed_ledger_stops_reconnecting(pg_url: str, pg_server: Server) -> None:
    with black_hole(pg_url) as hole:
        ledger = open_ledger(hole.url)
        hole.go_away()
        with pytest.raises(EnvironmentFault):
            ledger.data_version()
        ledger.close()
        hole.come_back()
        assert ledger.link.wait(5)
        assert ledger.conn.closed
