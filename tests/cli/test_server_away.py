"""The command line on a server that goes away (issue 9): a command is one-shot, so a lost
connection fails it with its words, in one line, exit 1, nothing written (the window's
background reconnect has nothing to wait for here); a server that does not answer is told
after the URL's connect_timeout, as before."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.cli.main import main
from desktop_app.services.desk import Desk
from tests.helpers.blackhole import black_hole
from tests.helpers.ledger import Cli, assert_one_error_line
from tests.helpers.pg import Server, dump_server

pytestmark = pytest.mark.postgres


def test_a_command_whose_connection_is_lost_fails_and_writes_nothing(  # type: ignore[no-untyped-def]
    pg_url: str, pg_server: Server, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    import psycopg

    real_open = Desk.open

    def open_then_lose(cls: type[Desk], *args: Any, **kwargs: Any) -> Desk:
        desk = real_open(*args, **kwargs)
        pid = desk._ledger.conn.info.backend_pid  # type: ignore[attr-defined]
        with psycopg.connect(pg_server.admin_of(pg_url), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s, 5000)", (pid,))
        return desk

    monkeypatch.setattr(Desk, "open", classmethod(open_then_lose))
    line = Cli(pg_url, capsys).refused("project", "add", "Web", expect="was lost")  # type: ignore[arg-type]
    assert "nothing half-written was kept" in line


def test_a_server_that_does_not_answer_is_told_in_one_line(pg_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    before = dump_server(pg_url)
    with black_hole(pg_url) as hole:
        hole.go_away()
        assert main(["--db", hole.url, "project", "add", "Web"]) == 1
    line = assert_one_error_line(capsys.readouterr().err)
    assert line.startswith("error: cannot reach the ledger") and "timeout" in line
    assert dump_server(pg_url) == before
