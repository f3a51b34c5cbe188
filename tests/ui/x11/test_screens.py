"""The window on real X servers (Xvfb) at the sizes and scales people use: it opens within the
screen, can be made as small as the screen after every tab was opened, and shows every amount
of every table without scrolling sideways. Each screen is its own X server and its own
program (Qt reads the scale once, when it starts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.files import copy_ledger

pytestmark = pytest.mark.xcb
ROOT = Path(__file__).resolve().parents[3]

#: (screen in pixels, Qt scale): 100 %, 150 % and 200 % of the same 1024x700 room; a full HD
#: screen at 150 %; a 1024x700 screen in French (longer words).
SCREENS = [((1024, 700), "1", "en"), ((1536, 1050), "1.5", "en"), ((2048, 1400), "2", "en"),
           ((1920, 1080), "1.5", "en"), ((1024, 700), "1", "fr")]  # fmt: skip


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from datetime import date

    from desktop_app.services.demo import build_demo
    from desktop_app.services.desk import Desk

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    with Desk.open(path, today=date(2026, 11, 26)) as desk:
        build_demo(desk)
    return path


def probe(screen: tuple[int, int], scale: str, lang: str, ledger: Path, home: Path) -> dict:  # type: ignore[type-arg]
    from pyvirtualdisplay.display import Display

    with Display(size=screen, color_depth=24) as display:
        env = {**os.environ, "DISPLAY": f":{display.display}", "QT_QPA_PLATFORM": "xcb",
               "QT_SCALE_FACTOR": scale, "XDG_CONFIG_HOME": str(home)}  # fmt: skip
        done = subprocess.run(
            [sys.executable, "-m", "tests.ui.x11.probe", str(ledger), lang],
            env=env, cwd=ROOT, capture_output=True, text=True, timeout=240, check=False,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize(("screen", "scale", "lang"), SCREENS)
def test_the_window_fits_the_screen_and_shows_every_amount(
    screen: tuple[int, int], scale: str, lang: str, demo_file: Path, tmp_path: Path
) -> None:
    report = probe(screen, scale, lang, copy_ledger(demo_file, tmp_path / "l.sqlite3"), tmp_path)
    width, height = report["screen"]
    x, y, frame_width, frame_height = report["frame"]
    assert x >= 0 and x + frame_width <= width, report["frame"]
    assert y >= 0 and y + frame_height <= height, report["frame"]
    assert report["minimum"][0] <= width and report["minimum"][1] <= height
    assert report["resized"] == [width, height]  # as small as the screen, after every tab
    assert report["tab_bar"] == {"cut": [], "arrows": False}  # every tab whole, in view
    assert report["status_cut"] == []  # every figure of the status bar whole
    for tab, tables in report["tabs"].items():
        for table in tables:  # the period report's seven amounts a row too (issue 13)
            assert table["kept_right"] <= table["viewport"], (tab, table)
