"""The window on the large ledger: opened and painted, project switch, sort, scroll, memory.

(a) ``cloud-credit gui --self-test`` (opens the window on the ledger, paints it, exits) against
    a bare PySide6 window with an empty QTableView started the same way, interleaved runs;
(b) in this process: switching to the project with 5,000 lots, sorting all 100,000 lots by each
    column (the window's own credits model, over every project), scrolling to the last lot;
(c) the self-test's peak memory.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.build_ledger import BIG_PROJECT, TODAY
from bench.measure import ChildRun, connection, log, ms, run_child, time_calls
from desktop_app.services import listing
from desktop_app.storage.sqlite.lots import LOT_COLUMNS, lot_filter, lot_order

if TYPE_CHECKING:
    from collections.abc import Iterator

    from bench.run import Context

RUNS = 7  # child processes of each kind, interleaved
SWITCHES = 10
SORT_REPS = 3
SCROLL_REPS = 3
GOAL_MS = 100
WINDOW = (1360, 800)

#: The baseline: a bare window with an empty table, shown, painted and grabbed like the
#: self-test does, then closed.
BARE_WINDOW = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow, QTableView\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow()\n"
    "window.setCentralWidget(QTableView())\n"
    f"window.resize({WINDOW[0]}, {WINDOW[1]})\n"
    "window.show()\n"
    "app.processEvents()\n"
    "ok = not window.grab().isNull()\n"
    "window.close()\n"
    "sys.exit(0 if ok else 1)\n"
)


def _cloud_credit() -> list[str]:
    script = Path(sys.executable).with_name("cloud-credit")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from desktop_app.launcher import main; main()"]


@contextmanager
def _environment(work: Path) -> Iterator[None]:
    """Offscreen, and a settings folder of our own: the self-test records its ledger among the
    recent files, which must not land in the user's list."""
    saved = {key: os.environ.get(key) for key in ("QT_QPA_PLATFORM", "XDG_CONFIG_HOME")}
    config = work / "ui-config"
    config.mkdir(parents=True, exist_ok=True)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["XDG_CONFIG_HOME"] = str(config)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _check(run: ChildRun, what: str) -> None:
    if run.returncode != 0:
        raise RuntimeError(f"{what} exited {run.returncode}: {run.stderr.strip()[-300:]}")


def bench_startup(ctx: Context) -> None:
    """(a) and (c): the window opened and painted on the ledger, and its peak memory."""
    ours_cmd = [
        *_cloud_credit(),
        "--db",
        str(ctx.ledger),
        "--today",
        TODAY.isoformat(),
        "gui",
        "--self-test",
    ]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    ours: list[ChildRun] = []
    bare: list[ChildRun] = []
    _check(run_child(ours_cmd), "gui --self-test")  # warm the page cache and .pyc files
    _check(run_child(bare_cmd), "the bare window")
    for number in range(RUNS):
        log(f"window opened and painted: run {number + 1} of {RUNS}")
        bare.append(run_child(bare_cmd))
        ours.append(run_child(ours_cmd))
        _check(bare[-1], "the bare window")
        _check(ours[-1], "gui --self-test")
    seconds = statistics.median(r.seconds for r in ours)
    floor = statistics.median(r.seconds for r in bare)
    ctx.report.figure(
        "ui.window_open_paint",
        round(seconds, 3),
        "s",
        baseline=round(floor, 3),
        ratio_limit=2.0,
        baseline_is="python -c: QApplication, a QMainWindow holding an empty QTableView, "
        "shown, painted, grabbed, closed (offscreen, same way)",
        command="cloud-credit --db LEDGER --today 2026-11-26 gui --self-test",
        note="until the window's first paint, its first screen whole (projects, the first "
        "project's credits and totals, menus, toolbar, status bar); the expiry notice and the "
        "recent files follow that paint (ui/widgets/first_paint.py)",
        runs=[round(r.seconds, 3) for r in ours],
        baseline_runs=[round(r.seconds, 3) for r in bare],
    )
    peak = max(r.peak_rss_mb for r in ours)
    ctx.report.figure(
        "ui.window_open.peak_rss",
        peak,
        "MB",
        limit=200,
        baseline=max(r.peak_rss_mb for r in bare),
        ratio_limit=1.6,
        baseline_is="the bare window above",
        runs=[r.peak_rss_mb for r in ours],
    )


