"""Timing, peak memory of child processes, and the one-JSON-line-per-figure report."""

from __future__ import annotations

import json
import math
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.services.desk import Desk
from desktop_app.storage.sqlite.ledger import SqliteLedger


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True, slots=True)
class Timing:
    """Wall-clock samples of one operation, in seconds."""

    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]

    @property
    def best(self) -> float:
        return min(self.samples)

    @property
    def worst(self) -> float:
        return max(self.samples)


def time_calls(
    call: Callable[[], object],
    reps: int,
    *,
    warmup: int = 1,
    setup: Callable[[], object] | None = None,
) -> Timing:
    """Run ``call`` ``warmup`` times unmeasured, then ``reps`` times measured
    (``setup`` runs before each call, outside the measurement)."""
    samples: list[float] = []
    for i in range(warmup + reps):
        if setup is not None:
            setup()
        started = time.perf_counter()
        call()
        elapsed = time.perf_counter() - started
        if i >= warmup:
            samples.append(elapsed)
    return Timing(tuple(samples))


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


@dataclass(frozen=True, slots=True)
class ChildRun:
    returncode: int
    seconds: float
    peak_rss_kb: int  # maximum resident set size of this one child, in kilobytes
    stdout_lines: int
    stderr: str

    @property
    def peak_rss_mb(self) -> float:
        return round(self.peak_rss_kb / 1024, 1)


