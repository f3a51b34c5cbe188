"""The WAL's checkpoints run off the posting path (storage/sqlite/checkpoint.py): never inside a
COMMIT, once the ledger is idle or the WAL is large, and a SIGKILL at any moment loses no
committed write."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from desktop_app.domain.model import Voucher
from desktop_app.storage.sqlite.ledger import SqliteLedger
from tests.helpers.files import siblings
from tests.storage.rows import DAY


def _vouchers(start: int, count: int) -> list[Voucher]:
    """``count`` catalogue rows (codes need not be checkable here: storage stores them)."""
    return [
        Voucher(f"T{start + i:09d}", Decimal("10"), DAY, date(2027, 6, 30), frozenset())
        for i in range(count)
    ]


def _write(ledger: SqliteLedger, start: int, count: int) -> None:
    with ledger.write() as tx:
        tx.vouchers.add(_vouchers(start, count), DAY)


def _wait_for(condition, seconds: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return False


def _main_file_only(path: Path, tmp: Path) -> int:
    """Vouchers in the main file alone, as if the WAL were gone: what was checkpointed."""
    copy = tmp / "main-only.sqlite3"
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(copy)
    try:
        return int(conn.execute("SELECT count(*) FROM vouchers").fetchone()[0])
    finally:
        conn.close()


def test_a_commit_never_checkpoints(tmp_path: Path) -> None:
    """SQLite's automatic checkpoint is off: with the checkpointer held back, the WAL grows
    past SQLite's 1,000-page trigger and the main file has none of the writes."""
    SqliteLedger(tmp_path / "ledger.sqlite3").close()  # the schema in the main file
    with SqliteLedger(tmp_path / "ledger.sqlite3") as ledger:
        assert ledger.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        ledger.checkpointer.idle_seconds = 3600
        ledger.checkpointer.max_commits = 10**9
        for round_ in range(6):
            _write(ledger, round_ * 20_000, 20_000)
        assert ledger.checkpointer.wal_bytes() > 1000 * 4096 * 2
        assert ledger.checkpointer.done == 0
        assert _main_file_only(ledger.path, tmp_path) == 0


def test_the_wal_is_checkpointed_once_idle(tmp_path: Path) -> None:
    with SqliteLedger(tmp_path / "ledger.sqlite3") as ledger:
        ledger.checkpointer.idle_seconds = 0.05
        _write(ledger, 0, 500)
        assert _wait_for(lambda: ledger.checkpointer.done >= 1)
        assert ledger.checkpointer.last is not None
        busy, frames, copied = ledger.checkpointer.last
        assert busy == 0 and frames == copied > 0
        assert _main_file_only(ledger.path, tmp_path) == 500


def test_a_run_of_writes_is_checkpointed_without_waiting_for_idle(tmp_path: Path) -> None:
    with SqliteLedger(tmp_path / "ledger.sqlite3") as ledger:
        ledger.checkpointer.idle_seconds = 3600
        ledger.checkpointer.max_commits = 3
        _write(ledger, 0, 100)
        _write(ledger, 100, 100)
        time.sleep(0.2)
        assert ledger.checkpointer.done == 0  # not idle, not enough commits yet
        _write(ledger, 200, 100)
        assert _wait_for(lambda: ledger.checkpointer.done >= 1)
        assert _main_file_only(ledger.path, tmp_path) == 300


def test_a_run_of_commits_wakes_the_thread_only_when_it_must_act_sooner(tmp_path: Path) -> None:
    """The first commit to wait for, and the one that makes a run long enough: the commits
    between them leave the thread asleep (a wake-up hands it the GIL in the middle of the
    next write: issue 12), and the idle checkpoint still comes after the last of them."""
    with SqliteLedger(tmp_path / "ledger.sqlite3") as ledger:
        checkpointer = ledger.checkpointer
        checkpointer.idle_seconds = 0.3
        checkpointer.max_commits = 5
        woken: list[int] = []
        notify = checkpointer._wake.notify

        def counting(n: int = 1) -> None:
            woken.append(checkpointer._pending)
            notify(n)

        checkpointer._wake.notify = counting  # type: ignore[method-assign]
        for batch in range(4):
            _write(ledger, batch * 10, 10)
        assert woken == [1]
        assert checkpointer.done == 0
        assert _wait_for(lambda: checkpointer.done >= 1)
        assert _main_file_only(ledger.path, tmp_path) == 40
        checkpointer.idle_seconds = 3600
        for batch in range(4, 9):
            _write(ledger, batch * 10, 10)
        assert woken == [1, 1, 5]
        assert _wait_for(lambda: checkpointer.done >= 2)


def test_closing_stops_the_thread_and_leaves_no_wal(tmp_path: Path) -> None:
    ledger = SqliteLedger(tmp_path / "ledger.sqlite3")
    ledger.checkpointer.idle_seconds = 3600
    _write(ledger, 0, 2_000)
    thread = ledger.checkpointer._thread
    assert thread is not None and thread.is_alive()
    ledger.close()
    assert not thread.is_alive()
    assert siblings(ledger.path) == ["ledger.sqlite3"]  # the last connection folded the WAL
    assert _main_file_only(ledger.path, tmp_path) == 2_000


#: A child that commits batches as fast as it can, with checkpoints running between them,
#: printing each committed batch, until it is killed.
_WRITER = """
import sys
from datetime import date
from decimal import Decimal
from desktop_app.domain.model import Voucher
from desktop_app.storage.sqlite.ledger import SqliteLedger
ledger = SqliteLedger(sys.argv[1])
ledger.checkpointer.idle_seconds = 0.0
ledger.checkpointer.max_commits = 2
day, end = date(2026, 11, 26), date(2027, 6, 30)
batch = 0
while True:
    rows = [Voucher(f"K{batch:05d}{i:05d}", Decimal("1"), day, end, frozenset())
            for i in range(300)]
    with ledger.write() as tx:
        tx.vouchers.add(rows, day)
    print(batch, flush=True)
    batch += 1
"""


def test_a_sigkill_loses_no_committed_write(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    SqliteLedger(path).close()
    committed = 0
    for attempt in range(3):
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER.replace("K", f"K{attempt}"), str(path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        seen = [child.stdout.readline() for _ in range(5 + 7 * attempt)]
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read().split()
        child.wait()
        committed += len(seen) + len(rest)  # every batch it said was committed, at least
        with SqliteLedger(path) as ledger, ledger.read() as tx:
            found = tx.session.one("SELECT count(*) FROM vouchers")
            assert found is not None
            assert found[0] >= committed * 300
            assert found[0] % 300 == 0  # no half batch
            assert tx.session.one("PRAGMA quick_check") == ("ok",)
        committed = found[0] // 300
