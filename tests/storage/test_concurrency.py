"""Several programs on one ledger, and a program killed mid-write: nothing is ever lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.ledger import REPO, child_env, query, run_program, run_quietly

pytestmark = pytest.mark.slow


def child(*arguments: str, stdout: Any = subprocess.PIPE) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.children", *arguments],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=REPO,
    )


def finish(process: subprocess.Popen[str], timeout: float = 90) -> list[dict[str, Any]]:
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err
    assert "Traceback" not in err, err
    return [json.loads(line) for line in out.splitlines()]


def order_numbers(db: Path) -> list[str]:
    return [number for (number,) in query(db, "SELECT number FROM orders ORDER BY year, seq")]


def assert_check_ok(db: Path) -> None:
    result = run_program(db, "check")
    assert result.code == 0, (result.out, result.err)
    assert result.data == {"ok": True, "problems": []}


def test_two_programs_buying_at_once_lose_nothing(location: str | Path) -> None:
    db = location
    run_quietly(db, "project", "add", "Web")
    run_quietly(db, "project", "add", "Data")
    start_at = f"{time.time() + 1.0:.3f}"
    buyers = [child("buy", str(db), project, "20", start_at) for project in ("Web", "Data")]
    results = [step for buyer in buyers for step in finish(buyer)]

    assert len(results) == 40
    refused = [r for r in results if r["code"] != 0]
    for step in refused:  # allowed: a clear "busy, try again", nothing else
        assert step["code"] == 1 and step["err"].startswith("error: ") and "busy" in step["err"]
    bought = [r["number"] for r in results if r["code"] == 0]
    assert len(bought) >= 20, f"too many refusals: {refused}"
    assert len(set(bought)) == len(bought), "two purchases got the same number"

    listed = run_program(db, "order", "list")
    assert listed.code == 0
    numbers = [o["number"] for o in listed.data]
    assert sorted(bought) == numbers == order_numbers(db)
    assert numbers == [f"PO-2026-{n:05d}" for n in range(1, len(bought) + 1)], "gapless"
    assert all(o["pdf"] and Path(o["pdf"]).is_file() for o in listed.data)
    assert_check_ok(db)


def test_programs_opening_a_new_ledger_at_once(tmp_path: Path) -> None:
    """The first open creates the schema: several programs doing it together all succeed."""
    ledgers = [tmp_path / f"new-{n}.sqlite3" for n in range(3)]
    start_at = f"{time.time() + 1.5:.3f}"
    children = [
        child("open", str(db), f"Project {k}", start_at) for db in ledgers for k in range(4)
    ]
    results = [step for process in children for step in finish(process)]
    failures = [r for r in results if r["code"] != 0]
    assert failures == []
    for db in ledgers:
        names = sorted(name for (name,) in query(db, "SELECT name FROM projects"))
        assert names == [f"Project {k}" for k in range(4)]
        assert query(db, "PRAGMA user_version")[0][0] >= 1


def read_numbers(path: Path) -> list[str]:
    """The complete lines the child printed (a line cut by the kill is not a promise)."""
    text = path.read_text(encoding="utf-8")
    return [json.loads(line)["number"] for line in text.split("\n")[:-1]]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_while_posting_invoices_keeps_every_posted_invoice(
    location: str | Path, tmp_path: Path
) -> None:
    db = location
    run_quietly(db, "project", "add", "Web")
    run_quietly(db, "payment-method", "add", "--type", "card", "--label", "Visa 4242")
    order = run_quietly(db, "credit", "buy", "--project", "Web", "--amount", "2000")
    run_quietly(db, "order", "pay", order["number"])
    run_quietly(db, "account", "launchpad", "add", "500")

    printed: list[str] = []
    for round_ in range(2):
        log = tmp_path / f"posted-{round_}.jsonl"
        with log.open("w", encoding="utf-8") as handle:
            poster = child("post", str(db), "Web", stdout=handle)
            deadline = time.monotonic() + 20
            while not log.read_text(encoding="utf-8") and time.monotonic() < deadline:
                assert poster.poll() is None, poster.communicate()[1]
                time.sleep(0.02)
            time.sleep(0.8)  # in the middle of posting, never at a chosen point
            os.kill(poster.pid, signal.SIGKILL)
            poster.wait(timeout=10)
            assert poster.stderr is not None
            poster.stderr.close()
        assert poster.returncode == -signal.SIGKILL
        numbers = read_numbers(log)
        assert numbers, "the child posted nothing before it was killed"
        printed += numbers

        assert_check_ok(db)
        stored = [n for (n,) in query(db, "SELECT number FROM invoices ORDER BY seq")]
        missing = set(printed) - set(stored)
        assert not missing, f"posted, reported, then lost: {sorted(missing)[:5]}"
        assert len(stored) - len(printed) <= round_ + 1, "at most one unreported per kill"
        assert stored == [f"INV-2026-{n:05d}" for n in range(1, len(stored) + 1)]
    allocations = query(
        db,
        "SELECT COUNT(*) FROM invoices i WHERE total_ht_cents != method_ht_cents + "
        "(SELECT COALESCE(-SUM(amount_cents), 0) FROM movements WHERE invoice_id = i.id)",
    )
    assert allocations == [(0,)]


def test_four_writers_posting_fifty_invoices_each_lose_nothing(location: str | Path) -> None:
    """Rule 17: four programs post at once; each post is whole or not at all, numbers stay
    gapless, nothing is lost or written twice (on SQLite a writer may be told "busy"; on a
    server each waits for the writer lock)."""
    db = location
    for name in ("Web", "Data", "Ops", "Lab"):
        run_quietly(db, "project", "add", name)
    run_quietly(db, "payment-method", "add", "--type", "card", "--label", "Visa 4242")
    start_at = f"{time.time() + 1.5:.3f}"
    writers = [child("post_many", str(db), name, "50", start_at)
               for name in ("Web", "Data", "Ops", "Lab")]  # fmt: skip
    results = [step for writer in writers for step in finish(writer, timeout=240)]
    posted = [r["number"] for r in results if r["number"]]
    refused = [r for r in results if not r["number"]]
    assert all(r["code"] == "ledger.busy" for r in refused), refused
    if isinstance(db, str):
        assert not refused, "a server writer waits for the lock"
    assert len(posted) == len(set(posted)) == 200 - len(refused)
    stored = [n for (n,) in query(db, "SELECT number FROM invoices ORDER BY seq")]
    assert sorted(posted) == stored == [f"INV-2026-{n:05d}" for n in range(1, len(stored) + 1)]
    assert_check_ok(db)
