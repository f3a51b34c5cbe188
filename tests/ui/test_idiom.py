"""Qt idiom and sizes kept across the window's code: signals say what they carry, no signal is
silenced to steer the flow (QSignalBlocker where a list is rebuilt, with the reason), and
every room is one a newcomer can hold."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import desktop_app.ui

UI = Path(desktop_app.ui.__file__).parent


def _sources() -> dict[str, str]:
    return {str(p.relative_to(UI)): p.read_text(encoding="utf-8") for p in UI.rglob("*.py")}


def test_every_signal_says_what_it_carries() -> None:
    untyped = [name for name, text in _sources().items() if re.search(r"Signal\(object", text)]
    assert untyped == []


def test_no_signal_is_blocked_to_steer_the_flow() -> None:
    blocking = [name for name, text in _sources().items() if "blockSignals(" in text]
    assert blocking == []


#: The one message catalogue: a table of every refusal's words (its functions are small).
BIG_ON_PURPOSE = {"messages.py"}


def test_rooms_a_newcomer_can_hold() -> None:
    """Every module of the window under 400 lines, every function under 60."""
    big_modules, long_functions = [], []
    for name, text in _sources().items():
        if len(text.splitlines()) > 400 and name not in BIG_ON_PURPOSE:
            big_modules.append(name)
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                if node.end_lineno - node.lineno + 1 > 60:
                    long_functions.append(f"{name}:{node.name}")
    assert big_modules == []
    assert long_functions == []
