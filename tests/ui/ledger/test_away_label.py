"""While a server ledger's connection is away, the status bar says so in the warning's
tone (the palette's, light or dark), bold, so that it is seen; it goes once the poll is back."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStatusBar

from desktop_app.domain.errors import EnvironmentFault
from desktop_app.ui.ledger.status import StatusSummary
from desktop_app.ui.widgets.tones import READABLE, Hue, contrast, tone
from tests.ui.palette import dark_desktop, seen_contrast


def _said(qtbot: Any) -> tuple[QStatusBar, StatusSummary]:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    status = StatusSummary(bar)
    bar.show()
    status.show_lost(EnvironmentFault("ledger.reconnecting", path="postgresql:///acme"))
    return bar, status


def _check(status: StatusSummary) -> None:
    away = status.away
    assert away.isVisible() and away.text().startswith("Connection to the server lost")
    colour = away.palette().color(QPalette.ColorRole.WindowText)
    assert colour == tone(Hue.WARNING)
    assert contrast(colour, away.palette().color(QPalette.ColorRole.Window)) >= READABLE
    assert away.font().bold()


def test_the_lost_connection_is_said_in_the_warning_tone(qtbot: Any) -> None:
    _, status = _said(qtbot)
    _check(status)
    assert seen_contrast(status.away) >= 3.0
    assert status.back() and not status.away.isVisible()


def test_and_so_on_a_dark_desktop(qtbot: Any) -> None:
    with dark_desktop():
        _, status = _said(qtbot)
        _check(status)
