"""PySide6's import hook reads the source of every module imported after it (looking for
``from __feature__ import``, which this program never uses): ~140 files read and tokenized
as the window opens, ~27 ms of its start. ``desktop_app.ui`` tells the hook beforehand what
it would find in ours, so that none of our files is read again. Checked in a child process:
the hook is installed once per interpreter."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

#: A child that counts the sources the binding reads as ``imports`` run, after the hook was
#: told (what it read before: PySide6's and a few small ones), then prints ``report``.
COUNTING = """
import inspect, sys
read = []
real = inspect.getsource
def counting(obj):
    read.append(getattr(obj, "__name__", ""))
    return real(obj)
inspect.getsource = counting
import desktop_app.ui
read.clear()
"""


def _read_in_child(imports: str, report: str) -> list[int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = COUNTING + textwrap.dedent(imports) + f"\nprint({report})\n"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    return [int(n) for n in done.stdout.split()]


def test_no_module_of_ours_is_read_by_the_binding_as_it_is_imported() -> None:
    counts = _read_in_child(
        "import desktop_app.ui.main_window  # the window's modules, PySide6's among them",
        'len([n for n in read if n.startswith("desktop_app")]), '
        'len([n for n in read if n.split(".")[0] in sys.stdlib_module_names])',
    )
    assert counts == [0, 0]  # ours, Python's


def test_the_hook_is_told_what_it_would_find() -> None:
    """ui modules use PySide6 (0: "no feature"), the others never do (-1: "ignore"): the
    layers' contract (import-linter) says so, and their sources too; Python's own modules
    never do; any other library's is the binding's to read."""
    from desktop_app.ui.pyside_start import answer

    root = Path(__file__).resolve().parents[2]
    for path in sorted((root / "desktop_app").rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name.startswith("desktop_app.ui"):
            assert answer(name) == 0, name
        else:
            assert answer(name) == -1, name
            assert "PySide6" not in path.read_text(encoding="utf-8"), name
    assert answer("typing") == answer("html.entities") == answer("sqlite3.dbapi2") == -1
    assert answer("babel.numbers") == answer("psycopg.pq") == -1
    assert answer("PIL.ImageQt") is None and answer("PySide6.QtCore") is None


def test_no_library_told_names_pyside6() -> None:
    """The libraries the hook is told never use PySide6: no source file of theirs names it
    (the binding's whole test), every one of them installed here. Pillow does (ImageQt):
    left to the binding's reading."""
    import importlib.util

    from desktop_app.ui.pyside_start import LIBRARIES

    for name in sorted(LIBRARIES):
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin is not None, f"{name} is not installed"
        origin = Path(spec.origin)
        files = sorted(origin.parent.rglob("*.py")) if origin.name == "__init__.py" else [origin]
        assert files, name
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace")
            assert "PySide6" not in text, f"{path} names PySide6: the binding must read it"
    pillow = importlib.util.find_spec("PIL.ImageQt")
    assert pillow is not None and pillow.origin is not None
    assert "PySide6" in Path(pillow.origin).read_text(encoding="utf-8")


def test_a_server_ledgers_start_reads_no_source_of_psycopg() -> None:
    counts = _read_in_child(
        "import psycopg  # a server ledger's start: ~60 modules of psycopg's",
        'len([n for n in read if n.startswith("psycopg")])',
    )
    assert counts == [0]
