"""The dark desktop again, drawn by a real X server (fonts, antialiasing as people see them)."""

from __future__ import annotations

import pytest

from tests.ui.palette import dark_desktop
from tests.ui.widgets.test_palette import _check_window, _demo_window

pytestmark = pytest.mark.xcb


def test_a_dark_desktop_on_x_keeps_every_text_readable(qtbot, demo_desk) -> None:  # type: ignore[no-untyped-def]
    with dark_desktop():
        window = _demo_window(qtbot, demo_desk)
        assert _check_window(qtbot, window) == []
        window.timer.stop()
