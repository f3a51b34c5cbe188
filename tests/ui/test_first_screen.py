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
