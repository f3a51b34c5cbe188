"""A server ledger named in libpq's ``keyword=value`` form (``service=name``, ``host=…
dbname=…``) on the command line and in ``CLOUD_CREDIT_DB``, as the window's File > Open a
server ledger takes it (issue 9): the same connection as its URL."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from desktop_app.services.desk import default_ledger_path, ledger_location
from tests.helpers.ledger import Cli

pytest.importorskip("psycopg")


def _keywords(url: str) -> dict[str, str]:
    """The libpq keywords of a test server's URL (``postgresql:///db?host=…&user=…``)."""
    parts = urlsplit(url)
    return {"dbname": parts.path.lstrip("/"), **dict(parse_qsl(parts.query))}


def test_keywords_are_a_server_ledger_and_a_file_stays_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ledger_location(" service=team ") == "postgresql://?service=team"
    monkeypatch.chdir(tmp_path)
    assert ledger_location("notes=1.sqlite3") == tmp_path / "notes=1.sqlite3"
    monkeypatch.setenv("CLOUD_CREDIT_DB", "service=team")
    assert default_ledger_path().name == "ledger.sqlite3"  # not a file named service=team


@pytest.mark.postgres
def test_db_keywords_open_the_server_ledger(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # taken for a file, it would be made here
    typed = " ".join(f"{key}={value}" for key, value in _keywords(pg_url).items())
    Cli(typed, capsys).ok("project", "add", "Web")  # type: ignore[arg-type]
    names = [p["name"] for p in Cli(pg_url, capsys).ok("project", "list")]  # type: ignore[arg-type]
    assert names == ["Web"]
    assert not any("=" in p.name for p in tmp_path.iterdir())  # no file named so


@pytest.mark.postgres
def test_cloud_credit_db_service_opens_the_server_ledger(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # taken for a file, it would be made here
    services = tmp_path / "pg_service.conf"
    lines = [f"{key}={value}" for key, value in _keywords(pg_url).items()]
    services.write_text("[team]\n" + "\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    Cli(pg_url, capsys).ok("project", "add", "Web")  # type: ignore[arg-type]
    monkeypatch.setenv("CLOUD_CREDIT_DB", "service=team")
    capsys.readouterr()
    from desktop_app.cli.main import main

    assert main(["--json", "project", "list"]) == 0
    assert '"Web"' in capsys.readouterr().out