def _storage(query: Any) -> Any:
    """The storage query the listing service runs for the window's filter (the bench reads
    the SQL behind it; the window itself never sees it)."""
    return listing._lot_query(query) if isinstance(query, listing.LotFilter) else query


def _plan(conn: Any, query: Any) -> str:
    query = _storage(query)
    where, params = lot_filter(query)
    # The bench ledger has every expiry up to TODAY recorded: the order the product runs.
    sql = f"SELECT {LOT_COLUMNS} FROM lots{where}{lot_order(query, unrecorded_expiries=False)} "
    sql += "LIMIT ? OFFSET ?"
    rows = conn.execute(f"EXPLAIN QUERY PLAN {sql}", [*params, 200, 0]).fetchall()
    return "; ".join(str(r[-1]) for r in rows)


def _first_page_sql(conn: Any, query: Any, descending: bool) -> Callable[[], object]:
    """The first page of ``query``, in that direction, in plain sqlite3: what the table cannot
    go below."""
    query = _storage(replace(query, descending=descending))
    where, params = lot_filter(query)
    order = lot_order(query, unrecorded_expiries=False)  # as _plan
    sql = f"SELECT {LOT_COLUMNS} FROM lots{where}{order} LIMIT 200"
    return lambda: conn.execute(sql, params).fetchall()


