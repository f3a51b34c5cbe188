"""A server that goes away, as a network does (issue 9): a Unix socket in a folder of its
own that passes every connection on to the test server's socket, until ``go_away()``: then
the connections it passed are cut (their next statement fails) and a new one is accepted and
never answered, so that libpq waits its whole ``connect_timeout`` (a black-holed route).
``come_back()`` passes connections on again."""

from __future__ import annotations

import contextlib
import shutil
import socket
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

PORT = 5432


class BlackHole:
    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        self.target = str(Path(query["host"]) / f".s.PGSQL.{query.get('port', PORT)}")
        self.folder = Path(tempfile.mkdtemp(prefix="ccd-hole-"))
        query["host"] = str(self.folder)
        query["connect_timeout"] = "2"
        #: ``url`` through this socket, libpq waiting 2 s at most for a connection.
        self.url = f"{parts.scheme}://{parts.netloc}{parts.path}?{urlencode(query, safe='/')}"
        self.away = False
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(str(self.folder / f".s.PGSQL.{PORT}"))
        self._listener.listen(64)
        threading.Thread(target=self._accept, daemon=True).start()

    def go_away(self) -> None:
        with self._lock:
            self.away = True
            passed, self._open = self._open, []
        for sock in passed:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def come_back(self) -> None:
        with self._lock:
            self.away = False

    def close(self) -> None:
        self.go_away()
        self._listener.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._open.append(client)  # away: kept open, never answered
                if self.away:
                    continue
                server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                server.connect(self.target)
                self._open.append(server)
            threading.Thread(target=_pump, args=(client, server), daemon=True).start()
            threading.Thread(target=_pump, args=(server, client), daemon=True).start()


def _pump(source: socket.socket, sink: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            sink.sendall(data)
    for sock in (source, sink):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


@contextlib.contextmanager
def black_hole(url: str) -> Iterator[BlackHole]:
    hole = BlackHole(url)
    try:
        yield hole
    finally:
        hole.close()
