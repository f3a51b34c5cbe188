"""``make bench``: the figures that matter on a large ledger, one JSON line each on stdout.

Every figure has a goal (``limit``) where the product promises one, and a baseline measured in
the same run where a floor exists (what SQLite, Python or the disk cost anyway), so a slow
machine does not read as a slow product. Progress goes to stderr. The exit status is 0 when the
bench ran, even if a goal is missed (it is a report), and 1 if a part of it crashed.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import sqlite3
import statistics
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.books import bench_books
from bench.build_ledger import BIG_ACTIVE, BIG_PROJECT, DATA_DIR, TODAY, BuildInfo, ensure
from bench.forecast import bench_forecast
from bench.measure import (
    Report,
    Timing,
    connection,
    copy_ledger,
    log,
    ms,
    run_child,
    sqlite_ledger,
    time_calls,
)
from bench.responsive import bench_responsive
from bench.ui import bench_ui
from desktop_app.domain.codes import new_code
from desktop_app.domain.model import Invoice, InvoiceLine
from desktop_app.domain.money import from_cents
from desktop_app.services import accounts, invoices, listing, orders, projects, vouchers
from desktop_app.services.desk import Desk
from desktop_app.storage.queries import LOT_SORT_KEYS, LotQuery
from desktop_app.storage.sqlite.lots import LOT_COLUMNS, lot_filter, lot_order

#: A month of a big customer, by product (weights of the invoice total).
INVOICE_MIX: tuple[tuple[str, int], ...] = (
    ("compute", 30), ("storage", 12), ("network", 6), ("database", 8), ("kubernetes", 7),
    ("ai", 10), ("object storage", 5), ("backup", 3), ("load balancer", 2), ("public ip", 1),
    ("dns", 1), ("cdn", 2), ("logs", 2), ("monitoring", 2), ("vpn", 1),
    ("private network", 2), ("gpu", 3), ("registry", 1), ("email", 1), ("support", 1),
)  # fmt: skip
REALISTIC_LOTS = 250  # the realistic invoice costs about what this many lots have left
WATERFALL_SQL = (
    f"SELECT {LOT_COLUMNS} FROM lots INDEXED BY lots_waterfall "
    "WHERE project_id = ? AND total_cents > used_cents + expired_cents "
    "AND valid_from <= ? AND expires_on > ? "
    "ORDER BY kind DESC, expires_on, issued_on, id"
)
IMPORT_ROWS = 100_000
POST_ROUNDS, POSTS_PER_ROUND = 3, 12  # 36 posts: a p95 that is not simply the worst post
Row = tuple[Any, ...]


@dataclass
class Context:
    report: Report
    build: BuildInfo
    work: Path

    @property
    def ledger(self) -> Path:
        return self.build.path


def invoice_lines(total_cents: int) -> list[InvoiceLine]:
    """20 lines across products, adding up to ``total_cents`` exactly."""
    weight = sum(w for _, w in INVOICE_MIX)
    amounts = [max(1, total_cents * w // weight) for _, w in INVOICE_MIX]
    amounts[0] += total_cents - sum(amounts)
    return [InvoiceLine(p, from_cents(c)) for (p, _), c in zip(INVOICE_MIX, amounts, strict=True)]


def waterfall_rows(conn: sqlite3.Connection, project_id: int, limit: int = -1) -> list[Row]:
    """The project's usable lots through the waterfall index, in plain sqlite3."""
    day = TODAY.isoformat()
    cursor = conn.execute(WATERFALL_SQL, (project_id, day, day))
    return cursor.fetchall() if limit < 0 else cursor.fetchmany(limit)


def big_project_id(desk: Desk) -> int:
    return desk.project(BIG_PROJECT).id


def available_cents(rows: Sequence[Row]) -> list[int]:
    return [int(r[4]) - int(r[5]) - int(r[6]) for r in rows]