def bench_window(ctx: Context) -> None:
    """(b): project switch, sort by each column, scroll to the end, in this process."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop_app.services.desk import Desk
    from desktop_app.ui import i18n
    from desktop_app.ui.app import application
    from desktop_app.ui.credits.models import LotModel
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.widgets.table_view import setup_table

    app = application()
    report = ctx.report
    desk = Desk.open(ctx.ledger, TODAY)
    window: Any = None
    view: Any = None
    try:
        i18n.set_language("en")
        window = MainWindow(desk)
        window.resize(*WINDOW)
        window.show()
        app.processEvents()
        big = desk.project(BIG_PROJECT).id
        small = next(p.id for p, _ in window.projects.model.rows() if p.id != big)

        # -- switching project ------------------------------------------------------------------
        samples: list[float] = []
        back: list[float] = []
        big_lots = 0
        for _ in range(SWITCHES + 1):
            window.select_project(small)
            app.processEvents()
            started = time.perf_counter()
            window.select_project(big)
            app.processEvents()
            samples.append(time.perf_counter() - started)
            big_lots = window.credits.lot_model.total()
            if big_lots < 5000:
                raise RuntimeError(f"{BIG_PROJECT} shows {big_lots} lots")
            started = time.perf_counter()
            window.select_project(small)
            app.processEvents()
            back.append(time.perf_counter() - started)
        samples, back = samples[1:], back[1:]  # the first one warms the caches
        report.figure(
            "ui.switch_project",
            ms(statistics.median(samples)),
            "ms",
            limit=GOAL_MS,
            note=f"select {BIG_PROJECT} in the project list: its lots counted, first page "
            "read and painted, status bar updated",
            lots=big_lots,
            worst=ms(max(samples)),
            to_a_small_project_ms=ms(statistics.median(back)),
            reps=len(samples),
        )
        window.close()

        # -- every lot of the ledger, as the credits table shows them ---------------------------
        model = LotModel(desk)
        model.all_projects = True
        model.include_all = True
        view = QTableView()
        view.setModel(model)
        setup_table(view, sortable=True, stretch_last=False)
        view.resize(1200, 700)
        view.show()
        model.reload()
        app.processEvents()
        total = model.total()
        if total < 100_000:
            raise RuntimeError(f"the credits model shows {total} lots, not 100,000")
        conn = connection(desk)

        def sort(column: int, order: Qt.SortOrder) -> Callable[[], None]:
            def call() -> None:
                view.sortByColumn(column, order)
                app.processEvents()
                if model.loaded_rows() == 0:
                    raise RuntimeError("the sorted table painted no row")

            return call

        scroll_ms: dict[str, float] = {}
        scroll_sql: dict[str, float] = {}
        for column, key in enumerate(LotModel.SORT_KEYS[:-1]):  # the last repeats expires_on
            directions = {}
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                flip = (
                    Qt.SortOrder.DescendingOrder
                    if order is Qt.SortOrder.AscendingOrder
                    else (Qt.SortOrder.AscendingOrder)
                )
                timing = time_calls(
                    sort(column, order), SORT_REPS, warmup=1, setup=sort(column, flip)
                )
                directions[order] = timing
            asc = directions[Qt.SortOrder.AscendingOrder]
            desc = directions[Qt.SortOrder.DescendingOrder]
            query = model.query()
            sql_asc = time_calls(_first_page_sql(conn, query, False), 3, warmup=0)
            sql_desc = time_calls(_first_page_sql(conn, query, True), 3, warmup=0)
            worst = max(asc.median, desc.median)
            report.figure(
                f"ui.sort_all_lots.{key}",
                ms(worst),
                "ms",
                limit=GOAL_MS,
                baseline=ms(max(sql_asc.median, sql_desc.median)),
                baseline_is="plain sqlite3: the first 200 rows of the same ORDER BY (the slower "
                "direction), no product code",
                ascending_ms=ms(asc.median),
                descending_ms=ms(desc.median),
                sql_ascending_ms=ms(sql_asc.median),
                sql_descending_ms=ms(sql_desc.median),
                lots=total,
                query_plan=_plan(conn, query),
                reps=SORT_REPS,
            )

            # scrolling to the last lot, in the order just sorted (ascending)
            def to_top(column: int = column) -> None:
                view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
                view.scrollToTop()
                app.processEvents()

            def to_end() -> None:
                view.scrollToBottom()
                app.processEvents()
                last = model.row_object(total - 1)
                if last is None or view.rowAt(view.viewport().height() - 2) < total - 60:
                    raise RuntimeError("the view did not reach the last lot")

            timing = time_calls(to_end, SCROLL_REPS, warmup=0, setup=to_top)
            scroll_ms[key] = ms(timing.median)
            # the last page of the ascending order is read as the first of the descending one
            scroll_sql[key] = ms(time_calls(_first_page_sql(conn, model.query(), True), 3).median)
        worst_key = max(scroll_ms, key=lambda k: scroll_ms[k])
        report.figure(
            "ui.scroll_to_end_all_lots",
            scroll_ms[worst_key],
            "ms",
            limit=GOAL_MS,
            baseline=scroll_sql[worst_key],
            baseline_is="plain sqlite3: the first 200 rows of the reversed ORDER BY (how the "
            "model reads the last page)",
            note="QTableView.scrollToBottom + processEvents over all 100,000 lots, sorted "
            "ascending by each column; value: the slowest column",
            slowest_column=worst_key,
            by_column_ms=scroll_ms,
            sql_by_column_ms=scroll_sql,
            rows_in_memory_after=model.loaded_rows(),
            lots=total,
        )
    finally:
        if view is not None:
            view.close()
            view.deleteLater()
        if window is not None:
            window.timer.stop()
            window.close()
            window.deleteLater()
        from PySide6.QtCore import QEvent

        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        desk.close()


def bench_ui(ctx: Context) -> None:
    with _environment(ctx.work):
        bench_startup(ctx)
        bench_window(ctx)
