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
from bench.measure import Timing, copy_ledger, log, ms, run_child, time_calls
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
    with _server_ledger(ctx) as (admin, url, lite_copy, lines):
        with Desk.open(lite_copy, TODAY) as lite, Desk.open(url, TODAY) as pg:
            _simulate(ctx.report, lite, pg, lines)
            _listing(ctx.report, pg, lite)
        _post(ctx.report, ctx, admin, lines)
        _window(ctx.report, ctx, lite_copy, url)
        _writers(ctx.report, _clone(admin, "ccd_writers"))
        _backup(ctx.report, ctx, url)


def bench_postgres_post(ctx: Context) -> None:
    """Only ``pg.invoice.post_20_lines`` (``--only postgres-post``): the copy, then the posts."""
    with _server_ledger(ctx) as (admin, _url, _lite_copy, lines):
        _post(ctx.report, ctx, admin, lines)


@contextmanager
def _server_ledger(ctx: Context) -> Iterator[tuple[str, str, Path, list[InvoiceLine]]]:
    """The big ledger copied to a server (``ccd_bench``): the admin's URL, the ledger's, a
    SQLite copy of it and the realistic invoice's lines."""
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
        with Desk.open(lite_copy, TODAY) as lite:
            lines = _lines(lite_copy, lite)
        yield admin, url, lite_copy, lines


def _backup(report: object, ctx: Context, url: str) -> None:
    """File > Backup of the server ledger: ``ledger copy --to FILE``, whole process, its
    peak memory (the rows come from a server-side cursor, a batch at a time)."""
    from bench.ui import _cloud_credit

    target = ctx.work / "pg-backup.sqlite3"
    for leftover in ctx.work.glob("pg-backup.sqlite3*"):
        leftover.unlink()
    log("a backup of the server ledger to a file (ledger copy --to FILE)")
    run = run_child([*_cloud_credit(), "--db", url, "ledger", "copy", "--to", str(target)])
    if run.returncode != 0:
        raise RuntimeError(f"ledger copy --to a file: {run.stderr[-300:]}")
    report.figure("pg.backup_to_file.peak_rss", run.peak_rss_mb, "MB", limit=150,  # type: ignore[attr-defined]
                  wall_s=round(run.seconds, 1), note="every row into a new file")  # fmt: skip


def _lines(path: Path, desk: Desk) -> list[InvoiceLine]:
    import sqlite3

    from bench.run import realistic_invoice

    plain = sqlite3.connect(path)
    try:
        return realistic_invoice(plain, desk.project(BIG_PROJECT).id)
    finally:
        plain.close()


def _clone(admin: str, name: str) -> str:
    """A fresh copy of the server ledger (a database made from it as a template)."""
    _admin(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _admin(admin, f"CREATE DATABASE {name} TEMPLATE ccd_bench")
    return with_database(admin, name)


def _simulate(report: object, lite: Desk, pg: Desk, lines: list[InvoiceLine]) -> None:
    def run(desk: Desk) -> None:
        invoices.simulate_invoice(desk, BIG_PROJECT, TODAY, lines)

    base = time_calls(lambda: run(lite), 20, warmup=2)
    server_timing = time_calls(lambda: run(pg), 20, warmup=2)
    report.timing("pg.invoice.simulate_20_lines", server_timing, baseline=base,  # type: ignore[attr-defined]
                  ratio_limit=3, baseline_is="the same simulation on the SQLite copy")  # fmt: skip


def _post(report: object, ctx: Context, admin: str, lines: list[InvoiceLine]) -> None:
    """3 rounds of 12 posts (after 2), each round on fresh copies of both ledgers: the big
    project's lots pay for about 20 such posts."""
    lite_samples: list[float] = []
    pg_samples: list[float] = []
    for number in range(3):
        log(f"posting on both backends: round {number + 1} of 3")
        lite_copy = ctx.work / "pg-post.sqlite3"
        copy_ledger(ctx.ledger, lite_copy)
        url = _clone(admin, "ccd_post")
        for where, samples in ((lite_copy, lite_samples), (url, pg_samples)):
            with Desk.open(where, TODAY) as desk:
                timing = time_calls(
                    lambda desk=desk: invoices.post_invoice(desk, BIG_PROJECT, TODAY, lines),
                    12, warmup=2,
                )  # fmt: skip
                samples.extend(timing.samples)
    report.timing("pg.invoice.post_20_lines", Timing(tuple(pg_samples)),  # type: ignore[attr-defined]
                  baseline=Timing(tuple(lite_samples)), ratio_limit=2,
                  baseline_is="the same posts on a fresh SQLite copy (synchronous=FULL)",
                  note="durable on both: fsync on, synchronous_commit on; 3 rounds of 12 "
                  "on fresh copies")  # fmt: skip


def _window(report: object, ctx: Context, lite_copy: Path, url: str) -> None:
    from bench.ui import RUNS, _cloud_credit, _environment

    def command(where: str) -> list[str]:
        return [*_cloud_credit(), "--db", where, "--today", TODAY.isoformat(), "gui",
                "--self-test"]  # fmt: skip

    seconds: dict[str, list[float]] = {"lite": [], "pg": []}
    with _environment(ctx.work):
        for where in (str(lite_copy), url):
            run_child(command(where))  # warm
        for _ in range(RUNS):
            for name, where in (("lite", str(lite_copy)), ("pg", url)):
                run = run_child(command(where))
                if run.returncode != 0:
                    raise RuntimeError(f"gui --self-test on {name}: {run.stderr[-300:]}")
                seconds[name].append(run.seconds)
    pg, lite = statistics.median(seconds["pg"]), statistics.median(seconds["lite"])
    report.figure("pg.ui.window_open_paint", round(pg, 3), "s", baseline=round(lite, 3),  # type: ignore[attr-defined]
                  ratio_limit=1.2, baseline_is="the same window on the SQLite copy",
                  runs=[round(x, 3) for x in seconds["pg"]])  # fmt: skip


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
