"""A ledger named by a URL of a scheme this program does not speak (``mysql://h/db``,
``sqlite://…``, a typo such as ``postgresq://``): refused in one line naming the scheme, and
nothing created. It used to be taken as a file path: the command made the folders
``mysql:/h`` and an empty ledger ``db`` in them, and listed its (no) projects with exit 0.
A ``file://`` URL (a file manager's drag and drop) is the file it names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.services.desk import Desk, ledger_location
from tests.helpers.ledger import Cli, assert_one_error_line

OTHERS = ["mysql://h/db", "sqlite:///tmp/x.sqlite3", "postgresq://me@h/credits", "HTTPS://h/x"]


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.mark.parametrize("url", OTHERS)
def test_a_url_of_another_scheme_is_refused_and_nothing_is_created(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    before = _tree(tmp_path)
    result = Cli(url, capsys)("project", "list")  # type: ignore[arg-type]
    assert result.code == 1, (result.out, result.err)
    line = assert_one_error_line(result.err)
    scheme = url.partition("://")[0].lower()
    assert f"{scheme}://" in line and "postgresql://" in line, line
    assert result.out == ""
    assert _tree(tmp_path) == before


def test_the_password_of_another_schemes_url_is_not_repeated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = Cli("mysql://me:s3cret@h/db", capsys)("project", "list")  # type: ignore[arg-type]
    assert result.code == 1
    assert "s3cret" not in result.err and "mysql://" in result.err


def test_a_copy_to_another_scheme_is_refused_and_nothing_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    Cli(ledger, capsys).ok("project", "add", "Web")
    monkeypatch.chdir(tmp_path)
    before = _tree(tmp_path)
    line = Cli(ledger, capsys).refused("ledger", "copy", "--to", "mysql://h/db", expect="mysql://")
    assert "postgresql://" in line
    assert _tree(tmp_path) == before


def test_the_environment_variable_is_held_to_the_same_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.cli.main import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLOUD_CREDIT_DB", "mysql://h/db")
    assert main(["project", "list"]) == 1
    assert "mysql://" in assert_one_error_line(capsys.readouterr().err)
    assert _tree(tmp_path) == []


def test_a_file_url_is_the_file_it_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "dossier é" / "ledger.sqlite3"
    ledger.parent.mkdir()
    Cli(ledger, capsys).ok("project", "add", "Web")
    url = ledger.as_uri()  # file:///…/dossier%20%C3%A9/ledger.sqlite3
    assert ledger_location(url) == ledger
    names = [p["name"] for p in Cli(url, capsys).ok("project", "list")]  # type: ignore[arg-type]
    assert names == ["Web"]


def test_a_file_url_of_another_machine_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.domain.errors import DomainError

    monkeypatch.chdir(tmp_path)
    with pytest.raises(DomainError) as refused:
        Desk.open(ledger_location("file://server/share/ledger.sqlite3"))
    assert refused.value.code == "ledger.other_scheme"
    assert os.listdir(tmp_path) == []
