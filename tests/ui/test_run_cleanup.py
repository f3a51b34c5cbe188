"""A run of the window tests stops the X server it started (pytest-xvfb's, at exit), though
it leaves without the interpreter's final clean-up (``conftest.pytest_unconfigure``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _x_servers() -> set[int]:
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == "Xvfb":
                    found.add(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.xcb
def test_a_run_of_window_tests_leaves_no_x_server_behind() -> None:
    before = _x_servers()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "xcb",
         "-k", "no_test_is_named_so", "tests/ui/test_first_screen.py"],
        capture_output=True, text=True, cwd=ROOT, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
    )  # fmt: skip
    assert done.returncode == 5, done.stdout[-500:] + done.stderr[-500:]  # none selected
    assert _x_servers() - before == set()