def realistic_invoice(conn: sqlite3.Connection, project_id: int) -> list[InvoiceLine]:
    """20 lines costing what the next ``REALISTIC_LOTS`` lots of the waterfall have left."""
    return invoice_lines(sum(available_cents(waterfall_rows(conn, project_id, REALISTIC_LOTS))))


def realistic_and_worst(
    conn: sqlite3.Connection, project_id: int
) -> tuple[list[InvoiceLine], list[InvoiceLine]]:
    left = available_cents(waterfall_rows(conn, project_id))
    if len(left) != BIG_ACTIVE:
        raise RuntimeError(f"{BIG_PROJECT} has {len(left)} usable lots, not {BIG_ACTIVE}")
    realistic = sum(left[:REALISTIC_LOTS])
    worst = sum(left) * 12 // 10  # more than every lot: the accounts and the card pay the rest
    return invoice_lines(realistic), invoice_lines(worst)


def lots_paid(invoice: Invoice) -> int:
    return sum(1 for a in invoice.allocations if a.lot_id is not None)


# -- figures ------------------------------------------------------------------------------------


def bench_build(ctx: Context) -> None:
    meta = ctx.build.meta
    extra = {"cached": not ctx.build.built_now, "key": meta["key"]}
    ctx.report.figure(
        "ledger.build",
        meta["build_seconds"],
        "s",
        projects=meta["projects"],
        lots=meta["lots"],
        movements=meta["movements"],
        invoices=meta["invoices"],
        orders=meta["orders"],
        vouchers=meta["vouchers"],
        big_project_active_lots=meta["big_active"],
        **extra,
    )
    ctx.report.figure(
        "ledger.invariant_check_on_build",
        meta["invariant_check_seconds"],
        "s",
        problems=0,
        foreign_key_check_s=meta["foreign_key_check_seconds"],
        **extra,
    )
    ctx.report.figure("ledger.file_size", round(ctx.ledger.stat().st_size / 2**20, 1), "MB")


def bench_simulate(ctx: Context) -> None:
    with Desk.open(ctx.ledger, TODAY) as desk:
        pid = big_project_id(desk)
        plain = sqlite3.connect(ctx.ledger)  # the baseline: plain sqlite3, warm, no product code
        try:
            realistic, worst = realistic_and_worst(plain, pid)
            baseline = time_calls(lambda: waterfall_rows(plain, pid), 30, warmup=2)
            lazy = time_calls(lambda: waterfall_rows(plain, pid, REALISTIC_LOTS), 30, warmup=2)
        finally:
            plain.close()

        def simulate(lines: list[InvoiceLine]) -> Invoice:
            return invoices.simulate_invoice(desk, BIG_PROJECT, TODAY, lines)

        probe = simulate(realistic)
        timing = time_calls(lambda: simulate(realistic), 30, warmup=2)
        ctx.report.timing(
            "invoice.simulate_20_lines",
            timing,
            limit_ms=10,
            baseline=baseline,
            ratio_limit=3,
            baseline_is="plain sqlite3 SELECT+fetchall of the 5,000 usable lots (waterfall index)",
            rows_needed_floor_ms=ms(lazy.median),
            total_ht=str(probe.total_ht),
            lots_paying=lots_paid(probe),
            card_pays=str(probe.payment.amount_ht),
        )
        probe = simulate(worst)
        timing = time_calls(lambda: simulate(worst), 10, warmup=1)
        ctx.report.timing(
            "invoice.simulate_20_lines_worst",
            timing,
            baseline=baseline,
            note="total exceeds all 5,000 lots: walks every lot, then the accounts and the card",
            total_ht=str(probe.total_ht),
            lots_paying=lots_paid(probe),
            card_pays=str(probe.payment.amount_ht),
        )


