"""The window's start imports what its first screen shows, nothing more (issue 12: open and
painted within 2x a bare PySide6 window): each tab but the first, each dialog, the
OVHcloud comparison and the PDFs are imported when first used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app.services import accounts, projects
from desktop_app.services.desk import Desk

PROBE = """
import json, sys
from desktop_app.ui.app import parse_args, run_from_cli
code = run_from_cli(parse_args(sys.argv[1:]))
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""
#: Not on the first screen: none of them may be imported by the window's start.
LATER = (
    "desktop_app.domain.ovh",
    "desktop_app.services.ovh",
    "desktop_app.ui.reconcile.dialog",
    "desktop_app.ui.orders.view",
    "desktop_app.ui.invoices.tabs",
    "desktop_app.ui.forecast.view",
    "desktop_app.ui.history.view",
    "desktop_app.ui.account.view",
    "desktop_app.pdf",
    "reportlab",
    "PySide6.QtCharts",
    # what its first screen's values no longer need (records, not compiled dataclasses),
    # and what only a notice or a reminder writes (html's entity tables)
    "dataclasses",
    "html",
)


def test_the_windows_start_imports_only_its_first_screen(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    with Desk.open(ledger) as desk:
        projects.add_project(desk, "Web", "")
        accounts.add_payment_method(desk, "card", "Card", default=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--db", str(ledger), "--self-test"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    assert outcome["code"] == 0
    loaded = [m for m in outcome["modules"] if m.startswith(LATER)]
    assert loaded == []


GC_PROBE = """
import gc, json, sys
from desktop_app.launcher import main
from desktop_app.ui import main_window
seen = []
real = main_window.MainWindow.__init__
def init(self, *args, **kwargs):
    seen.append(gc.isenabled())
    real(self, *args, **kwargs)
main_window.MainWindow.__init__ = init
sys.argv = ["cloud-credit", *sys.argv[1:]]
try:
    main()
except SystemExit as done:
    code = done.code
from PySide6.QtWidgets import QApplication
from desktop_app.ui.collector import GuiThreadCollector
app = QApplication.instance()
gui = app.findChild(GuiThreadCollector, "guiThreadCollector") if app else None
print(json.dumps({"code": code, "during": seen, "after": gc.isenabled(),
                  "frozen": gc.get_freeze_count(),
                  "gui_collects": bool(gui and gui.timer.isActive())}))
"""


def test_the_collector_waits_for_the_window_to_open(tmp_path: Path) -> None:
    """A start allocates ~1M objects that all live on: the cyclic collector, walking them
    again and again, cost ~15 ms. It is off until the event loop first runs, then the GUI
    thread's (``ui/collector.py``: never automatic, in any thread), with the window's
    objects frozen out of its reach."""
    ledger = tmp_path / "ledger.sqlite3"
    with Desk.open(ledger) as desk:
        projects.add_project(desk, "Web", "")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", GC_PROBE, "--db", str(ledger), "gui", "--self-test"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    assert outcome["code"] == 0, done.stderr[-2000:]
    assert outcome["during"] == [False]
    assert outcome["after"] is False and outcome["gui_collects"] is True
    assert outcome["frozen"] > 0
