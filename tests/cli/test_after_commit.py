"""The one after-commit rule: a command whose write committed never exits 1 afterwards.

A script that retries on exit 1 must not buy twice because its stdout was full or closed. A
read whose output fails says so (exit 1); a reader that went away (`| head`) is not an error.
Real processes: the failure is the operating system's, at the last flush, as in real life.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.domain.errors import DomainError
from tests.helpers.ledger import (
    TODAY,
    Cli,
    Result,
    assert_one_error_line,
    child_env,
    copy_ledger,
    dump,
    program,
    query,
)

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")

BUY = ("credit", "buy", "--project", "Web", "--amount", "10")


def _argv(db: Path, args: tuple[str, ...], as_json: bool) -> list[str]:
    return [*program(), "--db", str(db), "--today", TODAY, *(["--json"] if as_json else []), *args]


def to_full_disk(db: Path, *args: str, as_json: bool = True) -> Result:
    """The program with its stdout on /dev/full (every write: ENOSPC)."""
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run(  # noqa: PLW1510 - the exit code is the point
            _argv(db, args, as_json), stdout=full, stderr=subprocess.PIPE,
            encoding="utf-8", env=child_env(), timeout=60, cwd=db.parent,
        )  # fmt: skip
    return Result(done.returncode, "", done.stderr)


def to_closed_pipe(db: Path, *args: str, as_json: bool = True) -> Result:
    """The program writing into a pipe whose reader has gone (EPIPE)."""
    child = subprocess.Popen(
        _argv(db, args, as_json), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        encoding="utf-8", env=child_env(), cwd=db.parent,
    )  # fmt: skip
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    err = child.stderr.read()
    child.stderr.close()
    return Result(child.wait(timeout=60), "", err)


def _close_stdout() -> None:
    os.close(1)


def with_stdout_closed(db: Path, *args: str, as_json: bool = True) -> Result:
    """The program started with no stdout at all (`>&-`)."""
    done = subprocess.run(  # noqa: PLW1510
        _argv(db, args, as_json), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        encoding="utf-8", env=child_env(), timeout=60, cwd=db.parent,
        preexec_fn=_close_stdout,
    )  # fmt: skip
    return Result(done.returncode, "", done.stderr)


Runner = Callable[..., Result]
BROKEN_STDOUTS = [to_full_disk, to_closed_pipe, with_stdout_closed]


@pytest.fixture
def ledger(funded_template: Path, tmp_path: Path) -> Path:
    return copy_ledger(funded_template, tmp_path / "ledger.sqlite3")


def _orders(db: Path) -> int:
    return int(query(db, "SELECT COUNT(*) FROM orders")[0][0])


def _warning(err: str) -> str:
    assert "Traceback" not in err and "Exception ignored" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning: "), lines
    return lines[0]


@pytest.mark.parametrize("as_json", [True, False])
@pytest.mark.parametrize("runner", BROKEN_STDOUTS)
def test_a_committed_purchase_exits_0_with_a_warning(
    ledger: Path, runner: Runner, as_json: bool
) -> None:
    before = _orders(ledger)
    result = runner(ledger, *BUY, as_json=as_json)
    assert result.code == 0, result.err
    line = _warning(result.err)
    assert "recorded" in line and "do not run the command again" in line
    assert _orders(ledger) == before + 1, "the purchase is in the ledger, once"


@pytest.mark.parametrize(
    "args",
    [
        ("project", "add", "Other"),
        ("voucher", "issue", "--amount", "5", "--expires-on", "2026-12-31"),
        ("settings", "--set", "language=en"),
        ("invoice", "post", "--project", "Web", "--date", TODAY, "--line", "compute=1"),
    ],
)
def test_every_write_follows_the_same_rule(ledger: Path, args: tuple[str, ...]) -> None:
    before = dump(ledger)
    result = to_full_disk(ledger, *args)
    assert result.code == 0, result.err
    _warning(result.err)
    assert dump(ledger) != before


@pytest.mark.parametrize("as_json", [True, False])
@pytest.mark.parametrize("args", [("project", "list"), ("movement", "list"), ("check",)])
def test_a_read_to_a_full_disk_is_one_error_line(
    ledger: Path, args: tuple[str, ...], as_json: bool
) -> None:
    before = dump(ledger)
    result = to_full_disk(ledger, *args, as_json=as_json)
    assert result.code == 1
    line = assert_one_error_line(result.err)
    assert "could not be written" in line and "No space left" in line
    assert dump(ledger) == before


def test_a_read_whose_reader_went_away_is_not_an_error(ledger: Path) -> None:
    before = dump(ledger)
    for args in (("project", "list"), ("movement", "list")):
        result = to_closed_pipe(ledger, *args)
        assert (result.code, result.err) == (0, "")
    assert dump(ledger) == before


def test_a_read_with_no_stdout_at_all_is_one_error_line(ledger: Path) -> None:
    result = with_stdout_closed(ledger, "project", "list")
    assert result.code == 1
    assert_one_error_line(result.err)


def test_a_refusal_is_still_exit_1_when_stdout_is_full(ledger: Path) -> None:
    before = dump(ledger)
    result = to_full_disk(ledger, "credit", "buy", "--project", "Web", "--amount", "-5")
    assert result.code == 1
    assert "negative" in assert_one_error_line(result.err)
    assert dump(ledger) == before


def test_the_warning_follows_the_ledgers_language(ledger: Path) -> None:
    french = _argv(ledger, ("settings", "--set", "language=fr"), True)
    assert subprocess.run(french, env=child_env(), capture_output=True, check=False).returncode == 0
    result = to_full_disk(ledger, *BUY)
    assert result.code == 0
    assert "enregistrée" in _warning(result.err)


def test_a_refusal_after_the_commit_is_a_warning_not_a_failure(
    web: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rule is the command line's, not one command's: whatever fails after the commit."""
    # `credit buy` commits, then serialises the order it wrote: make that step refuse.
    import desktop_app.cli.commands.credit as credit_commands

    def busy(*args: object) -> object:
        raise DomainError("ledger.busy", path=str(web.db))

    monkeypatch.setattr(credit_commands, "order_json", busy)
    result = web(*BUY)
    assert result.code == 0
    line = _warning(result.err)
    assert "recorded" in line and "busy" in line
    assert _orders(web.db) == 1
    monkeypatch.undo()
    assert web.ok("order", "list")[0]["amount_ht"] == "10.00"
