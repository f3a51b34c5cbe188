"""A server URL libpq cannot read (issue 9): `--db` says so in one line, no traceback, the
password not repeated."""

from __future__ import annotations

import pytest

from tests.helpers.ledger import Cli, assert_one_error_line


@pytest.mark.parametrize(
    "url",
    ["postgresql://?nosuchoption=1&password=s3cret", "postgresql://me:s3cret@[::1/credits"],
)
def test_an_unreadable_server_url_is_refused_in_one_line(url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("psycopg")
    result = Cli(url, capsys)("project", "list")  # type: ignore[arg-type]
    assert result.code == 1
    line = assert_one_error_line(result.err)
    assert "s3cret" not in line and "libpq" in line
    assert result.out == ""