#: Fallback when GNU time is missing: a slim parent that forks, execs, and reports wait4's figure.
_RSS_WRAPPER = (
    "import os, sys\n"
    "pid = os.fork()\n"
    "if pid == 0:\n"
    "    os.execvp(sys.argv[2], sys.argv[2:])\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "open(sys.argv[1], 'w').write(str(usage.ru_maxrss))\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def _gnu_time() -> str | None:
    path = shutil.which("time") or "/usr/bin/time"
    try:
        probe = subprocess.run([path, "--version"], capture_output=True, text=True, check=False)
    except OSError:
        return None
    return path if "GNU" in probe.stdout + probe.stderr else None


def child_env() -> dict[str, str]:
    """The children's environment: as installed, with their modules' bytecode cached. An
    installed program has its ``.pyc`` files (pip compiles them); ``PYTHONDONTWRITEBYTECODE``
    in the bench's own environment would make every child compile every module it imports
    (a third of a second for the command line), which no user pays."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(cmd: Sequence[str], *, stdout: Path | None = None) -> ChildRun:
    """Run ``cmd`` and measure its own peak RSS.

    Not with ``wait4``/``RUSAGE_CHILDREN`` from this process: Python starts children with
    vfork, so a child's high-water mark starts at this (large) process's RSS. GNU time, or a
    slim Python parent, starts it instead. Its stdout goes to ``stdout``, or is counted and
    dropped."""
    with tempfile.TemporaryDirectory() as tmp:
        rss_file = Path(tmp) / "rss"
        timer = _gnu_time()
        if timer:
            wrapped = [timer, "-f", "%M", "-o", str(rss_file), *cmd]
        else:
            wrapped = [sys.executable, "-S", "-c", _RSS_WRAPPER, str(rss_file), *cmd]
        with (Path(tmp) / "stderr").open("w+b") as err:
            started = time.perf_counter()
            lines = 0
            if stdout is not None:
                with stdout.open("wb") as out:
                    returncode = subprocess.run(
                        wrapped, stdout=out, stderr=err, check=False, env=child_env()
                    ).returncode
            else:
                with subprocess.Popen(
                    wrapped, stdout=subprocess.PIPE, stderr=err, env=child_env()
                ) as proc:
                    assert proc.stdout is not None
                    while chunk := proc.stdout.read(1 << 20):
                        lines += chunk.count(b"\n")
                returncode = proc.returncode
            seconds = time.perf_counter() - started
            err.seek(0)
            text = err.read().decode("utf-8", "replace")
        rss_lines = rss_file.read_text(encoding="utf-8").split() if rss_file.exists() else []
    # GNU time writes "Command exited with non-zero status N" before the figure.
    peak = int(rss_lines[-1]) if rss_lines and rss_lines[-1].isdigit() else -1
    return ChildRun(returncode, seconds, peak, lines, text)


def copy_ledger(source: Path, target: Path) -> None:
    """A copy of a closed ledger (a plain file copy), or of an open one (SQLite's backup)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    wal = Path(f"{source}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        src = sqlite3.connect(source)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    else:
        shutil.copyfile(source, target)


@dataclass
class Report:
    """Prints one JSON line per figure on stdout, and the closing summary."""

    figures: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def figure(
        self,
        name: str,
        value: float,
        unit: str,
        *,
        limit: float | None = None,
        baseline: float | None = None,
        ratio_limit: float | None = None,
        emit: bool = True,
        **extra: Any,
    ) -> dict[str, Any]:
        ratio = round(value / baseline, 2) if baseline else None
        ok: bool | None = None
        if limit is not None or ratio_limit is not None:
            ok = (limit is None or value <= limit) and (
                ratio_limit is None or (ratio is not None and ratio <= ratio_limit)
            )
        line: dict[str, Any] = {
            "name": name,
            "value": value,
            "unit": unit,
            "limit": limit,
            "baseline": baseline,
            "ratio_to_baseline": ratio,
        }
        if ratio_limit is not None:
            line["ratio_limit"] = ratio_limit
        line["ok"] = ok
        line.update(extra)
        return self._emit(line) if emit else line

    def timing(
        self,
        name: str,
        timing: Timing,
        *,
        limit_ms: float | None = None,
        baseline: Timing | None = None,
        ratio_limit: float | None = None,
        p95_limit_ms: float | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        """The median against ``limit_ms``; with ``p95_limit_ms`` the p95 has a goal too, and
        ``ok`` needs both."""
        line = self.figure(
            name,
            ms(timing.median),
            "ms",
            limit=limit_ms,
            baseline=ms(baseline.median) if baseline else None,
            ratio_limit=ratio_limit,
            p95=ms(timing.p95),
            p95_limit=p95_limit_ms,
            best=ms(timing.best),
            worst=ms(timing.worst),
            reps=len(timing.samples),
            emit=p95_limit_ms is None,
            **extra,
        )
        if p95_limit_ms is None:
            return line
        line["ok"] = bool(line["ok"] is not False and timing.p95 * 1000 <= p95_limit_ms)
        return self._emit(line)

    def skipped(self, name: str, reason: str, **extra: Any) -> dict[str, Any]:
        return self._emit({"name": name, "value": None, "ok": None, "skipped": reason, **extra})

    def _emit(self, line: dict[str, Any]) -> dict[str, Any]:
        self.figures = [f for f in self.figures if f["name"] != line["name"]]
        self.figures.append(line)
        print(json.dumps(line, ensure_ascii=False), flush=True)
        return line

    def summary(self, seconds: float) -> dict[str, Any]:
        failed = [f["name"] for f in self.figures if f.get("ok") is False]
        skipped = [f["name"] for f in self.figures if f.get("skipped")]
        met = sum(1 for f in self.figures if f.get("ok") is True)
        text = (
            f"{len(self.figures)} figures in {seconds:.0f} s: {met} met their goal, "
            f"{len(failed)} missed, {len(skipped)} skipped"
            + (f", {len(self.errors)} crashed" if self.errors else "")
        )
        line = {"summary": text, "failed": failed, "skipped": skipped, "errors": self.errors}
        print(json.dumps(line, ensure_ascii=False), flush=True)
        return line


def sqlite_ledger(desk: Desk) -> SqliteLedger:
    """The desk's SQLite backend (``Desk`` is opaque to the program; the bench looks in)."""
    ledger = desk._ledger
    assert isinstance(ledger, SqliteLedger)
    return ledger


def connection(desk: Desk) -> sqlite3.Connection:
    """The desk's own SQLite connection (``Desk`` is opaque to the program; a baseline runs
    its raw SQL on the same connection, same pragmas, warm)."""
    return sqlite_ledger(desk).conn
