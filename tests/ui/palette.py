"""A dark desktop: Qt's Fusion style with a dark palette, as a dark theme gives the window."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui.widgets.tones import contrast


def dark_palette() -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    for name, value in {
        role.Window: "#2b2b2b", role.WindowText: "#e8e8e8", role.Base: "#1e1e1e",
        role.AlternateBase: "#323232", role.Text: "#e8e8e8", role.Button: "#353535",
        role.ButtonText: "#e8e8e8", role.ToolTipBase: "#3c3c3c", role.ToolTipText: "#f0f0f0",
        role.Highlight: "#2f65ca", role.HighlightedText: "#ffffff", role.Link: "#7fb2ff",
        role.PlaceholderText: "#9a9a9a", role.Mid: "#4a4a4a", role.Midlight: "#404040",
        role.Dark: "#202020", role.Light: "#505050", role.BrightText: "#ffffff",
    }.items():  # fmt: skip
        pal.setColor(name, QColor(value))
    return pal


@contextmanager
def dark_desktop() -> Iterator[QPalette]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette = app.style().name(), app.palette()
    app.setStyle("Fusion")
    dark = dark_palette()
    app.setPalette(dark)
    try:
        yield dark
    finally:
        app.setStyle(style)
        app.setPalette(palette)


def seen_contrast(widget: QWidget, shot: QImage | None = None) -> float:
    """How well a widget's text stands out, as drawn (in ``shot``, a grab of its whole window,
    where its parents' backgrounds are drawn too): the contrast between its commonest colour
    (the background) and the colour farthest from it (the glyphs' cores)."""
    if shot is None:
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    else:
        seen = widget.visibleRegion().boundingRect()  # not what a scroll area hides
        top_left = widget.mapTo(widget.window(), seen.topLeft())
        ratio = shot.devicePixelRatio()
        image = shot.copy(
            int(top_left.x() * ratio), int(top_left.y() * ratio),
            int(seen.width() * ratio), int(seen.height() * ratio),
        ).convertToFormat(QImage.Format.Format_RGB32)  # fmt: skip
    counts: dict[int, int] = {}
    step = max(1, image.width() * image.height() // 20000)
    pixels = [
        image.pixel(x, y) for y in range(0, image.height()) for x in range(0, image.width(), step)
    ]
    for pixel in pixels:
        counts[pixel] = counts.get(pixel, 0) + 1
    background = QColor.fromRgb(max(counts, key=counts.__getitem__))
    return max((contrast(background, QColor.fromRgb(p)) for p in set(pixels)), default=1.0)
