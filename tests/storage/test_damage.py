"""A damaged ledger: no write goes into it, a read says so and how to restore, `check` reports.

Damage SQLite would not notice on its own path: the last byte cut off (the page reads back as
zeros, an index loses a row) and random bytes over a page the command does not touch.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.errors import LedgerError
from desktop_app.storage.sqlite.ledger import SqliteLedger
from tests.helpers.ledger import Cli, assert_one_error_line, digest, dump, siblings
from tests.storage.ledger_files import (
    PLAIN_READS,
    WRITES,
    cut_last_byte,
    expect_refusal,
    fresh_copy,
    page_size_and_count,
    scramble,
)

RESTORE = ("damaged", "backup", "restore")


def test_a_write_into_a_ledger_cut_short_by_one_byte_is_refused(cli: Cli, template: Path) -> None:
    fresh_copy(template, cli.db)
    cut_last_byte(cli.db)
    for args in WRITES:
        expect_refusal(cli, args, str(cli.db), *RESTORE)


def test_a_read_of_a_ledger_cut_short_says_it_is_damaged(cli: Cli, template: Path) -> None:
    fresh_copy(template, cli.db)
    cut_last_byte(cli.db)
    for args in PLAIN_READS:
        expect_refusal(cli, args, *RESTORE)


def test_check_reports_a_ledger_cut_short(cli: Cli, template: Path) -> None:
    fresh_copy(template, cli.db)
    cut_last_byte(cli.db)
    before, around = digest(cli.db), siblings(cli.db)
    result = cli("check")
    assert result.code == 1, result
    assert result.err == ""
    problems = result.data["problems"]
    assert result.data["ok"] is False
    assert any("cut short" in p for p in problems), problems
    assert (digest(cli.db), siblings(cli.db)) == (before, around)


def test_a_write_into_a_ledger_cut_by_whole_pages_is_refused(cli: Cli, template: Path) -> None:
    page_size, pages = page_size_and_count(template)
    cli.db.write_bytes(template.read_bytes()[: page_size * (pages - 1)])
    for args in WRITES:
        expect_refusal(cli, args, *RESTORE)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_write_into_a_ledger_with_random_bytes_over_a_middle_page_is_refused(
    cli: Cli, template: Path, seed: int
) -> None:
    """Every page but the first in turn; each write in turn (the one page it would not read)."""
    page_size, pages = page_size_and_count(template)
    assert pages > 20
    for page in range(2, pages + 1):
        fresh_copy(template, cli.db)
        scramble(cli.db, page, page_size, seed=seed * 1000 + page)
        args = WRITES[page % len(WRITES)]
        line = expect_refusal(cli, args, *RESTORE)
        assert "\n" not in line


def test_the_damage_message_names_the_backups_to_restore(cli: Cli, template: Path) -> None:
    fresh_copy(template, cli.db)
    cut_last_byte(cli.db)
    line = expect_refusal(cli, WRITES[0])
    assert "cloud-credit backup" in line, line
    assert "upgrade" in line, line  # the copy taken before a migration
    assert "nothing was written" in line, line


def test_a_refused_write_leaves_no_journal_or_wal(cli: Cli, template: Path) -> None:
    fresh_copy(template, cli.db)
    page_size, _ = page_size_and_count(template)
    scramble(cli.db, 5, page_size, seed=5)
    for args in WRITES:
        expect_refusal(cli, args, *RESTORE)
    assert siblings(cli.db) == ["ledger.sqlite3"]


# -- in the storage layer ----------------------------------------------------------------------
def count_quick_checks(conn: sqlite3.Connection) -> list[str]:
    seen: list[str] = []
    conn.set_trace_callback(lambda sql: seen.append(sql) if "quick_check" in sql.lower() else None)
    return seen


def test_the_verdict_is_taken_once_per_open_ledger(tmp_path: Path, template: Path) -> None:
    db = fresh_copy(template, tmp_path / "ledger.sqlite3")
    with SqliteLedger(db) as ledger:
        seen = count_quick_checks(ledger.conn)
        for n in range(3):
            with ledger.write() as tx:
                tx.projects.add(f"P{n}", "", date(2026, 1, 31))
        assert len(seen) == 1, seen


def test_a_ledger_cut_short_while_open_refuses_the_next_write(
    tmp_path: Path, template: Path
) -> None:
    """The window keeps the ledger open: damage done meanwhile is seen at the next write."""
    db = fresh_copy(template, tmp_path / "ledger.sqlite3")
    with SqliteLedger(db) as ledger:
        with ledger.write() as tx:
            tx.projects.add("Before", "", date(2026, 1, 31))
        ledger.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cut_last_byte(db)
        before = digest(db)
        with pytest.raises(LedgerError) as refused, ledger.write() as tx:
            tx.projects.add("After", "", date(2026, 1, 31))
        assert refused.value.code == "ledger.corrupted"
        with pytest.raises(LedgerError), ledger.read() as tx:
            tx.projects.with_available(date(2026, 1, 31))
    assert digest(db) == before


def test_a_damaged_ledger_is_not_migrated(tmp_path: Path, template: Path) -> None:
    """An older ledger is migrated on open, a write: not into a damaged one, and no backup."""
    db = fresh_copy(template, tmp_path / "ledger.sqlite3")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    page_size, pages = page_size_and_count(db)
    scramble(db, pages - 1, page_size, seed=7)
    before, around = digest(db), siblings(db)
    with pytest.raises(LedgerError) as refused:
        SqliteLedger(db)
    assert refused.value.code == "ledger.corrupted"
    assert (digest(db), siblings(db)) == (before, around)


def test_a_backup_of_a_damaged_ledger_is_refused(cli: Cli, template: Path, tmp_path: Path) -> None:
    """A damaged copy would be the 'last backup' the message tells the user to restore."""
    fresh_copy(template, cli.db)
    cut_last_byte(cli.db)
    target = tmp_path / "copy.sqlite3"
    expect_refusal(cli, ("backup", "--output", str(target)), *RESTORE)
    assert not target.exists()


def test_an_intact_ledger_still_reads_writes_and_checks(cli: Cli, template: Path) -> None:
    """Guard: the checks do not refuse a healthy ledger, nor one the program just wrote."""
    fresh_copy(template, cli.db)
    before = dump(cli.db)
    for args in WRITES:
        assert cli(*args).code == 0, args
    assert dump(cli.db) != before
    for args in PLAIN_READS:
        assert cli(*args).code == 0, args
    assert cli.ok("check") == {"ok": True, "problems": []}


def test_a_damaged_page_a_read_touches_says_damaged_in_one_line(cli: Cli, template: Path) -> None:
    page_size, pages = page_size_and_count(template)
    for page in range(2, pages + 1):
        fresh_copy(template, cli.db)
        scramble(cli.db, page, page_size, seed=page)
        for args in PLAIN_READS:
            result = cli(*args)
            if result.code != 0:
                line = assert_one_error_line(result.err)
                assert "damaged" in line, line
