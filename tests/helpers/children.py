"""Child processes for the concurrency and crash tests: `python -m tests.helpers.children ...`.

Each one prints one JSON line per step, flushed, so that the parent knows exactly what the
child saw succeed before it was stopped.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import time
from datetime import date
from decimal import Decimal


def _wait_until(start_at: float) -> None:
    """Line the children up: all of them hit the ledger at the same instant."""
    delay = start_at - time.time()
    if delay > 0:
        time.sleep(delay)


def _say(**fields: object) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def _cli(argv: list[str]) -> tuple[int, str, str]:
    from desktop_app.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def buy(db: str, project: str, count: str, start_at: str) -> None:
    """`count` purchases through the real command line, each in its own connection."""
    import desktop_app.cli.main  # noqa: F401 - imported before the start line, not after

    _wait_until(float(start_at))
    for i in range(int(count)):
        code, out, err = _cli(
            ["--db", db, "--today", "2026-01-31", "--json",
             "credit", "buy", "--project", project, "--amount", f"{i + 1},{i % 100:02d}"]
        )  # fmt: skip
        _say(code=code, number=json.loads(out)["number"] if code == 0 else None, err=err)


def open_new(db: str, name: str, start_at: str) -> None:
    """The first use of a ledger file, by several programs at once."""
    import desktop_app.cli.main  # noqa: F401

    _wait_until(float(start_at))
    code, _, err = _cli(["--db", db, "--today", "2026-01-31", "--json", "project", "add", name])
    _say(code=code, err=err)


def post(db: str, project: str) -> None:
    """Post invoices one by one, forever; print each number once `post_invoice` returned."""
    from desktop_app.domain.model import InvoiceLine
    from desktop_app.services.desk import Desk
    from desktop_app.services.invoices import post_invoice

    day = date(2026, 1, 31)
    lines = [InvoiceLine("compute", Decimal("1.25")), InvoiceLine("storage", Decimal("0.50"))]
    with Desk.open(db, day) as desk:
        while True:
            invoice = post_invoice(desk, project, day, lines)
            _say(number=invoice.number)


def post_many(db: str, project: str, count: str, start_at: str) -> None:
    """``count`` invoices, each its own use case; one line each: its number, or the refusal
    (only "busy" is allowed)."""
    from desktop_app.domain.errors import CodedError
    from desktop_app.domain.model import InvoiceLine
    from desktop_app.services.desk import Desk
    from desktop_app.services.invoices import post_invoice

    day = date(2026, 1, 31)
    lines = [InvoiceLine("compute", Decimal("0.10"))]
    with Desk.open(db, day) as desk:
        _wait_until(float(start_at))
        for _ in range(int(count)):
            started = time.perf_counter()
            try:
                number = post_invoice(desk, project, day, lines).number
                _say(number=number, seconds=time.perf_counter() - started)
            except CodedError as error:
                _say(number=None, code=error.code)


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    {"buy": buy, "open": open_new, "post": post, "post_many": post_many}[command](*arguments)
