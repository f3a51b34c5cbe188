"""The team ledger on PostgreSQL (issue 9): the big ledger copied to a server over its Unix
socket, and the same figures on both backends in one run, as ratios.

The server: ``CLOUD_CREDIT_BENCH_PG`` (an admin URL), else a throwaway cluster started with
``.ci/pg-server`` (fsync on: a post is durable, as on SQLite with synchronous=FULL).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from bench.build_ledger import BIG_PROJECT, TODAY
from bench.measure import copy_ledger, log, ms, time_calls
from desktop_app.domain.model import InvoiceLine
from desktop_app.services import invoices, listing, projects
from desktop_app.services.desk import Desk
from desktop_app.services.team import copy_ledger as copy_to
from tests.helpers.pg import with_database

if TYPE_CHECKING:
    from bench.run import Context

SCRIPT = Path(__file__).resolve().parents[1] / ".ci" / "pg-server"
WRITERS, WRITER_POSTS = 4, 25
SORTS = ("expires_on", "available", "reference", "total")


@contextmanager
def server() -> Iterator[str]:
    given = os.environ.get("CLOUD_CREDIT_BENCH_PG")
    if given:
        yield given
        return
    folder = Path(tempfile.mkdtemp(prefix="ccd-bench-pg-"))
    done = subprocess.run([str(SCRIPT), "start", str(folder)], capture_output=True, text=True,
                          check=False)  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"no PostgreSQL server: {done.stderr.strip()[-300:]}")
    try:
        yield done.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([str(SCRIPT), "stop", str(folder)], capture_output=True, check=False)


def _admin(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)


def bench_postgres(ctx: Context) -> None:
    from bench.run import realistic_invoice

    report = ctx.report
    os.environ["XDG_DATA_HOME"] = str(ctx.work / "pg-data")
    with server() as admin:
        _admin(admin, "DROP DATABASE IF EXISTS ccd_bench WITH (FORCE)")
        _admin(admin, "CREATE DATABASE ccd_bench")
        url = with_database(admin, "ccd_bench")
        log("copying the big ledger to PostgreSQL (ledger copy)")
        started = time.perf_counter()
        with Desk.open(ctx.ledger, TODAY) as source:
            copied = copy_to(source, url)
        report.figure("pg.ledger_copy", round(time.perf_counter() - started, 1), "s",
                      rows=sum(copied.rows.values()), check_ok=copied.ok)  # fmt: skip
        _admin(url, "VACUUM ANALYZE")
        lite_copy = ctx.work / "pg-compare.sqlite3"
        copy_ledger(ctx.ledger, lite_copy)
        with Desk.open(lite_copy, TODAY) as lite, Desk.open(url, TODAY) as pg:
            import sqlite3

            plain = sqlite3.connect(lite_copy)
            pid = lite.project(BIG_PROJECT).id
            lines = realistic_invoice(plain, pid)
            plain.close()
            _simulate(report, lite, pg, lines)
            _post(report, lite, pg, lines)
            _listing(report, pg, lite)
        _writers(report, url)


def _simulate(report: object, lite: Desk, pg: Desk, lines: list[InvoiceLine]) -> None:
    def run(desk: Desk) -> None:
        invoices.simulate_invoice(desk, BIG_PROJECT, TODAY, lines)

    base = time_calls(lambda: run(lite), 20, warmup=2)
    server_timing = time_calls(lambda: run(pg), 20, warmup=2)
    report.timing("pg.invoice.simulate_20_lines", server_timing, baseline=base,  # type: ignore[attr-defined]
                  ratio_limit=3, baseline_is="the same simulation on the SQLite copy")  # fmt: skip


def _post(report: object, lite: Desk, pg: Desk, lines: list[InvoiceLine]) -> None:
    def post(desk: Desk) -> None:
        invoices.post_invoice(desk, BIG_PROJECT, TODAY, lines)

    base = time_calls(lambda: post(lite), 12, warmup=2)
    server_timing = time_calls(lambda: post(pg), 12, warmup=2)
    report.timing("pg.invoice.post_20_lines", server_timing, baseline=base, ratio_limit=2,  # type: ignore[attr-defined]
                  baseline_is="the same posts on the SQLite copy (synchronous=FULL)",
                  note="durable on both: fsync on, synchronous_commit on")  # fmt: skip


def _listing(report: object, pg: Desk, lite: Desk) -> None:
    for sort in SORTS:

        def call(desk: Desk, sort: str = sort) -> None:
            listing.list_credits(desk, None, include_all=True, sort=sort, limit=100)

        base = time_calls(lambda: call(lite), 10, warmup=1)
        timing = time_calls(lambda: call(pg), 10, warmup=1)
        report.timing(f"pg.credits.first_100.all_lots.{sort}", timing, limit_ms=20,  # type: ignore[attr-defined]
                      baseline=base, baseline_is="the same page on SQLite")  # fmt: skip


WRITER = """
import json, sys, time
from datetime import date
from decimal import Decimal
from desktop_app.domain.model import InvoiceLine
from desktop_app.services.desk import Desk
from desktop_app.services.invoices import post_invoice
url, project, count, start = sys.argv[1:]
with Desk.open(url, date(2026, 11, 26)) as desk:
    time.sleep(max(0, float(start) - time.time()))
    for _ in range(int(count)):
        t = time.perf_counter()
        post_invoice(desk, project, date(2026, 11, 26), [InvoiceLine("compute", Decimal("0.10"))])
        print(json.dumps(time.perf_counter() - t), flush=True)
"""


def _writers(report: object, url: str) -> None:
    with Desk.open(url, TODAY) as desk:
        names = [p.name for p, _ in projects.list_projects(desk)[:WRITERS]]
    start = time.time() + 2
    children = [subprocess.Popen([sys.executable, "-c", WRITER, url, name, str(WRITER_POSTS),
                                  str(start)], stdout=subprocess.PIPE, text=True)
                for name in names]  # fmt: skip
    outs = [child.communicate(timeout=600)[0] for child in children]
    elapsed = time.time() - start
    samples = sorted(json.loads(line) for out in outs for line in out.splitlines())
    p95 = samples[int(len(samples) * 0.95) - 1]
    report.figure("pg.writers_4.throughput", round(len(samples) / elapsed, 1), "posts/s",  # type: ignore[attr-defined]
                  writers=WRITERS, posts=len(samples), p95_ms=ms(p95),
                  median_ms=ms(statistics.median(samples)))  # fmt: skip
