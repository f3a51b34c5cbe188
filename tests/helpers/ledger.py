"""Shared helpers for the command-line and fault tests: run the real program, look at the file.

Tests may open the ledger with sqlite3 directly (the program may not: only storage does).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.main import main
from desktop_app.domain.model import CreditLot
from desktop_app.services.desk import Desk
from desktop_app.storage.sqlite.ledger import SqliteLedger, SqliteTransaction
from desktop_app.storage.sqlite.session import Session
from tests.helpers.files import (  # noqa: F401 - the file helpers, also importable from here
    checkpoint,
    copy_ledger,
    digest,
    dump,
    query,
    siblings,
)

TODAY = "2026-01-31"
MONEY = re.compile(r"^-?\d+\.\d{2}$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HELPERS = Path(__file__).resolve().parent
REPO = HELPERS.parent.parent


# -- the program, in process ------------------------------------------------------------------
@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def data(self) -> Any:
        return json.loads(self.out)


def assert_one_error_line(err: str) -> str:
    """Exactly one line, starting `error: `, no traceback."""
    assert "Traceback" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one error line, got {lines!r}"
    assert lines[0].startswith("error: "), lines[0]
    assert len(lines[0]) > len("error: ") + 10, lines[0]
    return lines[0]


class Cli:
    """`cloud-credit --db <ledger> --today <day> --json ...`, run in this process."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str], today: str = TODAY) -> None:
        self.db = db
        self.capsys = capsys
        self.today = today

    def __call__(self, *args: str, today: str | None = None, as_json: bool = True) -> Result:
        argv = ["--db", str(self.db), "--today", today or self.today]
        argv += ["--json"] if as_json else []
        argv += list(args)
        self.capsys.readouterr()
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse, if main lets it through
            code = exit_.code if isinstance(exit_.code, int) else 2
        out, err = self.capsys.readouterr()
        return Result(code, out, err)

    def ok(self, *args: str, today: str | None = None) -> Any:
        result = self(*args, today=today)
        assert result.code == 0, result.err
        assert result.err == "", result.err
        return result.data

    def refused(self, *args: str, today: str | None = None, expect: str = "") -> str:
        """Exit 1, one `error:` line, nothing on stdout, and the ledger content unchanged."""
        from tests.helpers.pg import dump_any

        before = dump_any(self.db)
        result = self(*args, today=today)
        assert result.code == 1, (result.code, result.out, result.err)
        line = assert_one_error_line(result.err)
        assert result.out == "", result.out
        assert dump_any(self.db) == before, "a refusal changed the ledger"
        assert expect.lower() in line.lower(), line
        return line


def run_quietly(db: Path, *args: str, today: str = TODAY) -> Any:
    """Run a command to set up a ledger (no capsys at hand); its JSON, or an AssertionError."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", str(db), "--today", today, "--json", *args])
    assert code == 0, err.getvalue()
    return json.loads(out.getvalue())


# -- the program, in another process ----------------------------------------------------------
def program() -> list[str]:
    """The installed `cloud-credit` console script next to this interpreter."""
    script = Path(sys.executable).with_name("cloud-credit")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from desktop_app.launcher import main; main()"]


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLOUD_CREDIT_")}
    env["LANG"] = "C.UTF-8"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def run_program(
    db: Path,
    *args: str,
    today: str = TODAY,
    preexec_fn: Callable[[], None] | None = None,
    timeout: float = 60,
    as_json: bool = True,
    env: dict[str, str] | None = None,
) -> Result:
    done = subprocess.run(  # noqa: PLW1510 - the exit code is the point
        [*program(), "--db", str(db), "--today", today, *(["--json"] if as_json else []), *args],
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        env={**child_env(), **(env or {})},
        preexec_fn=preexec_fn,
        timeout=timeout,
        cwd=db.parent if isinstance(db, Path) else None,
    )
    return Result(done.returncode, done.stdout, done.stderr)


# -- a root that obeys file permissions -------------------------------------------------------
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 1, 2, 3


def drop_file_powers() -> None:
    """preexec_fn: drop root's right to ignore file permissions (for the exec'd program).

    Running as `nobody` is not possible where the interpreter lives under /root (mode 0700):
    instead the child stays uid 0 but loses CAP_DAC_OVERRIDE & co, so `chmod 0444` holds.
    """
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@functools.cache
def _can_drop_file_powers() -> bool:
    try:
        done = subprocess.run(
            [sys.executable, "-c", "pass"], preexec_fn=drop_file_powers, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def as_unprivileged() -> Callable[[], None] | None:
    """How to run a child so that file permissions apply to it (skips the test if it can't)."""
    if os.geteuid() != 0:
        return None
    if not _can_drop_file_powers():
        pytest.skip("running as root and cannot drop CAP_DAC_OVERRIDE here")
    return drop_file_powers


# -- the ledger, through storage ---------------------------------------------------------------
def backend(desk: Desk) -> SqliteLedger:
    """The storage behind a desk, for a test that looks under it (the program never does:
    ``Desk`` is opaque)."""
    ledger = desk._ledger
    assert isinstance(ledger, SqliteLedger)
    return ledger


def peek(desk: Desk) -> SqliteTransaction:
    """The repositories of a desk's ledger for one look from a test, outside any transaction
    (each statement on its own, as a plain connection reads); writes are refused."""
    ledger = desk._ledger
    if hasattr(ledger, "url"):  # a server ledger: its autocommit connection
        from desktop_app.storage.postgres.ledger import PgTransaction
        from desktop_app.storage.postgres.session import PgSession

        return PgTransaction(PgSession(ledger.conn, ledger.path, writable=False))  # type: ignore[return-value]
    ledger = backend(desk)
    return SqliteTransaction(Session(ledger.conn, ledger.path, writable=False))


def lot_history(path: Path) -> dict[int, tuple[Decimal, Decimal, Decimal]]:
    """Each lot's (issued, used, lost), summed from its movements alone with plain SQL: what
    the lot's figures must come to, whatever its cached columns and the views say."""
    rows = query(
        path,
        "SELECT l.id, "
        "  COALESCE(SUM(CASE WHEN m.kind IN ('VOUCHER', 'ORDER') THEN m.amount_cents END), 0), "
        "  -COALESCE(SUM(CASE WHEN m.kind = 'USE' THEN m.amount_cents END), 0), "
        "  -COALESCE(SUM(CASE WHEN m.kind = 'EXPIRE' THEN m.amount_cents END), 0) "
        "FROM lots l LEFT JOIN movements m ON m.lot_id = l.id GROUP BY l.id",
    )
    cents = Decimal("0.01")
    return {r[0]: (r[1] * cents, r[2] * cents, r[3] * cents) for r in rows}


def assert_lot_as_its_history(
    lot: CreditLot, day: date, history: dict[int, tuple[Decimal, Decimal, Decimal]]
) -> None:
    """A lot as a view of ``day`` shows it (rule 18) is its movements: its total what they
    issued, its used what they used; what is left is available, unless the lot has expired
    by ``day``, when it is expired (recorded or not) and nothing is available."""
    issued, used, lost = history[lot.id]
    left = issued - used - lost
    gone = left if lot.expires_on <= day else Decimal(0)
    assert (lot.total, lot.used) == (issued, used), (lot, history[lot.id])
    assert (lot.expired, lot.available) == (lost + gone, left - gone), (lot, history[lot.id])
    assert lot.available >= 0
