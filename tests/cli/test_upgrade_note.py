"""`cloud-credit` on an older ledger file migrates it as it opens (a copy of it as it was
first): it says so, one `note:` line on stderr naming both schema versions and the copy,
never on stdout, whose JSON stays what the same command prints on a current ledger (the
tryout saw the migration done silently)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_app.storage.sqlite.schema import SCHEMA_VERSION
from tests.helpers.ledger import Cli, dump
from tests.storage.test_migration_v5 import ledger_of_schema

COMMAND = ("project", "list")


def _old_and_current(tmp_path: Path) -> tuple[Path, Path]:
    """Two copies of one schema-7 ledger: the first left old, the second already upgraded."""
    old, current = tmp_path / "old" / "ledger.sqlite3", tmp_path / "current" / "ledger.sqlite3"
    old.parent.mkdir()
    current.parent.mkdir()
    ledger_of_schema(old, 7)
    shutil.copyfile(old, current)
    return old, current


def test_the_upgrade_is_said_on_stderr_and_stdout_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, current = _old_and_current(tmp_path)
    Cli(current, capsys)(*COMMAND)  # upgraded here, said here (not what this test reads)
    expected = Cli(current, capsys)(*COMMAND)
    assert expected.code == 0 and expected.err == ""
    before = dump(old)

    result = Cli(old, capsys)(*COMMAND)

    assert result.code == 0, result.err
    assert result.out == expected.out  # the same JSON, byte for byte
    json.loads(result.out)
    (line,) = result.err.splitlines()
    (copy,) = old.parent.glob(f"ledger.before-v{SCHEMA_VERSION}.*.sqlite3")
    assert line == (
        f"note: the ledger {old} was upgraded from schema 7 to {SCHEMA_VERSION}; "
        f"a copy of it as it was is kept at {copy}"
    )
    assert dump(copy) == before  # the copy named is the ledger as it was
    again = Cli(old, capsys)(*COMMAND)
    assert again.err == "" and again.out == expected.out  # said once, when it happens


def test_in_text_output_too_and_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --json stdout is the same text as on a current ledger; the note is in the
    language of the ledger's refusals (here the environment's: the ledger sets none), its
    tag ``note:`` as ``error:`` and ``warning:`` are, for a script to read."""
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    old, current = _old_and_current(tmp_path)
    Cli(current, capsys)(*COMMAND)
    expected = Cli(current, capsys)(*COMMAND, as_json=False)

    result = Cli(old, capsys)(*COMMAND, as_json=False)

    assert result.code == 0 and result.out == expected.out
    (line,) = result.err.splitlines()
    assert line.startswith(f"note: le registre {old} a été mis à jour du schéma 7 au schéma ")
    assert f"ledger.before-v{SCHEMA_VERSION}." in line


def test_a_current_or_new_ledger_says_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = Cli(tmp_path / "new.sqlite3", capsys)
    assert new(*COMMAND).err == ""  # created: nothing was upgraded
    assert new(*COMMAND).err == ""
    assert not list(tmp_path.glob("new.before-*"))
