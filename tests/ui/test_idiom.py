"""Qt idiom kept across the window's code: signals say what they carry, no signal is silenced
to steer the flow (QSignalBlocker where a list is rebuilt, with the reason). The sizes of every
room, the window's included, are measured once for the whole package: tests/test_sizes.py."""

from __future__ import annotations

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