def _post_round(ctx: Context, copy: Path, posted: list[Invoice]) -> tuple[Timing, int, int]:
    """12 posts (after 2 unmeasured: the first write checks the file) on a fresh copy: the
    big project's 5,000 lots pay for about 20 such posts."""
    copy_ledger(ctx.ledger, copy)
    with Desk.open(copy, TODAY) as desk:
        conn = connection(desk)
        pid = big_project_id(desk)
        lines: list[InvoiceLine] = []

        def next_invoice() -> None:  # outside the measurement: each post walks ~250 lots
            lines[:] = realistic_invoice(conn, pid)

        def post() -> None:
            posted.append(invoices.post_invoice(desk, BIG_PROJECT, TODAY, lines))

        timing = time_calls(post, POSTS_PER_ROUND, warmup=2, setup=next_invoice)
        checkpointer = sqlite_ledger(desk).checkpointer
        wal, done = checkpointer.wal_bytes(), checkpointer.done
        log("checking the invariants after the posts")
        with desk.read() as tx:
            problems = tx.integrity.invariant_problems()
        if problems:
            raise RuntimeError(f"posting broke the invariants: {problems[:3]}")
    return timing, wal, done


def bench_post(ctx: Context) -> None:
    copy = ctx.work / "post.sqlite3"
    posted: list[Invoice] = []
    samples: list[float] = []
    wal_after: list[int] = []
    checkpoints = 0
    for _ in range(POST_ROUNDS):
        timing, wal, done = _post_round(ctx, copy, posted)
        samples += timing.samples
        wal_after.append(wal)
        checkpoints += done
    timing = Timing(tuple(samples))
    with Desk.open(copy, TODAY) as desk:
        conn = connection(desk)
        conn.execute("CREATE TABLE bench_scratch (n INTEGER)")

        def commit_one_row() -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO bench_scratch (n) VALUES (1)")
            conn.execute("COMMIT")

        floor = time_calls(commit_one_row, 30, warmup=2)
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        sync = conn.execute("PRAGMA synchronous").fetchone()[0]
    ctx.report.timing(
        "invoice.post_20_lines",
        timing,
        limit_ms=20,
        p95_limit_ms=30,
        baseline=floor,
        baseline_is="BEGIN IMMEDIATE; INSERT one row; COMMIT on the same file (the fsync floor)",
        note=f"{POST_ROUNDS} rounds of {POSTS_PER_ROUND} posts back to back, each a 20-line "
        "invoice (same mix) costing the next ~250 lots, dated today; WAL checkpoints off the "
        "posting path (storage/sqlite/checkpoint.py: PASSIVE, in a thread, once idle or "
        "after 32 commits: a round of 12 has no checkpoint beside its posts)",
        wal_mb_after_each_round=[round(w / 2**20, 1) for w in wal_after],
        background_checkpoints=checkpoints,
        journal_mode=mode,
        synchronous=sync,
        lots_paying=round(sum(lots_paid(i) for i in posted) / len(posted)),
        invariants_after="ok",
    )


def bench_listing(ctx: Context) -> None:
    report = ctx.report
    with Desk.open(ctx.ledger, TODAY) as desk:
        conn = connection(desk)
        pid = big_project_id(desk)

        def plan(query: LotQuery) -> str:
            where, params = lot_filter(query)
            with desk.read() as tx:
                unrecorded = tx.lots.has_unrecorded_expiries(TODAY)
            order = lot_order(query, unrecorded_expiries=unrecorded)
            sql = f"SELECT {LOT_COLUMNS} FROM lots{where}{order} LIMIT ? OFFSET ?"
            rows = conn.execute(f"EXPLAIN QUERY PLAN {sql}", [*params, 100, 0]).fetchall()
            return "; ".join(str(r[-1]) for r in rows)

        def measure(name: str, ref: str | None, sort: str, include_all: bool, reps: int) -> None:
            def call() -> None:
                found = listing.list_credits(desk, ref, include_all=include_all, sort=sort,
                                             limit=100)  # fmt: skip
                if len(found) != 100:
                    raise RuntimeError(f"{name}: {len(found)} rows, not 100")

            timing = time_calls(call, reps, warmup=1)
            query = LotQuery(pid if ref else None, TODAY, include_all, "", sort)
            report.timing(name, timing, limit_ms=20, query_plan=plan(query))

        measure("credits.first_100.project.expires_on", BIG_PROJECT, "expires_on", False, 30)
        for sort in LOT_SORT_KEYS:
            if sort != "expires_on":
                measure(f"credits.first_100.project.{sort}", BIG_PROJECT, sort, False, 10)
        for sort in LOT_SORT_KEYS:
            measure(f"credits.first_100.all_lots.{sort}", None, sort, True, 15)


