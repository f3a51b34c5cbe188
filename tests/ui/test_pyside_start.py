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

CHILD = textwrap.dedent(
    """
    import inspect, sys
    read = []
    real = inspect.getsource
    def counting(obj):
        read.append(getattr(obj, "__name__", ""))
        return real(obj)
    inspect.getsource = counting
    import desktop_app.ui  # the hook told (what it read before: PySide6's and a few small ones)
    read.clear()
    import desktop_app.ui.main_window  # the window's modules, PySide6's among them
    ours = [name for name in read if name.startswith("desktop_app")]
    python = [name for name in read if name.split(".")[0] in sys.stdlib_module_names]
    print(len(ours), len(python))
    """
)


def test_no_module_of_ours_is_read_by_the_binding_as_it_is_imported() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    ours, python = (int(n) for n in done.stdout.split())
    assert (ours, python) == (0, 0)


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
    assert answer("babel.numbers") is None and answer("PySide6.QtCore") is None
