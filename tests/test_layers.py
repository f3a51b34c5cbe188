"""The second guard of the layers (after import-linter): everything but the window works with
Qt unimportable, and reading the ledger does not even load ReportLab."""

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
sys.modules["PySide6"] = None  # any import of Qt now fails
import pkgutil, importlib, desktop_app
for mod in pkgutil.walk_packages(desktop_app.__path__, "desktop_app."):
    if not mod.name.startswith(("desktop_app.ui", "desktop_app.__main__")):
        importlib.import_module(mod.name)
"""
READ_WITHOUT_REPORTLAB = """
import sys
sys.modules["PySide6"] = None
sys.modules["reportlab"] = None
from desktop_app.cli.main import main
code = main(["--db", sys.argv[1], "--today", "2026-11-26", "--json", "project", "list"])
assert code == 0, code
"""


def _run(script: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_everything_but_ui_imports_without_qt(tmp_path: Path) -> None:
    result = _run(SCRIPT, tmp_path / "l.sqlite3")
    assert result.returncode == 0, result.stderr


def test_reading_the_ledger_needs_neither_qt_nor_reportlab(tmp_path: Path) -> None:
    result = _run(READ_WITHOUT_REPORTLAB, tmp_path / "l.sqlite3")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
