"""Ledger file faults: each exits 1 with one clear `error:` line and leaves the file as it was."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from desktop_app.storage.sqlite.schema import FILE_VERSION, SCHEMA_VERSION
from tests.helpers.ledger import (
    Cli,
    as_unprivileged,
    assert_one_error_line,
    checkpoint,
    digest,
    dump,
    run_program,
    siblings,
)
from tests.storage.ledger_files import (
    READS,
    WRITES,
    expect_refusal,
    fresh_copy,
    page_size_and_count,
    root_page,
    smash,
)


# -- not a ledger ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "content",
    [
        b"hello, I am a text file\n",
        b"code,amount\nABCD,5\n",
        bytes(range(256)) * 20,
        b"SQLite format 3\x00" + os.urandom(8000),
    ],
    ids=["text", "csv", "binary", "sqlite-magic-then-garbage"],
)
def test_a_file_that_is_not_sqlite(cli: Cli, content: bytes) -> None:
    cli.db.write_bytes(content)
    for args in (*READS, *WRITES):
        expect_refusal(cli, args, str(cli.db))


def test_a_folder_is_not_a_ledger(cli: Cli) -> None:
    cli.db.mkdir()
    result = cli("project", "list")
    assert result.code == 1
    assert "folder" in assert_one_error_line(result.err)


def test_a_ledger_in_a_folder_that_cannot_be_created(cli: Cli) -> None:
    blocker = cli.db.parent / "file"
    blocker.write_text("not a folder")
    cli.db = blocker / "ledger.sqlite3"
    result = cli("project", "add", "Web")
    assert result.code == 1
    assert_one_error_line(result.err)
    assert blocker.read_text() == "not a folder"


# -- someone else's SQLite file -------------------------------------------------------------------
def make_sqlite(path: Path, version: int, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("version", "statements"),
    [
        (0, ("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)",)),
        (0, ("CREATE TABLE settings (key TEXT, value TEXT)", "INSERT INTO settings VALUES (1, 2)")),
        (0, ("CREATE TABLE projects (id, name)", "CREATE TABLE movements (id)")),
        (SCHEMA_VERSION, ("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)",)),
        (SCHEMA_VERSION + 6, ("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)",)),
    ],
    ids=["other-tables", "a-table-named-like-ours", "some-of-our-table-names", "our-version",
         "higher-version"],
)  # fmt: skip
def test_an_sqlite_file_of_another_program(
    cli: Cli, version: int, statements: tuple[str, ...]
) -> None:
    make_sqlite(cli.db, version, *statements)
    before = dump(cli.db)
    for args in (*READS, *WRITES):
        expect_refusal(cli, args, "another program")
    assert dump(cli.db) == before


def test_an_empty_sqlite_file_becomes_a_ledger(cli: Cli) -> None:
    """No tables and no version: a new, empty database; the program may make it a ledger."""
    make_sqlite(cli.db, 0)
    assert cli.ok("project", "add", "Web") == {"id": 1, "name": "Web"}


# -- a newer version -------------------------------------------------------------------------------
def test_a_ledger_of_a_newer_version_is_left_untouched(
    cli: Cli, template: Path, tmp_path: Path
) -> None:
    fresh_copy(template, cli.db)
    conn = sqlite3.connect(cli.db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    checkpoint(cli.db)
    for args in (*READS, *WRITES, ("expire",), ("backup", "--output", str(tmp_path / "b.db"))):
        line = expect_refusal(cli, args, "newer version", str(SCHEMA_VERSION + 1))
        assert "update" in line.lower()
    assert not (tmp_path / "b.db").exists()


def test_an_older_ledger_is_opened_as_is(cli: Cli, template: Path) -> None:
    """The current version opens without a migration backup next to it."""
    fresh_copy(template, cli.db)
    assert cli.ok("check") == {"ok": True, "problems": []}
    assert siblings(cli.db) == ["ledger.sqlite3"]


# -- corruption -----------------------------------------------------------------------------------
def test_check_on_a_corrupted_page_reports_or_refuses(cli: Cli, template: Path) -> None:
    """Every page from 2 to N, in turn: `check` exits 1, says so, and changes nothing."""
    page_size, pages = page_size_and_count(template)
    assert pages > 20
    reported = refused = 0
    for page in range(2, pages + 1):
        fresh_copy(template, cli.db)
        smash(cli.db, page, page_size)
        before, around = digest(cli.db), siblings(cli.db)
        result = cli("check")
        assert result.code == 1, f"page {page}: check said {result.out}"
        assert "Traceback" not in result.err
        if result.err:
            assert "damaged" in assert_one_error_line(result.err)
            assert result.out == ""
            refused += 1
        else:
            report = result.data
            assert report["ok"] is False and report["problems"], f"page {page}"
            reported += 1
        assert digest(cli.db) == before, f"page {page}: check modified a damaged file"
        assert siblings(cli.db) == around
    assert reported + refused == pages - 1


def test_reading_a_corrupted_table_refuses_cleanly(cli: Cli, template: Path) -> None:
    page_size, _ = page_size_and_count(template)
    for table, args in (
        ("movements", ("movement", "list")),
        ("orders", ("order", "list")),
        ("lots", ("credit", "list", "--project", "Web")),
        ("invoices", WRITES[3]),
    ):
        fresh_copy(template, cli.db)
        smash(cli.db, root_page(template, table), page_size)
        expect_refusal(cli, args, "damaged", "backup")


def test_a_truncated_ledger(cli: Cli, template: Path) -> None:
    page_size, pages = page_size_and_count(template)
    cli.db.write_bytes(template.read_bytes()[: page_size * (pages // 2)])
    for args in (("check",), ("movement", "list"), WRITES[3]):
        result = cli(*args)
        assert result.code == 1, args
        if result.err:
            assert_one_error_line(result.err)
        else:
            assert result.data["ok"] is False


# -- read-only -----------------------------------------------------------------------------------
def test_a_read_only_ledger_refuses_writes_and_allows_reads(tmp_path: Path, template: Path) -> None:
    """Run in a real process that obeys file permissions (as root: without CAP_DAC_OVERRIDE)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    db = fresh_copy(template, folder / "ledger.sqlite3")
    db.chmod(0o444)
    before = digest(db)
    preexec = as_unprivileged()
    for args in WRITES:
        result = run_program(db, *args, preexec_fn=preexec)
        assert result.code == 1, (args, result)
        line = assert_one_error_line(result.err)
        assert "read-only" in line, line
        assert result.out == ""
        assert digest(db) == before
    for args in READS:
        result = run_program(db, *args, preexec_fn=preexec)
        assert result.code == 0, (args, result.err)
        assert result.data is not None
    assert digest(db) == before
    assert dump(db)["user_version"] == FILE_VERSION


