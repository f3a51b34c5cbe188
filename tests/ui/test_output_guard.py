"""The window's side of the output guard and of the one-line messages."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.ui.messages import describe

TODAY_TEXT = "2026-11-26"


def _args(tmp_path: Path, screenshot: Path) -> argparse.Namespace:
    from datetime import date

    return argparse.Namespace(db=tmp_path / "ledger.sqlite3", today=date.fromisoformat(TODAY_TEXT),
                              demo=False, screenshot=screenshot, self_test=False)  # fmt: skip


def test_screenshots_onto_an_existing_file_are_refused(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.ui.app import run_from_cli

    picture = tmp_path / "picture.png"
    picture.write_bytes(b"my own picture")
    assert run_from_cli(_args(tmp_path, picture)) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "not a folder" in err
    assert picture.read_bytes() == b"my own picture"


def test_screenshots_onto_a_fifo_or_the_ledger_are_refused(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.ui.app import run_from_cli

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert run_from_cli(_args(tmp_path, fifo)) == 1
    assert run_from_cli(_args(tmp_path, tmp_path / "ledger.sqlite3")) == 1
    assert "the ledger itself" in capsys.readouterr().err


@pytest.mark.parametrize("typed", ["Web\nerror: fake", "\x1b[2J", "a\rb", "\u202eevil"])
def test_the_windows_messages_show_typed_text_escaped(typed: str) -> None:
    text = describe(DomainError("project.unknown", project=typed))
    assert len(text.splitlines()) == 1
    assert typed.encode("unicode_escape").decode("ascii") in text
