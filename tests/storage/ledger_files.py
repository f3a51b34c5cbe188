"""Helpers for the ledger-file fault tests: a ledger of many pages, damage, refusals."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from tests.helpers.ledger import (
    TODAY,
    Cli,
    assert_one_error_line,
    checkpoint,
    digest,
    run_quietly,
    siblings,
)

READS = (("check",), ("project", "list"), ("movement", "list"), ("order", "list"))
#: Reads that are not `check` (which reports on a damaged file instead of refusing).
PLAIN_READS = READS[1:]
WRITES = (
    ("project", "add", "Other"),
    ("credit", "buy", "--project", "Web", "--amount", "10"),
    ("account", "loyalty", "add", "5"),
    ("invoice", "post", "--project", "Web", "--date", TODAY, "--line", "compute=1"),
)


def build_template(db: Path) -> Path:
    """A real ledger with some history, spread over many pages, WAL folded in."""
    run_quietly(db, "project", "add", "Web")
    run_quietly(db, "payment-method", "add", "--type", "card", "--label", "Visa 4242")
    order = run_quietly(db, "credit", "buy", "--project", "Web", "--amount", "5000")
    run_quietly(db, "order", "pay", order["number"])
    run_quietly(db, "account", "launchpad", "add", "50")
    for n in range(40):
        run_quietly(
            db, "invoice", "post", "--project", "Web", "--date", TODAY,
            "--line", f"compute={n + 1}.25", "--line", f"storage-{n:03d}=0.50",
        )  # fmt: skip
    # Descriptions long enough to take pages of their own after the schema's (which grows
    # with each version): the file's last page is data, not the schema.
    for n in range(8):
        run_quietly(db, "project", "add", f"Archive {n}", "--description", "x" * 480)
    checkpoint(db)
    return db


def fresh_copy(template: Path, target: Path) -> Path:
    target.write_bytes(template.read_bytes())
    return target


def expect_refusal(cli: Cli, args: tuple[str, ...], *words: str) -> str:
    """Exit 1, one error line naming the problem, stdout empty; file bytes and folder unchanged."""
    before, around = digest(cli.db), siblings(cli.db)
    result = cli(*args)
    assert result.code == 1, (args, result.code, result.out, result.err)
    line = assert_one_error_line(result.err)
    assert result.out == "", (args, result.out)
    assert digest(cli.db) == before, f"{args}: the file was modified"
    assert siblings(cli.db) == around, f"{args}: files were left next to the ledger"
    for word in words:
        assert word.lower() in line.lower(), line
    return line


def page_size_and_count(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        count = conn.execute("PRAGMA page_count").fetchone()[0]
        return int(size), int(count)
    finally:
        conn.close()


def root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        return int(row[0])
    finally:
        conn.close()


def smash(
    path: Path, page: int, page_size: int, *, start: int = 0, length: int | None = None
) -> None:
    """Overwrite bytes of one page (1-based) with a pattern no valid b-tree page has."""
    length = page_size - start if length is None else length
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size + start)
        handle.write((b"\xde\xad\xbe\xef" * (length // 4 + 1))[:length])


def scramble(path: Path, page: int, page_size: int, seed: int) -> None:
    """Overwrite one whole page (1-based) with random bytes (the same for the same seed)."""
    noise = random.Random(seed).randbytes(page_size)
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(noise)


def cut_last_byte(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:-1])
