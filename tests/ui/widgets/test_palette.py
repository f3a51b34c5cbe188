"""No colour of the window's own: every tone comes from the palette, so a dark desktop keeps
every text readable (the expiry notice, the forecast's figures, the errors, the notes)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QTableView

import desktop_app.ui
from desktop_app.domain.errors import DomainError
from desktop_app.ui.widgets.tones import READABLE, Hue, contrast, muted, tint, tone
from tests.helpers.jobs import finish
from tests.ui.palette import dark_desktop, dark_palette, seen_contrast
from tests.ui.walk import open_every_tab

UI = Path(desktop_app.ui.__file__).parent
#: Colours written as such: #hex, QColor("..."), a named colour in a style sheet.
WRITTEN = re.compile(
    r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\"|color:\s*(white|black|red|grey|gray)"
)


def test_no_colour_is_written_in_the_window() -> None:
    found = []
    for path in UI.rglob("*.py"):
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = text.split("  #")[0]
            if WRITTEN.search(code):
                found.append(f"{path.relative_to(UI)}:{number}: {text.strip()}")
    assert found == []


@pytest.mark.parametrize("dark", [False, True])
def test_tones_read_on_either_palette(qapp, dark: bool) -> None:  # type: ignore[no-untyped-def]
    pal = dark_palette() if dark else QPalette(qapp.palette())
    window = pal.color(QPalette.ColorRole.Window)
    for hue in Hue:
        assert contrast(tone(hue, pal), window) >= READABLE
        assert contrast(pal.color(QPalette.ColorRole.Text), tint(hue, pal)) >= READABLE
    assert contrast(muted(pal), window) >= READABLE


def _check_window(qtbot, window) -> list[str]:  # type: ignore[no-untyped-def]
    """Every label shown and every table cell's colours, on the palette in use."""
    bad = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        shot = window.grab().toImage()
        for label in window.findChildren(QLabel):
            seen_part = label.visibleRegion().boundingRect()
            tall = seen_part.height() >= label.fontMetrics().height()
            if label.isVisible() and label.text().strip() and seen_part.width() > 4 and tall:
                seen = seen_contrast(label, shot)
                if seen < 3.0:
                    bad.append(f"label {label.text()[:40]!r}: {seen:.1f}")
        for table in window.findChildren(QTableView):
            if table.isVisible():
                bad += _cells(table)
    return bad


def _cells(table: QTableView) -> list[str]:
    model, pal, bad = table.model(), table.palette(), []
    for row in range(min(model.rowCount(), 30)):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            fore = index.data(Qt.ItemDataRole.ForegroundRole)
            back = index.data(Qt.ItemDataRole.BackgroundRole)
            if fore is None and back is None:
                continue
            text = fore if fore is not None else pal.color(QPalette.ColorRole.Text)
            ground = back if back is not None else pal.color(QPalette.ColorRole.Base)
            if contrast(text, ground) < READABLE:
                bad.append(f"{type(model).__name__}[{row},{column}]: {contrast(text, ground):.1f}")
    return bad


def _demo_window(qtbot, demo_desk):  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.resize(1024, 700)  # the smallest screen aimed at (offscreen's own is 800x600)
    window.show()
    qtbot.waitExposed(window)
    open_every_tab(window)
    window.select_project(demo_desk.project("Data lake").id)
    window.forecast_view.fill_from_history()
    finish(qtbot, window.forecast_view.compute())  # the forecast runs in a worker
    window.invoice_view.lines_model.set_lines([("storage", "500")])
    window.invoice_view.simulate()
    return window


def test_a_dark_desktop_keeps_every_text_readable(qtbot, demo_desk) -> None:  # type: ignore[no-untyped-def]
    with dark_desktop():
        window = _demo_window(qtbot, demo_desk)
        assert window.alerts.count > 0  # the expiry notice is shown, in its tint
        assert _check_window(qtbot, window) == []
        window.timer.stop()


def test_the_error_label_reads_on_a_dark_desktop(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.widgets.fields import ErrorLabel

    with dark_desktop() as pal:
        label = ErrorLabel()
        qtbot.addWidget(label)
        label.show_error(DomainError("amount.not_positive"))
        label.show()
        qtbot.waitExposed(label)
        colour = label.palette().color(QPalette.ColorRole.WindowText)
        assert contrast(colour, pal.color(QPalette.ColorRole.Window)) >= READABLE
        assert seen_contrast(label) >= 3.0


def test_the_cells_colours_are_made_once_per_palette(qapp) -> None:  # type: ignore[no-untyped-def]
    """A table asks for its cells' colours at every paint: made once, made again for another
    palette (a dark desktop chosen while the window is open)."""
    from desktop_app.ui.widgets.tones import cell_muted, cell_tint

    light = QPalette(qapp.palette())
    first = cell_tint(Hue.WARNING)
    assert cell_tint(Hue.WARNING) is first and cell_muted() is cell_muted()
    assert first == tint(Hue.WARNING) and cell_muted() == muted()
    assert cell_tint(Hue.ERROR) == tint(Hue.ERROR)
    qapp.setPalette(dark_palette())
    try:
        dark = cell_tint(Hue.WARNING)
        assert dark is not first and dark == tint(Hue.WARNING) != first
        assert cell_muted() == muted()
    finally:
        qapp.setPalette(light)
