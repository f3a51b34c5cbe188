"""A full disk: every command says so and what to do; a write it stops leaves the ledger as it was.

Real full disks where the machine allows it (a small tmpfs, mounted by root; skipped elsewhere),
and the same conditions made deterministic: ``PRAGMA max_page_count`` (SQLite's own "full"),
and a connection that fails the way SQLite does on a full disk (it rolls the transaction back
itself, so a COMMIT or ROLLBACK after it finds none and would hide the real error).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.errors import EnvironmentFault, LedgerError
from desktop_app.storage.sqlite import connection, ledger
from desktop_app.storage.sqlite.connection import translate
from desktop_app.storage.sqlite.ledger import SqliteLedger
from tests.helpers.ledger import Cli, assert_one_error_line, digest, dump, run_program
from tests.storage.ledger_files import PLAIN_READS, READS, WRITES, fresh_copy

MASKED = "no transaction is active"
DAY = date(2026, 1, 31)


# -- a real full disk ------------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs of its own (root on Linux; skipped where mounting is not allowed)."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root on Linux to mount a small tmpfs")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill the disk to the last block, then give back ``leave`` bytes."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        with contextlib.suppress(OSError):
            while os.write(fd, b"\0" * 4096):
                pass
    finally:
        os.close(fd)
    assert shutil.disk_usage(disk).free < 4096
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def test_on_a_full_disk_every_command_says_the_disk_is_full(
    small_disk: Path, template: Path
) -> None:
    db = fresh_copy(template, small_disk / "ledger.sqlite3")
    before = dump(db)
    filler = fill(small_disk)
    sealed = digest(db)
    for args in (*WRITES, *READS):
        result = run_program(db, *args)
        assert result.code == 1, (args, result)
        line = assert_one_error_line(result.err)
        assert MASKED not in line, line
        for word in ("disk", "full", "free", "unchanged", str(db)):
            assert word in line, (args, line)
        assert result.out == ""
        assert digest(db) == sealed, args
    filler.unlink()
    assert dump(db) == before
    assert run_program(db, "check").data == {"ok": True, "problems": []}


def test_a_disk_that_fills_during_a_write_leaves_the_ledger_as_it_was(
    small_disk: Path, template: Path
) -> None:
    db = fresh_copy(template, small_disk / "ledger.sqlite3")
    before = dump(db)
    filler = fill(small_disk, leave=128 * 1024)
    big = ("voucher", "issue", "--amount", "5", "--expires-on", "2026-12-31", "--count", "5000")
    result = run_program(db, *big)
    assert result.code == 1, result
    line = assert_one_error_line(result.err)
    assert "full" in line and "unchanged" in line, line
    filler.unlink()
    assert dump(db) == before, "a write stopped by a full disk changed the ledger"
    assert run_program(db, "check").data == {"ok": True, "problems": []}


def test_an_open_ledger_writes_again_once_space_is_freed(small_disk: Path, template: Path) -> None:
    """The window keeps its connection: a COMMIT that failed must not leave it in a transaction."""
    db = fresh_copy(template, small_disk / "ledger.sqlite3")
    with SqliteLedger(db) as book:
        before = dump(db)
        filler = fill(small_disk, leave=64 * 1024)
        with pytest.raises(LedgerError) as refused, book.write() as tx:
            for n in range(400):
                tx.projects.add(f"Project {n:04d} " + "x" * 400, "y" * 2000, DAY)
        assert refused.value.code == "ledger.disk_full"
        assert not book.conn.in_transaction
        filler.unlink()
        assert dump(db) == before
        with book.write() as tx:
            tx.projects.add("After", "", DAY)
    assert [r[1] for r in dump(db)["projects"]].count("After") == 1


# -- the same, deterministic ------------------------------------------------------------------
def capped(monkeypatch: pytest.MonkeyPatch, extra_pages: int = 0) -> None:
    """Every ledger opened from now on may not grow past its size (SQLite's SQLITE_FULL)."""
    real = ledger.connect

    def connect(path: Path) -> tuple[sqlite3.Connection, Any]:
        conn, upgraded = real(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + extra_pages}")
        return conn, upgraded

    monkeypatch.setattr(ledger, "connect", connect)


def test_a_write_that_needs_more_pages_than_allowed_is_a_full_disk(
    cli: Cli, template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh_copy(template, cli.db)
    capped(monkeypatch)
    line = cli.refused(
        "voucher", "issue", "--amount", "5", "--expires-on", "2026-12-31", "--count", "2000"
    )
    assert "full" in line and "free" in line and "unchanged" in line, line


def failing_connection(fail: Callable[[str, sqlite3.Connection], BaseException | None]) -> type:
    """A connection class whose ``execute`` fails as ``fail`` says (None: run the statement)."""

    class Failing(sqlite3.Connection):
        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
            error = fail(sql, self)
            if error is not None:
                raise error
            return super().execute(sql, *args)

    return Failing


def sqlite_error(name: str, text: str = "disk I/O error") -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = getattr(sqlite3, name)
    error.sqlite_errorname = name
    return error


def open_with(monkeypatch: pytest.MonkeyPatch, db: Path, factory: type) -> None:
    """The program's connections to ``db`` are made with ``factory``."""
    real = sqlite3.connect

    def connect(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if str(target) == str(db):
            kwargs["factory"] = factory
        return real(target, *args, **kwargs)

    monkeypatch.setattr(connection.sqlite3, "connect", connect)


def as_sqlite_on_a_full_disk(name: str, when: str) -> Callable[[str, sqlite3.Connection], Any]:
    """Fail the first statement starting with ``when`` as SQLite does: roll back, then raise."""
    spent: list[bool] = []

    def fail(sql: str, conn: sqlite3.Connection) -> BaseException | None:
        if spent or not sql.upper().startswith(when):
            return None
        if when == "COMMIT" and not conn.total_changes:
            return None  # the read at open; this one fails the write's
        spent.append(True)
        if conn.in_transaction:
            sqlite3.Connection.execute(conn, "ROLLBACK")
        return sqlite_error(name)

    return fail


@pytest.mark.parametrize(
    ("name", "when", "free", "code"),
    [
        ("SQLITE_IOERR_SHMSIZE", "PRAGMA USER_VERSION", 0, "ledger.disk_full"),
        ("SQLITE_IOERR_SHMSIZE", "PRAGMA USER_VERSION", 10**9, "ledger.disk"),
        ("SQLITE_FULL", "PRAGMA USER_VERSION", 10**9, "ledger.disk_full"),
        ("SQLITE_FULL", "COMMIT", 10**9, "ledger.disk_full"),
        ("SQLITE_IOERR_WRITE", "COMMIT", 0, "ledger.disk_full"),
        ("SQLITE_IOERR_FSYNC", "COMMIT", 10**9, "ledger.disk"),
    ],
    ids=["shm-full", "shm-io", "open-full", "commit-full", "commit-write-full", "commit-fsync"],
)
def test_the_real_error_is_reported_not_the_commit_after_it(
    cli: Cli,
    template: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    when: str,
    free: int,
    code: str,
) -> None:
    fresh_copy(template, cli.db)
    before = dump(cli.db)
    usage = shutil.disk_usage(cli.db.parent)
    monkeypatch.setattr(connection.shutil, "disk_usage", lambda _: usage._replace(free=free))
    open_with(monkeypatch, cli.db, failing_connection(as_sqlite_on_a_full_disk(name, when)))
    result = cli(*WRITES[0])
    assert result.code == 1, result
    line = assert_one_error_line(result.err)
    assert MASKED not in line, line
    expected = {"ledger.disk_full": "is full", "ledger.disk": "reported an error"}[code]
    assert expected in line, line
    monkeypatch.undo()
    assert dump(cli.db) == before


def test_a_failed_rollback_does_not_hide_the_failure_before_it(
    tmp_path: Path, template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = fresh_copy(template, tmp_path / "ledger.sqlite3")

    def fail(sql: str, conn: sqlite3.Connection) -> BaseException | None:
        if sql.upper().startswith("ROLLBACK"):
            return sqlite_error("SQLITE_IOERR", "cannot rollback - no transaction is active")
        if sql.upper().startswith("INSERT INTO PROJECTS"):
            return sqlite_error("SQLITE_FULL", "database or disk is full")
        return None

    open_with(monkeypatch, db, failing_connection(fail))
    with SqliteLedger(db) as book, pytest.raises(LedgerError) as refused, book.write() as tx:
        tx.projects.add("Web 2", "", DAY)
    assert refused.value.code == "ledger.disk_full"


def test_a_commit_that_fails_and_leaves_the_transaction_open_is_rolled_back(
    tmp_path: Path, template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLITE_BUSY at COMMIT keeps the transaction: write() ends it, so the next one can run."""
    db = fresh_copy(template, tmp_path / "ledger.sqlite3")
    before = dump(db)
    spent: list[bool] = []

    def fail(sql: str, conn: sqlite3.Connection) -> BaseException | None:
        if sql.upper().startswith("COMMIT") and conn.total_changes and not spent:
            spent.append(True)
            return sqlite_error("SQLITE_BUSY", "database is locked")
        return None

    open_with(monkeypatch, db, failing_connection(fail))
    with SqliteLedger(db) as book:
        with pytest.raises(LedgerError) as refused, book.write() as tx:
            tx.projects.add("First", "", DAY)
        assert refused.value.code == "ledger.busy"
        assert not book.conn.in_transaction
        assert dump(db) == before
        with book.write() as tx:
            tx.projects.add("Second", "", DAY)
    names = [r[1] for r in dump(db)["projects"]]
    assert "Second" in names and "First" not in names


# -- telling errors apart by SQLite's code, not its words ---------------------------------------
@pytest.mark.parametrize(
    ("name", "text", "code"),
    [
        ("SQLITE_FULL", "database is locked", "ledger.disk_full"),
        ("SQLITE_BUSY", "database or disk is full", "ledger.busy"),
        ("SQLITE_BUSY_SNAPSHOT", "", "ledger.busy"),
        ("SQLITE_LOCKED", "", "ledger.busy"),
        ("SQLITE_READONLY_DBMOVED", "malformed", "ledger.read_only"),
        ("SQLITE_CORRUPT_INDEX", "read-only", "ledger.corrupted"),
        ("SQLITE_NOTADB", "", "ledger.not_sqlite"),
        ("SQLITE_CANTOPEN", "disk is full", "ledger.cannot_open"),
        ("SQLITE_IOERR_WRITE", "", "ledger.disk"),
    ],
)
def test_translate_goes_by_the_sqlite_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, code: str
) -> None:
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(connection.shutil, "disk_usage", lambda _: usage._replace(free=10**9))
    fault = translate(sqlite_error(name, text), tmp_path / "l.sqlite3")
    assert isinstance(fault, EnvironmentFault)
    assert fault.code == code


def test_no_space_left_when_creating_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An OSError (here ENOSPC from mkdir) gets the same words as SQLite's full disk."""

    def no_space(self: Path, *args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))

    monkeypatch.setattr(Path, "mkdir", no_space)
    cli = Cli(tmp_path / "new" / "ledger.sqlite3", capsys)
    for args in (WRITES[0], PLAIN_READS[0]):
        result = cli(*args)
        assert result.code == 1
        assert "is full" in assert_one_error_line(result.err)