def write_voucher_csv(path: Path, rows: int) -> None:
    rng = random.Random(7)
    codes: set[str] = set()
    while len(codes) < rows:
        codes.add(new_code())
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "amount", "expires_on", "valid_from", "products"])
        for code in sorted(codes, key=lambda _: rng.random()):
            valid_from = "" if rng.random() < 0.5 else "2026-12-01"
            products = rng.choice(("", "", "", "compute", "compute,storage", "ai"))
            euros = rng.choice(("25.00", "50.00", "100.00", "150.50", "300.00"))
            writer.writerow([code, euros, "2027-06-30", valid_from, products])


def bench_import(ctx: Context) -> None:
    small = ctx.work / "small.sqlite3"
    with Desk.open(small, TODAY) as desk:
        projects.add_project(desk, "Import target", "a small ledger")
        accounts.add_payment_method(desk, "card", "Card", default=True)
    source = ctx.work / "vouchers.csv"
    log(f"writing {IMPORT_ROWS:,} voucher codes to CSV")
    write_voucher_csv(source, IMPORT_ROWS)
    copy = ctx.work / "import.sqlite3"

    def fresh_copy() -> None:
        copy_ledger(small, copy)

    def service_import() -> None:
        with Desk.open(copy, TODAY) as desk:
            started = time.perf_counter()
            result = vouchers.import_vouchers(desk, source)
            timings.append(time.perf_counter() - started)
        if result.imported != IMPORT_ROWS or result.rejected:
            first = result.rejected[:1]
            raise RuntimeError(
                f"imported {result.imported}, rejected {len(result.rejected)} {first}"
            )

    def bare_import() -> None:
        with Desk.open(copy, TODAY) as desk:  # same pragmas: WAL, synchronous=FULL
            conn = connection(desk)
            day = TODAY.isoformat()
            started = time.perf_counter()
            with source.open(encoding="utf-8", newline="") as handle:
                reader = csv.reader(handle)
                next(reader)
                rows = [
                    (code, int(amount.replace(".", "")), valid_from or day, expires_on,
                     products, "", day)
                    for code, amount, expires_on, valid_from, products in reader
                ]  # fmt: skip
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT INTO vouchers (code, amount_cents, valid_from, expires_on, products, "
                "campaign, created_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            conn.execute("COMMIT")
            timings.append(time.perf_counter() - started)

    # Each run opens a fresh copy (outside the measurement); only the import itself is timed.
    timings: list[float] = []
    time_calls(bare_import, 3, warmup=0, setup=fresh_copy)
    floor = sorted(timings)[1]
    timings.clear()
    time_calls(service_import, 3, warmup=0, setup=fresh_copy)
    value = sorted(timings)[1]
    ctx.report.figure(
        "vouchers.import_100k_csv",
        round(value, 3),
        "s",
        limit=3,
        baseline=round(floor, 3),
        baseline_is="csv.reader over the file + one executemany INSERT of the same rows",
        runs=[round(t, 3) for t in timings],
        rows=IMPORT_ROWS,
    )


def bench_pdf(ctx: Context) -> None:
    copy = ctx.work / "pdf.sqlite3"
    if not copy.exists():
        copy_ledger(ctx.ledger, copy)
    with Desk.open(copy, TODAY) as desk:
        number = orders.list_orders(desk, BIG_PROJECT)[-1].number
        started = time.perf_counter()
        path = orders.write_order_pdf(desk, number)
        first = time.perf_counter() - started
        if not path.read_bytes().startswith(b"%PDF"):
            raise RuntimeError(f"{path} is not a PDF")
        timing = time_calls(lambda: orders.write_order_pdf(desk, number), 10, warmup=0)
    ctx.report.timing(
        "pdf.purchase_order_next",
        timing,
        limit_ms=60,
        first_ms=ms(first),
        note="2nd..11th PDF of an existing order in one process (the 1st loads ReportLab)",
        pdf_bytes=path.stat().st_size,
    )


def cli() -> list[str]:
    script = Path(sys.executable).with_name("cloud-credit")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from desktop_app.launcher import main; main()"]


#: A typical project of the bench ledger: the median one by its number of lots (~450).
TYPICAL_PROJECT = "bench-p139"
COLD_RUNS = 7
COLD_GOAL = 4.0


def bench_cold_start(ctx: Context) -> None:
    """Two everyday commands, whole process, against ``python -c pass`` in the same run
    (interleaved): each imports only what it needs (cli/commands: one area's module)."""
    base = [*cli(), "--db", str(ctx.ledger), "--today", TODAY.isoformat()]
    day = TODAY.isoformat()
    commands = {
        "cli.cold_start.invoice_simulate": [*base, "invoice", "simulate", "--project",
                                            TYPICAL_PROJECT, "--date", day,
                                            "--line", "compute=100.00"],
        "cli.cold_start.credit_list": [*base, "credit", "list", "--project", TYPICAL_PROJECT],
    }  # fmt: skip
    floor_cmd = [sys.executable, "-c", "pass"]
    for cmd in commands.values():  # the .pyc files written, the ledger's pages cached
        if (warm := run_child(cmd)).returncode != 0:
            raise RuntimeError(f"{' '.join(cmd[-6:])}: {warm.stderr.strip()[-200:]}")
    floors: list[float] = []
    runs: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(COLD_RUNS):
        floors.append(run_child(floor_cmd).seconds)
        for name, cmd in commands.items():
            runs[name].append(run_child(cmd).seconds)
    floor = statistics.median(floors)
    for name, cmd in commands.items():
        ctx.report.figure(
            name,
            round(statistics.median(runs[name]), 3),
            "s",
            baseline=round(floor, 3),
            ratio_limit=COLD_GOAL,
            baseline_is="python -c pass, interleaved with the command's runs",
            command=" ".join(["cloud-credit --db LEDGER --today", day, *cmd[len(base) :]]),
            runs=[round(r, 3) for r in runs[name]],
            baseline_runs=[round(r, 3) for r in floors],
        )


def bench_cli(ctx: Context) -> None:
    report = ctx.report
    bench_cold_start(ctx)
    base = [*cli(), "--db", str(ctx.ledger), "--today", TODAY.isoformat()]
    floor = run_child([sys.executable, "-c", "import sqlite3"])
    listed = ctx.work / "credit-list.json"
    run = run_child([*base, "--json", "credit", "list", "--project", BIG_PROJECT], stdout=listed)
    if run.returncode != 0:
        raise RuntimeError(f"credit list failed: {run.stderr.strip()}")
    count = len(json.loads(listed.read_text(encoding="utf-8")))
    report.figure(
        "cli.credit_list_json.peak_rss",
        run.peak_rss_mb,
        "MB",
        limit=120,
        baseline=floor.peak_rss_mb,
        baseline_is='python -c "import sqlite3"',
        wall_s=round(run.seconds, 2),
        lots=count,
    )
    for name, extra in (("cli.check.time", []), ("cli.check_quick.time", ["--quick"])):
        log(" ".join(["cloud-credit check", *extra, "on the big ledger"]))
        run = run_child([*base, "check", *extra])
        report.figure(
            name,
            round(run.seconds, 2),
            "s",
            exit_code=run.returncode,
            stderr=run.stderr.strip()[:200],
            peak_rss_mb=run.peak_rss_mb,
        )
    log("cloud-credit movement list --json over 1,000,000 movements")
    run = run_child([*base, "--json", "movement", "list"])
    if run.returncode != 0:
        raise RuntimeError(f"movement list failed: {run.stderr.strip()}")
    report.figure(
        "cli.movement_list_json.peak_rss",
        run.peak_rss_mb,
        "MB",
        baseline=floor.peak_rss_mb,
        baseline_is='python -c "import sqlite3"',
        wall_s=round(run.seconds, 2),
        lines=run.stdout_lines,
    )


GROUPS: dict[str, Callable[[Context], None]] = {
    "build": bench_build,
    "simulate": bench_simulate,
    "post": bench_post,
    "listing": bench_listing,
    "import": bench_import,
    "pdf": bench_pdf,
    "cli": bench_cli,
    "ui": bench_ui,
    "forecast": bench_forecast,
    "books": bench_books,
    "responsive": bench_responsive,
    "ovh": lambda ctx: __import__("bench.ovh", fromlist=["bench_ovh"]).bench_ovh(ctx),
    "postgres": lambda ctx: __import__("bench.postgres", fromlist=["x"]).bench_postgres(ctx),
    # only the post figure of the PostgreSQL group (not part of a whole run)
    "postgres-post": lambda ctx: __import__("bench.postgres", fromlist=["x"]).bench_postgres_post(
        ctx
    ),
}
#: Groups that only repeat a part of another: run when asked by ``--only``, never by default.
PARTS = frozenset({"postgres-post"})
PDF_FIGURE = "pdf.purchase_order_next"


def _run_group(ctx: Context, name: str, attempt: int = 1) -> bool:
    """One group of figures; a crash is reported and the others still run."""
    log(f"-- {name}" + (f" (attempt {attempt})" if attempt > 1 else ""))
    try:
        GROUPS[name](ctx)
    except Exception as error:
        if name == "pdf":  # written by someone else right now: missing or broken is a skip
            reason = f"{type(error).__name__}: {error}".strip()
            ctx.report.skipped(PDF_FIGURE, reason[:300], attempt=attempt)
            log(f"pdf skipped: {reason}")
            return False
        traceback.print_exc()
        ctx.report.errors.append(f"{name}: {type(error).__name__}: {error}"[:300])
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached ledger")
    parser.add_argument("--only", help=f"comma-separated groups among {', '.join(GROUPS)}")
    args = parser.parse_args(argv)
    wanted = (
        [g.strip() for g in args.only.split(",")]
        if args.only
        else [g for g in GROUPS if g not in PARTS]
    )
    unknown = set(wanted) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group(s): {', '.join(sorted(unknown))}")
    started = time.perf_counter()
    # As installed: modules' bytecode cached (``measure.child_env`` says why), in this
    # process too (a module compiled from source holds the GIL, and stalls the window).
    sys.dont_write_bytecode = False
    report = Report()
    work = DATA_DIR / "work"
    try:
        build = ensure(rebuild=args.rebuild)
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        ctx = Context(report, build, work)
        pdf_done = True
        for name in wanted:
            done = _run_group(ctx, name)
            if name == "pdf":
                pdf_done = done
        if not pdf_done:
            log("retrying the PDF figure at the end")
            _run_group(ctx, "pdf", attempt=2)
    except Exception as error:  # the ledger could not be built: nothing else can run
        traceback.print_exc()
        report.errors.append(f"setup: {type(error).__name__}: {error}"[:300])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report.summary(time.perf_counter() - started)
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