def test_a_read_only_ledger_in_a_read_only_folder(tmp_path: Path, template: Path) -> None:
    folder = tmp_path / "cdrom"
    folder.mkdir()
    db = fresh_copy(template, folder / "ledger.sqlite3")
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        before = digest(db)
        preexec = as_unprivileged()
        for args in (*WRITES, *READS):
            result = run_program(db, *args, preexec_fn=preexec)
            if args in WRITES:
                assert result.code == 1, (args, result)
                assert "read-only" in assert_one_error_line(result.err)
            else:
                assert result.code == 0, (args, result.err)
        assert digest(db) == before
        assert siblings(db) == ["ledger.sqlite3"]
    finally:
        folder.chmod(0o755)


def test_the_unprivileged_child_really_cannot_write(tmp_path: Path) -> None:
    """Guard for the two tests above: the way they drop root's powers must work."""
    import subprocess
    import sys

    target = tmp_path / "locked.txt"
    target.write_text("before")
    target.chmod(0o444)
    done = subprocess.run(  # noqa: PLW1510
        [sys.executable, "-c", f"open({str(target)!r}, 'w').write('after')"],
        preexec_fn=as_unprivileged(),
        capture_output=True,
    )
    assert done.returncode != 0
    assert target.read_text() == "before"


# -- busy, full --------------------------------------------------------------------------------
def test_a_ledger_locked_by_another_writer(
    cli: Cli, template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writes wait, then say "busy"; reads go on (WAL); nothing is half-written."""
    from desktop_app.storage.sqlite import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    fresh_copy(template, cli.db)
    before = dump(cli.db)
    other = sqlite3.connect(cli.db, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        for args in WRITES:
            result = cli(*args)
            assert result.code == 1, args
            assert "busy" in assert_one_error_line(result.err)
            assert result.out == ""
        for args in READS:
            assert cli(*args).code == 0, args
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert dump(cli.db) == before
    assert cli.ok("project", "add", "Other")["name"] == "Other"


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE/SIGXFSZ as on Linux")
def test_a_full_disk_refuses_and_keeps_the_ledger(tmp_path: Path, template: Path) -> None:
    """The file may not grow (as on a full disk): exit 1, a clear line, the ledger intact."""
    import resource
    import signal

    db = fresh_copy(template, tmp_path / "ledger.sqlite3")
    limit = db.stat().st_size + 4096

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    before = dump(db)
    result = run_program(
        db, "voucher", "issue", "--amount", "5", "--expires-on", "2026-12-31", "--count", "20000",
        preexec_fn=small_disk,
    )  # fmt: skip
    assert result.code == 1, result
    line = assert_one_error_line(result.err)
    assert "disk" in line and str(db) in line
    assert dump(db) == before
    assert run_program(db, "check").data == {"ok": True, "problems": []}
