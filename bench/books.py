"""Closing the books (issue 10): a year's roll-forward of all 200 projects, and the FEC of
the big ledger's 1,000,000 movements (its two years, and its last year), with memory.

Floors measured in the same run: for the roll-forward, what summing a year's movements costs
SQLite alone (``SELECT kind, SUM(amount_cents) ... GROUP BY kind`` over the year); for the
export, a bare Python child that streams every movement of the period from SQLite into a
text file (what any journal of those movements costs: reading them and writing a line each).
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import timedelta
from typing import TYPE_CHECKING

from bench.build_ledger import START, TODAY
from bench.measure import log, run_child, time_calls
from desktop_app.services.books.rollforward import roll_forward_report
from desktop_app.services.desk import Desk

if TYPE_CHECKING:
    from bench.run import Context

YEAR_START = TODAY - timedelta(days=364)
#: The floor of the export: every movement of the period, read and written a line each.
_BARE_EXPORT = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1])\n"
    "with open(sys.argv[2], 'w', encoding='iso-8859-15', newline='') as out:\n"
    "    for row in conn.execute('SELECT * FROM movements WHERE date BETWEEN ? AND ? "
    "ORDER BY date, id', (sys.argv[3], sys.argv[4])):\n"
    "        out.write('\\t'.join(map(str, row)) + '\\r\\n')\n"
)


def bench_books(ctx: Context) -> None:
    _rollforward(ctx)
    for name, start in (("books.fec_all_movements", START), ("books.fec_last_year", YEAR_START)):
        _export(ctx, name, start)


def _rollforward(ctx: Context) -> None:
    conn = sqlite3.connect(ctx.ledger)
    span = (YEAR_START.isoformat(), TODAY.isoformat())
    count = conn.execute("SELECT COUNT(*) FROM movements WHERE date BETWEEN ? AND ?", span)
    movements = count.fetchone()[0]
    floor = time_calls(
        lambda: conn.execute(
            "SELECT kind, SUM(amount_cents) FROM movements WHERE date BETWEEN ? AND ? "
            "GROUP BY kind",
            span,
        ).fetchall(),
        5,
    )
    conn.close()
    with Desk.open(ctx.ledger, TODAY) as desk:
        found = roll_forward_report(desk, YEAR_START, TODAY)
        timing = time_calls(lambda: roll_forward_report(desk, YEAR_START, TODAY), 10)
    total = found.report.total
    ctx.report.timing(
        "books.rollforward_year_200_projects",
        timing,
        limit_ms=300,
        baseline=floor,
        baseline_is="SQLite summing the year's movements by kind (no per-project rows)",
        projects=sum(1 for row in found.report.rows if row.account is None),
        movements_in_year=movements,
        closing=str(total.closing),
        identity=total.rolled == total.closing,
    )


def _cli() -> list[str]:
    from bench.run import cli

    return cli()


def _export(ctx: Context, name: str, start: object) -> None:
    span = (str(start), TODAY.isoformat())
    out = ctx.work / f"{name}.txt"
    bare = ctx.work / f"{name}.bare.txt"
    log(f"journal export --format fec {span[0]} to {span[1]}")
    floor = run_child([sys.executable, "-c", _BARE_EXPORT, str(ctx.ledger), str(bare), *span])
    run = run_child([*_cli(), "--db", str(ctx.ledger), "--today", TODAY.isoformat(), "--json",
                     "journal", "export", "--from", span[0], "--to", span[1], "--format", "fec",
                     "--output", str(out)])  # fmt: skip
    if run.returncode != 0:
        raise RuntimeError(f"journal export failed: {run.stderr.strip()}")
    conn = sqlite3.connect(ctx.ledger)
    movements = conn.execute(
        "SELECT COUNT(*) FROM movements WHERE date BETWEEN ? AND ?", span
    ).fetchone()[0]
    conn.close()
    lines = sum(1 for _ in out.open("rb"))
    ctx.report.figure(
        f"{name}.time",
        round(run.seconds, 2),
        "s",
        limit=10,
        baseline=round(floor.seconds, 2),
        baseline_is="a bare Python child streaming the period's movements into a file",
        movements=movements,
        fec_lines=lines,
        bytes=out.stat().st_size,
    )
    ctx.report.figure(
        f"{name}.peak_rss",
        run.peak_rss_mb,
        "MB",
        limit=150,
        baseline=floor.peak_rss_mb,
        baseline_is="the same bare child",
    )
    out.unlink()
    bare.unlink()
