"""The real OVHcloud account (issue 11): import a dump of 50 projects and 20,000 credits
into a new ledger (goal 3 s), then reconcile it (goal 1 s). Baseline: reading the dump
(JSON parsing and checking every record, ``domain.ovh.dump.load``), what any import costs.

Runs alone too: ``PYTHONPATH=. python -m bench.ovh``."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bench.measure import Report, log, time_calls
from desktop_app.domain.ovh.dump import load
from desktop_app.services.desk import Desk
from desktop_app.services.ovh.importing import import_dump, reconcile
from tests.helpers.ovh_api import account

if TYPE_CHECKING:
    from bench.run import Context

PROJECTS, CREDITS = 50, 20_000
TODAY_OVH = "2026-01-31"


def _figures(report: Report, work: Path) -> None:
    from datetime import date

    today = date.fromisoformat(TODAY_OVH)
    dump_file = work / "ovh-dump.json"
    dump_file.write_text(json.dumps(account(PROJECTS, CREDITS)), encoding="utf-8")
    data = dump_file.read_bytes()
    floor = time_calls(lambda: load(data), 3)
    ledgers = iter(range(100))
    current: dict[str, Path] = {}

    def fresh() -> None:
        path = work / f"ledger-{next(ledgers)}.sqlite3"
        with Desk.open(path, today):
            pass
        current["path"] = path

    def run_import() -> None:
        with Desk.open(current["path"], today) as desk:
            done = import_dump(desk, dump_file)
        assert len(done.plan.missing_here) == CREDITS, len(done.plan.missing_here)

    timing = time_calls(run_import, 3, warmup=0, setup=fresh)
    fresh()
    cpu = _cpu_ms(run_import)
    report.timing("ovh.import_50_projects_20000_credits", timing, limit_ms=3000, baseline=floor,
                  baseline_is="reading and checking the dump (domain.ovh.dump.load)",
                  cpu_ms=cpu, note="cpu_ms: this process's CPU time for one import (the "
                  "machine is shared: wall time includes waiting for a core and the disk)",
                  bytes=len(data), projects=PROJECTS, credits=CREDITS)  # fmt: skip
    with Desk.open(current["path"], today) as desk:
        _, found = reconcile(desk, dump_file)
        assert len(found.matched) == CREDITS and not found.differences, found.differences[:3]
        timing = time_calls(lambda: reconcile(desk, dump_file), 5)
        cpu = _cpu_ms(lambda: reconcile(desk, dump_file))
    report.timing("ovh.reconcile_20000_credits", timing, limit_ms=1000, baseline=floor,
                  baseline_is="reading and checking the dump (domain.ovh.dump.load)",
                  cpu_ms=cpu, matched=len(found.matched))  # fmt: skip


def _cpu_ms(call: Callable[[], object]) -> float:
    start = time.process_time()
    call()
    return round((time.process_time() - start) * 1000, 1)


def bench_ovh(ctx: Context) -> None:
    work = ctx.work / "ovh"
    work.mkdir(parents=True, exist_ok=True)
    _figures(ctx.report, work)


if __name__ == "__main__":
    folder = Path(tempfile.mkdtemp(prefix="bench-ovh-"))
    try:
        log("-- ovh")
        _figures(Report(), folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
